/**
 * npm run data:catalogue [data-dir]: regenerates data/catalogue.json, the index of
 * indicators the home page loads first, from datapackage.json and each indicator's metadata.
 */
import path from 'node:path';
import { writeCatalogueIndex } from './catalogue-index-file';

const dataDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../data'));
const changed = await writeCatalogueIndex(dataDir);
console.log(
  `${path.join(dataDir, 'catalogue.json')} ${changed ? 'updated' : 'already up to date'}`,
);
