/**
 * The id of the report the dashboard is about (data/source/<id>.txt and .json; the `source`
 * column of every observation row). Its own module, so a page can name the report without
 * loading the query functions.
 */
export const REPORT_SOURCE_ID = 'kz-cat-followup-2024';
