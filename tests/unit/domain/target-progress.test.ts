import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../../src/domain/model';
import { computeTargetProgress } from '../../../src/domain/target-progress';
import { cellConfinement, makeObservation } from './make-observation';

const pct = { unit: 'percent' } as const;
const target = (value: number, year: number) =>
  makeObservation(value, year, { ...pct, kind: 'target' });
const actual = (value: number, year: number, qualifier: Qualifier = 'exact') =>
  makeObservation(value, year, { ...pct, qualifier });

describe(computeTargetProgress, () => {
  describe('the real cell-confinement figures (paragraph 39)', () => {
    it('share in cells: 19.2 % in 2023, 45.5 % by 2030', () => {
      const { shareActual, shareTarget } = cellConfinement;
      const progress = computeTargetProgress([shareTarget, shareActual]);
      expect(progress?.target).toBe(shareTarget);
      expect(progress?.baseline).toBe(shareActual);
      // 45.5 − 19.2 = 26.3 points in 2030 − 2023 = 7 years.
      expect(progress?.gap).toBeCloseTo(26.3, 10);
      expect(progress?.yearsLeft).toBe(7);
      // 26.3 / 7 = 3.7571…
      expect(progress?.requiredPace).toBeCloseTo(3.757, 3);
      // 19.2 / 45.5 = 0.42197…
      expect(progress?.shareOfTarget).toBeCloseTo(0.422, 3);
      expect(progress?.isMet).toBe(false);
      expect(progress?.baselineIsLowerBound).toBe(false);
      // One actual figure: no pace so far, hence no projection.
      expect(progress?.paceSoFar).toBeUndefined();
      expect(progress?.projection).toBeUndefined();
    });

    it('persons in cells: 4,500 in 2023, 13,200 by 2030', () => {
      const { personsActual, personsTarget } = cellConfinement;
      const progress = computeTargetProgress([personsActual, personsTarget]);
      expect(progress?.gap).toBe(8700);
      expect(progress?.yearsLeft).toBe(7);
      // 8,700 / 7 = 1,242.857…
      expect(progress?.requiredPace).toBeCloseTo(1242.857, 3);
      // 4,500 / 13,200 = 0.340909…
      expect(progress?.shareOfTarget).toBeCloseTo(0.3409, 4);
      expect(progress?.isMet).toBe(false);
      expect(progress?.paceSoFar).toBeUndefined();
      expect(progress?.projection).toBeUndefined();
    });
  });

  it('is undefined when the series has no target', () => {
    expect(computeTargetProgress([actual(19.2, 2023), actual(20, 2024)])).toBeUndefined();
    expect(computeTargetProgress([])).toBeUndefined();
  });

  it('does not treat a plan as a target', () => {
    const planned = makeObservation(1500, 2024, { unit: 'places', kind: 'planned' });
    expect(computeTargetProgress([planned])).toBeUndefined();
  });

  it('has a target but nothing measured when there is no actual figure', () => {
    const goal = target(45.5, 2030);
    expect(computeTargetProgress([goal])).toEqual({
      target: goal,
      baseline: undefined,
      gap: undefined,
      yearsLeft: undefined,
      requiredPace: undefined,
      shareOfTarget: undefined,
      isMet: false,
      direction: 'increase',
      baselineIsLowerBound: false,
      paceSoFar: undefined,
      projection: undefined,
    });
  });

  it('ignores actual figures after the target year', () => {
    const progress = computeTargetProgress([target(45.5, 2030), actual(50, 2031)]);
    expect(progress?.baseline).toBeUndefined();
  });

  it('takes the latest actual up to the target year as the baseline', () => {
    const y2023 = actual(19.2, 2023);
    const progress = computeTargetProgress([target(45.5, 2030), y2023, actual(60, 2031)]);
    expect(progress?.baseline).toBe(y2023);
  });

  it('measures against the latest target when several are stated', () => {
    const later = target(45.5, 2030);
    const progress = computeTargetProgress([later, target(30, 2025), actual(19.2, 2023)]);
    expect(progress?.target).toBe(later);
    expect(progress?.yearsLeft).toBe(7);
  });

  it('prefers the single year over a total ending the same year as baseline', () => {
    const year = makeObservation(332, 2023, { unit: 'officials' });
    const total = makeObservation(709, [2022, 2023], { unit: 'officials' });
    const goal = makeObservation(1000, 2030, { unit: 'officials', kind: 'target' });
    expect(computeTargetProgress([year, goal, total])?.baseline).toBe(year);
  });

  it('computes the pace so far and a projection from two actual figures, flagged computed', () => {
    const first = actual(10, 2020);
    const latest = actual(19, 2023);
    const progress = computeTargetProgress([latest, target(45.5, 2030), first]);
    expect(progress?.baseline).toBe(latest);
    // (19 − 10) / (2023 − 2020) = 3 points a year.
    expect(progress?.paceSoFar).toBe(3);
    // 19 + 3 × 7 = 40 by 2030.
    expect(progress?.projection).toEqual({ year: 2030, value: 40, computed: true });
    // 26.5 / 7 = 3.7857…
    expect(progress?.gap).toBeCloseTo(26.5, 10);
    expect(progress?.requiredPace).toBeCloseTo(3.7857, 4);
  });

  it('is met when the latest figure has reached a rising target', () => {
    const progress = computeTargetProgress([
      actual(10, 2020),
      actual(50, 2023),
      target(45.5, 2030),
    ]);
    expect(progress?.isMet).toBe(true);
    expect(progress?.gap).toBeCloseTo(-4.5, 10);
    expect(progress?.requiredPace).toBeUndefined();
    // 50 / 45.5 = 1.0989…
    expect(progress?.shareOfTarget).toBeCloseTo(1.0989, 4);
  });

  it('is met when the single figure equals the target exactly', () => {
    const progress = computeTargetProgress([actual(45.5, 2023), target(45.5, 2030)]);
    expect(progress?.isMet).toBe(true);
    expect(progress?.gap).toBe(0);
    expect(progress?.requiredPace).toBeUndefined();
    expect(progress?.shareOfTarget).toBe(1);
  });

  describe('a decreasing target (the first figure is above it)', () => {
    const targetOf50By2030 = makeObservation(50, 2030, { unit: 'cases', kind: 'target' });

    it('needs a negative pace while the figure is still above the target', () => {
      const progress = computeTargetProgress([
        makeObservation(100, 2020, { unit: 'cases' }),
        makeObservation(80, 2023, { unit: 'cases' }),
        targetOf50By2030,
      ]);
      expect(progress?.isMet).toBe(false);
      expect(progress?.gap).toBe(-30);
      // −30 / 7 = −4.2857…
      expect(progress?.requiredPace).toBeCloseTo(-4.2857, 4);
      // (80 − 100) / 3 = −6.667 a year; 80 − 6.667 × 7 = 33.333 by 2030.
      expect(progress?.paceSoFar).toBeCloseTo(-6.6667, 4);
      expect(progress?.projection?.value).toBeCloseTo(33.3333, 4);
      expect(progress?.projection?.computed).toBe(true);
    });

    it('is met once the figure is at or below the target', () => {
      const progress = computeTargetProgress([
        makeObservation(100, 2020, { unit: 'cases' }),
        makeObservation(40, 2023, { unit: 'cases' }),
        targetOf50By2030,
      ]);
      expect(progress?.isMet).toBe(true);
      expect(progress?.gap).toBe(10);
      expect(progress?.requiredPace).toBeUndefined();
    });

    it('has no share of target when the target is 0', () => {
      const progress = computeTargetProgress([
        makeObservation(10, 2022, { unit: 'cases' }),
        makeObservation(5, 2023, { unit: 'cases' }),
        makeObservation(0, 2025, { unit: 'cases', kind: 'target' }),
      ]);
      expect(progress?.isMet).toBe(false);
      expect(progress?.gap).toBe(-5);
      expect(progress?.requiredPace).toBe(-2.5);
      expect(progress?.shareOfTarget).toBeUndefined();
    });

    it('does not call a lower-bound figure below a decreasing target met', () => {
      const progress = computeTargetProgress(
        [
          makeObservation(100, 2020, { unit: 'cases' }),
          makeObservation(40, 2023, { unit: 'cases', qualifier: 'more_than' }),
          targetOf50By2030,
        ],
        'decrease',
      );
      expect(progress?.baselineIsLowerBound).toBe(true);
      expect(progress?.isMet).toBe(false);
    });
  });

  describe('a declared direction', () => {
    it('increase: a single figure already above the target meets it', () => {
      const progress = computeTargetProgress([actual(50, 2023), target(45.5, 2030)], 'increase');
      expect(progress?.isMet).toBe(true);
      expect(progress?.requiredPace).toBeUndefined();
    });

    it('without one, a single figure above the target is read as having to come down', () => {
      const progress = computeTargetProgress([actual(50, 2023), target(45.5, 2030)]);
      expect(progress?.isMet).toBe(false);
      // −4.5 points in 7 years = −0.643 a year.
      expect(progress?.requiredPace).toBeCloseTo(-0.6429, 4);
    });

    it('decrease: a figure below a ceiling meets it, even if it rose to get there', () => {
      const progress = computeTargetProgress(
        [actual(10, 2020), actual(19.2, 2023), target(45.5, 2030)],
        'decrease',
      );
      expect(progress?.isMet).toBe(true);
      expect(progress?.requiredPace).toBeUndefined();
    });

    it('decrease: a figure above the target does not meet it', () => {
      const progress = computeTargetProgress([actual(50, 2023), target(45.5, 2030)], 'decrease');
      expect(progress?.isMet).toBe(false);
      expect(progress?.requiredPace).toBeCloseTo(-0.6429, 4);
    });

    it('increase: the real share in cells is not met', () => {
      const { shareActual, shareTarget } = cellConfinement;
      const progress = computeTargetProgress([shareActual, shareTarget], 'increase');
      expect(progress?.isMet).toBe(false);
      expect(progress?.requiredPace).toBeCloseTo(3.757, 3);
    });
  });

  it.each<[Qualifier, boolean]>([
    ['more_than', true],
    ['over', true],
    ['about', false],
    ['exact', false],
  ])('flags a baseline qualified %s as a lower bound: %s', (qualifier, expected) => {
    const progress = computeTargetProgress([actual(19.2, 2023, qualifier), target(45.5, 2030)]);
    expect(progress?.baselineIsLowerBound).toBe(expected);
  });

  it('flags only the baseline, not an earlier figure, as a lower bound', () => {
    const progress = computeTargetProgress([
      actual(10, 2020, 'more_than'),
      actual(19.2, 2023),
      target(45.5, 2030),
    ]);
    expect(progress?.baselineIsLowerBound).toBe(false);
  });

  it('has no required pace or projection once the target year is reached', () => {
    const progress = computeTargetProgress([
      actual(19.2, 2023),
      actual(40, 2030),
      target(45.5, 2030),
    ]);
    expect(progress?.yearsLeft).toBe(0);
    expect(progress?.isMet).toBe(false);
    expect(progress?.gap).toBeCloseTo(5.5, 10);
    expect(progress?.requiredPace).toBeUndefined();
    // (40 − 19.2) / 7 = 2.971… a year so far, but nothing left to project.
    expect(progress?.paceSoFar).toBeCloseTo(2.9714, 4);
    expect(progress?.projection).toBeUndefined();
  });
});
