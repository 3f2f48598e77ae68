import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultDataSource } from '../../../src/data/default-data-source';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe(defaultDataSource, () => {
  it('reads from the data folder under the base path, whatever the page', async () => {
    // The jsdom page is http://localhost:3000/ (vitest.config.ts); Vite's BASE_URL is "/".
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('[]');
    });
    await expect(defaultDataSource().readText('topics.json')).resolves.toBe('[]');
    expect(urls).toEqual(['http://localhost:3000/data/topics.json']);
  });

  it('is created once', () => {
    expect(defaultDataSource()).toBe(defaultDataSource());
  });
});
