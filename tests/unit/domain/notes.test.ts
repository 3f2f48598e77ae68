import { describe, expect, it } from 'vitest';
import type { Indicator, Observation } from '../../../src/domain/model';
import { collectNotes } from '../../../src/domain/notes';
import { makeObservation } from './make-observation';
import { testLocale } from '../../i18n';

const EN = testLocale('en');

function indicatorWith(observations: Observation[]): Indicator {
  return {
    meta: {
      id: 'test-indicator',
      title: 'Title',
      subtitle: '',
      topic: 'topic',
      description: '',
      headlineSeries: 'video-cameras',
      chart: { type: 'bars', series: ['video-cameras'] },
      series: [
        { id: 'video-cameras', label: 'Video surveillance cameras in operation', unit: 'cameras' },
        { id: 'officials', label: 'Officials sanctioned', unit: 'officials' },
      ],
      recommendations: [],
    },
    observations,
  };
}

const withNote = (o: Observation, note: string): Observation => ({ ...o, note });

describe(collectNotes, () => {
  it('has nothing to say about an exact one-year actual without a curator’s note', () => {
    const plain = makeObservation(449, 2023, { series: 'officials', unit: 'officials' });
    expect(collectNotes(indicatorWith([plain]), EN)).toEqual([]);
  });

  // Paragraph 9: "More than 40,000 video surveillance cameras are currently in operation".
  it('explains a lower bound and adds the curator’s note', () => {
    const cameras = withNote(
      makeObservation(40000, 2024, {
        series: 'video-cameras',
        unit: 'cameras',
        qualifier: 'more_than',
      }),
      'Stated as current in the report received on 13 May 2024.',
    );
    expect(collectNotes(indicatorWith([cameras]), EN)).toEqual([
      {
        subject: 'Video surveillance cameras in operation, 2024: more than 40,000 cameras',
        text: 'The report gives this figure as a lower bound ("more than"): the true number is higher. Stated as current in the report received on 13 May 2024.',
      },
    ]);
  });

  // Paragraph 19: 709 officials in 2022 and 2023 together.
  it('says a two-year figure is one figure for the period', () => {
    const total = makeObservation(709, [2022, 2023], { series: 'officials', unit: 'officials' });
    expect(collectNotes(indicatorWith([total]), EN)).toEqual([
      {
        subject: 'Officials sanctioned, 2022\u20132023: 709 officials',
        text: 'One figure for 2022\u20132023 as a whole, not a figure for each year.',
      },
    ]);
  });

  it('says a target and a plan are not results', () => {
    const target = makeObservation(13200, 2030, {
      series: 'officials',
      unit: 'officials',
      kind: 'target',
    });
    const planned = makeObservation(3, [2024, 2028], {
      series: 'officials',
      unit: 'officials',
      kind: 'planned',
    });
    const limit = makeObservation(3, 2024, {
      series: 'officials',
      unit: 'officials',
      kind: 'legal_limit',
    });
    expect(collectNotes(indicatorWith([target, planned, limit]), EN)).toEqual([
      {
        subject: 'Officials sanctioned, 2030: 13,200 officials',
        text: 'A target stated by the report, not a result.',
      },
      {
        subject: 'Officials sanctioned, 2024\u20132028: 3 officials',
        text: 'One figure for 2024\u20132028 as a whole, not a figure for each year. A plan stated by the report, not a result.',
      },
    ]);
  });

  it('joins every note about one figure in a fixed order', () => {
    const o = withNote(
      makeObservation(3500, [2021, 2023], {
        series: 'officials',
        unit: 'officials',
        qualifier: 'about',
      }),
      '"The past three years" read as 2021–2023.',
    );
    expect(collectNotes(indicatorWith([o]), EN)[0]?.text).toBe(
      'The report gives this figure as approximate ("about"). One figure for 2021\u20132023 as a whole, not a figure for each year. "The past three years" read as 2021–2023.',
    );
  });

  it('names an undeclared series by its id', () => {
    const o = withNote(makeObservation(5, 2023, { series: 'undeclared' }), 'A note.');
    expect(collectNotes(indicatorWith([o]), EN)[0]?.subject).toBe('undeclared, 2023: 5 persons');
  });

  it('keeps the order of the observations', () => {
    const a = withNote(
      makeObservation(1, 2023, { series: 'officials', unit: 'officials' }),
      'first',
    );
    const b = withNote(
      makeObservation(2, 2022, { series: 'officials', unit: 'officials' }),
      'second',
    );
    expect(collectNotes(indicatorWith([a, b]), EN).map((n) => n.text)).toEqual(['first', 'second']);
  });

  it('words the notes in Russian', () => {
    const cameras = makeObservation(40000, 2024, {
      series: 'video-cameras',
      unit: 'cameras',
      qualifier: 'more_than',
    });
    const notes = collectNotes(indicatorWith([cameras]), testLocale('ru'));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toBe(
      'В докладе это число приведено как нижняя граница («более»): фактическое значение выше.',
    );
    expect(notes[0]?.subject).toMatch(/: более 40[\u00a0\u202f]000 камер$/);
  });
});
