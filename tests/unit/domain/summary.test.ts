import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../../src/domain/model';
import { summariseChart } from '../../../src/domain/summary';
import { makeObservation } from './make-observation';
import { testLocale } from '../../i18n';

const EN = testLocale('en');
const RU = testLocale('ru');

const suicides = (value: number, year: number): Observation =>
  makeObservation(value, year, { series: 'suicides', unit: 'cases' });
const deaths = (value: number, year: number): Observation =>
  makeObservation(value, year, { series: 'disease-deaths', unit: 'deaths' });

const mortality: Indicator = {
  meta: {
    id: 'prison-mortality',
    title: 'Deaths and suicides in prisons',
    subtitle: '',
    topic: 'deaths-in-custody',
    description: '',
    headlineSeries: 'suicides',
    chart: { type: 'trend', series: ['disease-deaths', 'suicides'] },
    series: [
      { id: 'disease-deaths', label: 'Deaths from disease', unit: 'deaths' },
      { id: 'suicides', label: 'Suicides', unit: 'cases' },
    ],
    recommendations: ['24'],
  },
  observations: [],
};

describe(summariseChart, () => {
  // Paragraph 48.
  const charted = [
    suicides(22, 2023),
    deaths(106, 2021),
    suicides(29, 2022),
    deaths(94, 2022),
    deaths(94, 2023),
  ];

  it('lists one series in period order', () => {
    expect(summariseChart(mortality, charted, ['suicides'], EN)).toBe(
      'Suicides: 29 in 2022, 22 in 2023.',
    );
  });

  it('lists the visible series in the order given', () => {
    expect(summariseChart(mortality, charted, ['disease-deaths', 'suicides'], EN)).toBe(
      'Deaths from disease: 106 in 2021, 94 in 2022, 94 in 2023. Suicides: 29 in 2022, 22 in 2023.',
    );
  });

  it('says so when no series is visible', () => {
    expect(summariseChart(mortality, charted, [], EN)).toBe('No series is selected.');
  });

  it('says so when the visible series have nothing to draw', () => {
    expect(summariseChart(mortality, charted, ['suicides-stated-decrease'], EN)).toBe(
      'The selected series have no figures to draw.',
    );
  });

  it('leaves out a visible series without charted rows', () => {
    expect(
      summariseChart(mortality, [suicides(22, 2023)], ['disease-deaths', 'suicides'], EN),
    ).toBe('Suicides: 22 in 2023.');
  });

  it('falls back to the series id when the series is not declared', () => {
    const row = makeObservation(5, 2023, { series: 'undeclared' });
    expect(summariseChart(mortality, [row], ['undeclared'], EN)).toBe('undeclared: 5 in 2023.');
  });

  it('keeps qualifiers, two-year periods, percentages and targets', () => {
    const cells: Indicator = {
      ...mortality,
      meta: {
        ...mortality.meta,
        series: [{ id: 'share', label: 'Share in cells', unit: 'percent' }],
      },
    };
    const rows = [
      makeObservation(19.2, 2023, { series: 'share', unit: 'percent' }),
      makeObservation(45.5, 2030, { series: 'share', unit: 'percent', kind: 'target' }),
      makeObservation(15, [2021, 2022], { series: 'share', unit: 'percent', qualifier: 'about' }),
    ];
    expect(summariseChart(cells, rows, ['share'], EN)).toBe(
      'Share in cells: about 15% in 2021–2022, 19.2% in 2023, 45.5% in 2030 (target).',
    );
  });

  it('formats numbers for the locale it is given', () => {
    const text = summariseChart(mortality, [deaths(13200, 2023)], ['disease-deaths'], RU);
    expect(text).toMatch(/^Deaths from disease: 13[\u00a0\u202f]200 в 2023 г\.$/);
  });

  it('words a summary in Russian and Kazakh, with one full stop a series', () => {
    const rows = [suicides(29, 2022), suicides(22, 2023), deaths(8, 2023)];
    const visible = ['suicides', 'disease-deaths'];
    expect(summariseChart(mortality, rows, visible, RU)).toBe(
      'Suicides: 29 в 2022 г., 22 в 2023 г. Deaths from disease: 8 в 2023 г.',
    );
    expect(summariseChart(mortality, rows, visible, testLocale('kk'))).toBe(
      'Suicides: 2022 жылы: 29, 2023 жылы: 22. Deaths from disease: 2023 жылы: 8.',
    );
    expect(summariseChart(mortality, [], [], RU)).toBe('Не выбран ни один ряд.');
  });
});
