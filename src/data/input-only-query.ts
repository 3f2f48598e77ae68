/**
 * The meta of a query fetched only as the input of another query's data (the whole indicator
 * behind a home-page card): the page renders from the other, so a prerendered page need not
 * carry it. It stays cached all the same, for a page that renders from it.
 */
export const INPUT_ONLY: Readonly<Record<string, unknown>> = { inputOnly: true };

/** Whether a prerendered page carries a query's data for hydration. */
export function carriedByPage(query: { meta?: Readonly<Record<string, unknown>> }): boolean {
  return query.meta?.['inputOnly'] !== true;
}
