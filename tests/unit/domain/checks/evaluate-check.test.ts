import { describe, expect, it } from 'vitest';
import type { CheckSpec, RowRef } from '../../../../src/domain/checks/check-spec';
import { checkIndicators, evaluateCheck } from '../../../../src/domain/checks/evaluate-check';
import { describeCheck } from '../../../../src/domain/format/check';
import type { Observation, Qualifier } from '../../../../src/domain/model';
import { makeObservation } from '../make-observation';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');

const row = (
  series: string,
  value: number,
  year: number | [number, number],
  qualifier: Qualifier = 'exact',
  kind: Observation['kind'] = 'actual',
): Observation => makeObservation(value, year, { series, qualifier, kind, indicator: 'ind' });
const ref = (series: string, period: string): RowRef => ({ indicator: 'ind', series, period });
const base = { id: 'c', title: 'T', paragraph: 1, statement: 'S' };

const sum = (total: string, parts: string[], tolerance?: number): CheckSpec => ({
  ...base,
  kind: 'sum',
  total: ref(total, '2022'),
  parts: parts.map((p) => ref(p, '2022')),
  ...(tolerance === undefined ? {} : { tolerance }),
});

describe('sum checks', () => {
  // Para 20: 238 killed, of whom 219 civilians and 19 officers.
  const deaths = [row('total', 238, 2022), row('civilians', 219, 2022), row('officers', 19, 2022)];

  it('are consistent when the parts add up exactly', () => {
    const result = evaluateCheck(sum('total', ['civilians', 'officers']), deaths);
    expect(result.outcome).toMatchObject({ kind: 'sum', verdict: 'consistent', sum: 238 });
    expect(describeCheck(result, EN).working).toEqual(['219 + 19 = 238', 'Stated total: 238']);
  });

  it('turn inconsistent when one figure changes, with the difference written out', () => {
    const altered = deaths.map((o) => (o.series === 'officers' ? { ...o, value: 18 } : o));
    const result = evaluateCheck(sum('total', ['civilians', 'officers']), altered);
    expect(result.outcome.verdict).toBe('inconsistent');
    expect(describeCheck(result, EN).working).toContain('Difference: −1');
  });

  it('are described in Russian and Kazakh', () => {
    const result = evaluateCheck(sum('total', ['civilians', 'officers']), deaths);
    expect(describeCheck(result, testLocale('ru'))).toEqual({
      working: ['219 + 19 = 238', 'Указанный итог: 238'],
      explanation: 'Сумма частей в точности равна указанному итогу.',
    });
    expect(describeCheck(result, testLocale('kk')).explanation).toBe(
      'Бөліктердің қосындысы көрсетілген жиынтыққа дәл тең.',
    );
  });

  it('are approximately consistent within the declared tolerance', () => {
    const altered = deaths.map((o) => (o.series === 'officers' ? { ...o, value: 18 } : o));
    const result = evaluateCheck(sum('total', ['civilians', 'officers'], 0.01), altered);
    expect(result.outcome.verdict).toBe('approximately_consistent');
  });

  it('compare with an "over" total as a floor (para 44: over 400 = 167 + 128 + 109)', () => {
    const rows = [
      row('total', 400, [2021, 2023], 'over'),
      row('a', 167, 2021),
      row('b', 128, 2022),
      row('c', 109, 2023),
    ];
    const spec: CheckSpec = {
      ...base,
      kind: 'sum',
      total: ref('total', '2021-2023'),
      parts: [ref('a', '2021'), ref('b', '2022'), ref('c', '2023')],
    };
    expect(evaluateCheck(spec, rows).outcome).toMatchObject({ verdict: 'consistent', sum: 404 });
    const fewer = rows.map((o) => (o.series === 'a' ? { ...o, value: 163 } : o));
    expect(evaluateCheck(spec, fewer).outcome.verdict).toBe('inconsistent');
  });

  it('give "about" totals five per cent of slack', () => {
    const rows = [row('total', 3500, 2022, 'about'), row('a', 1700, 2022), row('b', 1700, 2022)];
    expect(evaluateCheck(sum('total', ['a', 'b']), rows).outcome.verdict).toBe(
      'approximately_consistent',
    );
  });

  it('cannot be verified when a row is missing, and say which', () => {
    const result = evaluateCheck(sum('total', ['civilians', 'nobody']), deaths);
    expect(result.outcome).toEqual({
      kind: 'missing',
      verdict: 'cannot_verify',
      missing: [ref('nobody', '2022')],
    });
    expect(describeCheck(result, EN).working).toEqual(['No row for ind / nobody / 2022']);
  });
});

describe('part-of checks', () => {
  const spec: CheckSpec = {
    ...base,
    kind: 'part_of',
    whole: ref('whole', '2023'),
    part: ref('part', '2023'),
  };
  it('accept a part within its whole and reject a larger one', () => {
    expect(
      evaluateCheck(spec, [row('whole', 123, 2023), row('part', 45, 2023)]).outcome.verdict,
    ).toBe('consistent');
    expect(
      evaluateCheck(spec, [row('whole', 123, 2023), row('part', 145, 2023)]).outcome.verdict,
    ).toBe('inconsistent');
  });
});

