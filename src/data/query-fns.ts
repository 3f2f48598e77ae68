import type { Indicator, Topic } from '../domain/model';
import { reportParagraphs, type ReportDocument, type ReportParagraph } from '../domain/report';
import type { DataSource } from './data-source';
import { DataError } from './issues';
import { indicatorFiles } from './indicator-files';
import type { CheckSpec } from '../domain/checks/check-spec';
import { validateCatalogueIndex, type CatalogueIndex } from './catalogue-index';
import { parseCsv } from './parse-csv';
import { validateChecks } from './validate-checks';
import { readColumnDocs, type ColumnDoc } from './table-schema-columns';
import { validateDataPackage, type PackageContents } from './validate-data-package';
import { validateEvents } from './validate-events';
import type { TimelineEvent } from '../domain/events';
import { validateTopics } from './validate-topics';
import { validateIndicatorMeta } from './validate-metadata';
import { validateReport } from './validate-report';
import { validateObservations } from './validate-observations';

export const DATA_PACKAGE_PATH = 'datapackage.json';
export const CATALOGUE_PATH = 'catalogue.json';
export const TOPICS_PATH = 'topics.json';

/** Query functions: they resolve to validated data or throw FetchError / DataError. */

/** The small index of indicators the home page lists (see catalogue-index.ts). */
export async function fetchCatalogue(
  source: DataSource,
  signal?: AbortSignal,
): Promise<CatalogueIndex> {
  const result = validateCatalogueIndex(
    await source.readText(CATALOGUE_PATH, signal),
    `data/${CATALOGUE_PATH}`,
  );
  if (!result.ok) throw new DataError(`data/${CATALOGUE_PATH}`, result.issues);
  return result.value;
}

/** The data package: the registry of every resource, which the build and the checks read. */
export async function fetchDataPackage(
  source: DataSource,
  signal?: AbortSignal,
): Promise<PackageContents> {
  const result = validateDataPackage(
    await source.readText(DATA_PACKAGE_PATH, signal),
    `data/${DATA_PACKAGE_PATH}`,
  );
  if (!result.ok) throw new DataError(`data/${DATA_PACKAGE_PATH}`, result.issues);
  return result.value;
}

export async function fetchTopics(source: DataSource, signal?: AbortSignal): Promise<Topic[]> {
  const result = validateTopics(await source.readText(TOPICS_PATH, signal), `data/${TOPICS_PATH}`);
  if (!result.ok) throw new DataError(`data/${TOPICS_PATH}`, result.issues);
  return result.value;
}

/**
 * Loads an indicator's metadata and observations and validates both. Any invalid row makes
 * the whole indicator fail with every problem listed: showing the valid rest would hide a
 * figure without saying so.
 */
export async function fetchIndicator(
  source: DataSource,
  id: string,
  signal?: AbortSignal,
): Promise<Indicator> {
  const entry = indicatorFiles(id);
  // Both files at once, but the metadata's failure wins: its 404 means "no such indicator",
  // while the CSV's alone means an indicator whose figures are missing, which is reported
  // as such rather than depending on which request failed first.
  const [metaRead, csvRead] = await Promise.allSettled([
    source.readText(entry.metadataPath, signal),
    source.readText(entry.observationsPath, signal),
  ]);
  if (metaRead.status === 'rejected') throw metaRead.reason;
  if (csvRead.status === 'rejected') throw csvRead.reason;
  const [metaText, csvText] = [metaRead.value, csvRead.value];
  const metaFile = `data/${entry.metadataPath}`;
  const meta = validateIndicatorMeta(metaText, metaFile, id);
  if (!meta.ok) throw new DataError(metaFile, meta.issues);
  const csvFile = `data/${entry.observationsPath}`;
  const { observations, issues } = validateObservations(csvText, csvFile, meta.value);
  if (issues.length > 0) throw new DataError(csvFile, issues);
  return { meta: meta.value, observations };
}

/** Where a source document's text is, relative to the data folder. */
export function reportFile(sourceId: string): string {
  return `source/${sourceId}.txt`;
}

/**
 * The report text a source id names, with its title block, date received and sections of
 * numbered paragraphs, each text verbatim. Throws a DataError when it has no numbered
 * paragraph or its numbering does not increase.
 */
export async function fetchReportDocument(
  source: DataSource,
  sourceId: string,
  signal?: AbortSignal,
): Promise<ReportDocument> {
  const file = reportFile(sourceId);
  const result = validateReport(await source.readText(file, signal), `data/${file}`);
  if (!result.ok) throw new DataError(`data/${file}`, result.issues);
  return result.value;
}

/**
 * The report text a source id names, split into its numbered paragraphs, in order. An array
 * rather than a Map, so the result can be serialised into a prerendered page.
 */
export async function fetchReport(
  source: DataSource,
  sourceId: string,
  signal?: AbortSignal,
): Promise<ReportParagraph[]> {
  return reportParagraphs(await fetchReportDocument(source, sourceId, signal));
}

export const CHECKS_PATH = 'checks.json';

/** The declared fact checks (data/checks.json); their verdicts are computed in the domain. */
export async function fetchChecks(source: DataSource, signal?: AbortSignal): Promise<CheckSpec[]> {
  const file = `data/${CHECKS_PATH}`;
  const result = validateChecks(await source.readText(CHECKS_PATH, signal), file);
  if (!result.ok) throw new DataError(file, result.issues);
  return result.value;
}

export const EVENTS_PATH = 'events.csv';

/**
 * The dated measures for the timeline, in file order. Any invalid row fails the whole file
 * with every problem listed: a timeline silently missing a measure would mislead.
 */
export async function fetchEvents(
  source: DataSource,
  signal?: AbortSignal,
): Promise<TimelineEvent[]> {
  const file = `data/${EVENTS_PATH}`;
  const { events, issues } = validateEvents(await source.readText(EVENTS_PATH, signal), file);
  if (issues.length > 0) throw new DataError(file, issues);
  return events;
}

/** A Table Schema's columns, documented for the data catalogue. */
export async function fetchColumnDocs(
  source: DataSource,
  path: string,
  signal?: AbortSignal,
): Promise<ColumnDoc[]> {
  const file = `data/${path}`;
  const result = readColumnDocs(await source.readText(path, signal), file);
  if (!result.ok) throw new DataError(file, result.issues);
  return result.value;
}

/** How many rows a published table has and, where it has dates or periods, which years. */
export interface TableSummary {
  rows: number;
  years?: { start: number; end: number };
}

// Columns whose values start with a year, in the package's tables.
const YEAR_COLUMNS = ['period_start', 'period_end', 'date', 'date_end'];

/** Counts a CSV's rows and the years its date columns span, for the data catalogue. */
export async function fetchTableSummary(
  source: DataSource,
  path: string,
  signal?: AbortSignal,
): Promise<TableSummary> {
  const file = `data/${path}`;
  const parsed = parseCsv(await source.readText(path, signal), file);
  if (parsed.issues.length > 0) throw new DataError(file, parsed.issues);
  const yearColumns = parsed.header.filter((name) => YEAR_COLUMNS.includes(name));
  const years = parsed.rows.flatMap(({ cells }) =>
    yearColumns.flatMap((name) => {
      const value = cells[name] ?? '';
      const year = Number(value.slice(0, 4));
      return value !== '' && Number.isInteger(year) ? [year] : [];
    }),
  );
  return {
    rows: parsed.rows.length,
    years: years.length === 0 ? undefined : { start: Math.min(...years), end: Math.max(...years) },
  };
}
