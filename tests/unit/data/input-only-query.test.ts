import { QueryClient, defaultShouldDehydrateQuery, dehydrate } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { carriedByPage, INPUT_ONLY } from '../../../src/data/input-only-query';

describe(carriedByPage, () => {
  it('leaves out of a page the queries fetched only to derive others, and keeps them cached', async () => {
    const client = new QueryClient();
    await client.fetchQuery({
      queryKey: ['card'],
      queryFn: async ({ client: inner }) =>
        (
          await inner.fetchQuery({
            queryKey: ['whole'],
            queryFn: () => [1, 2, 3],
            meta: INPUT_ONLY,
          })
        ).length,
    });
    const state = dehydrate(client, {
      shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) && carriedByPage(query),
    });
    expect(state.queries.map((query) => query.queryKey)).toEqual([['card']]);
    expect(client.getQueryData(['whole'])).toEqual([1, 2, 3]);
  });

  it('carries a query without meta, or with other meta', () => {
    expect(carriedByPage({})).toBe(true);
    expect(carriedByPage({ meta: { other: true } })).toBe(true);
    expect(carriedByPage({ meta: INPUT_ONLY })).toBe(false);
  });
});
