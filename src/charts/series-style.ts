/**
 * Series styles: colour, marker and dash differ together, so no series is told apart by
 * colour alone. Colours are from the Okabe–Ito colour-blind-safe set, darkened where needed
 * to keep 3:1 contrast with a white background (WCAG 1.4.11).
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  color: string;
  marker: MarkerShape;
  dash: string | undefined;
}

const STYLES: readonly SeriesStyle[] = [
  { color: '#0072B2', marker: 'circle', dash: undefined },
  { color: '#B85000', marker: 'square', dash: '6 3' },
  { color: '#00785A', marker: 'triangle', dash: '2 3' },
  { color: '#A8457F', marker: 'diamond', dash: '8 3 2 3' },
];

export const TARGET_COLOR = '#1A1A1A';
export const REQUIRED_COLOR = '#595959';

/** The style of the n-th series of a chart, by its position in the indicator's chart spec. */
export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length] ?? STYLES[0]!;
}
