import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  UNNAMED_BODY,
  bodyKey,
  bodyLabel,
  bodyOptions,
  compareEvents,
  filterEvents,
  formatShownCount,
  groupByYear,
  kindOptions,
  sortEvents,
  type TimelineFilter,
} from '../../../src/domain/timeline';
import { makeEvent } from './make-event';

const ids = (events: readonly { id: string }[]): string[] => events.map((e) => e.id);

// Paragraphs 8, 29, 30, 37, 49 and 78, abridged.
const EVENTS = [
  makeEvent('registration', '2014-12-24', {
    kind: 'instructions',
    body: 'Procurator General',
    paragraph: 8,
  }),
  makeEvent('training-dec', '2022-12-31', { kind: 'training', paragraph: 29 }),
  makeEvent('training-sep', '2023-09-21', {
    end: '2023-09-22',
    kind: 'training',
    body: 'Academy of Law Enforcement Agencies',
    paragraph: 30,
  }),
  makeEvent('housing', '2023', { kind: 'infrastructure', paragraph: 37 }),
  makeEvent('psychology-plan', '2022', { end: '2024', kind: 'plan', paragraph: 49 }),
  makeEvent('invitation', '2009', { kind: 'invitation', body: 'Kazakhstan', paragraph: 78 }),
  makeEvent('jurisdiction', '2023-01-01', { kind: 'reform', body: 'President', paragraph: 24 }),
];

const filter = (kinds: string[], bodies: string[]): TimelineFilter =>
  ({ kinds: new Set(kinds), bodies: new Set(bodies) }) as TimelineFilter;

describe(sortEvents, () => {
  it('orders by date, a year-only date first in its year, without changing the input', () => {
    const input = [...EVENTS];
    expect(ids(sortEvents(input))).toEqual([
      'invitation',
      'registration',
      'psychology-plan',
      'training-dec',
      'housing',
      'jurisdiction',
      'training-sep',
    ]);
    expect(input).toEqual(EVENTS);
  });
});

describe(compareEvents, () => {
  it('puts a single date before a span from the same date, and a shorter span first', () => {
    const single = makeEvent('single', '2023');
    const short = makeEvent('short', '2023', { end: '2024' });
    const long = makeEvent('long', '2023', { end: '2025' });
    expect(ids([long, short, single].sort(compareEvents))).toEqual(['single', 'short', 'long']);
  });

  it('breaks ties by paragraph, as the report lists them', () => {
    const later = makeEvent('later', '2023-01-13', { paragraph: 15 });
    const earlier = makeEvent('earlier', '2023-01-13', { paragraph: 10 });
    expect(ids([later, earlier].sort(compareEvents))).toEqual(['earlier', 'later']);
  });
});

describe(filterEvents, () => {
  it.each<[string, TimelineFilter, string[]]>([
    ['nothing chosen: everything', NO_FILTER, ids(EVENTS)],
    ['one kind', filter(['training'], []), ['training-dec', 'training-sep']],
    [
      'two kinds: either',
      filter(['training', 'plan'], []),
      ['training-dec', 'training-sep', 'psychology-plan'],
    ],
    ['one body', filter([], ['President']), ['jurisdiction']],
    ['no body named', filter([], [UNNAMED_BODY]), ['training-dec', 'housing', 'psychology-plan']],
    ['a kind and a body: both', filter(['training'], [UNNAMED_BODY]), ['training-dec']],
    ['a kind and a body that never meet', filter(['plan'], ['President']), []],
  ])('%s', (_, chosen, expected) => {
    expect(ids(filterEvents(EVENTS, chosen))).toEqual(expected);
  });
});

describe(groupByYear, () => {
  it('groups sorted events under the year they start in', () => {
    const groups = groupByYear(sortEvents(EVENTS));
    expect(groups.map((g) => [g.year, ids(g.events)])).toEqual([
      [2009, ['invitation']],
      [2014, ['registration']],
      [2022, ['psychology-plan', 'training-dec']],
      [2023, ['housing', 'jurisdiction', 'training-sep']],
    ]);
  });

  it('returns no group for no events', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe(kindOptions, () => {
  it('lists the kinds in use by label, with counts over all events', () => {
    expect(kindOptions(EVENTS)).toEqual([
      { value: 'infrastructure', label: 'Infrastructure', count: 1 },
      { value: 'instructions', label: 'Instructions', count: 1 },
      { value: 'invitation', label: 'Invitation', count: 1 },
      { value: 'plan', label: 'Plan', count: 1 },
      { value: 'reform', label: 'Reform', count: 1 },
      { value: 'training', label: 'Training', count: 2 },
    ]);
  });

  it('labels kinds in words', () => {
    const labels = kindOptions([
      makeEvent('a', '2023', { kind: 'round-table' }),
      makeEvent('b', '2023', { kind: 'road-map' }),
    ]).map((o) => o.label);
    expect(labels).toEqual(['Road map', 'Round table']);
  });
});

describe(bodyOptions, () => {
  it('lists the bodies by name and, last, the events that name none', () => {
    expect(bodyOptions(EVENTS)).toEqual([
      {
        value: 'Academy of Law Enforcement Agencies',
        label: 'Academy of Law Enforcement Agencies',
        count: 1,
      },
      { value: 'Kazakhstan', label: 'Kazakhstan', count: 1 },
      { value: 'President', label: 'President', count: 1 },
      { value: 'Procurator General', label: 'Procurator General', count: 1 },
      { value: UNNAMED_BODY, label: 'Not named in the report', count: 3 },
    ]);
  });
});

describe(bodyKey, () => {
  it('keys an event by its body, or as unnamed', () => {
    expect(bodyKey(makeEvent('a', '2023', { body: 'Government' }))).toBe('Government');
    expect(bodyKey(makeEvent('b', '2023'))).toBe(UNNAMED_BODY);
    expect(bodyLabel('Government')).toBe('Government');
    expect(bodyLabel(UNNAMED_BODY)).toBe('Not named in the report');
  });
});

describe(formatShownCount, () => {
  it.each([
    [23, 41, '23 of 41 measures shown'],
    [0, 41, '0 of 41 measures shown'],
    [41, 41, '41 of 41 measures shown'],
    [1, 1, '1 of 1 measure shown'],
  ])('%i of %i → %s', (shown, total, expected) => {
    expect(formatShownCount(shown, total)).toBe(expected);
  });
});
