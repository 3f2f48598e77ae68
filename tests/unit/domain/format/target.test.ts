import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../../src/domain/model';
import { computeTargetProgress, type TargetProgress } from '../../../../src/domain/target-progress';
import { describeTargetGap } from '../../../../src/domain/format/target';
import { cellConfinement, makeObservation } from '../make-observation';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');
const RU = testLocale('ru');

/** A progress record written out by hand, so that each branch of the text is reached directly. */
function progress(unit: Unit, fields: Partial<TargetProgress>): TargetProgress {
  return {
    target: makeObservation(45.5, 2030, { unit, kind: 'target' }),
    baseline: makeObservation(19.2, 2023, { unit }),
    gap: 26.3,
    yearsLeft: 7,
    requiredPace: 26.3 / 7,
    shareOfTarget: 19.2 / 45.5,
    isMet: false,
    direction: 'increase',
    baselineIsLowerBound: false,
    paceSoFar: undefined,
    projection: undefined,
    ...fields,
  };
}

describe(describeTargetGap, () => {
  describe('the real cell-confinement figures (paragraph 39)', () => {
    it('share in cells, 19.2 % in 2023 to 45.5 % by 2030', () => {
      const { shareActual, shareTarget } = cellConfinement;
      const result = computeTargetProgress([shareActual, shareTarget]);
      expect(result).toBeDefined();
      expect(describeTargetGap(result!, EN)).toBe(
        '26.3 percentage points to go in 7 years: 3.8 points a year needed',
      );
    });

    it('persons in cells, 4,500 in 2023 to 13,200 by 2030', () => {
      const { personsActual, personsTarget } = cellConfinement;
      const result = computeTargetProgress([personsActual, personsTarget]);
      // 8,700 in 7 years = 1,242.857… a year; counts are paced in whole units.
      expect(describeTargetGap(result!, EN)).toBe(
        '8,700 persons to go in 7 years: 1,243 persons a year needed',
      );
    });
  });

  it('says progress cannot be measured without an actual figure', () => {
    const text = describeTargetGap(
      progress('percent', {
        baseline: undefined,
        gap: undefined,
        yearsLeft: undefined,
        requiredPace: undefined,
      }),
      EN,
    );
    expect(text).toBe('No actual figure has been reported yet, so progress cannot be measured.');
  });

  it('says when the target is already met', () => {
    expect(
      describeTargetGap(
        progress('percent', { gap: -4.5, isMet: true, requiredPace: undefined }),
        EN,
      ),
    ).toBe('The latest reported figure already meets the target.');
  });

  it('says when the target year has been reached without meeting it', () => {
    expect(
      describeTargetGap(
        progress('percent', { gap: 5.5, yearsLeft: 0, requiredPace: undefined }),
        EN,
      ),
    ).toBe('5.5 percentage points to go, and the target year has already been reached.');
  });

  it('says "at most" when the baseline is a lower bound', () => {
    expect(describeTargetGap(progress('percent', { baselineIsLowerBound: true }), EN)).toBe(
      'at most 26.3 percentage points to go in 7 years: at most 3.8 points a year needed',
    );
  });

  it('says "1 year" in the singular', () => {
    expect(
      describeTargetGap(progress('persons', { gap: 100, yearsLeft: 1, requiredPace: 100 }), EN),
    ).toBe('100 persons to go in 1 year: 100 persons a year needed');
  });

  it('gives the size of a decrease without its sign', () => {
    // From 80 to a target of 50 in 7 years: −30, −4.29 a year, paced in whole cases.
    expect(describeTargetGap(progress('cases', { gap: -30, requiredPace: -30 / 7 }), EN)).toBe(
      '30 cases to go in 7 years: 4 cases a year needed',
    );
  });

  it('ru: formats the numbers the Russian way', () => {
    const { shareActual, shareTarget } = cellConfinement;
    const text = describeTargetGap(computeTargetProgress([shareActual, shareTarget])!, RU);
    expect(text).toBe(
      'До целевого значения 26,3 процентного пункта, срок — 7 лет: требуется 3,8 пункта в год',
    );
  });

  it('kk: words the gap in Kazakh', () => {
    const { shareActual, shareTarget } = cellConfinement;
    const text = describeTargetGap(
      computeTargetProgress([shareActual, shareTarget])!,
      testLocale('kk'),
    );
    expect(text).toBe(
      'Нысаналы мәнге дейін 26,3 пайыздық тармақ, мерзімі — 7 жыл: жылына 3,8 тармақ қажет',
    );
  });

  it('says "1 point a year", not "1 points", for a pace of exactly one point', () => {
    // 7 points in 7 years.
    const text = describeTargetGap(progress('percent', { gap: 7, requiredPace: 1 }), EN);
    expect(text).toBe('7 percentage points to go in 7 years: 1 point a year needed');
  });

  it('makes the noun agree with the rounded number shown', () => {
    // 26 persons in 25 years = 1.04 a year, shown as "1".
    const text = describeTargetGap(
      progress('persons', { gap: 26, yearsLeft: 25, requiredPace: 1.04 }),
      EN,
    );
    expect(text).toBe('26 persons to go in 25 years: 1 person a year needed');
  });

  it('never says "0 … a year needed" while a gap remains', () => {
    // 3 facilities in 7 years = 0.43 a year.
    const text = describeTargetGap(
      progress('facilities', { gap: 3, yearsLeft: 7, requiredPace: 3 / 7 }),
      EN,
    );
    expect(text).toMatch(/^3 facilities to go in 7 years: /);
    expect(text).not.toMatch(/: 0 facilities a year needed$/);
  });

  it('does not say "at most" for a decreasing target with a lower-bound baseline', () => {
    const baseline = makeObservation(80, 2023, { unit: 'cases', qualifier: 'more_than' });
    const result = computeTargetProgress(
      [
        makeObservation(100, 2020, { unit: 'cases' }),
        baseline,
        makeObservation(50, 2030, { unit: 'cases', kind: 'target' }),
      ],
      'decrease',
    );
    expect(result?.gap).toBe(-30);
    expect(describeTargetGap(result!, EN)).not.toContain('at most');
  });
});
