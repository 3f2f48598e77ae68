import { describe, expect, it } from 'vitest';
import {
  chartImageText,
  chartSourceLine,
  formatParagraphList,
} from '../../../../src/domain/export/chart-image-text';
import type { Indicator } from '../../../../src/domain/model';
import { makeObservation } from '../make-observation';

describe(formatParagraphList, () => {
  it.each([
    [[48], 'para. 48'],
    [[49, 48], 'paras. 48–49'],
    [[22, 20, 23, 20], 'paras. 20, 22–23'],
    [[1, 2, 3, 5, 7, 8], 'paras. 1–3, 5, 7–8'],
  ])('%j → %s', (paragraphs, expected) => {
    expect(formatParagraphList(paragraphs)).toBe(expected);
  });
});

describe(chartSourceLine, () => {
  it('names the report and the paragraphs, as the issue words it', () => {
    expect(chartSourceLine([48])).toBe(
      'Source: Information received from Kazakhstan on follow-up to the concluding observations of the Committee against Torture (2024), para. 48',
    );
  });
});

describe(chartImageText, () => {
  const observation = (series: string, paragraph: number, note = '') => ({
    ...makeObservation(10, 2023, { series, indicator: 'test' }),
    paragraph,
    note,
  });
  const indicator: Indicator = {
    meta: {
      id: 'test',
      title: 'Title',
      subtitle: 'Subtitle',
      topic: 'topic',
      description: '',
      headlineSeries: 'a',
      chart: { type: 'trend', series: ['a', 'b'] },
      series: [
        { id: 'a', label: 'Series A', unit: 'persons' },
        { id: 'b', label: 'Series B', unit: 'persons' },
        { id: 'c', label: 'Not charted', unit: 'persons' },
      ],
      recommendations: [],
    },
    observations: [
      observation('a', 48, 'Note on A.'),
      observation('b', 50, 'Note on B.'),
      observation('c', 60, 'Note on C.'),
    ],
  };

  it('takes notes and paragraphs only from the series drawn', () => {
    const text = chartImageText(indicator, ['a'], 'en-GB', 'Site');
    expect(text.notes).toHaveLength(1);
    expect(text.notes[0]).toMatch(/^Series A, 2023: .*Note on A\.$/);
    expect(text.sourceLine).toMatch(/, para\. 48$/);
    expect(text).toMatchObject({ title: 'Title', subtitle: 'Subtitle', siteName: 'Site' });
  });

  it('lists the paragraphs of every series drawn, never those of uncharted series', () => {
    const text = chartImageText(indicator, ['a', 'b', 'c'], 'en-GB', 'Site');
    expect(text.sourceLine).toMatch(/, paras\. 48, 50$/);
    expect(text.notes.join(' ')).not.toContain('Note on C');
  });
});
