import { describe, expect, it } from 'vitest';
import {
  downloadFileName,
  imageFileName,
  type DownloadKind,
} from '../../../../src/domain/export/file-names';

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

describe(imageFileName, () => {
  const all = ['disease-deaths', 'suicides', 'attempts'];
  it.each([
    [all, 'standard', 'svg', 'prison-mortality-chart.svg'],
    [['attempts', 'suicides', 'disease-deaths'], 'standard', 'svg', 'prison-mortality-chart.svg'],
    [all, 'social', 'png', 'prison-mortality-chart-social.png'],
    [['suicides'], 'standard', 'png', 'prison-mortality-suicides.png'],
    [
      ['suicides', 'disease-deaths'],
      'social',
      'png',
      'prison-mortality-suicides+disease-deaths-social.png',
    ],
  ] as const)('%j %s %s → %s', (visible, layout, extension, expected) => {
    expect(imageFileName('prison-mortality', visible, all, layout, extension)).toBe(expected);
  });
});
