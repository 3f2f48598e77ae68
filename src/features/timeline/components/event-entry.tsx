import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../domain/events';
import { formatDateSpan } from '../../../domain/format/partial-date';
import { OriginalTextLabel } from '../../../ui/original-text-label';
import { ParagraphLink } from '../../../ui/paragraph-link';
import { useLocale } from '../../../ui/use-locale';
import { useEventLabels } from '../labels';

/**
 * A measure: its date at the report's precision, what and who, the quote and its paragraph.
 * The title and note are the curators' (already in the reader's language); the quote is the
 * report's English.
 */
export function EventEntry({ event }: { event: TimelineEvent }): ReactElement {
  const { t } = useTranslation('timeline');
  const locale = useLocale();
  const labels = useEventLabels();
  const titleId = `event-${event.id}`;
  const facts = [
    labels.kind(event.kind),
    event.body === undefined ? undefined : labels.body(event.body),
    event.number === '' ? undefined : t('entry.number', { number: event.number }),
  ].filter((fact) => fact !== undefined);
  return (
    <li className="timeline-entry" aria-labelledby={titleId}>
      <p className="timeline-date">
        <time dateTime={event.date.iso}>{formatDateSpan(event.date, event.dateEnd, locale)}</time>
      </p>
      <h3 id={titleId} className="timeline-title">
        {event.title}
      </h3>
      <p className="timeline-facts">{facts.join(' · ')}</p>
      <p className="timeline-quote">
        <OriginalTextLabel />
        <q lang="en">{event.quote}</q>
      </p>
      {event.note !== '' && <p className="timeline-note">{event.note}</p>}
      <p className="timeline-source">
        <ParagraphLink number={event.paragraph}>
          {t('common:paragraph.inReport', { number: String(event.paragraph) })}
        </ParagraphLink>
      </p>
    </li>
  );
}
