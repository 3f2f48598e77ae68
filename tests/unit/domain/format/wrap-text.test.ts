import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../src/domain/format/wrap-text';

describe('wrapText', () => {
  it('breaks at spaces, filling each line', () => {
    expect(wrapText('Persons whose cases the courts considered, 2022–2024', 36)).toEqual([
      'Persons whose cases the courts',
      'considered, 2022–2024',
    ]);
  });

  it('keeps a label that fits on one line', () => {
    expect(wrapText('Convicted of torture, 2022–2024', 36)).toEqual([
      'Convicted of torture, 2022–2024',
    ]);
  });

  it('gives a word longer than a line a line of its own, uncut', () => {
    expect(wrapText('a Qylmystyqprotsessualdyq b', 10)).toEqual([
      'a',
      'Qylmystyqprotsessualdyq',
      'b',
    ]);
  });

  it('keeps every word in order, and no line is longer than the limit unless it is one word', () => {
    const word = fc.stringMatching(/^[a-zа-яқә0-9,–]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 8, max: 60 }),
        (words, max) => {
          const lines = wrapText(words.join(' '), max);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines) expect(line.length <= max || !line.includes(' ')).toBe(true);
          // Greedy: the next line's first word would not have fitted on the line before it.
          for (let i = 1; i < lines.length; i++)
            expect(lines[i - 1]!.length + 1 + lines[i]!.split(' ')[0]!.length).toBeGreaterThan(max);
        },
      ),
    );
  });
});
