import {
  TRANSLATION_LANGUAGES,
  type Indicator,
  type IndicatorMeta,
  type IndicatorTextTranslation,
  type Observation,
  type Translations,
} from './model';
import { seriesObservations } from './series';

/**
 * What an indicator's card on the home page shows, cut from the whole indicator: its names,
 * its headline series, and the paragraphs its figures come from. A prerendered home page
 * carries its cards' data for hydration; whole indicators (every series, quote and note, in
 * every language) made that many times larger than what the cards read.
 */
export interface IndicatorCard {
  /** The indicator's metadata, cut to its title and its headline series. */
  meta: IndicatorMeta;
  /** The headline series' rows (actuals and targets) in period order, without quotes or notes. */
  headline: Observation[];
  /** Every paragraph any of the indicator's rows cites, ascending. */
  paragraphs: number[];
}

export function indicatorCard({ meta, observations }: Indicator): IndicatorCard {
  const translations: Translations<IndicatorTextTranslation> = {};
  for (const language of TRANSLATION_LANGUAGES) {
    const texts = meta.translations?.[language];
    const label = texts?.series?.[meta.headlineSeries];
    if (texts) {
      translations[language] = {
        title: texts.title,
        series: label === undefined ? {} : { [meta.headlineSeries]: label },
      };
    }
  }
  return {
    meta: {
      ...meta,
      subtitle: '',
      series: meta.series.filter((series) => series.id === meta.headlineSeries),
      description: '',
      recommendations: [],
      ...(meta.translations ? { translations } : {}),
    },
    headline: seriesObservations(observations, meta.headlineSeries).map((row) => ({
      ...row,
      quote: '',
      note: '',
    })),
    paragraphs: [...new Set(observations.map((row) => row.paragraph))].sort((a, b) => a - b),
  };
}
