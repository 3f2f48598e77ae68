/**
 * Series styles: colour, marker and dash differ together, so no series is told apart by
 * colour alone. Colours are from the Okabe–Ito colour-blind-safe set, darkened where needed
 * to keep 3:1 contrast with a white background (WCAG 1.4.11).
 *
 * Charts write the light colours as SVG attributes, so prerendered and exported drawings
 * carry them. Every mark also gets the class of its palette slot (`series-0`, `mark-target`,
 * …); styles.css sets the slot's colour from a theme token, which wins over the attribute,
 * so dark mode changes only CSS, never the markup.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  color: string;
  marker: MarkerShape;
  dash: string | undefined;
  /** The class naming the palette slot, through which styles.css recolours the marks. */
  slot: string;
}

/** A chart's colours in one theme: one per palette slot, and the chart's chrome. */
export interface ChartPalette {
  series: readonly [string, string, string, string];
  target: string;
  required: string;
  /** The stated total a breakdown compares its parts with. */
  total: string;
  /** What marks stand out from (3:1); also fills hollow markers and label halos. */
  surface: string;
  grid: string;
  /** Axis lines and tick labels. */
  axis: string;
  /** Value labels. */
  label: string;
  /** The band behind a hovered bar. */
  cursor: string;
}

/** Drawn into the markup as attributes; styles.css has the same values as light tokens. */
export const LIGHT_PALETTE: ChartPalette = {
  series: ['#0072B2', '#B85000', '#00785A', '#A8457F'],
  target: '#1A1A1A',
  required: '#595959',
  total: '#595959',
  surface: '#ffffff',
  grid: '#e3e3e3',
  axis: '#595959',
  label: '#1a1a1a',
  cursor: '#f2f2f2',
};

/**
 * Applied by styles.css in dark mode (tests check that the two agree, and the contrast):
 * Okabe–Ito's own sky blue, orange, bluish green and reddish purple, light enough for 3:1
 * on the dark surface, and light greys for the computed marks.
 */
export const DARK_PALETTE: ChartPalette = {
  series: ['#56B4E9', '#E69F00', '#009E73', '#CC79A7'],
  target: '#EDEDED',
  required: '#A6A6A6',
  total: '#A6A6A6',
  surface: '#16191d',
  grid: '#363b42',
  axis: '#a6adb5',
  label: '#e8eaed',
  cursor: '#2a2f35',
};

const SHAPES: readonly { marker: MarkerShape; dash: string | undefined }[] = [
  { marker: 'circle', dash: undefined },
  { marker: 'square', dash: '6 3' },
  { marker: 'triangle', dash: '2 3' },
  { marker: 'diamond', dash: '8 3 2 3' },
];

const STYLES: readonly SeriesStyle[] = SHAPES.map((shape, index) => ({
  ...shape,
  color: LIGHT_PALETTE.series[index] ?? LIGHT_PALETTE.series[0],
  slot: `series-${index}`,
}));

export const TARGET_COLOR = LIGHT_PALETTE.target;
export const REQUIRED_COLOR = LIGHT_PALETTE.required;
export const TOTAL_COLOR = LIGHT_PALETTE.total;

/** The style of the n-th series of a chart, by its position in the indicator's chart spec. */
export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length] ?? STYLES[0]!;
}

/**
 * The palette class of a colour drawn by a chart, for components (markers, swatches) that
 * are given a colour rather than a slot; undefined for a colour outside the palette. The
 * target and required colours come first: the required and total greys are one colour.
 */
export function paletteClass(color: string): string | undefined {
  if (color === LIGHT_PALETTE.target) return 'mark-target';
  if (color === LIGHT_PALETTE.required) return 'mark-required';
  return STYLES.find((style) => style.color === color)?.slot;
}

/** The classes of a chart mark: how styles.css paints it (its kind) and in which slot's colour. */
export function markClass(kind: string, slot: string | undefined): string {
  return slot === undefined ? kind : `${kind} ${slot}`;
}
