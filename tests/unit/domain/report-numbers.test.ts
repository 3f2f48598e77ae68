import { describe, expect, it } from 'vitest';
import {
  citesNumber,
  findReportNumbers,
  isYearLike,
  quoteSpans,
  type ReportNumber,
} from '../../../src/domain/report-numbers';

/** The numbers found, as written and as values: the two things the coverage test compares. */
const found = (text: string): [string, number][] =>
  findReportNumbers(text).map((n) => [n.text, n.value]);

const only = (text: string): ReportNumber => {
  const [number, ...rest] = findReportNumbers(text);
  if (!number || rest.length > 0) throw new Error(`expected one number in "${text}"`);
  return number;
};

describe(findReportNumbers, () => {
  it('reads thousands separators as one number', () => {
    expect(found('More than 40,000 video surveillance cameras')).toEqual([['40,000', 40000]]);
    expect(found('There are 1,352 medical personnel')).toEqual([['1,352', 1352]]);
  });

  it('reads decimals, and a full stop after a number as the end of a sentence', () => {
    expect(found('will reach 45.5 per cent, or 13,200 persons, by 2030 (19.2 per cent')).toEqual([
      ['45.5', 45.5],
      ['13,200', 13200],
      ['2030', 2030],
      ['19.2', 19.2],
    ]);
    expect(found('in 2023.The next')).toEqual([['2023', 2023]]);
  });

  it('reads a comma and a space as a list, not as thousands', () => {
    expect(found('articles 50, 63, 72 and 73')).toEqual([
      ['50', 50],
      ['63', 63],
      ['72', 72],
      ['73', 73],
    ]);
    expect(found('(167 in 2021, 128 in 2022')).toEqual([
      ['167', 167],
      ['2021', 2021],
      ['128', 128],
      ['2022', 2022],
    ]);
  });

  it('splits ranges, article parts and numbered orders into their numbers', () => {
    expect(found('for the period 2024–2028')).toEqual([
      ['2024', 2024],
      ['2028', 2028],
    ]);
    expect(found('3 under article 362 (4)')).toEqual([
      ['3', 3],
      ['362', 362],
      ['4', 4],
    ]);
    expect(found('Order No. 194/2020 of 13 November 2020')).toEqual([
      ['194', 194],
      ['2020', 2020],
      ['13', 13],
      ['2020', 2020],
    ]);
    expect(found('10-day campaigns')).toEqual([['10', 10]]);
  });

  it('finds each number of a date', () => {
    expect(found('address of 1 September 2020 to the people')).toEqual([
      ['1', 1],
      ['2020', 2020],
    ]);
  });

  it('gives offsets that cut the number out of the text', () => {
    const text = 'housing more than 4,000 persons';
    const number = only(text);
    expect(text.slice(number.start, number.end)).toBe('4,000');
    expect(number.written).toBe('digits');
  });

  it('reads cardinal number words in any case', () => {
    expect(found('There were currently nine facilities')).toEqual([['nine', 9]]);
    expect(found('Eleven operating procedures')).toEqual([['Eleven', 11]]);
    expect(found('may not exceed three hours')).toEqual([['three', 3]]);
    expect(found('two inpatient facilities')).toEqual([['two', 2]]);
    expect(found('thirty, forty, fifty, a hundred')).toEqual([
      ['thirty', 30],
      ['forty', 40],
      ['fifty', 50],
      ['hundred', 100],
    ]);
    expect(only('nineteen officers').written).toBe('words');
  });

  it('reads a hyphenated tens-and-units word as one number', () => {
    expect(found('twenty-two cases and forty‑one more')).toEqual([
      ['twenty-two', 22],
      ['forty‑one', 41],
    ]);
  });

  it('finds a number word before a hyphen: a "one-year period" states a quantity', () => {
    expect(found('a one-year period of fixed-term military service')).toEqual([['one', 1]]);
  });

  it('does not find number words inside other words', () => {
    expect(found('the right of everyone; someone; none; often; tend; attention')).toEqual([]);
    expect(found('ninety-nine')).toEqual([['ninety-nine', 99]]);
    expect(found('nineteenth')).toEqual([]);
  });

  it('does not find ordinals, Roman numerals or other words of quantity', () => {
    expect(
      found('first-time convicts; the fourth periodic report; category I; a single call-up'),
    ).toEqual([]);
  });

  it('finds the pronoun "one" too: it cannot be told from the number, so the data lists it', () => {
    expect(found('is one of the top priorities')).toEqual([['one', 1]]);
  });

  it('returns the numbers in the order they are written', () => {
    expect(found('nine facilities, housing more than 4,000 persons; eight units in four')).toEqual([
      ['nine', 9],
      ['4,000', 4000],
      ['eight', 8],
      ['four', 4],
    ]);
  });

  it('finds nothing in text without numbers', () => {
    expect(found('')).toEqual([]);
    expect(found('Pretrial investigations were conducted into all deaths.')).toEqual([]);
  });
});

