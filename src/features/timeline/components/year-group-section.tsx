import type { ReactElement } from 'react';
import type { YearGroup } from '../../../domain/timeline';
import { EventEntry } from './event-entry';

/** One year's heading and its entries in date order. */
export function YearGroupSection({ group }: { group: YearGroup }): ReactElement {
  const headingId = `timeline-year-${group.year}`;
  return (
    <section className="timeline-year" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.year}</h2>
      <ol className="timeline-entries">
        {group.events.map((event) => (
          <EventEntry key={event.id} event={event} />
        ))}
      </ol>
    </section>
  );
}
