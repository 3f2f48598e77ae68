// The export code as one module, so that the page loads it with a single dynamic import on
// the first download rather than with the page.
export { BYTE_ORDER_MARK, CSV_LINE_ENDING, isNeutralised, neutraliseFormula, toCsv } from './csv';
export { downloadFileName, type DownloadKind } from './file-names';
export { indicatorToJson, type IndicatorJson } from './indicator-json';
export { OBSERVATION_COLUMNS } from './observation-columns';
export { observationsToCsv } from './observations-csv';
