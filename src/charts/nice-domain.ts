import { nice, ticks } from 'd3-array';

/** Ticks a value axis aims for; few enough to read on a phone. */
const VALUE_TICK_COUNT = 5;

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * A value axis from zero to a round number above the data (400, not 377), with ticks on
 * round values (0, 100, 200 …).
 */
export function valueAxis(dataMax: number): ValueAxis {
  const [, top] = nice(0, Math.max(dataMax, 1), VALUE_TICK_COUNT);
  return { domain: [0, top], ticks: ticks(0, top, VALUE_TICK_COUNT) };
}
