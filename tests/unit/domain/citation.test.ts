import { describe, expect, it } from 'vitest';
import { citationKey, formatApaCitation, formatBibtex } from '../../../src/domain/citation';
import { formatBytes } from '../../../src/domain/format/bytes';
import { testLocale } from '../../i18n';

const EN = testLocale('en');

const citation = {
  title: 'Kazakhstan torture-prevention indicators',
  version: '0.2.0',
  created: '2026-11-28T00:00:00Z',
  authors: ['Kazakhstan torture-prevention indicators team'],
  url: 'https://example.org/data',
};

describe(formatApaCitation, () => {
  it('writes author, year, title with version, [Data set] and the URL', () => {
    expect(formatApaCitation(citation)).toBe(
      'Kazakhstan torture-prevention indicators team. (2026). Kazakhstan torture-prevention indicators (Version 0.2.0) [Data set]. https://example.org/data',
    );
  });

  it('puts the title first when there is no author, and n.d. without a date', () => {
    expect(formatApaCitation({ ...citation, authors: [], created: undefined })).toBe(
      'Kazakhstan torture-prevention indicators (Version 0.2.0) [Data set]. (n.d.). https://example.org/data',
    );
  });
});

describe(formatBibtex, () => {
  it('writes a @misc entry with braced authors and escaped braces', () => {
    expect(formatBibtex({ ...citation, title: 'A {b} title' }, 'kz-0.2.0')).toBe(
      [
        '@misc{kz-0.2.0,',
        '  title = {A \\{b\\} title},',
        '  author = {{Kazakhstan torture-prevention indicators team}},',
        '  year = {2026},',
        '  version = {0.2.0},',
        '  url = {https://example.org/data},',
        '  note = {Data set}',
        '}',
      ].join('\n'),
    );
  });
});

describe(formatBytes, () => {
  it('uses bytes, kB and MB with one decimal', () => {
    expect(formatBytes(980, EN)).toBe('980 bytes');
    expect(formatBytes(12_345, EN)).toBe('12.3 kB');
    expect(formatBytes(1_234_567, EN)).toBe('1.2 MB');
  });
});

describe(citationKey, () => {
  it('joins its parts in lower case, each reduced to letters, digits and dots', () => {
    expect(
      citationKey('Kazakhstan torture-prevention indicators', 'prison-mortality', '0.2.0'),
    ).toBe('kazakhstan-torture-prevention-indicators-prison-mortality-0.2.0');
  });

  it('leaves out what has no letter or digit, and trims the dashes at each part’s ends', () => {
    expect(citationKey(' (Data: set) ', '—', 'v1')).toBe('data-set-v1');
  });
});
