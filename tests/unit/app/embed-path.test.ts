import fc from 'fast-check';
import { matchRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBED_ROUTE, embedIdFromPath } from '../../../src/app/embed-path';
import { pageForPath } from '../../../src/app/route-table';

/** What the router makes of a path: the embed's id when its route matches. */
function routerEmbedId(path: string): string | undefined {
  const matches = matchRoutes([{ path: EMBED_ROUTE }, { path: '*' }], path);
  const last = matches?.at(-1);
  return last?.route.path === EMBED_ROUTE ? last.params.id : undefined;
}

describe('embedIdFromPath: which start an address gets, decided without the router', () => {
  it.each([
    ['/embed/prison-mortality', 'prison-mortality'],
    ['/embed/prison-mortality/', 'prison-mortality'],
    ['/embed/no-such-chart', 'no-such-chart'],
    ['/embed/a%20b', 'a b'],
    ['/embed/', undefined],
    ['/embed', undefined],
    ['/embed/a/b', undefined],
    ['/indicators/prison-mortality', undefined],
    ['/', undefined],
  ])('%s → %s, as the router reads it', (path, id) => {
    expect(embedIdFromPath(path)).toBe(id);
    expect(routerEmbedId(path)).toBe(id);
    expect(pageForPath(path) === 'EmbedPage').toBe(id !== undefined);
  });

  afterEach(() => vi.restoreAllMocks());

  it('agrees with the router on generated paths, malformed escapes included', () => {
    // The router warns about each malformed escape ("%zz") it meets.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const segment = fc.stringMatching(/^[a-z0-9%\-_. ]{0,12}$/);
    const path = fc
      .tuple(
        fc.constantFrom('/embed', '/embed/', '/indicators', ''),
        fc.array(segment, { maxLength: 3 }),
      )
      .map(([start, segments]) => `${start}/${segments.join('/')}`.replace(/\/{2,}/g, '/'));
    fc.assert(
      fc.property(path, (p) => {
        expect(embedIdFromPath(p)).toBe(routerEmbedId(p));
      }),
      { numRuns: 2_000 },
    );
  });
});
