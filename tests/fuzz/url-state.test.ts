// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEMES, parseTheme, type Theme } from '../../src/domain/theme';
import {
  VIEWS,
  defaultViewState,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from '../../src/domain/view-state';
import { binaryString, oddCharacter } from './support/odd-text';
import { RUNS } from './support/runs';
import { field, observationsSchema } from './support/table-oracle';

/**
 * Fuzzing the URL state of indicator and embed pages: `?series=a,b&view=table` and
 * `?theme=light|dark`. Query strings are random code points, lone surrogates included, and
 * percent-encoding garbage built from the pieces that break decoders.
 */

// A chart's series ids are those the metadata validator accepts: the CSV series pattern.
const SERIES_ID = field(observationsSchema, 'series').constraints!.pattern!;
const seriesId = fc.stringMatching(new RegExp(SERIES_ID.replace('*$', '{0,20}$')));
const contractChart = fc.uniqueArray(seriesId, { maxLength: 8 });
// Anything at all, duplicates, commas and blanks included: the parser must still hold.
const anyChart = fc.array(
  fc.oneof(seriesId, fc.string({ maxLength: 6 }), fc.string({ unit: oddCharacter, maxLength: 3 })),
  {
    maxLength: 6,
  },
);

// Ids the pattern forbids but a URL must still carry: %, +, &, =, #, spaces inside, any script.
const urlHostileChart = fc.uniqueArray(
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 6 })
    .filter((id) => !id.includes(',') && id.trim() === id && id !== ''),
  { maxLength: 6 },
);

const PIECES = [
  '%',
  '%E0%A4%A',
  '%E0',
  '%A4',
  '%A',
  '%zz',
  '%%',
  '%2C',
  '%2c',
  '%00',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%F0%9F%98',
  '%u0041',
  '+',
  '&',
  '&&',
  '=',
  '==',
  '?',
  '#',
  ',',
  ',,',
  ' ',
  '%20',
  'series',
  'series=',
  'view=',
  'view',
  'table',
  'chart',
  'TABLE',
  'theme=',
  'theme',
  'light',
  'dark',
  'Dark',
  '\uD800',
  '\u0000',
];

/** Query strings: random code points, or garbage made of URL pieces and the chart's ids. */
const searchFor = (chart: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    binaryString(120),
    fc
      .array(
        fc.oneof(
          { arbitrary: fc.constantFrom(...PIECES), weight: 4 },
          { arbitrary: chart.length > 0 ? fc.constantFrom(...chart) : fc.constant('x'), weight: 2 },
          { arbitrary: binaryString(3), weight: 1 },
        ),
        { maxLength: 24 },
      )
      .map((parts) => parts.join('')),
  );

/** Property (d): a known view, and series drawn from the chart, once each, in its order. */
function stateProblems(state: ViewState, chart: readonly string[]): string[] {
  const problems: string[] = [];
  if (!VIEWS.includes(state.view)) problems.push(`view ${String(state.view)}`);
  if (!Array.isArray(state.series)) return [...problems, 'series is not a list'];
  if (new Set(state.series).size !== state.series.length) problems.push('a series repeats');
  const positions = state.series.map((id) => chart.indexOf(id));
  if (positions.some((p) => p < 0)) problems.push('a series the chart does not draw');
  if (positions.some((p, i) => i > 0 && p <= positions[i - 1]!))
    problems.push('not in chart order');
  if (Object.keys(state).sort().join() !== 'series,view')
    problems.push(`keys ${Object.keys(state).join()}`);
  return problems;
}

describe(
  'fuzz: view state in the URL (parseViewState, serialiseViewState)',
  { timeout: 600_000 },
  () => {
    it('never throws, and gives a known view and chart series once each in chart order, for any string', () => {
      const input = fc
        .oneof(contractChart, anyChart)
        .chain((chart) => fc.tuple(fc.constant(chart), searchFor(chart)));
      fc.assert(
        fc.property(input, ([chart, search]) => {
          expect(stateProblems(parseViewState(search, chart), chart)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });

    it('parse(serialise(s)) = s for every valid state', () => {
      const input = fc
        .oneof(contractChart, urlHostileChart)
        .chain((chart) =>
          fc.tuple(fc.constant(chart), fc.subarray(chart), fc.constantFrom(...VIEWS)),
        );
      fc.assert(
        fc.property(input, ([chart, series, view]) => {
          const state = { series, view };
          const search = serialiseViewState(state, chart);
          expect(parseViewState(search, chart)).toEqual(state);
          // Defaults are left out, so a plain link stays plain.
          if (series.length === chart.length && view === 'chart') expect(search).toBe('');
        }),
        { numRuns: RUNS },
      );
    });

    it('the default state is valid and is what an empty query gives', () => {
      fc.assert(
        fc.property(fc.oneof(contractChart, anyChart), (chart) => {
          expect(stateProblems(defaultViewState(chart), chart)).toEqual([]);
          expect(parseViewState('', chart)).toEqual(defaultViewState(chart));
        }),
        { numRuns: RUNS },
      );
    });
  },
);

describe('fuzz: forced theme in the URL (parseTheme)', { timeout: 600_000 }, () => {
  it('never throws, and gives light, dark or null, for any string', () => {
    fc.assert(
      fc.property(searchFor(['light', 'dark']), (search) => {
        const theme = parseTheme(search);
        expect(theme === null || THEMES.includes(theme)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('parse(serialise(t)) = t beside any view state, and no theme stays null', () => {
    const input = contractChart.chain((chart) =>
      fc.tuple(
        fc.constant(chart),
        fc.subarray(chart),
        fc.constantFrom(...VIEWS),
        fc.constantFrom<Theme | null>(...THEMES, null),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(input, ([chart, series, view, theme, first]) => {
        const params = new URLSearchParams(serialiseViewState({ series, view }, chart));
        if (theme !== null) {
          // The theme first or last among the parameters.
          const rest = [...params];
          const ordered = first ? [['theme', theme], ...rest] : [...rest, ['theme', theme]];
          expect(parseTheme(`?${new URLSearchParams(ordered).toString()}`)).toBe(theme);
        } else {
          expect(parseTheme(`?${params.toString()}`)).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });
});
