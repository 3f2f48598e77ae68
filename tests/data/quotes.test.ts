// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Observation, Qualifier } from '../../src/domain/model';
import { indicatorIdsOnDisk, loadIndicator, sourceParagraphs } from './committed-files';

const NUMBER_WORDS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

// The source's own words for each qualifier, as they stand before the number.
const QUALIFIER_WORDS: Record<Exclude<Qualifier, 'exact'>, string> = {
  about: 'about',
  more_than: 'more than',
  over: 'over',
};

/** "13200" → "13,200" (en-US grouping), written out rather than taken from Intl. */
function groupThousands(plain: string): string {
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The ways the report may write a value: "13,200", "13200", "45.5 per cent", "nine". */
function renderings(o: Observation): string[] {
  const plain = String(o.value);
  const numbers = [...new Set([groupThousands(plain), plain])];
  // A percentage must come with its "per cent", or it could be any number in the sentence.
  if (o.unit === 'percent') return numbers.map((n) => `${n} per cent`);
  const word = Number.isInteger(o.value) ? NUMBER_WORDS[o.value] : undefined;
  return word ? [...numbers, word] : numbers;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rendering as a whole word: "4,500" is not found in "14,500" nor "500" in "4,500". */
function asWord(rendering: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}]|\\p{N}[.,])${escape(rendering)}(?![\\p{L}\\p{N}]|[.,]\\p{N})`,
    'giu',
  );
}

/** Each place a rendering of the value occurs in the quote, with the text before it. */
function occurrences(o: Observation): { rendering: string; before: string }[] {
  return renderings(o).flatMap((rendering) =>
    [...o.quote.matchAll(asWord(rendering))].map((m) => ({
      rendering,
      before: o.quote.slice(0, m.index),
    })),
  );
}

const paragraphs = new Map(sourceParagraphs().map((p) => [p.number, p.text]));

const rows = indicatorIdsOnDisk().flatMap((id) =>
  loadIndicator(id).observations.map((o, index) => ({
    name: `data/indicators/${id}.csv row ${index + 2} (${o.series} ${o.period.start}–${o.period.end} ${o.kind}: ${o.value})`,
    o,
  })),
);

describe('quotes', () => {
  it('are checked for every row', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  describe.each(rows)('$name', ({ o }) => {
    it(`names a paragraph of the report`, () => {
      expect(paragraphs.has(o.paragraph)).toBe(true);
    });

    it('quotes the paragraph verbatim', () => {
      expect(paragraphs.get(o.paragraph) ?? '').toContain(o.quote);
    });

    it('contains the value as the report writes it', () => {
      expect(occurrences(o).map((x) => x.rendering)).not.toEqual([]);
    });

    it('carries the qualifier the report puts before the value', () => {
      const qualified = (before: string): Qualifier | undefined =>
        (Object.keys(QUALIFIER_WORDS) as (keyof typeof QUALIFIER_WORDS)[]).find((q) =>
          new RegExp(`(?:^|\\s|\\()${QUALIFIER_WORDS[q]}\\s+$`, 'i').test(before),
        );
      const found = occurrences(o).map((x) => qualified(x.before) ?? 'exact');
      expect(found).toContain(o.qualifier);
    });
  });
});

describe(renderings, () => {
  it.each<[number, Observation['unit'], string[]]>([
    [13200, 'persons', ['13,200', '13200']],
    [449, 'persons', ['449']],
    [9, 'facilities', ['9', 'nine']],
    [20, 'cases', ['20', 'twenty']],
    [21, 'cases', ['21']],
    [45.5, 'percent', ['45.5 per cent']],
    [1500.5, 'places', ['1,500.5', '1500.5']],
  ])('%d %s → %o', (value, unit, expected) => {
    expect(renderings({ value, unit } as Observation)).toEqual(expected);
  });

  it('finds a value only as a whole number', () => {
    const quote = 'housing more than 4,000 persons, 14,500 and 4500.5';
    expect(quote.match(asWord('4,000'))).toEqual(['4,000']);
    expect(quote.match(asWord('000'))).toBeNull();
    expect(quote.match(asWord('4,500'))).toBeNull();
    expect(quote.match(asWord('4500'))).toBeNull();
    expect('nine facilities, ninety'.match(asWord('nine'))).toEqual(['nine']);
    expect('NINE'.match(asWord('nine'))).toEqual(['NINE']);
  });
});
