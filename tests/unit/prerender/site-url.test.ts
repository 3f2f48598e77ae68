import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  PLACEHOLDER_ORIGIN,
  resolveSiteUrl,
} from '../../../scripts/prerender/site-url';

describe(resolveSiteUrl, () => {
  it('falls back to the placeholder origin, under the base path', () => {
    expect(resolveSiteUrl(undefined, '/').href).toBe(`${PLACEHOLDER_ORIGIN}/`);
    expect(resolveSiteUrl('  ', '/kz-indicators/').href).toBe(
      `${PLACEHOLDER_ORIGIN}/kz-indicators/`,
    );
  });

  it.each([
    ['https://example.org', '/', 'https://example.org/'],
    ['https://example.org/', '/kz-indicators/', 'https://example.org/kz-indicators/'],
    ['https://example.org/kz-indicators/', '/kz-indicators/', 'https://example.org/kz-indicators/'],
    ['https://example.org/kz-indicators', '/kz-indicators', 'https://example.org/kz-indicators/'],
    ['http://localhost:4173/a/b/', 'a/b', 'http://localhost:4173/a/b/'],
  ])('%s with BASE_PATH %s is %s', (siteUrl, basePath, expected) => {
    expect(resolveSiteUrl(siteUrl, basePath).href).toBe(expected);
  });

  it.each([
    ['https://example.org/kz-indicators/', '/', /path \/kz-indicators\/ but BASE_PATH is \/:/],
    ['https://example.org/x/kz-indicators/', '/kz-indicators/', /BASE_PATH=\/x\/kz-indicators\//],
    ['example.org', '/', /not an absolute URL/],
    ['ftp://example.org/', '/', /http or https/],
    ['https://example.org/?ref=1', '/', /without query/],
    ['https://user:secret@example.org/', '/', /credentials/],
  ])('rejects %s with BASE_PATH %s, saying why', (siteUrl, basePath, message) => {
    expect(() => resolveSiteUrl(siteUrl, basePath)).toThrow(message);
  });
});

describe(absoluteUrl, () => {
  const site = new URL('https://example.org/kz-indicators/');

  it('resolves site paths against the site root, never the origin root', () => {
    expect(absoluteUrl(site, '/')).toBe('https://example.org/kz-indicators/');
    expect(absoluteUrl(site, '/indicators/prison-mortality')).toBe(
      'https://example.org/kz-indicators/indicators/prison-mortality',
    );
    expect(absoluteUrl(site, 'images/x-social.png')).toBe(
      'https://example.org/kz-indicators/images/x-social.png',
    );
    expect(absoluteUrl(site, '/data/')).toBe('https://example.org/kz-indicators/data/');
  });
});
