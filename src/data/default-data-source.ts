import { httpDataSource, siteDataUrl, type DataSource } from './data-source';

let cached: DataSource | undefined;

/**
 * The browser's data source: the data folder under the site's configured base path (Vite's
 * BASE_URL), resolved against the page's origin. Created on first use, so importing this
 * module in Node is harmless.
 */
export function defaultDataSource(): DataSource {
  cached ??= httpDataSource(siteDataUrl(globalThis.location.href, import.meta.env.BASE_URL));
  return cached;
}

/** Replaces the data source, e.g. with one reading from disk while the build prerenders pages. */
export function setDefaultDataSource(source: DataSource): void {
  cached = source;
}
