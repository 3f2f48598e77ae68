import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCatalogueIndex, serialiseCatalogueIndex } from '../src/data/catalogue-index';
import { CATALOGUE_PATH, fetchDataPackage, fetchIndicator } from '../src/data/query-fns';
import { fsDataSource } from './fs-data-source';

/**
 * The text data/catalogue.json should have: one entry per indicator of datapackage.json,
 * with the title and topic of its metadata. Throws the data layer's errors for invalid files.
 */
export async function expectedCatalogueIndex(dataDir: string): Promise<string> {
  const source = fsDataSource(dataDir);
  const pkg = await fetchDataPackage(source);
  const metas = [];
  for (const entry of pkg.indicators) metas.push((await fetchIndicator(source, entry.id)).meta);
  return serialiseCatalogueIndex(buildCatalogueIndex(pkg, metas));
}

/** Rewrites the data folder's catalogue.json; returns whether it changed. */
export async function writeCatalogueIndex(dataDir: string): Promise<boolean> {
  const file = path.join(dataDir, CATALOGUE_PATH);
  const expected = await expectedCatalogueIndex(dataDir);
  const current = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (current === expected) return false;
  writeFileSync(file, expected);
  return true;
}
