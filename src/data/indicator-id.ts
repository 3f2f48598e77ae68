/** What an indicator id may look like: the Table Schema's pattern for the `indicator` column. */
const INDICATOR_ID = '[a-z0-9][a-z0-9-]*';

/** True for a string that can name an indicator; a garbled URL segment never reaches a fetch. */
export function isIndicatorId(id: string): boolean {
  return new RegExp(`^${INDICATOR_ID}$`).test(id);
}

/** Matches `indicators/<id>.csv`, the data contract's path of an indicator's observations. */
export const INDICATOR_CSV_PATH = new RegExp(`^indicators/(${INDICATOR_ID})\\.csv$`);
