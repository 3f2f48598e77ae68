import { INDICATOR_CSV_PATH } from './indicator-id';
import { indicatorFiles } from './indicator-files';
import { JsonReader, parseJson } from './json-reader';
import type { Validated } from './validate-metadata';

/** An indicator resource of the package: its id and title, and where its two files are. */
export interface PackageIndicator {
  id: string;
  title: string;
  observationsPath: string;
  metadataPath: string;
}

/** A file of the package as the catalogue page lists it. */
export interface PackageResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  format?: string;
  mediatype?: string;
  bytes?: number;
  /** As written in the package: "sha256:<hex>" (v2) or a bare MD5 hex (v1 default). */
  hash?: string;
  /** Path of the Table Schema, for tabular resources. */
  schema?: string;
}

/** What the app and the scripts read from datapackage.json. */
export interface PackageContents {
  /** The package's machine name ("kz-torture-prevention-indicators"). */
  name: string;
  title: string;
  version: string;
  description?: string;
  /** When this version of the data was created (ISO 8601). */
  created?: string;
  licenses: { name?: string; path?: string; title?: string }[];
  contributors: { title: string; role?: string }[];
  resources: PackageResource[];
  indicators: PackageIndicator[];
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** Reads the descriptive fields the catalogue shows; only name and path are required. */
function readResource(
  read: JsonReader,
  entry: Record<string, unknown>,
  path: string,
  at: string,
): PackageResource {
  // Required by the profile (checked in tests/data); the app only needs something to show.
  const name = optionalString(entry.name) ?? path;
  const bytes = entry.bytes === undefined ? undefined : read.number(entry.bytes, `${at}.bytes`);
  return {
    name,
    path,
    title: optionalString(entry.title),
    description: optionalString(entry.description),
    format: optionalString(entry.format),
    mediatype: optionalString(entry.mediatype),
    bytes,
    hash: optionalString(entry.hash),
    schema: optionalString(entry.schema),
  };
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
  const packageResources: PackageResource[] = [];
  const described = resources.map((resource, index) => {
    const entry = read.object(resource, `resources[${index}]`);
    const path = entry ? read.string(entry.path, `resources[${index}].path`) : undefined;
    if (entry && path !== undefined) {
      packageResources.push(readResource(read, entry, path, `resources[${index}]`));
    }
    return { index, path, title: typeof entry?.title === 'string' ? entry.title : undefined };
  });
  const paths = new Set(described.map((resource) => resource.path));
  // Found by fuzzing (tests/fuzz): a resource listed twice passed, and an indicator's CSV
  // listed twice made the indicator appear twice.
  described.forEach(({ index, path }) => {
    if (path !== undefined && described.findIndex((other) => other.path === path) !== index)
      read.problem(`resources[${index}].path`, path, 'unique', `"${path}" is listed twice`);
  });
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
      observationsPath: indicatorFiles(id).observationsPath,
      metadataPath,
    });
  }
  if (read.issues.length > 0 || title === undefined || version === undefined)
    return { ok: false, issues: read.issues };
  const list = (value: unknown): Record<string, unknown>[] =>
    Array.isArray(value)
      ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
      : [];
  return {
    ok: true,
    value: {
      name: optionalString(root.name) ?? title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title,
      version,
      description: optionalString(root.description),
      created: optionalString(root.created),
      licenses: list(root.licenses).map((l) => ({
        name: optionalString(l.name),
        path: optionalString(l.path),
        title: optionalString(l.title),
      })),
      contributors: list(root.contributors).flatMap((c) => {
        const contributorTitle = optionalString(c.title);
        return contributorTitle === undefined
          ? []
          : [
              {
                title: contributorTitle,
                // v2 lists roles; v1 had one role.
                role: Array.isArray(c.roles)
                  ? c.roles.filter((r) => typeof r === 'string').join(', ')
                  : optionalString(c.role),
              },
            ];
      }),
      resources: packageResources,
      indicators,
    },
  };
}
