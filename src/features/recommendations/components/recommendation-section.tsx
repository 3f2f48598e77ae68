import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import type { TimelineEvent } from '../../../domain/events';
import { formatDateSpan } from '../../../domain/format/partial-date';
import type { RecommendationAnswer } from '../../../domain/recommendations';
import type { ReportParagraph } from '../../../domain/report';
import { OriginalTextLabel } from '../../../ui/original-text-label';
import { ParagraphLink } from '../../../ui/paragraph-link';
import { useLocale } from '../../../ui/use-locale';

// Enough of a paragraph to recognise it; the full text is one click away on /source.
const EXCERPT_LENGTH = 160;

function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}

/**
 * One recommendation: what the report says about it, the measures and the indicators. The
 * report's heading and paragraphs are quoted in English; the measures' titles arrive in the
 * reader's language.
 */
export function RecommendationSection({
  answer,
  label,
  paragraphs,
  events,
  indicators,
}: {
  answer: RecommendationAnswer;
  /** "paragraph 24", in the reader's language. */
  label: string;
  paragraphs: readonly ReportParagraph[];
  events: readonly TimelineEvent[] | undefined;
  indicators: readonly IndicatorEntry[] | undefined;
}): ReactElement {
  const { t } = useTranslation('recommendations');
  const locale = useLocale();
  const headingId = `rec-${answer.id}`;
  return (
    <section className="recommendation" id={headingId} aria-labelledby={`${headingId}-title`}>
      <h2 id={`${headingId}-title`}>{t('section.heading', { label })}</h2>
      <OriginalTextLabel />
      <p className="recommendation-heading" lang="en">
        {answer.heading}
      </p>
      <h3>{t('section.reportSays')}</h3>
      <OriginalTextLabel />
      <ul className="recommendation-paragraphs">
        {paragraphs.map((paragraph) => (
          <li key={paragraph.number}>
            <ParagraphLink number={paragraph.number} />{' '}
            <span lang="en">{excerpt(paragraph.text)}</span>
          </li>
        ))}
      </ul>
      {events !== undefined && (
        <>
          <h3>{t('section.measures')}</h3>
          {events.length === 0 ? (
            <p>{t('section.noMeasures')}</p>
          ) : (
            <ul>
              {events.map((event) => (
                <li key={event.id}>
                  {formatDateSpan(event.date, event.dateEnd, locale)}: {event.title} (
                  <ParagraphLink number={event.paragraph} />)
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {indicators !== undefined && (
        <>
          <h3>{t('section.indicators')}</h3>
          {indicators.length === 0 ? (
            <p>{t('section.noIndicators')}</p>
          ) : (
            <ul>
              {indicators.map((entry) => (
                <li key={entry.id}>
                  <Link to={`/indicators/${entry.id}`}>{entry.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
