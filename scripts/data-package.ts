/**
 * npm run data:package [data-dir]: regenerates data/catalogue.json (as npm run data:catalogue
 * does), then the bytes and sha256 hash of every resource of data/datapackage.json from the
 * files on disk, keeping everything else as written. Adds no resource: a file under data/ that
 * no resource describes is reported, and the descriptor is left unchanged, until the curator
 * adds it by hand.
 */
import path from 'node:path';
import { writeCatalogueIndex } from './catalogue-index-file';
import { refreshDataPackage, writeDataPackage } from './data-package-file';

const dataDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../data'));
const catalogueChanged = await writeCatalogueIndex(dataDir);
console.log(
  `${path.join(dataDir, 'catalogue.json')} ${catalogueChanged ? 'updated' : 'already up to date'}`,
);

const { text, problems } = refreshDataPackage(dataDir);
if (problems.length > 0) {
  console.error(problems.map((problem) => `error: ${problem}`).join('\n'));
  console.error(`\n${problems.length} problem(s); datapackage.json was not written`);
  process.exit(1);
}
const changed = writeDataPackage(dataDir, text);
console.log(
  `${path.join(dataDir, 'datapackage.json')} ${changed ? 'updated' : 'already up to date'}`,
);
