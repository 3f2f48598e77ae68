import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from '../../../src/domain/model';
import type { ValidationIssue } from '../../../src/data/issues';
import { readTableSchema } from '../../../src/data/table-schema';
import { validateObservations } from '../../../src/data/validate-observations';

const FILE = 'data/indicators/cell-confinement.csv';
const HEADER =
  'source,indicator,series,period_start,period_end,value,unit,qualifier,kind,paragraph,quote,note';
// Paragraph 39, as committed in data/indicators/cell-confinement.csv.
const SHARE_2023 =
  'kz-cat-followup-2024,cell-confinement,share-in-cells,2023,2023,19.2,percent,exact,actual,39,"(19.2 per cent, or 4,500 persons, in 2023)",Share of all inmates.';
const PERSONS_2023 =
  'kz-cat-followup-2024,cell-confinement,persons-in-cells,2023,2023,4500,persons,exact,actual,39,"(19.2 per cent, or 4,500 persons, in 2023)",';
const PERSONS_2030 =
  'kz-cat-followup-2024,cell-confinement,persons-in-cells,2030,2030,13200,persons,exact,target,39,"the percentage of those confined in cells will reach 45.5 per cent, or 13,200 persons, by 2030",';

const META: IndicatorMeta = {
  id: 'cell-confinement',
  title: 'Inmates held in cells instead of barracks',
  subtitle: 'Subtitle',
  topic: 'prison-conditions',
  description: 'Description',
  headlineSeries: 'share-in-cells',
  chart: { type: 'target', series: ['share-in-cells', 'persons-in-cells'] },
  series: [
    { id: 'share-in-cells', label: 'Share of inmates held in cells', unit: 'percent' },
    { id: 'persons-in-cells', label: 'Inmates held in cells', unit: 'persons' },
  ],
  recommendations: ['21'],
};

const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The location and rule of each issue, the parts a reader uses to find and fix it. */
const where = (issues: readonly ValidationIssue[]) =>
  issues.map(({ file, row, column, value, rule }) => ({ file, row, column, value, rule }));

