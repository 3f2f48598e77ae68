/** What a download holds; each has its own file name so that two downloads never clash. */
export type DownloadKind = 'csv' | 'csv-shown' | 'json';

/**
 * `<indicator>-<version>.csv`, `<indicator>-<version>-shown.csv` (the rows shown after the
 * series toggles) or `<indicator>-<version>.json`. The version names the data package, so a
 * file saved today is not mistaken for one from a later release.
 *
 * @example downloadFileName('cell-confinement', '0.1.0', 'csv-shown') // "cell-confinement-0.1.0-shown.csv"
 */
export function downloadFileName(indicatorId: string, version: string, kind: DownloadKind): string {
  // Both parts come from validated data; the replacement only guards a file system against
  // an odd version string such as "1.0/beta".
  const base = `${indicatorId}-${version}`.replace(/[^\w.-]/g, '-');
  switch (kind) {
    case 'csv':
      return `${base}.csv`;
    case 'csv-shown':
      return `${base}-shown.csv`;
    case 'json':
      return `${base}.json`;
  }
}

/**
 * `<indicator>-<view>.svg|png`: the view is `chart` when every series is drawn, else the
 * series drawn (`prison-mortality-suicides+disease-deaths.png`); the social card adds
 * `-social`. Two exports of different views never overwrite each other.
 *
 * @example imageFileName('cell-confinement', ['cells'], ['cells'], 'standard', 'svg') // "cell-confinement-chart.svg"
 */
export function imageFileName(
  indicatorId: string,
  visibleSeries: readonly string[],
  chartSeries: readonly string[],
  layout: 'standard' | 'social',
  extension: 'svg' | 'png',
): string {
  const everySeries = chartSeries.every((id) => visibleSeries.includes(id));
  const view = everySeries ? 'chart' : visibleSeries.join('+');
  const base = `${indicatorId}-${view}${layout === 'social' ? '-social' : ''}`;
  return `${base.replace(/[^\w.+-]/g, '-')}.${extension}`;
}
