import { nice, ticks } from 'd3-array';

/** Ticks a value axis aims for; few enough to read on a phone. */
const VALUE_TICK_COUNT = 5;
/**
 * At most this many: d3's count is a hint (13,200 gives eight ticks of 2,000), and eight
 * labels on a 240 px chart are too close for the browser's Recharts, which then drops every
 * other one (the zero first), while the build's, measuring no text, drew them all.
 */
export const MAX_VALUE_TICKS = 6;

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/**
 * A value axis from zero to a round number above the data (400, not 377), with ticks on
 * round values (0, 100, 200 …), no more than MAX_VALUE_TICKS of them.
 */
export function valueAxis(dataMax: number): ValueAxis {
  const max = Math.max(dataMax, 1);
  for (let count = VALUE_TICK_COUNT; ; count -= 1) {
    const [, top] = nice(0, max, count);
    const axisTicks = ticks(0, top, count);
    if (axisTicks.length <= MAX_VALUE_TICKS || count === 1) {
      return { domain: [0, top], ticks: axisTicks };
    }
  }
}
