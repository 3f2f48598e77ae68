import type { Indicator, IndicatorMeta } from '../model';
import { toObservationRecord, type ObservationRecord } from './observation-columns';

/** The JSON download: the metadata as in data/indicators/<id>.json and the CSV's rows. */
export interface IndicatorJson {
  indicator: string;
  /** The data package version (data/catalogue.json), so that a citation can name it. */
  version: string;
  metadata: IndicatorMeta;
  rows: ObservationRecord[];
}

/**
 * An indicator's rows with its metadata, pretty-printed (two spaces, final newline). Rows use
 * the CSV's snake_case columns, so that both downloads describe a row the same way. JSON
 * needs no formula neutralising: no spreadsheet evaluates it on opening.
 */
export function indicatorToJson(indicator: Indicator, version: string): string {
  const json: IndicatorJson = {
    indicator: indicator.meta.id,
    version,
    metadata: indicator.meta,
    rows: indicator.observations.map(toObservationRecord),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
