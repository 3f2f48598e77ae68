/** Id of the JSON script element that carries a prerendered page's query data. */
export const QUERY_STATE_ELEMENT_ID = 'query-state';

/**
 * Serialises data for a `<script type="application/json">` element: `<` is escaped so that no
 * string in the data can close the element.
 */
export function serialiseForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
