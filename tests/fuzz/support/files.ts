import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository's data/ folder: fuzz inputs start from the committed files. */
export const DATA_DIR = path.resolve(import.meta.dirname, '../../../data');

export function readData(relative: string): string {
  return readFileSync(path.join(DATA_DIR, relative), 'utf8');
}

export function readDataJson(relative: string): unknown {
  return JSON.parse(readData(relative)) as unknown;
}

/** The ids of the committed indicators (data/indicators/<id>.csv and <id>.json). */
export const INDICATOR_IDS: readonly string[] = readdirSync(path.join(DATA_DIR, 'indicators'))
  .filter((name) => name.endsWith('.csv'))
  .map((name) => name.slice(0, -'.csv'.length))
  .sort();
