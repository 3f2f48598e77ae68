import type { Qualifier } from '../model';
import type { Locale } from '../translate';

/** The source's own qualifying words ("more than", "about"); empty for an exact value. */
export function formatQualifier(qualifier: Qualifier, locale: Locale): string {
  return qualifier === 'exact' ? '' : locale.t(`format:qualifier.${qualifier}`);
}

/** A sentence for readers on what the qualifier means for the figure. */
export function describeQualifier(qualifier: Qualifier, locale: Locale): string | undefined {
  switch (qualifier) {
    case 'exact':
      return undefined;
    case 'about':
      return locale.t('format:qualifierNote.about');
    case 'more_than':
    case 'over':
      return locale.t('format:qualifierNote.lowerBound', {
        word: formatQualifier(qualifier, locale),
      });
  }
}