describe(validateObservations, () => {
  it('types valid rows into observations', () => {
    const result = validateObservations(csv(HEADER, SHARE_2023, PERSONS_2030), FILE, META);
    expect(result.issues).toEqual([]);
    expect(result.observations).toEqual([
      {
        source: 'kz-cat-followup-2024',
        indicator: 'cell-confinement',
        series: 'share-in-cells',
        period: { start: 2023, end: 2023 },
        value: 19.2,
        unit: 'percent',
        qualifier: 'exact',
        kind: 'actual',
        paragraph: 39,
        quote: '(19.2 per cent, or 4,500 persons, in 2023)',
        note: 'Share of all inmates.',
      },
      {
        source: 'kz-cat-followup-2024',
        indicator: 'cell-confinement',
        series: 'persons-in-cells',
        period: { start: 2030, end: 2030 },
        value: 13200,
        unit: 'persons',
        qualifier: 'exact',
        kind: 'target',
        paragraph: 39,
        quote:
          'the percentage of those confined in cells will reach 45.5 per cent, or 13,200 persons, by 2030',
        note: '',
      },
    ]);
  });

  it('reads columns by name, in any order', () => {
    const reordered = csv(
      'quote,note,value,unit,qualifier,kind,paragraph,source,indicator,series,period_start,period_end',
      '"(19.2 per cent, or 4,500 persons, in 2023)",,4500,persons,exact,actual,39,kz-cat-followup-2024,cell-confinement,persons-in-cells,2023,2023',
    );
    const result = validateObservations(reordered, FILE, META);
    expect(result.issues).toEqual([]);
    expect(result.observations[0]).toMatchObject({ series: 'persons-in-cells', value: 4500 });
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${[HEADER, SHARE_2023, PERSONS_2023].join('\r\n')}\r\n`;
    const result = validateObservations(text, FILE, META);
    expect(result.issues).toEqual([]);
    expect(result.observations.map((o) => o.series)).toEqual([
      'share-in-cells',
      'persons-in-cells',
    ]);
    expect(result.observations[1]?.note).toBe('');
  });

  it('keeps an actual and a target of the same series and year apart (kind is in the key)', () => {
    const target2023 = PERSONS_2023.replace(',actual,', ',target,');
    const result = validateObservations(csv(HEADER, PERSONS_2023, target2023), FILE, META);
    expect(result.issues).toEqual([]);
    expect(result.observations).toHaveLength(2);
  });

  describe('malformed files', () => {
    it('an empty file', () => {
      const result = validateObservations('', FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: undefined, column: undefined, value: undefined, rule: 'empty-file' },
      ]);
      expect(result.observations).toEqual([]);
    });

    it('a header without rows', () => {
      const result = validateObservations(csv(HEADER), FILE, META);
      expect(result.issues).toEqual([
        { file: FILE, rule: 'no-rows', message: 'the file has a header but no data rows' },
      ]);
      expect(result.observations).toEqual([]);
    });

    it('a missing column', () => {
      const header = HEADER.replace(',note', '');
      const row = PERSONS_2023.replace(/,$/, '');
      const result = validateObservations(csv(header, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 1, column: 'note', value: undefined, rule: 'missing-column' },
      ]);
      expect(result.issues[0]?.message).toContain('the column "note" is missing');
      expect(result.observations).toEqual([]);
    });

    it('an extra column', () => {
      const result = validateObservations(
        csv(`${HEADER},comment`, `${PERSONS_2023},x`),
        FILE,
        META,
      );
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 1, column: 'comment', value: undefined, rule: 'unknown-column' },
      ]);
      expect(result.observations).toEqual([]);
    });

    it('a row with too many fields', () => {
      const result = validateObservations(
        csv(HEADER, SHARE_2023, `${PERSONS_2023},extra`),
        FILE,
        META,
      );
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 3, column: undefined, value: '13', rule: 'field-count' },
      ]);
    });

    it('a malformed row does not hide the problems of the other rows', () => {
      const badQualifier = PERSONS_2030.replace(',exact,', ',roughly,');
      const result = validateObservations(
        csv(HEADER, SHARE_2023, `${PERSONS_2023},extra`, badQualifier),
        FILE,
        META,
      );
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 3, column: undefined, value: '13', rule: 'field-count' },
        { file: FILE, row: 4, column: 'qualifier', value: 'roughly', rule: 'enum' },
      ]);
      expect(result.observations.map((o) => o.series)).toEqual(['share-in-cells']);
    });

    it('a row with too few fields', () => {
      const result = validateObservations(
        csv(HEADER, 'kz-cat-followup-2024,cell-confinement'),
        FILE,
        META,
      );
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: undefined, value: '2', rule: 'field-count' },
      ]);
    });

    it('a value with a thousands separator', () => {
      const row = PERSONS_2023.replace(',4500,', ',"4,500",');
      const result = validateObservations(csv(HEADER, SHARE_2023, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 3, column: 'value', value: '4,500', rule: 'type' },
      ]);
      expect(result.observations).toHaveLength(1);
    });

    it('an unknown qualifier', () => {
      const row = PERSONS_2023.replace(',exact,', ',approximately,');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'qualifier', value: 'approximately', rule: 'enum' },
      ]);
      expect(result.observations).toEqual([]);
    });

    it('an unknown kind and unit in one row: both reported', () => {
      const row = PERSONS_2023.replace(',persons,exact,actual,', ',people,exact,result,');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'unit', value: 'people', rule: 'enum' },
        { file: FILE, row: 2, column: 'kind', value: 'result', rule: 'enum' },
      ]);
    });

    it('a blank quote', () => {
      const row = PERSONS_2023.replace('"(19.2 per cent, or 4,500 persons, in 2023)"', '');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'quote', value: '', rule: 'required' },
      ]);
    });

    it('a series not declared in the metadata', () => {
      const row = PERSONS_2023.replace('persons-in-cells', 'persons-in-barracks');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        {
          file: FILE,
          row: 2,
          column: 'series',
          value: 'persons-in-barracks',
          rule: 'series-declared',
        },
      ]);
      expect(result.issues[0]?.message).toBe(
        'the series "persons-in-barracks" is not declared in cell-confinement.json; declared: share-in-cells, persons-in-cells',
      );
    });

    it('a unit that is not the unit of its series', () => {
      const row = SHARE_2023.replace(',percent,', ',persons,');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'unit', value: 'persons', rule: 'series-unit' },
      ]);
      expect(result.issues[0]?.message).toBe(
        'the series "share-in-cells" is declared in percent, found persons',
      );
    });

    it('a period that ends before it starts', () => {
      const row = PERSONS_2023.replace(',2023,2023,', ',2023,2022,');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'period_end', value: '2022', rule: 'period-order' },
      ]);
    });

    it('a year out of range', () => {
      const row = PERSONS_2023.replace(',2023,2023,', ',23,2023,');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'period_start', value: '23', rule: 'minimum' },
      ]);
    });

    it('a duplicate primary key: the later row is reported and left out', () => {
      const duplicate = PERSONS_2023.replace(',4500,', ',4600,');
      const result = validateObservations(
        csv(HEADER, PERSONS_2023, SHARE_2023, duplicate),
        FILE,
        META,
      );
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 4, column: undefined, value: undefined, rule: 'primary-key' },
      ]);
      expect(result.observations.map((o) => o.value)).toEqual([4500, 19.2]);
    });

    it('a row of another indicator', () => {
      const row = PERSONS_2023.replace(',cell-confinement,', ',prison-mortality,');
      const result = validateObservations(csv(HEADER, row), FILE, META);
      expect(where(result.issues)).toEqual([
        {
          file: FILE,
          row: 2,
          column: 'indicator',
          value: 'prison-mortality',
          rule: 'indicator-id',
        },
      ]);
    });

    it('lists every problem of every row, with the right row numbers', () => {
      const badValue = SHARE_2023.replace(',19.2,', ',19.2%,');
      const badPeriod = PERSONS_2030.replace(',2030,2030,', ',2030,2024,');
      const result = validateObservations(
        csv(HEADER, badValue, PERSONS_2023, badPeriod),
        FILE,
        META,
      );
      expect(where(result.issues)).toEqual([
        { file: FILE, row: 2, column: 'value', value: '19.2%', rule: 'type' },
        { file: FILE, row: 4, column: 'period_end', value: '2024', rule: 'period-order' },
      ]);
      expect(result.observations.map((o) => o.series)).toEqual(['persons-in-cells']);
    });
  });

  it('validates against the schema it is given', () => {
    const schema = readTableSchema({
      fields: [
        { name: 'source', type: 'string', constraints: { required: true } },
        { name: 'indicator', type: 'string', constraints: { required: true } },
        { name: 'series', type: 'string', constraints: { required: true } },
        { name: 'period_start', type: 'integer', constraints: { required: true } },
        { name: 'period_end', type: 'integer', constraints: { required: true } },
        { name: 'value', type: 'number', constraints: { required: true, maximum: 100 } },
        { name: 'unit', type: 'string' },
        { name: 'qualifier', type: 'string' },
        { name: 'kind', type: 'string' },
        { name: 'paragraph', type: 'integer' },
        { name: 'quote', type: 'string' },
        { name: 'note', type: 'string' },
      ],
      primaryKey: ['series'],
    });
    const result = validateObservations(csv(HEADER, PERSONS_2023), FILE, META, schema);
    expect(where(result.issues)).toEqual([
      { file: FILE, row: 2, column: 'value', value: '4500', rule: 'maximum' },
    ]);
  });
});
