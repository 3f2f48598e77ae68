import { EVENT_KIND_LABELS, type EventBody, type EventKind, type TimelineEvent } from './events';
import { comparePartialDates } from './partial-date';

/** The filter key of an event whose body the report does not name. */
export const UNNAMED_BODY = 'unnamed';
export type BodyKey = EventBody | typeof UNNAMED_BODY;

export const UNNAMED_BODY_LABEL = 'Not named in the report';

export function bodyKey(event: TimelineEvent): BodyKey {
  return event.body ?? UNNAMED_BODY;
}

export function bodyLabel(key: BodyKey): string {
  return key === UNNAMED_BODY ? UNNAMED_BODY_LABEL : key;
}

/**
 * Date order (a year-only date sorts as the start of its year, see comparePartialDates); a
 * single date before a span starting the same day, a shorter span before a longer one; then
 * the report's order, so that ties read as the report lists them.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byEnd =
    a.dateEnd && b.dateEnd
      ? comparePartialDates(a.dateEnd, b.dateEnd)
      : Number(a.dateEnd !== undefined) - Number(b.dateEnd !== undefined);
  return comparePartialDates(a.date, b.date) || byEnd || a.paragraph - b.paragraph;
}

/** A sorted copy; the input is left as it is. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents);
}

/** Kinds and bodies to keep. An empty set keeps everything, as no box ticked shows all. */
export interface TimelineFilter {
  kinds: ReadonlySet<EventKind>;
  bodies: ReadonlySet<BodyKey>;
}

export const NO_FILTER: TimelineFilter = { kinds: new Set(), bodies: new Set() };

/** Any of the chosen kinds and any of the chosen bodies; order is kept. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filter: TimelineFilter,
): TimelineEvent[] {
  return events.filter(
    (event) =>
      (filter.kinds.size === 0 || filter.kinds.has(event.kind)) &&
      (filter.bodies.size === 0 || filter.bodies.has(bodyKey(event))),
  );
}

export interface YearGroup {
  year: number;
  events: TimelineEvent[];
}

/** Consecutive events under the year they start in; sort first for a chronological timeline. */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.year === event.date.year) last.events.push(event);
    else groups.push({ year: event.date.year, events: [event] });
  }
  return groups;
}

export interface FilterOption<Key extends string> {
  value: Key;
  label: string;
  /** Events with this value among all events, whatever else is filtered. */
  count: number;
}

/** The kinds the events use, by label, with their counts. */
export function kindOptions(events: readonly TimelineEvent[]): FilterOption<EventKind>[] {
  return countOptions(
    events,
    (event) => event.kind,
    (kind) => EVENT_KIND_LABELS[kind],
  ).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The bodies the events name, by name, and last those that name none. */
export function bodyOptions(events: readonly TimelineEvent[]): FilterOption<BodyKey>[] {
  return countOptions(events, bodyKey, bodyLabel).sort(
    (a, b) =>
      Number(a.value === UNNAMED_BODY) - Number(b.value === UNNAMED_BODY) ||
      a.label.localeCompare(b.label, 'en'),
  );
}

function countOptions<Key extends string>(
  events: readonly TimelineEvent[],
  keyOf: (event: TimelineEvent) => Key,
  labelOf: (key: Key) => string,
): FilterOption<Key>[] {
  const counts = new Map<Key, number>();
  for (const event of events) counts.set(keyOf(event), (counts.get(keyOf(event)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, label: labelOf(value), count }));
}

/** "23 of 41 measures shown", "1 of 41 measures shown". */
export function formatShownCount(shown: number, total: number): string {
  return `${shown} of ${total} ${total === 1 ? 'measure' : 'measures'} shown`;
}
