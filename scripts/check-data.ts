/**
 * Validates every file of data/ with the same code the app uses, and prints each problem as
 * `file:row:column rule: message`. Exits non-zero when anything is wrong. Run: npm run check:data
 */
import path from 'node:path';
import { isDataError, type ValidationIssue } from '../src/data/issues';
import { readFileSync } from 'node:fs';
import {
  CATALOGUE_PATH,
  fetchCatalogue,
  fetchDataPackage,
  fetchChecks,
  fetchEvents,
  fetchIndicator,
  fetchReport,
  fetchTopics,
} from '../src/data/query-fns';
import { expectedCatalogueIndex } from './catalogue-index-file';
import { dataPackageProblems } from './data-package-file';
import { fsDataSource } from './fs-data-source';

const dataDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../data'));
const source = fsDataSource(dataDir);
const problems: string[] = [];

function lineFor(issue: ValidationIssue): string {
  const where = [issue.file, issue.row, issue.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where} ${issue.rule}: ${issue.message}`;
}

async function check(label: string, task: () => Promise<unknown>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (isDataError(error)) problems.push(...error.issues.map(lineFor));
    else problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const catalogue = await fetchDataPackage(source).catch((error: unknown) => {
  problems.push(...(isDataError(error) ? error.issues.map(lineFor) : [String(error)]));
  return undefined;
});
await check('topics', () => fetchTopics(source));
await check('events', () => fetchEvents(source));
await check('checks', () => fetchChecks(source));
await check(CATALOGUE_PATH, async () => {
  await fetchCatalogue(source);
  const expected = await expectedCatalogueIndex(dataDir);
  if (readFileSync(path.join(dataDir, CATALOGUE_PATH), 'utf8') !== expected) {
    throw new Error(
      `data/${CATALOGUE_PATH} does not match datapackage.json and the indicators' metadata: run npm run data:catalogue`,
    );
  }
});
problems.push(...dataPackageProblems(dataDir).map((problem) => `datapackage.json: ${problem}`));
const sources = new Set<string>();
for (const entry of catalogue?.indicators ?? []) {
  await check(entry.id, async () => {
    const indicator = await fetchIndicator(source, entry.id);
    indicator.observations.forEach((o) => sources.add(o.source));
  });
}
for (const sourceId of sources) await check(sourceId, () => fetchReport(source, sourceId));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${dataDir}`);
  process.exit(1);
}
console.log(
  `data OK: ${catalogue?.indicators.length ?? 0} indicators, ${sources.size} source document(s) in ${dataDir}`,
);
