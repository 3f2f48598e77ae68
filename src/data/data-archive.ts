/**
 * The whole data folder as one zip, built with the site (scripts/data-zip.ts) and served at
 * <base>data/<name>-<version>.zip, so a researcher gets the exact files of one version.
 */
export function dataArchiveName(packageName: string, version: string): string {
  return `${packageName}-${version}.zip`;
}
