import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { dataArchiveName } from '../src/data/data-archive';

/** Every file under a folder, as paths relative to it with "/" separators, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

/**
 * The data folder as one zip, under a folder named after the package and version. The same
 * files give the same bytes: entries are sorted and dated with the package's `created` date
 * rather than the files' modification times, so the archive is reproducible.
 */
export function zipDataFolder(dataDir: string): { fileName: string; bytes: Uint8Array } {
  const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as {
    name: string;
    version: string;
    created?: string;
  };
  const fileName = dataArchiveName(descriptor.name, descriptor.version);
  const root = fileName.replace(/\.zip$/, '');
  const mtime = new Date(descriptor.created ?? '2024-05-13T00:00:00Z');
  const entries: Zippable = {};
  for (const file of filesUnder(dataDir)) {
    if (file.endsWith('.zip') || file === 'index.html') continue;
    entries[`${root}/${file}`] = [readFileSync(path.join(dataDir, file)), { mtime }];
  }
  return { fileName, bytes: zipSync(entries, { level: 9 }) };
}
