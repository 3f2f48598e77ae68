import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { citingKeys } from '../../../domain/report-citations';
import {
  paragraphAnchorId,
  splitByQuotes,
  type KeyedQuote,
  type ReportParagraph as Paragraph,
} from '../../../domain/report';
import { useLocale } from '../../../ui/use-locale';
import { CitedText } from './cited-text';
import { FiguresUsedIn } from './figures-used-in';

/**
 * One numbered paragraph, addressable as "#p48": its number links to itself so that the
 * anchor can be copied; its cited figures are marked and linked to their indicators.
 * Memoised: a change of the URL's hash re-renders only the paragraphs it leaves and reaches.
 */
export const ReportParagraphView = memo(function ReportParagraphView({
  paragraph,
  quotes,
  titles,
  targeted,
}: {
  paragraph: Paragraph;
  /** The quotes cited from this paragraph, keyed by indicator id. */
  quotes: readonly KeyedQuote[];
  titles: ReadonlyMap<string, string>;
  /** Whether the URL's hash points here (the router does not update CSS :target). */
  targeted: boolean;
}): ReactElement {
  const { t } = useTranslation('common');
  const { language } = useLocale();
  const { number, text } = paragraph;
  const id = paragraphAnchorId(number);
  const segments = splitByQuotes(text, quotes);
  const citing = citingKeys(quotes);
  return (
    <div
      id={id}
      className={targeted ? 'report-paragraph is-target' : 'report-paragraph'}
      tabIndex={-1}
    >
      <p>
        <a
          href={`#${id}`}
          className="paragraph-anchor"
          lang={language}
          aria-label={t('paragraph.short', { number: String(number) })}
        >
          {number}.
        </a>{' '}
        <CitedText segments={segments} citing={citing} titles={titles} />
      </p>
      {citing.length > 0 && (
        <FiguresUsedIn
          citing={citing}
          titles={titles}
          numbered={segments.some((segment) => segment.keys.length > 1)}
        />
      )}
    </div>
  );
});
