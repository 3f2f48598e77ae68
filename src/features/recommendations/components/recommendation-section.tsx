import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import type { TimelineEvent } from '../../../domain/events';
import { formatDateSpan } from '../../../domain/format/partial-date';
import { recommendationLabel, type RecommendationAnswer } from '../../../domain/recommendations';
import type { ReportParagraph } from '../../../domain/report';
import { ParagraphLink } from '../../../ui/paragraph-link';

// Enough of a paragraph to recognise it; the full text is one click away on /source.
const EXCERPT_LENGTH = 160;

function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}

/** One recommendation: what the report says about it, the measures and the indicators. */
export function RecommendationSection({
  answer,
  paragraphs,
  events,
  indicators,
}: {
  answer: RecommendationAnswer;
  paragraphs: readonly ReportParagraph[];
  events: readonly TimelineEvent[] | undefined;
  indicators: readonly IndicatorEntry[] | undefined;
}): ReactElement {
  const headingId = `rec-${answer.id}`;
  const label = recommendationLabel(answer.id);
  return (
    <section className="recommendation" id={headingId} aria-labelledby={`${headingId}-title`}>
      <h2 id={`${headingId}-title`}>Concluding observations, {label}</h2>
      <p className="recommendation-heading" lang="en">
        {answer.heading}
      </p>
      <h3>What the report says</h3>
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
          <h3>Measures with dates</h3>
          {events.length === 0 ? (
            <p>The report gives no dated measure under this recommendation.</p>
          ) : (
            <ul>
              {events.map((event) => (
                <li key={event.id}>
                  {formatDateSpan(event.date, event.dateEnd)}: {event.title} (
                  <ParagraphLink number={event.paragraph} />)
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {indicators !== undefined && (
        <>
          <h3>Indicators</h3>
          {indicators.length === 0 ? (
            <p>No figure in the report bears on this recommendation.</p>
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
