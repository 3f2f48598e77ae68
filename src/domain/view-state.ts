/**
 * What a shared link restores on an indicator page: which series are shown and whether the
 * chart or the table is open. In the URL as `?series=a,b&view=table`; defaults are left out,
 * so a plain link stays plain.
 */
export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewState {
  /** Visible series, in the chart's own order. */
  series: string[];
  view: View;
}

export function defaultViewState(chartSeries: readonly string[]): ViewState {
  return { series: distinct(chartSeries), view: 'chart' };
}

// Found by fuzzing (tests/fuzz): a chart listing a series twice gave a state showing it
// twice; each series is shown once, at its first place in the chart.
function distinct(chartSeries: readonly string[]): string[] {
  return chartSeries.filter((id, index) => chartSeries.indexOf(id) === index);
}

/**
 * Reads the view from a query string. Anything unknown or garbled falls back to the default
 * for that part: an unknown series id is dropped, an unknown view is the chart, a missing
 * `series` shows every series, and so does a `series` that names none of the chart's (a
 * garbled link should show the chart, not an empty one). `series=` (empty), which is how
 * "no series" is written, shows none. Never throws.
 */
export function parseViewState(search: string, chartSeries: readonly string[]): ViewState {
  const fallback = defaultViewState(chartSeries);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return fallback;
  }
  const view = params.get('view');
  const listed = params.get('series');
  const ids = listed === null ? [] : listed.split(',').map((s) => s.trim());
  const known = fallback.series.filter((id) => ids.includes(id));
  const garbled = known.length === 0 && ids.some((id) => id !== '');
  return {
    series: listed === null || garbled ? fallback.series : known,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : fallback.view,
  };
}

/** The query string for a view ("" for the default view, else "?series=…&view=…"). */
export function serialiseViewState(state: ViewState, chartSeries: readonly string[]): string {
  const params = new URLSearchParams();
  const all = distinct(chartSeries);
  const series = all.filter((id) => state.series.includes(id));
  if (series.length !== all.length) params.set('series', series.join(','));
  if (state.view !== 'chart') params.set('view', state.view);
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

const VIEW_STATE_KEYS = new Set(['series', 'view']);

/** The key of one `key=value` piece of a query string, decoded; null if it cannot be. */
function queryPieceKey(piece: string): string | null {
  const key = piece.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * `search` with its view written as `state` in canonical form (as `serialiseViewState`
 * writes it) and every other parameter kept as it was, byte for byte and in its order: a
 * link's own tracking or campaign parameters are the sharer's, not ours to drop.
 */
export function withViewState(
  search: string,
  state: ViewState,
  chartSeries: readonly string[],
): string {
  const others = search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => {
      if (piece === '') return false;
      const key = queryPieceKey(piece);
      return key === null || !VIEW_STATE_KEYS.has(key);
    });
  const own = serialiseViewState(state, chartSeries).replace(/^\?/, '');
  const pieces = own === '' ? others : [own, ...others];
  return pieces.length === 0 ? '' : `?${pieces.join('&')}`;
}

/**
 * The canonical form of a query string's view: what the page shows for it, written the way
 * the page itself would write it, so that an address with an unknown series or view does not
 * keep (and pass on when shared) what the page ignored.
 */
export function canonicalViewQuery(search: string, chartSeries: readonly string[]): string {
  return withViewState(search, parseViewState(search, chartSeries), chartSeries);
}
