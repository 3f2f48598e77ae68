import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recommendationLabel, recommendationsAnswered } from '../../../src/domain/recommendations';
import { parseReport } from '../../../src/domain/report';
import { testLocale } from '../../i18n';

const reportText = readFileSync(
  path.resolve(import.meta.dirname, '../../../data/source/kz-cat-followup-2024.txt'),
  'utf8',
);

describe(recommendationsAnswered, () => {
  const answers = recommendationsAnswered(parseReport(reportText));

  it('reads every recommendation the report answers from its headings, in order', () => {
    expect(answers.map((a) => a.id)).toEqual([
      '10',
      '11-15',
      '21',
      '24',
      '28',
      '44',
      '46',
      '47',
      '48',
    ]);
  });

  it('assigns every report paragraph to exactly one recommendation', () => {
    const all = answers.flatMap((a) => a.paragraphs);
    expect(all).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    expect(answers.find((a) => a.id === '24')?.paragraphs).toEqual(
      Array.from({ length: 13 }, (_, i) => 41 + i),
    );
  });

  it('ignores headings that name no paragraph', () => {
    const report = { titleLines: [], sections: [{ heading: 'Annex', paragraphs: [] }] };
    expect(recommendationsAnswered(report)).toEqual([]);
  });
});

describe(recommendationLabel, () => {
  it('names one paragraph or a run with an en dash', () => {
    expect(recommendationLabel('24', testLocale('en'))).toBe('paragraph 24');
    expect(recommendationLabel('11-15', testLocale('en'))).toBe('paragraphs 11–15');
  });

  it('names them in Russian and Kazakh', () => {
    expect(recommendationLabel('24', testLocale('ru'))).toBe('пункт 24');
    expect(recommendationLabel('11-15', testLocale('ru'))).toBe('пункты 11–15');
    expect(recommendationLabel('24', testLocale('kk'))).toBe('24-тармақ');
    expect(recommendationLabel('11-15', testLocale('kk'))).toBe('11–15-тармақтар');
  });
});
