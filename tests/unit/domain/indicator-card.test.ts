import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsDataSource } from '../../../scripts/fs-data-source';
import { fetchCatalogue, fetchIndicator } from '../../../src/data/query-fns';
import { computeChange } from '../../../src/domain/change';
import { indicatorCard } from '../../../src/domain/indicator-card';
import { LANGUAGES } from '../../../src/domain/language';
import { latestActual } from '../../../src/domain/latest';
import { localiseIndicatorMeta } from '../../../src/domain/localise';
import type { Indicator } from '../../../src/domain/model';
import { seriesObservations } from '../../../src/domain/series';
import { computeTargetProgress } from '../../../src/domain/target-progress';
import { makeObservation } from './make-observation';

const source = fsDataSource(path.resolve(import.meta.dirname, '../../../data'));
const catalogue = await fetchCatalogue(source);
const indicators = await Promise.all(
  catalogue.indicators.map(({ id }) => fetchIndicator(source, id)),
);

// What a card reads, by the code the card runs, from the whole indicator or from its cut.
function cardView(
  meta: Indicator['meta'],
  headline: Indicator['observations'],
  language: (typeof LANGUAGES)[number],
) {
  const localised = localiseIndicatorMeta(meta, language);
  const headlineMeta = localised.series.find((series) => series.id === localised.headlineSeries);
  const progress = computeTargetProgress(headline, headlineMeta?.desiredDirection);
  const view = {
    id: localised.id,
    title: localised.title,
    headlineLabel: headlineMeta?.label,
    latest: latestActual(headline),
    change: computeChange(headline),
    progress,
    headline,
  };
  // The card shows no row's quote or note, so the cut leaves them out.
  return JSON.parse(
    JSON.stringify(view, (key, value: unknown) =>
      key === 'quote' || key === 'note' ? undefined : value,
    ),
  ) as unknown;
}

describe(indicatorCard, () => {
  it.each(indicators.map((indicator) => [indicator.meta.id, indicator] as const))(
    'gives the card of %s the same figures, names and paragraphs in every language',
    (_id, indicator) => {
      const card = indicatorCard(indicator);
      const whole = seriesObservations(indicator.observations, indicator.meta.headlineSeries);
      for (const language of LANGUAGES) {
        expect(cardView(card.meta, card.headline, language)).toEqual(
          cardView(indicator.meta, whole, language),
        );
      }
      expect(card.paragraphs).toEqual(
        [...new Set(indicator.observations.map((row) => row.paragraph))].sort((a, b) => a - b),
      );
    },
  );

  it('is a fraction of the whole indicator', () => {
    const whole = JSON.stringify(indicators).length;
    const cards = JSON.stringify(indicators.map(indicatorCard)).length;
    expect(cards).toBeLessThan(whole / 4);
  });

  it('keeps only the headline series, its rows in period order, without quotes or notes', () => {
    const later = { ...makeObservation(94, 2023, { series: 'deaths' }), paragraph: 48, note: 'n' };
    const earlier = { ...makeObservation(106, 2021, { series: 'deaths' }), paragraph: 48 };
    const other = { ...makeObservation(22, 2023, { series: 'suicides' }), paragraph: 50 };
    const card = indicatorCard({
      meta: {
        id: 'x',
        title: 'Deaths',
        subtitle: 'Sub',
        topic: 't',
        description: 'Long text',
        headlineSeries: 'deaths',
        chart: { type: 'trend', series: ['deaths', 'suicides'] },
        series: [
          { id: 'deaths', label: 'Deaths', unit: 'deaths' },
          { id: 'suicides', label: 'Suicides', unit: 'deaths' },
        ],
        recommendations: ['21'],
        translations: {
          ru: {
            title: 'Смерти',
            description: 'Текст',
            series: { deaths: 'Смерти', suicides: 'Самоубийства' },
          },
        },
      },
      observations: [later, other, earlier],
    });
    expect(card.headline.map((row) => [row.value, row.quote, row.note])).toEqual([
      [106, '', ''],
      [94, '', ''],
    ]);
    expect(card.meta.series.map((series) => series.id)).toEqual(['deaths']);
    expect(card.meta.translations).toEqual({
      ru: { title: 'Смерти', series: { deaths: 'Смерти' } },
    });
    expect(card.meta.description).toBe('');
    expect(card.paragraphs).toEqual([48, 50]);
  });
});
