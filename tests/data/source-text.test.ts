// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SOURCE_TEXT_PATH, readData, sourceParagraphs } from './committed-files';

describe(`data/${SOURCE_TEXT_PATH}`, () => {
  const paragraphs = sourceParagraphs();

  it('has 80 numbered paragraphs, numbered 1 to 80 in order', () => {
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });

  it('has text in every paragraph', () => {
    expect(paragraphs.filter((p) => p.text.trim() === '').map((p) => p.number)).toEqual([]);
  });

  it('keeps the typographic characters: the non-breaking hyphen in "follow\u2011up"', () => {
    const text = readData(SOURCE_TEXT_PATH);
    expect(text).toContain('follow\u2011up');
    expect(text).toContain('Information received from Kazakhstan on follow\u2011up');
  });

  it('is described by its metadata: same path, same number of paragraphs', () => {
    const meta = JSON.parse(readData('source/kz-cat-followup-2024.json')) as {
      path: string;
      paragraphs: number;
    };
    expect(meta.path).toBe(SOURCE_TEXT_PATH);
    expect(meta.paragraphs).toBe(paragraphs.length);
  });
});
