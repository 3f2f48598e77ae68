import { isFetchError } from './issues';

/** What an indicator id may look like: the Table Schema's pattern for the `indicator` column. */
const INDICATOR_ID = '[a-z0-9][a-z0-9-]*';

/** True for a string that can name an indicator; a garbled URL segment never reaches a fetch. */
export function isIndicatorId(id: string): boolean {
  return new RegExp(`^${INDICATOR_ID}$`).test(id);
}

/** Matches `indicators/<id>.csv`, the data contract's path of an indicator's observations. */
export const INDICATOR_CSV_PATH = new RegExp(`^indicators/(${INDICATOR_ID})\\.csv$`);

/**
 * True when an indicator could not be loaded because its metadata file is not there, so the
 * indicator does not exist ("not found"). A missing CSV alone is an indicator whose figures
 * are missing: an error to report, with a retry.
 */
export function isUnknownIndicator(error: unknown, id: string): boolean {
  return isFetchError(error) && error.status === 404 && error.file === `data/indicators/${id}.json`;
}
