import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndicatorMeta, Observation } from '../../src/domain/model';
import type { ValidationIssue } from '../../src/data/issues';
import { validateIndicatorMeta } from '../../src/data/validate-metadata';
import { validateObservations } from '../../src/data/validate-observations';

/** The committed data folder, read from disk as the build scripts read it. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export const SOURCE_TEXT_PATH = 'source/kz-cat-followup-2024.txt';

export function readData(relativePath: string): string {
  return readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
}

/** Every file under data/, as paths relative to it ("indicators/x.csv"). */
export function listDataFiles(dir = ''): string[] {
  return readdirSync(path.join(DATA_DIR, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
    return entry.isDirectory() ? listDataFiles(relative) : [relative];
  });
}

/** The ids of the indicators on disk, from data/indicators/<id>.csv. */
export function indicatorIdsOnDisk(): string[] {
  return listDataFiles('indicators')
    .filter((file) => file.endsWith('.csv'))
    .map((file) => path.basename(file, '.csv'))
    .sort();
}

export interface LoadedIndicator {
  id: string;
  csvFile: string;
  metaFile: string;
  meta: IndicatorMeta | undefined;
  observations: Observation[];
  issues: ValidationIssue[];
}

/** One indicator validated by the same code the app runs. */
export function loadIndicator(id: string): LoadedIndicator {
  const csvFile = `data/indicators/${id}.csv`;
  const metaFile = `data/indicators/${id}.json`;
  const meta = validateIndicatorMeta(readData(`indicators/${id}.json`), metaFile, id);
  if (!meta.ok)
    return { id, csvFile, metaFile, meta: undefined, observations: [], issues: meta.issues };
  const result = validateObservations(readData(`indicators/${id}.csv`), csvFile, meta.value);
  return { id, csvFile, metaFile, meta: meta.value, ...result };
}

/**
 * The report's numbered paragraphs: each line "48.In 2023, …" is paragraph 48. Written here
 * rather than imported from src, so that the check does not share a bug with the code.
 */
export function sourceParagraphs(): { number: number; text: string }[] {
  return readData(SOURCE_TEXT_PATH)
    .split(/\r?\n/)
    .flatMap((line) => {
      const match = /^(\d+)\.(.*)$/.exec(line);
      return match ? [{ number: Number(match[1]), text: match[2] ?? '' }] : [];
    });
}
