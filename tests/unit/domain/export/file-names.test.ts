import { describe, expect, it } from 'vitest';
import { downloadFileName, type DownloadKind } from '../../../../src/domain/export/file-names';

describe(downloadFileName, () => {
  it.each<[DownloadKind, string]>([
    ['csv', 'cell-confinement-0.1.0.csv'],
    ['csv-shown', 'cell-confinement-0.1.0-shown.csv'],
    ['json', 'cell-confinement-0.1.0.json'],
  ])('names the %s download %s', (kind, expected) => {
    expect(downloadFileName('cell-confinement', '0.1.0', kind)).toBe(expected);
  });

  it('keeps a file name free of path separators', () => {
    expect(downloadFileName('x', '1.0/beta', 'csv')).toBe('x-1.0-beta.csv');
  });
});
