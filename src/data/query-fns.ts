import type { Indicator, Topic } from '../domain/model';
import { parseReportParagraphs, type ReportParagraph } from '../domain/report';
import type { DataSource } from './data-source';
import { DataError } from './issues';
import { validateCatalogueIndex, type CatalogueIndex } from './catalogue-index';
import { validateDataPackage, type PackageContents } from './validate-data-package';
import { validateTopics } from './validate-topics';
import { validateIndicatorMeta } from './validate-metadata';
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

/** Where an indicator's two files are, relative to the data folder. */
export function indicatorFiles(id: string): { observationsPath: string; metadataPath: string } {
  return { observationsPath: `indicators/${id}.csv`, metadataPath: `indicators/${id}.json` };
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
  const [metaText, csvText] = await Promise.all([
    source.readText(entry.metadataPath, signal),
    source.readText(entry.observationsPath, signal),
  ]);
  const metaFile = `data/${entry.metadataPath}`;
  const meta = validateIndicatorMeta(metaText, metaFile, id);
  if (!meta.ok) throw new DataError(metaFile, meta.issues);
  const csvFile = `data/${entry.observationsPath}`;
  const { observations, issues } = validateObservations(csvText, csvFile, meta.value);
  if (issues.length > 0) throw new DataError(csvFile, issues);
  return { meta: meta.value, observations };
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
  const file = `source/${sourceId}.txt`;
  const paragraphs = parseReportParagraphs(await source.readText(file, signal));
  if (paragraphs.size === 0) {
    throw new DataError(`data/${file}`, [
      {
        file: `data/${file}`,
        rule: 'paragraphs',
        message: 'no numbered paragraphs ("1.…") were found',
      },
    ]);
  }
  return [...paragraphs.values()];
}
