import type { Topic } from '../domain/model';
import { INDICATOR_CSV_PATH } from './indicator-id';
import { JsonReader, parseJson } from './json-reader';
import type { Validated } from './validate-metadata';

/** Where an indicator's two files are, relative to the data folder. */
export interface IndicatorEntry {
  id: string;
  title: string;
  observationsPath: string;
  metadataPath: string;
}

export interface Catalogue {
  title: string;
  version: string;
  indicators: IndicatorEntry[];
}


/**
 * datapackage.json → the list of indicators. Each tabular resource at indicators/<id>.csv is
 * an indicator, and a resource at indicators/<id>.json must describe it.
 */
export function validateCatalogue(text: string, file: string): Validated<Catalogue> {
  const read = new JsonReader(file);
  const json = parseJson(text, read);
  if (json === undefined) return { ok: false, issues: read.issues };
  const root = read.object(json, '(root)');
  if (!root) return { ok: false, issues: read.issues };
  const title = read.string(root.title, 'title');
  const version = read.string(root.version, 'version');
  const resources = read.array(root.resources, 'resources') ?? [];
  const described = resources.map((resource, index) => {
    const entry = read.object(resource, `resources[${index}]`);
    const path = entry ? read.string(entry.path, `resources[${index}].path`) : undefined;
    return { index, path, title: typeof entry?.title === 'string' ? entry.title : undefined };
  });
  const paths = new Set(described.map((resource) => resource.path));
  const indicators: IndicatorEntry[] = [];
  for (const { index, path, title: resourceTitle } of described) {
    const id = path === undefined ? undefined : INDICATOR_CSV_PATH.exec(path)?.[1];
    if (id === undefined) continue;
    const metadataPath = `indicators/${id}.json`;
    if (!paths.has(metadataPath)) {
      read.problem(
        `resources[${index}]`,
        path,
        'metadata-resource',
        `no resource describes ${metadataPath}, the metadata of "${id}"`,
      );
    }
    indicators.push({
      id,
      title: resourceTitle ?? id,
      observationsPath: `indicators/${id}.csv`,
      metadataPath,
    });
  }
  if (read.issues.length > 0 || title === undefined || version === undefined)
    return { ok: false, issues: read.issues };
  return { ok: true, value: { title, version, indicators } };
}

/** topics.json → the ordered list of topics that group the indicators. */
export function validateTopics(text: string, file: string): Validated<Topic[]> {
  const read = new JsonReader(file);
  const json = parseJson(text, read);
  if (json === undefined) return { ok: false, issues: read.issues };
  const list = read.array(json, '(root)') ?? [];
  const topics: Topic[] = [];
  list.forEach((item, index) => {
    const entry = read.object(item, `[${index}]`);
    if (!entry) return;
    const id = read.string(entry.id, `[${index}].id`);
    const title = read.string(entry.title, `[${index}].title`);
    if (id !== undefined && title !== undefined) topics.push({ id, title });
  });
  return read.issues.length > 0 ? { ok: false, issues: read.issues } : { ok: true, value: topics };
}
