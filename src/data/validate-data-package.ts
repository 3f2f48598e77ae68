import { INDICATOR_CSV_PATH } from './indicator-id';
import { JsonReader, parseJson } from './json-reader';
import type { Validated } from './validate-metadata';

/** An indicator resource of the package: its id and title, and where its two files are. */
export interface PackageIndicator {
  id: string;
  title: string;
  observationsPath: string;
  metadataPath: string;
}

/** What the app and the scripts read from datapackage.json. */
export interface PackageContents {
  title: string;
  version: string;
  indicators: PackageIndicator[];
}

/**
 * datapackage.json → the list of indicators. Each tabular resource at indicators/<id>.csv is
 * an indicator, and a resource at indicators/<id>.json must describe it.
 */
export function validateDataPackage(text: string, file: string): Validated<PackageContents> {
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
  const indicators: PackageIndicator[] = [];
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
