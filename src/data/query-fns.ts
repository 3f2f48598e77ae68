import type { Indicator, Topic } from '../domain/model';
import { parseReportParagraphs, type ReportParagraph } from '../domain/report';
import type { DataSource } from './data-source';
import { DataError } from './issues';
import type { Catalogue, IndicatorEntry } from './validate-catalogue';
import { validateCatalogue, validateTopics } from './validate-catalogue';
import { validateIndicatorMeta } from './validate-metadata';
import { validateObservations } from './validate-observations';

export const CATALOGUE_PATH = 'datapackage.json';
export const TOPICS_PATH = 'topics.json';

/** Query functions: they resolve to validated data or throw FetchError / DataError. */

export async function fetchCatalogue(source: DataSource, signal?: AbortSignal): Promise<Catalogue> {
  const result = validateCatalogue(
    await source.readText(CATALOGUE_PATH, signal),
    `data/${CATALOGUE_PATH}`,
  );
  if (!result.ok) throw new DataError(`data/${CATALOGUE_PATH}`, result.issues);
  return result.value;
}

export async function fetchTopics(source: DataSource, signal?: AbortSignal): Promise<Topic[]> {
  const result = validateTopics(await source.readText(TOPICS_PATH, signal), `data/${TOPICS_PATH}`);
  if (!result.ok) throw new DataError(`data/${TOPICS_PATH}`, result.issues);
  return result.value;
}

export function indicatorEntry(id: string): IndicatorEntry {
  return {
    id,
    title: id,
    observationsPath: `indicators/${id}.csv`,
    metadataPath: `indicators/${id}.json`,
  };
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
  const entry = indicatorEntry(id);
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
