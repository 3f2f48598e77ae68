/**
 * The site's public address, for what must be absolute: canonical links and the social
 * preview tags (og:url, og:image), which crawlers read with no page to resolve them against.
 * Set it at build time: `SITE_URL=https://example.org/kz-indicators/ BASE_PATH=/kz-indicators/
 * npm run build`.
 */

/**
 * The origin used when SITE_URL is not set: `.example` is reserved (RFC 2606), so a build
 * published without SITE_URL has previews that visibly point nowhere rather than at someone
 * else's site. The build warns when it uses it.
 */
export const PLACEHOLDER_ORIGIN = 'https://kz-indicators.example';

/** "/", "/kz-indicators/": a leading and a trailing slash, as Vite's `base` is used. */
function normaliseBasePath(basePath: string): string {
  return `/${basePath}/`.replace(/\/{2,}/g, '/');
}

/**
 * The site's root URL (ending in "/") from SITE_URL and BASE_PATH. SITE_URL may be an origin
 * alone (BASE_PATH is appended) or the full root; a path must then be BASE_PATH itself,
 * because pages load their scripts and data from BASE_PATH on whatever origin serves them:
 * a site at `/a/kz-indicators/` built for `/kz-indicators/` would load nothing. Throws with
 * the fix when the two disagree.
 */
export function resolveSiteUrl(siteUrl: string | undefined, basePath: string): URL {
  const base = normaliseBasePath(basePath);
  const value = siteUrl?.trim() ?? '';
  if (value === '') return new URL(base, PLACEHOLDER_ORIGIN);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `SITE_URL="${value}" is not an absolute URL; expected e.g. https://example.org${base}`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${value}" must be an http or https address.`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(
      `SITE_URL="${value}" must be the site's root address, without query, fragment or credentials.`,
    );
  }
  const path = url.pathname.replace(/\/?$/, '/');
  if (path !== '/' && path !== base) {
    throw new Error(
      `SITE_URL="${value}" has the path ${path} but BASE_PATH is ${base}: the site's pages ` +
        `load their files from BASE_PATH, so build with BASE_PATH=${path} (or give SITE_URL ` +
        `as ${url.origin}${base}).`,
    );
  }
  return new URL(base, url.origin);
}

/** The absolute address of a site path ("/indicators/x", "images/x.png"). */
export function absoluteUrl(site: URL, sitePath: string): string {
  return new URL(sitePath.replace(/^\/+/, ''), site).href;
}
