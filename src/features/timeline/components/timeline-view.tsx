import { useMemo, useState, type ReactElement } from 'react';
import type { EventKind, TimelineEvent } from '../../../domain/events';
import {
  NO_FILTER,
  bodyOptions,
  filterEvents,
  groupByYear,
  kindOptions,
  sortEvents,
  type BodyKey,
  type TimelineFilter,
} from '../../../domain/timeline';
import { FilterFieldset } from './filter-fieldset';
import { ShownCount } from './shown-count';
import { YearGroupSection } from './year-group-section';

function toggled<Key>(set: ReadonlySet<Key>, key: Key): Set<Key> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** The filters, the count of entries shown and the entries by year. */
export function TimelineView({ events }: { events: readonly TimelineEvent[] }): ReactElement {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const sorted = useMemo(() => sortEvents(events), [events]);
  const kinds = useMemo(() => kindOptions(events), [events]);
  const bodies = useMemo(() => bodyOptions(events), [events]);
  const shown = filterEvents(sorted, filter);
  return (
    <>
      <div className="timeline-filters">
        <FilterFieldset<EventKind>
          legend="Kind of measure"
          options={kinds}
          selected={filter.kinds}
          onToggle={(kind) => setFilter((f) => ({ ...f, kinds: toggled(f.kinds, kind) }))}
        />
        <FilterFieldset<BodyKey>
          legend="Issued or organised by"
          options={bodies}
          selected={filter.bodies}
          onToggle={(body) => setFilter((f) => ({ ...f, bodies: toggled(f.bodies, body) }))}
        />
      </div>
      <div className="timeline-status">
        <ShownCount shown={shown.length} total={events.length} />
        {/* Always rendered: a button that vanished on click would drop the keyboard focus. */}
        <button
          type="button"
          className="button timeline-clear"
          onClick={() => setFilter(NO_FILTER)}
        >
          Clear filters
        </button>
      </div>
      {shown.length === 0 && (
        <p className="timeline-empty">
          No measure is of the chosen kinds and from the chosen bodies.
        </p>
      )}
      {groupByYear(shown).map((group) => (
        <YearGroupSection key={group.year} group={group} />
      ))}
    </>
  );
}
