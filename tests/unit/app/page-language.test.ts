import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../src/app/page-language';

describe(pageLanguage, () => {
  it('reads the prefix after the base path and puts it in the basename', () => {
    expect(pageLanguage('/kz-indicators/ru/checks', '/kz-indicators')).toEqual({
      language: 'ru',
      prefixed: true,
      basename: '/kz-indicators/ru',
      routePath: '/checks',
    });
  });

  it('reads an address without a prefix as English, with the base path as basename', () => {
    expect(pageLanguage('/indicators/x', '')).toEqual({
      language: 'en',
      prefixed: false,
      basename: '',
      routePath: '/indicators/x',
    });
    expect(pageLanguage('/kz-indicators', '/kz-indicators').routePath).toBe('/');
  });

  it('keeps /en/ as a named English address', () => {
    expect(pageLanguage('/en/', '')).toMatchObject({
      language: 'en',
      prefixed: true,
      basename: '/en',
    });
  });
});
