import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_RECEIVED, REPORT_SHORT_TITLE } from '../../src/domain/export/chart-image-text';

const sourceDir = path.resolve(import.meta.dirname, '../../data/source');

describe('the report title on exported images', () => {
  it('is the short title the source metadata declares', () => {
    const metadata = readdirSync(sourceDir).filter((file) => file.endsWith('.json'));
    expect(metadata).toHaveLength(1);
    const json = JSON.parse(readFileSync(path.join(sourceDir, metadata[0] ?? ''), 'utf8')) as {
      shortTitle?: unknown;
      dateReceived?: unknown;
    };
    expect(json.shortTitle).toBe(REPORT_SHORT_TITLE);
    expect(json.dateReceived).toBe(REPORT_RECEIVED.iso);
  });
});
