import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndicatorMeta } from '../../src/domain/model';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export function readDataFile(relativePath: string): string {
  return readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
}

/** An indicator's committed metadata, read straight from disk (not through the app). */
export function committedMeta(id: string): IndicatorMeta {
  return JSON.parse(readDataFile(`indicators/${id}.json`)) as IndicatorMeta;
}
