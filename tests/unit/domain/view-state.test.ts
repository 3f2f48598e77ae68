import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalViewQuery,
  defaultViewState,
  parseViewState,
  serialiseViewState,
  VIEWS,
  withViewState,
} from '../../../src/domain/view-state';

const SERIES = ['disease-deaths', 'suicides', 'suicide-attempts-prevented'];

describe(parseViewState, () => {
  it('reads the series shown and the view', () => {
    expect(parseViewState('?series=suicides,disease-deaths&view=table', SERIES)).toEqual({
      series: ['disease-deaths', 'suicides'],
      view: 'table',
    });
  });

  it('falls back to the default for anything unknown or garbled', () => {
    expect(parseViewState('', SERIES)).toEqual(defaultViewState(SERIES));
    expect(parseViewState('?view=pie&series=nope,suicides', SERIES)).toEqual({
      series: ['suicides'],
      view: 'chart',
    });
    expect(parseViewState('?%E0%A4%A=&&==', SERIES)).toEqual(defaultViewState(SERIES));
  });

  it('shows every series when the link names none of the chart’s, rather than an empty chart', () => {
    expect(parseViewState('?series=%E0%A4%A,nope&view=table', SERIES)).toEqual({
      series: defaultViewState(SERIES).series,
      view: 'table',
    });
    expect(parseViewState('?series=,', SERIES).series).toEqual([]);
  });

  // Regression found by fuzzing (tests/fuzz).
  it('shows a series the chart lists twice once, at its first place', () => {
    const chart = ['suicides', 'disease-deaths', 'suicides'];
    expect(parseViewState('?series=suicides,disease-deaths', chart).series).toEqual([
      'suicides',
      'disease-deaths',
    ]);
    expect(parseViewState('', chart)).toEqual({
      series: ['suicides', 'disease-deaths'],
      view: 'chart',
    });
    expect(serialiseViewState(defaultViewState(chart), chart)).toBe('');
  });

  it('keeps "no series" as a choice', () => {
    expect(parseViewState('?series=', SERIES).series).toEqual([]);
  });

  it('never throws and always returns known series and a known view, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const state = parseViewState(search, SERIES);
        expect(state.series.every((id) => SERIES.includes(id))).toBe(true);
        expect(VIEWS).toContain(state.view);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe(serialiseViewState, () => {
  it('leaves defaults out, so a plain link stays plain', () => {
    expect(serialiseViewState(defaultViewState(SERIES), SERIES)).toBe('');
    expect(serialiseViewState({ series: ['suicides'], view: 'table' }, SERIES)).toBe(
      '?series=suicides&view=table',
    );
  });

  it('round-trips: parsing what it writes gives the same state, for every valid state', () => {
    fc.assert(
      fc.property(fc.subarray(SERIES), fc.constantFrom(...VIEWS), (series, view) => {
        const state = { series, view };
        expect(parseViewState(serialiseViewState(state, SERIES), SERIES)).toEqual(state);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe(withViewState, () => {
  it('writes the view and keeps every other parameter as it was, in its order', () => {
    expect(
      withViewState(
        '?utm_source=a%20b&view=chart&ref=x+y&series=suicides',
        { series: ['disease-deaths'], view: 'table' },
        SERIES,
      ),
    ).toBe('?series=disease-deaths&view=table&utm_source=a%20b&ref=x+y');
  });

  it('leaves the view out when it is the default, and the query out when nothing is left', () => {
    expect(withViewState('?series=suicides&view=table', defaultViewState(SERIES), SERIES)).toBe('');
    expect(withViewState('?ref=x', defaultViewState(SERIES), SERIES)).toBe('?ref=x');
  });

  it('recognises the view’s parameters however their names are encoded, and keeps garbled ones', () => {
    expect(withViewState('?%73eries=suicides&%E0%A4%A=1', defaultViewState(SERIES), SERIES)).toBe(
      '?%E0%A4%A=1',
    );
  });
});

describe(canonicalViewQuery, () => {
  it('drops what the page ignores: an unknown view, unknown series, a garbled list', () => {
    expect(canonicalViewQuery('?view=nonsense&series=nope,disease-deaths', SERIES)).toBe(
      '?series=disease-deaths',
    );
    expect(canonicalViewQuery('?series=nope&view=table&utm_source=x', SERIES)).toBe(
      '?view=table&utm_source=x',
    );
    expect(canonicalViewQuery('?series=suicides,disease-deaths', SERIES)).toBe(
      '?series=disease-deaths,suicides',
    );
  });

  it('keeps an address that is already canonical as it is', () => {
    expect(canonicalViewQuery('', SERIES)).toBe('');
    expect(canonicalViewQuery('?series=&view=table', SERIES)).toBe('?series=&view=table');
  });

  it('shows the same view as the address it came from, and is its own canonical form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        const canonical = canonicalViewQuery(search, SERIES);
        expect(parseViewState(canonical, SERIES)).toEqual(parseViewState(search, SERIES));
        expect(canonicalViewQuery(canonical, SERIES)).toBe(canonical);
      }),
      { numRuns: 10_000 },
    );
  });
});
