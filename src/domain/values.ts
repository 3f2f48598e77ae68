import type { Observation, Period, Qualifier } from './model';

/** True when the stated value is a floor ("more than 40,000", "over 400"). */
export function isLowerBound(qualifier: Qualifier): boolean {
  return qualifier === 'more_than' || qualifier === 'over';
}

export function isApproximate(qualifier: Qualifier): boolean {
  return qualifier === 'about';
}

/** Number of calendar years a period covers (1 for a single year). */
export function periodLength(period: Period): number {
  return period.end - period.start + 1;
}

export function isSingleYear(period: Period): boolean {
  return period.start === period.end;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Orders by end year, then start year, so that a longer period ending the same year comes first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.end - b.end || a.start - b.start;
}

export function compareObservations(a: Observation, b: Observation): number {
  return comparePeriods(a.period, b.period);
}
