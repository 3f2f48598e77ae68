import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../../src/domain/export/text-layout';

describe(wrapText, () => {
  it('breaks at spaces so that no line is wider than the limit, keeping every word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z0-9,.]{1,12}$/), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 10, max: 30 }),
        (words, fontSize) => {
          const maxWidth = fontSize * 12;
          const lines = wrapText(words.join(' '), fontSize, maxWidth);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines) {
            // A single word may overflow; a line of several never does.
            if (line.includes(' ')) {
              expect(estimateTextWidth(line, fontSize)).toBeLessThanOrEqual(maxWidth);
            }
          }
        },
      ),
    );
  });

  it('ends the last kept line with an ellipsis when lines are limited', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 10, 60, {
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(estimateTextWidth(lines[1] ?? '', 10)).toBeLessThanOrEqual(60);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('   ', 12, 100)).toEqual([]);
  });
});

describe(estimateTextWidth, () => {
  it('grows with the text, the size and boldness', () => {
    expect(estimateTextWidth('Wide', 20)).toBeGreaterThan(estimateTextWidth('Wide', 10));
    expect(estimateTextWidth('Wider', 10)).toBeGreaterThan(estimateTextWidth('Wide', 10));
    expect(estimateTextWidth('Wide', 10, true)).toBeGreaterThan(estimateTextWidth('Wide', 10));
  });
});
