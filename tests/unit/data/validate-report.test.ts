import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../src/data/validate-report';

const FILE = 'data/source/test.txt';

describe(validateReport, () => {
  it('returns the structure of a well-numbered report', () => {
    const result = validateReport('Title\nHeading\n1.One.\n2.Two.', FILE);
    expect(result).toEqual({
      ok: true,
      value: {
        titleLines: ['Title'],
        sections: [
          {
            heading: 'Heading',
            paragraphs: [
              { number: 1, text: 'One.' },
              { number: 2, text: 'Two.' },
            ],
          },
        ],
      },
    });
  });

  it('refuses a text without numbered paragraphs', () => {
    expect(validateReport('Title\nJust prose.', FILE)).toEqual({
      ok: false,
      issues: [
        { file: FILE, rule: 'paragraphs', message: 'no numbered paragraphs ("1.…") were found' },
      ],
    });
  });

  it('refuses a repeated or decreasing number, naming both paragraphs', () => {
    const result = validateReport('T\nH\n1.a\n2.b\n2.c\nH2\n1.d', FILE);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'paragraph 2 follows paragraph 2; numbers must increase',
      'paragraph 1 follows paragraph 2; numbers must increase',
    ]);
  });
});
