import type { ReactElement } from 'react';
import { EVENT_KIND_LABELS, type TimelineEvent } from '../../../domain/events';
import { formatDateSpan } from '../../../domain/format/partial-date';
import { ParagraphLink } from '../../../ui/paragraph-link';

/** A measure: its date at the report's precision, what and who, the quote and its paragraph. */
export function EventEntry({ event }: { event: TimelineEvent }): ReactElement {
  const titleId = `event-${event.id}`;
  const facts = [
    EVENT_KIND_LABELS[event.kind],
    event.body,
    event.number === '' ? undefined : `No. ${event.number}`,
  ].filter((fact) => fact !== undefined);
  return (
    <li className="timeline-entry" aria-labelledby={titleId}>
      <p className="timeline-date">
        <time dateTime={event.date.iso}>{formatDateSpan(event.date, event.dateEnd)}</time>
      </p>
      <h3 id={titleId} className="timeline-title">
        {event.title}
      </h3>
      <p className="timeline-facts">{facts.join(' · ')}</p>
      <p className="timeline-quote">
        <q lang="en">{event.quote}</q>
      </p>
      {event.note !== '' && <p className="timeline-note">{event.note}</p>}
      <p className="timeline-source">
        <ParagraphLink number={event.paragraph}>
          Paragraph {event.paragraph} in the report
        </ParagraphLink>
      </p>
    </li>
  );
}
