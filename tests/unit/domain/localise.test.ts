import { describe, expect, it } from 'vitest';
import type { CheckSpec } from '../../../src/domain/checks/check-spec';
import {
  localiseCheckSpec,
  localiseEvent,
  localiseIndicator,
  localiseIndicatorMeta,
  localiseTopic,
} from '../../../src/domain/localise';
import type { Indicator, IndicatorMeta, Observation, Topic } from '../../../src/domain/model';
import { makeEvent } from './make-event';
import { cellConfinement } from './make-observation';

const SHARE_NOTE = 'Share of all inmates.';
const TARGET_NOTE =
  'Expected once the facilities built through the public-private partnership are completed.';

const META: IndicatorMeta = {
  id: 'cell-confinement',
  title: 'Inmates held in cells instead of barracks',
  subtitle: 'The share and number of inmates held in cells.',
  topic: 'prison-conditions',
  description: 'Kazakhstan is moving inmates from barracks to cells.',
  headlineSeries: 'share-in-cells',
  chart: { type: 'target', series: ['share-in-cells', 'persons-in-cells'] },
  series: [
    {
      id: 'share-in-cells',
      label: 'Share of inmates held in cells',
      unit: 'percent',
      desiredDirection: 'increase',
    },
    { id: 'persons-in-cells', label: 'Inmates held in cells', unit: 'persons' },
  ],
  recommendations: ['21'],
  translations: {
    ru: {
      title: 'Камерное содержание осуждённых вместо барачного',
      subtitle: 'Доля и численность осуждённых, содержащихся в камерах.',
      description: 'Казахстан переводит осуждённых из общежитий барачного типа в камеры.',
      series: {
        'share-in-cells': 'Доля осуждённых, содержащихся в камерах',
        'persons-in-cells': 'Осуждённые, содержащиеся в камерах',
      },
      notes: { [SHARE_NOTE]: 'Доля от общего числа осуждённых.' },
    },
    // Partly translated: the rest falls back to English.
    kk: {
      title: 'Сотталғандарды барактың орнына камерада ұстау',
      series: { 'persons-in-cells': 'Камераларда ұсталатын сотталғандар' },
    },
  },
};

const OBSERVATIONS: Observation[] = [
  { ...cellConfinement.shareActual, note: SHARE_NOTE },
  { ...cellConfinement.shareTarget, note: TARGET_NOTE },
  cellConfinement.personsActual,
];

const INDICATOR: Indicator = { meta: META, observations: OBSERVATIONS };

describe(localiseIndicatorMeta, () => {
  it('returns the metadata itself in English', () => {
    expect(localiseIndicatorMeta(META, 'en')).toBe(META);
  });

  it('returns the metadata itself for a language it has no translation for', () => {
    const { translations: _, ...untranslated } = META;
    expect(localiseIndicatorMeta(untranslated, 'ru')).toBe(untranslated);
  });

  it('translates the title, subtitle, description and every series label', () => {
    const ru = localiseIndicatorMeta(META, 'ru');
    expect(ru.title).toBe('Камерное содержание осуждённых вместо барачного');
    expect(ru.subtitle).toBe('Доля и численность осуждённых, содержащихся в камерах.');
    expect(ru.description).toBe(
      'Казахстан переводит осуждённых из общежитий барачного типа в камеры.',
    );
    expect(ru.series.map((s) => s.label)).toEqual([
      'Доля осуждённых, содержащихся в камерах',
      'Осуждённые, содержащиеся в камерах',
    ]);
  });

  it('falls back to English field by field', () => {
    const kk = localiseIndicatorMeta(META, 'kk');
    expect(kk.title).toBe('Сотталғандарды барактың орнына камерада ұстау');
    expect(kk.subtitle).toBe(META.subtitle);
    expect(kk.description).toBe(META.description);
    expect(kk.series.map((s) => s.label)).toEqual([
      'Share of inmates held in cells',
      'Камераларда ұсталатын сотталғандар',
    ]);
    // An untranslated series is the same object.
    expect(kk.series[0]).toBe(META.series[0]);
  });

  it('never translates ids, units, directions, the chart or the recommendations', () => {
    const ru = localiseIndicatorMeta(META, 'ru');
    expect(ru.id).toBe(META.id);
    expect(ru.topic).toBe(META.topic);
    expect(ru.headlineSeries).toBe(META.headlineSeries);
    expect(ru.chart).toBe(META.chart);
    expect(ru.recommendations).toBe(META.recommendations);
    expect(
      ru.series.map(({ id, unit, desiredDirection }) => ({ id, unit, desiredDirection })),
    ).toEqual(
      META.series.map(({ id, unit, desiredDirection }) => ({ id, unit, desiredDirection })),
    );
  });

  it('does not change its input', () => {
    const before = structuredClone(META);
    localiseIndicatorMeta(META, 'ru');
    expect(META).toEqual(before);
  });

  it('ignores a label keyed by a name Object.prototype has', () => {
    const meta: IndicatorMeta = {
      ...META,
      series: [{ id: 'constructor', label: 'Constructor', unit: 'persons' }],
      translations: { ru: { series: {} } },
    };
    expect(localiseIndicatorMeta(meta, 'ru').series[0]?.label).toBe('Constructor');
  });
});

