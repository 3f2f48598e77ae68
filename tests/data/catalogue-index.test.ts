// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateCatalogueIndex } from '../../src/data/catalogue-index';
import { formatIssue } from '../../src/data/issues';
import { expectedCatalogueIndex } from '../../scripts/catalogue-index-file';
import { DATA_DIR, loadIndicator, readData } from './committed-files';

const text = readData('catalogue.json');

describe('data/catalogue.json', () => {
  it('is a valid catalogue index', () => {
    const result = validateCatalogueIndex(text, 'data/catalogue.json');
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('is what npm run data:catalogue generates from the package and the metadata', async () => {
    expect(text).toBe(await expectedCatalogueIndex(DATA_DIR));
  });

  it('gives each indicator the title and topic of its own metadata', () => {
    const result = validateCatalogueIndex(text, 'data/catalogue.json');
    const entries = result.ok ? result.value.indicators : [];
    for (const entry of entries) {
      const { meta } = loadIndicator(entry.id);
      expect({ title: meta?.title, topic: meta?.topic }).toEqual({
        title: entry.title,
        topic: entry.topic,
      });
    }
    expect(entries.length).toBeGreaterThan(0);
  });
});
