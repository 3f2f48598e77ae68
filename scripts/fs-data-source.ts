import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from '../src/data/data-source';
import { FetchError } from '../src/data/issues';

/** Reads the data folder from disk, for build scripts: same parsing and validation as the browser. */
export function fsDataSource(dataDir: string): DataSource {
  return {
    async readText(relativePath) {
      try {
        return await readFile(path.join(dataDir, relativePath), 'utf8');
      } catch (error) {
        throw new FetchError(`data/${relativePath}`, undefined, (error as Error).message);
      }
    },
  };
}