describe(localiseIndicator, () => {
  it('returns the indicator itself in English', () => {
    expect(localiseIndicator(INDICATOR, 'en')).toBe(INDICATOR);
  });

  it('returns the indicator itself when it has no translation for the language', () => {
    const indicator: Indicator = {
      meta: { ...META, translations: { kk: META.translations!.kk! } },
      observations: OBSERVATIONS,
    };
    expect(localiseIndicator(indicator, 'ru')).toBe(indicator);
  });

  it('translates the metadata and each note found by its English text', () => {
    const ru = localiseIndicator(INDICATOR, 'ru');
    expect(ru.meta).toEqual(localiseIndicatorMeta(META, 'ru'));
    expect(ru.observations.map((o) => o.note)).toEqual([
      'Доля от общего числа осуждённых.',
      // No translation of this note (a new or edited English note): it stays English.
      TARGET_NOTE,
      '',
    ]);
  });

  it('keeps an observation without a translated note as the same object', () => {
    const ru = localiseIndicator(INDICATOR, 'ru');
    expect(ru.observations[1]).toBe(OBSERVATIONS[1]);
    expect(ru.observations[2]).toBe(OBSERVATIONS[2]);
  });

  it('leaves every note in English for a language without notes', () => {
    const kk = localiseIndicator(INDICATOR, 'kk');
    expect(kk.meta.title).toBe('Сотталғандарды барактың орнына камерада ұстау');
    expect(kk.observations.map((o) => o.note)).toEqual(OBSERVATIONS.map((o) => o.note));
  });

  it('never translates a quote, a value, a unit or a qualifier', () => {
    const ru = localiseIndicator(INDICATOR, 'ru');
    const fixed = (o: Observation) => {
      const { note: _, ...rest } = o;
      return rest;
    };
    expect(ru.observations.map(fixed)).toEqual(OBSERVATIONS.map(fixed));
  });

  it('does not translate an empty note, even if the map has an empty key', () => {
    const indicator: Indicator = {
      meta: { ...META, translations: { ru: { notes: { '': 'Пусто' } } } },
      observations: [cellConfinement.personsActual],
    };
    expect(localiseIndicator(indicator, 'ru').observations[0]?.note).toBe('');
  });
});

describe(localiseTopic, () => {
  const topic: Topic = {
    id: 'prison-conditions',
    title: 'Prison conditions',
    translations: { ru: { title: 'Условия содержания в местах лишения свободы' } },
  };

  it('returns the topic itself in English', () => {
    expect(localiseTopic(topic, 'en')).toBe(topic);
  });

  it('translates the title and keeps the id', () => {
    expect(localiseTopic(topic, 'ru')).toEqual({
      ...topic,
      title: 'Условия содержания в местах лишения свободы',
    });
  });

  it('falls back to the English title', () => {
    expect(localiseTopic(topic, 'kk')).toBe(topic);
    expect(localiseTopic({ id: 'military', title: 'The armed forces' }, 'kk').title).toBe(
      'The armed forces',
    );
  });
});

describe(localiseCheckSpec, () => {
  const check: CheckSpec = {
    id: 'torture-trials-outcomes',
    kind: 'sum',
    title: 'Outcome for the 42 persons tried: 35 + 6 + 1',
    statement: 'The courts have considered criminal cases against 42 persons',
    paragraph: 22,
    total: { indicator: 'torture-investigations', series: 'persons-tried', period: '2022-2024' },
    parts: [
      { indicator: 'torture-investigations', series: 'convicted-of-torture', period: '2022-2024' },
    ],
    tolerance: 0,
    translations: {
      kk: { title: 'Істері соттарда қаралған 42 адамның нәтижесі: 35 + 6 + 1' },
    },
  };

  it('returns the check itself in English', () => {
    expect(localiseCheckSpec(check, 'en')).toBe(check);
  });

  it('translates the title only: the statement quotes the report', () => {
    expect(localiseCheckSpec(check, 'kk')).toEqual({
      ...check,
      title: 'Істері соттарда қаралған 42 адамның нәтижесі: 35 + 6 + 1',
    });
    expect(localiseCheckSpec(check, 'kk').statement).toBe(check.statement);
  });

  it('falls back to the English title', () => {
    expect(localiseCheckSpec(check, 'ru')).toBe(check);
  });

  it('keeps the kind of check in its type', () => {
    const localised = localiseCheckSpec(check, 'kk');
    expect(localised.kind === 'sum' && localised.parts).toEqual(
      check.kind === 'sum' && check.parts,
    );
  });
});

describe(localiseEvent, () => {
  const event = makeEvent('social-code', '2023-04-20', {
    kind: 'code',
    title: 'Social Code',
    quote: 'On 20 April 2023, the Social Code was adopted',
    note: 'Provides for care by fellow inmates.',
    translations: {
      ru: {
        title: 'Социальный кодекс',
        note: 'Предусматривает уход со стороны других осуждённых.',
      },
      kk: { title: 'Әлеуметтік кодекс' },
    },
  });

  it('returns the event itself in English', () => {
    expect(localiseEvent(event, 'en')).toBe(event);
  });

  it('translates the title and the note, never the quote', () => {
    expect(localiseEvent(event, 'ru')).toEqual({
      ...event,
      title: 'Социальный кодекс',
      note: 'Предусматривает уход со стороны других осуждённых.',
    });
    expect(localiseEvent(event, 'ru').quote).toBe(event.quote);
  });

  it('falls back to English field by field', () => {
    expect(localiseEvent(event, 'kk')).toEqual({ ...event, title: 'Әлеуметтік кодекс' });
  });

  it('returns the event itself when it has no translation', () => {
    const untranslated = makeEvent('social-code', '2023-04-20');
    expect(localiseEvent(untranslated, 'ru')).toBe(untranslated);
  });

  it('keeps an empty note empty', () => {
    const withoutNote = { ...event, note: '' };
    expect(localiseEvent(withoutNote, 'ru').note).toBe('');
  });
});
