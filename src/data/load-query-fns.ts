/**
 * The query functions, loaded on first use. Parsing and validation (PapaParse and the
 * validators) are only needed when a page fetches data; a prerendered page carries its own,
 * so its first view does not download them.
 */
export function loadQueryFns(): Promise<typeof import('./query-fns')> {
  return import('./query-fns');
}
