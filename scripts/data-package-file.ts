import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The descriptor's file name inside the data folder; it describes the others, not itself. */
export const DATA_PACKAGE_FILE = 'datapackage.json';

type Json = Record<string, unknown>;

/** Every file under dir, as POSIX paths relative to it ("indicators/x.csv"), sorted. */
export function listFiles(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      return entry.isDirectory() ? listFiles(dir, child) : [child];
    })
    .sort();
}

/** The Data Package v2 form of a SHA-256 digest: "sha256:<lowercase hex>". */
export function sha256Hash(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/**
 * The resource with bytes and hash set from the file, every other property kept as written
 * and in its place; new bytes and hash go after encoding (else after mediatype, else last).
 */
function withIntegrity(resource: Json, bytes: number, hash: string): Json {
  const integrity = { bytes, hash };
  if ('bytes' in resource || 'hash' in resource) {
    const updated: Json = {};
    for (const [key, value] of Object.entries(resource)) {
      if (key === 'bytes' || key === 'hash') Object.assign(updated, integrity);
      else updated[key] = value;
    }
    return updated;
  }
  const keys = Object.keys(resource);
  const anchor = ['encoding', 'mediatype', 'format'].find((key) => keys.includes(key));
  const updated: Json = {};
  for (const [key, value] of Object.entries(resource)) {
    updated[key] = value;
    if (key === anchor) Object.assign(updated, integrity);
  }
  if (anchor === undefined) Object.assign(updated, integrity);
  return updated;
}

export interface RefreshedPackage {
  /** The descriptor's new text: two-space JSON with a final newline. */
  text: string;
  /** What the curator must fix by hand (files without a resource, resources without a file). */
  problems: string[];
}

/**
 * datapackage.json with each resource's bytes and sha256 hash recomputed from the files in
 * dataDir. Adds no resource: a file that none describes (other than a Table Schema a resource
 * references) is a problem for the curator, as is a resource whose file is missing.
 */
export function refreshDataPackage(dataDir: string): RefreshedPackage {
  const descriptor = JSON.parse(
    readFileSync(path.join(dataDir, DATA_PACKAGE_FILE), 'utf8'),
  ) as Json;
  const problems: string[] = [];
  const onDisk = new Set(listFiles(dataDir));
  const resources = Array.isArray(descriptor.resources) ? (descriptor.resources as Json[]) : [];
  const described = new Set<string>();
  const schemas = new Set<string>();

  descriptor.resources = resources.map((resource, index) => {
    const where = `resources[${index}]${typeof resource.name === 'string' ? ` (${resource.name})` : ''}`;
    if (typeof resource.schema === 'string') schemas.add(resource.schema);
    if (typeof resource.path !== 'string') {
      problems.push(`${where}: no path; give the resource the path of its file under data/`);
      return resource;
    }
    described.add(resource.path);
    if (!onDisk.has(resource.path)) {
      problems.push(
        `${where}: data/${resource.path} does not exist; fix the path or remove the resource`,
      );
      return resource;
    }
    const content = readFileSync(path.join(dataDir, resource.path));
    return withIntegrity(resource, content.length, sha256Hash(content));
  });

  for (const schema of schemas) {
    if (!onDisk.has(schema)) problems.push(`a resource's schema data/${schema} does not exist`);
  }
  for (const file of onDisk) {
    if (file === DATA_PACKAGE_FILE || described.has(file) || schemas.has(file)) continue;
    problems.push(
      file.startsWith('schemas/')
        ? `data/${file} is a Table Schema that no resource references: reference it from its table's "schema" in data/${DATA_PACKAGE_FILE}, or delete it`
        : `data/${file} is not described by any resource: add a resource for it to data/${DATA_PACKAGE_FILE} (name, title, description, path, format, mediatype, encoding, and for a CSV its "schema"), then run npm run data:package`,
    );
  }
  return { text: `${JSON.stringify(descriptor, null, 2)}\n`, problems };
}

/** Rewrites dataDir's datapackage.json when it is out of date; returns whether it changed. */
export function writeDataPackage(dataDir: string, text: string): boolean {
  const file = path.join(dataDir, DATA_PACKAGE_FILE);
  if (readFileSync(file, 'utf8') === text) return false;
  writeFileSync(file, text);
  return true;
}

/**
 * What npm run check:data reports about the descriptor: the curator's problems of
 * refreshDataPackage, and each resource whose recorded bytes or hash no longer match its file.
 * A resource with neither recorded is not reported (generated folders add such resources).
 */
export function dataPackageProblems(dataDir: string): string[] {
  const { text, problems } = refreshDataPackage(dataDir);
  const read = (json: string) => (JSON.parse(json) as { resources?: Json[] }).resources ?? [];
  const recorded = read(readFileSync(path.join(dataDir, DATA_PACKAGE_FILE), 'utf8'));
  const refreshed = read(text);
  const stale = recorded.flatMap((resource, index) => {
    const current = refreshed[index];
    if (resource.bytes === undefined && resource.hash === undefined) return [];
    return current?.bytes === resource.bytes && current?.hash === resource.hash
      ? []
      : [
          `data/${String(resource.path)} does not match the bytes and hash recorded in data/${DATA_PACKAGE_FILE}: run npm run data:package`,
        ];
  });
  return [...problems, ...stale];
}