describe(isYearLike, () => {
  it.each<[string, boolean]>([
    ['2023', true],
    ['1991', true],
    ['2100', true],
    ['1899', false],
    ['2101', false],
    ['1,999', false],
    ['449', false],
    ['2023.5', false],
  ])('%s → %s', (text, expected) => {
    expect(isYearLike(only(text))).toBe(expected);
  });

  it('is false for number words', () => {
    expect(isYearLike(only('nine'))).toBe(false);
  });
});

describe(quoteSpans, () => {
  it('gives every place a quote occurs', () => {
    expect(quoteSpans('94 in 2022 and 94 in 2023', '94 in')).toEqual([
      { start: 0, end: 5 },
      { start: 15, end: 20 },
    ]);
  });

  it('gives none for a missing or empty quote', () => {
    expect(quoteSpans('text', 'other')).toEqual([]);
    expect(quoteSpans('text', '')).toEqual([]);
  });
});

describe(citesNumber, () => {
  const paragraph =
    'of whom 219 were civilians and 19 were officers. The death of the 219 civilians: 66 were suspected; in 2023 and 2024, 107 submissions';
  const numbers = findReportNumbers(paragraph);
  const at = (text: string, nth = 0): ReportNumber => {
    const number = numbers.filter((n) => n.text === text)[nth];
    if (!number) throw new Error(`no ${text} #${nth}`);
    return number;
  };
  const row = (value: number, quote: string, start = 2022, end = start) => ({
    value,
    quote,
    period: { start, end },
  });

  it('cites a number that is the row value and lies inside its quote', () => {
    expect(citesNumber(paragraph, at('219'), row(219, 'of whom 219 were civilians'))).toBe(true);
  });

  it('cites by place: a quote of the first "219" does not cite the second', () => {
    const first = row(219, 'of whom 219 were civilians');
    expect(citesNumber(paragraph, at('219', 1), first)).toBe(false);
    const both = row(
      219,
      '219 were civilians and 19 were officers. The death of the 219 civilians',
    );
    expect(citesNumber(paragraph, at('219', 1), both)).toBe(true);
  });

  it('does not cite another number inside the quote', () => {
    const civilians = row(219, 'of whom 219 were civilians and 19 were officers');
    expect(citesNumber(paragraph, at('19'), civilians)).toBe(false);
    expect(citesNumber(paragraph, at('66'), row(66, 'The death of the 219 civilians: 66'))).toBe(
      true,
    );
    expect(
      citesNumber(paragraph, at('219', 1), row(66, 'The death of the 219 civilians: 66')),
    ).toBe(false);
  });

  it('cites a year that starts or ends the row period', () => {
    const submissions = row(107, 'in 2023 and 2024, 107 submissions', 2023, 2024);
    expect(citesNumber(paragraph, at('2023'), submissions)).toBe(true);
    expect(citesNumber(paragraph, at('2024'), submissions)).toBe(true);
    expect(citesNumber(paragraph, at('107'), submissions)).toBe(true);
    const later = row(107, 'in 2023 and 2024, 107 submissions', 2024, 2024);
    expect(citesNumber(paragraph, at('2023'), later)).toBe(false);
  });

  it('does not cite through a quote that is not in the paragraph', () => {
    expect(citesNumber(paragraph, at('66'), row(66, '66 were killed'))).toBe(false);
  });
});