describe('percentage-change checks', () => {
  // Para 48: 22 suicides in 2023, 29 in 2022, "a decrease of 32 per cent".
  const spec: CheckSpec = {
    ...base,
    kind: 'percent_change',
    from: ref('suicides', '2022'),
    to: ref('suicides', '2023'),
    stated: ref('stated', '2023'),
    statedDirection: 'decrease',
    tolerancePoints: 0.5,
  };
  const rows = [row('suicides', 29, 2022), row('suicides', 22, 2023), row('stated', 32, 2023)];

  it('find the stated 32 % inconsistent with 29 → 22 (−24.1 %) and name the base that gives it', () => {
    const result = evaluateCheck(spec, rows);
    expect(result.outcome).toMatchObject({ verdict: 'inconsistent', laterBaseMatches: true });
    if (result.outcome.kind !== 'percent_change') throw new Error('wrong kind');
    expect(result.outcome.computedChange).toBeCloseTo(-24.14, 2);
    expect(result.outcome.laterBaseChange).toBeCloseTo(-31.82, 2);
    const { working, explanation } = describeCheck(result, EN);
    expect(working[0]).toBe('(22 − 29) ÷ 29 = −24.1% (2022 to 2023)');
    expect(working[2]).toBe('(22 − 29) ÷ 22 = −31.8%');
    expect(explanation).toContain('dividing by the later figure (22)');
  });

  it('become consistent when the stated figure is what the two figures give', () => {
    const fixed = rows.map((o) => (o.series === 'stated' ? { ...o, value: 24 } : o));
    expect(evaluateCheck(spec, fixed).outcome.verdict).toBe('consistent');
  });
});

describe('trend checks', () => {
  const spec: CheckSpec = {
    ...base,
    kind: 'trend',
    series: { indicator: 'ind', series: 'deaths' },
    from: 2021,
    to: 2023,
    stated: 'decrease',
  };
  it('call 106 → 94 → 94 approximately a downward trend (it holds flat once)', () => {
    const rows = [row('deaths', 106, 2021), row('deaths', 94, 2022), row('deaths', 94, 2023)];
    const result = evaluateCheck(spec, rows);
    expect(result.outcome).toMatchObject({ verdict: 'approximately_consistent', flatSteps: 1 });
    expect(describeCheck(result, EN).working).toEqual(['2021: 106 → 2022: 94 → 2023: 94']);
  });
  it('call a strict fall consistent and a rise inconsistent', () => {
    const falling = [row('deaths', 106, 2021), row('deaths', 94, 2022), row('deaths', 90, 2023)];
    expect(evaluateCheck(spec, falling).outcome.verdict).toBe('consistent');
    const rising = [row('deaths', 90, 2021), row('deaths', 94, 2022), row('deaths', 106, 2023)];
    expect(evaluateCheck(spec, rising).outcome.verdict).toBe('inconsistent');
  });
  it('cannot be verified from one year', () => {
    expect(evaluateCheck(spec, [row('deaths', 94, 2023)]).outcome.verdict).toBe('cannot_verify');
  });
});

describe('implied-base checks', () => {
  // Para 39: 19.2 % = 4,500 persons (2023); 45.5 % = 13,200 persons (2030).
  const spec: CheckSpec = {
    ...base,
    kind: 'implied_base',
    pairs: [
      { share: ref('share', '2023'), count: ref('persons', '2023') },
      { share: ref('share', '2030'), count: ref('persons', '2030') },
    ],
    tolerance: 0.02,
  };
  const rows = [
    row('share', 19.2, 2023),
    row('persons', 4500, 2023),
    row('share', 45.5, 2030, 'exact', 'target'),
    row('persons', 13200, 2030, 'exact', 'target'),
  ];
  it('compute each implied total and find the two far apart', () => {
    const result = evaluateCheck(spec, rows);
    expect(result.outcome.verdict).toBe('inconsistent');
    if (result.outcome.kind !== 'implied_base') throw new Error('wrong kind');
    expect(result.outcome.bases.map((b) => Math.round(b.base))).toEqual([23438, 29011]);
    expect(describeCheck(result, EN).working.slice(0, 2)).toEqual([
      '4,500 ÷ 19.2% = 23,438 (2023)',
      '13,200 ÷ 45.5% = 29,011 (2030)',
    ]);
  });
  it('agree when the counts match the shares of one total', () => {
    const same = rows.map((o) =>
      o.series === 'persons' && o.period.end === 2030 ? { ...o, value: 10664 } : o,
    );
    expect(evaluateCheck(spec, same).outcome.verdict).toBe('consistent');
  });
});

describe('required-pace checks', () => {
  const spec: CheckSpec = {
    ...base,
    kind: 'required_pace',
    series: { indicator: 'ind', series: 'share' },
  };
  it('write out the pace a target needs, and cannot judge it from one actual', () => {
    const rows = [row('share', 19.2, 2023), row('share', 45.5, 2030, 'exact', 'target')];
    const result = evaluateCheck(spec, rows);
    expect(result.outcome.verdict).toBe('cannot_verify');
    expect(describeCheck(result, EN).working).toEqual([
      '(45.5 − 19.2) ÷ (2030 − 2023) = +3.8 a year',
    ]);
  });
  it('judge the pace so far against the pace needed', () => {
    const slow = [
      row('share', 15, 2021),
      row('share', 19.2, 2023),
      row('share', 45.5, 2030, 'exact', 'target'),
    ];
    expect(evaluateCheck(spec, slow).outcome.verdict).toBe('inconsistent');
    const fast = [
      row('share', 5, 2021),
      row('share', 19.2, 2023),
      row('share', 45.5, 2030, 'exact', 'target'),
    ];
    expect(evaluateCheck(spec, fast).outcome.verdict).toBe('consistent');
  });
});

describe(checkIndicators, () => {
  it('lists each indicator a check reads once', () => {
    const spec: CheckSpec = {
      ...base,
      kind: 'sum',
      total: { indicator: 'a', series: 's', period: '2022' },
      parts: [
        { indicator: 'b', series: 's', period: '2022' },
        { indicator: 'a', series: 't', period: '2022' },
      ],
    };
    expect(checkIndicators(spec)).toEqual(['a', 'b']);
  });
});
