import type { Qualifier } from '../model';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  more_than: 'more than',
  over: 'over',
};

/** The source's own qualifying words ("more than", "about"); empty for an exact value. */
export function formatQualifier(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** A sentence for readers on what the qualifier means for the figure. */
export function describeQualifier(qualifier: Qualifier): string | undefined {
  switch (qualifier) {
    case 'exact':
      return undefined;
    case 'about':
      return 'The report gives this figure as approximate ("about").';
    case 'more_than':
    case 'over':
      return `The report gives this figure as a lower bound ("${QUALIFIER_WORDS[qualifier]}"): the true number is higher.`;
  }
}
