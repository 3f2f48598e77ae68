import { describe, expect, it } from 'vitest';
import {
  chartImageText,
  chartSourceLine,
  formatParagraphList,
  REPORT_SHORT_TITLE,
} from '../../../../src/domain/export/chart-image-text';
import type { Indicator } from '../../../../src/domain/model';
import { testLocale } from '../../../i18n';
import { makeObservation } from '../make-observation';

const EN = testLocale('en');
const RU = testLocale('ru');
const KK = testLocale('kk');

describe(formatParagraphList, () => {
  it.each([
    [[48], 'para. 48'],
    [[49, 48], 'paras. 48–49'],
    [[22, 20, 23, 20], 'paras. 20, 22–23'],
    [[1, 2, 3, 5, 7, 8], 'paras. 1–3, 5, 7–8'],
  ])('%j → %s', (paragraphs, expected) => {
    expect(formatParagraphList(paragraphs, EN)).toBe(expected);
  });
});

describe(chartSourceLine, () => {
  it('names the report and the paragraphs, as the issue words it', () => {
    expect(chartSourceLine([48], EN)).toBe(
      'Source: Information received from Kazakhstan on follow-up to the concluding observations of the Committee against Torture (2024), para. 48',
    );
  });

  it('gives the English title as REPORT_SHORT_TITLE, which is checked against the data', () => {
    expect(chartSourceLine([], EN)).toBe(`Source: ${REPORT_SHORT_TITLE}`);
  });

  it('names the report and the paragraphs in Russian and Kazakh', () => {
    expect(chartSourceLine([48, 49], RU)).toMatch(/^Источник: Информация, .*\(2024\), пп\. 48–49$/);
    expect(chartSourceLine([48], KK)).toMatch(/^Дереккөз: .*\(2024\), 48-абзац$/);
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
    const text = chartImageText(indicator, ['a'], EN, 'Site');
    expect(text.notes).toHaveLength(1);
    expect(text.notes[0]).toMatch(/^Series A, 2023: .*Note on A\.$/);
    expect(text.sourceLine).toMatch(/, para\. 48$/);
    expect(text).toMatchObject({ title: 'Title', subtitle: 'Subtitle', siteName: 'Site' });
    expect(text.licence).toBe('Licence: CC BY 4.0');
  });

  it("words the notes, source line and licence in the reader's language", () => {
    const text = chartImageText(indicator, ['a'], RU, 'Site');
    expect(text.sourceLine).toMatch(/, п\. 48$/);
    expect(text.licence).toBe('Лицензия: CC BY 4.0');
  });

  it('lists the paragraphs of every series drawn, never those of uncharted series', () => {
    const text = chartImageText(indicator, ['a', 'b', 'c'], EN, 'Site');
    expect(text.sourceLine).toMatch(/, paras\. 48, 50$/);
    expect(text.notes.join(' ')).not.toContain('Note on C');
  });
});
