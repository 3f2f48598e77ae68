// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipDataFolder } from '../../../scripts/data-zip';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const descriptor = JSON.parse(readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8')) as {
  name: string;
  version: string;
  resources: { path: string; hash?: string }[];
};

describe(zipDataFolder, () => {
  const archive = zipDataFolder(dataDir);
  const files = unzipSync(archive.bytes);
  const root = `${descriptor.name}-${descriptor.version}`;

  it('is named after the package and its version', () => {
    expect(archive.fileName).toBe(`${root}.zip`);
  });

  it('holds every resource of the package, byte for byte as its recorded sha256 says', () => {
    for (const resource of descriptor.resources) {
      const entry = files[`${root}/${resource.path}`];
      expect(entry, resource.path).toBeDefined();
      const sha256 = createHash('sha256')
        .update(entry ?? new Uint8Array())
        .digest('hex');
      expect(`sha256:${sha256}`, resource.path).toBe(resource.hash);
    }
    expect(files[`${root}/datapackage.json`]).toBeDefined();
  });

  it('is reproducible: the same files give the same bytes', () => {
    expect(Buffer.from(zipDataFolder(dataDir).bytes).equals(Buffer.from(archive.bytes))).toBe(true);
  });
});
