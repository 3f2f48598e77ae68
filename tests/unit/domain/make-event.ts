import type { TimelineEvent } from '../../../src/domain/events';
import { parsePartialDate, type PartialDate } from '../../../src/domain/partial-date';

function date(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
}

/** A timeline event for tests: an ISO date (and end), the rest defaulted or overridden. */
export function makeEvent(
  id: string,
  iso: string,
  overrides: Partial<Omit<TimelineEvent, 'date' | 'dateEnd'>> & { end?: string } = {},
): TimelineEvent {
  const { end, ...rest } = overrides;
  return {
    id,
    date: date(iso),
    ...(end === undefined ? {} : { dateEnd: date(end) }),
    kind: 'order',
    number: '',
    title: `Title of ${id}`,
    paragraph: 1,
    quote: 'quote',
    note: '',
    ...rest,
  };
}
