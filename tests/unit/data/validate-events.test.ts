import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/data/issues';
import { eventSchema, validateEvents } from '../../../src/data/validate-events';
import { fieldNames } from '../../../src/data/table-schema';

const FILE = 'data/events.csv';
const HEADER =
  'id,date,date_end,kind,body,number,title,paragraph,quote,note,title_ru,title_kk,note_ru,note_kk';
// Paragraphs 8, 30 and 49, as committed in data/events.csv (notes shortened, not translated).
const REGISTRATION =
  'electronic-registration-instructions,2014-12-24,,instructions,Procurator General,162,Instructions on the electronic registration of persons brought in,8,approved by Order No. 162 of the Procurator General of 24 December 2014,Monitors custody.,,,,';
const TRAINING =
  'duty-procurator-training,2023-09-21,2023-09-22,training,Academy of Law Enforcement Agencies,,Special training for duty procurators,30,"On 21 and 22 September 2023, special training sessions were organized",,,,,';
const PLAN = 'psychological-service-action-plan,2022,2024,plan,,,Action plan,49,for 2022–2024,,,,,';
// The Social Code (paragraph 65) with its title and note translated.
const SOCIAL_CODE =
  'social-code,2023-04-20,,code,,,Social Code,65,"On 20 April 2023, the Social Code was adopted",Provides for care by fellow inmates.,Социальный кодекс,Әлеуметтік кодекс,Предусматривает уход со стороны других осуждённых.,Басқа сотталғандардың күтіп-бағуын көздейді.';

const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The location and rule of each issue, the parts a reader uses to find and fix it. */
const where = (issues: readonly ValidationIssue[]) =>
  issues.map(({ file, row, column, value, rule }) => ({ file, row, column, value, rule }));

describe(validateEvents, () => {
  it('types valid rows into events with dates at their precision', () => {
    const { events, issues } = validateEvents(csv(HEADER, REGISTRATION, TRAINING, PLAN), FILE);
    expect(issues).toEqual([]);
    expect(events).toEqual([
      {
        id: 'electronic-registration-instructions',
        date: { iso: '2014-12-24', precision: 'day', year: 2014, month: 12, day: 24 },
        kind: 'instructions',
        body: 'Procurator General',
        number: '162',
        title: 'Instructions on the electronic registration of persons brought in',
        paragraph: 8,
        quote: 'approved by Order No. 162 of the Procurator General of 24 December 2014',
        note: 'Monitors custody.',
      },
      {
        id: 'duty-procurator-training',
        date: { iso: '2023-09-21', precision: 'day', year: 2023, month: 9, day: 21 },
        dateEnd: { iso: '2023-09-22', precision: 'day', year: 2023, month: 9, day: 22 },
        kind: 'training',
        body: 'Academy of Law Enforcement Agencies',
        number: '',
        title: 'Special training for duty procurators',
        paragraph: 30,
        quote: 'On 21 and 22 September 2023, special training sessions were organized',
        note: '',
      },
      {
        id: 'psychological-service-action-plan',
        date: { iso: '2022', precision: 'year', year: 2022 },
        dateEnd: { iso: '2024', precision: 'year', year: 2024 },
        kind: 'plan',
        number: '',
        title: 'Action plan',
        paragraph: 49,
        quote: 'for 2022–2024',
        note: '',
      },
    ]);
  });

  it('reads the columns from the Table Schema', () => {
    expect(fieldNames(eventSchema)).toEqual(HEADER.split(','));
  });

  it('reads the translated title and note of each language; the quote stays English', () => {
    const { events, issues } = validateEvents(csv(HEADER, SOCIAL_CODE), FILE);
    expect(issues).toEqual([]);
    expect(events[0]).toMatchObject({
      title: 'Social Code',
      quote: 'On 20 April 2023, the Social Code was adopted',
      note: 'Provides for care by fellow inmates.',
      translations: {
        ru: {
          title: 'Социальный кодекс',
          note: 'Предусматривает уход со стороны других осуждённых.',
        },
        kk: { title: 'Әлеуметтік кодекс', note: 'Басқа сотталғандардың күтіп-бағуын көздейді.' },
      },
    });
  });

  it('keeps only the translations given: an empty cell is a text not yet translated', () => {
    const onlyRussianTitle = PLAN.replace(/,,,,$/, ',План действий,,,');
    const { events, issues } = validateEvents(csv(HEADER, onlyRussianTitle, TRAINING), FILE);
    expect(issues).toEqual([]);
    expect(events[0]?.translations).toEqual({ ru: { title: 'План действий' } });
    expect(events[1]).not.toHaveProperty('translations');
  });

  it.each<[string, string, Partial<ValidationIssue>]>([
    [
      'a date written day first',
      REGISTRATION.replace('2014-12-24', '24.12.2014'),
      { column: 'date', value: '24.12.2014', rule: 'pattern' },
    ],
    [
      'a day that does not exist',
      REGISTRATION.replace('2014-12-24', '2023-02-29'),
      { column: 'date', value: '2023-02-29', rule: 'date' },
    ],
    [
      'month 13',
      REGISTRATION.replace('2014-12-24', '2014-13'),
      { column: 'date', value: '2014-13', rule: 'date' },
    ],
    [
      'a missing date',
      REGISTRATION.replace('2014-12-24', ''),
      { column: 'date', value: '', rule: 'required' },
    ],
    [
      'an end that does not exist',
      TRAINING.replace('2023-09-22', '2023-09-31'),
      { column: 'date_end', value: '2023-09-31', rule: 'date' },
    ],
    [
      'an end before the start',
      TRAINING.replace('2023-09-22', '2023-09-20'),
      { column: 'date_end', value: '2023-09-20', rule: 'date-order' },
    ],
    [
      'an end at another precision',
      PLAN.replace(',2024,', ',2024-06,').replace('psychological', 'other'),
      { column: 'date_end', value: '2024-06', rule: 'date-precision' },
    ],
    [
      'an unknown kind',
      REGISTRATION.replace(',instructions,', ',guidance,'),
      { column: 'kind', value: 'guidance', rule: 'enum' },
    ],
    [
      'an unknown body',
      REGISTRATION.replace('Procurator General,162', 'Prosecutor General,162'),
      { column: 'body', value: 'Prosecutor General', rule: 'enum' },
    ],
    [
      'a number with its prefix',
      REGISTRATION.replace(',162,', ',No. 162,'),
      { column: 'number', value: 'No. 162', rule: 'pattern' },
    ],
    [
      'an id that is not kebab-case',
      REGISTRATION.replace('electronic-registration-instructions', 'Electronic_Registration'),
      { column: 'id', value: 'Electronic_Registration', rule: 'pattern' },
    ],
    [
      'a paragraph that is not a number',
      REGISTRATION.replace(',8,', ',para. 8,'),
      { column: 'paragraph', value: 'para. 8', rule: 'type' },
    ],
  ])('reports %s with file, row, column, value and rule', (_, line, expected) => {
    const { events, issues } = validateEvents(csv(HEADER, PLAN, line), FILE);
    expect(where(issues)).toEqual([{ file: FILE, row: 3, ...expected }]);
    expect(events.map((e) => e.id)).toEqual(['psychological-service-action-plan']);
  });

  it('explains a date rule in words', () => {
    const { issues } = validateEvents(
      csv(HEADER, TRAINING.replace('2023-09-22', '2023-09-20')),
      FILE,
    );
    expect(issues[0]?.message).toBe('the end (2023-09-20) is before the start (2023-09-21)');
    const impossible = validateEvents(
      csv(HEADER, REGISTRATION.replace('2014-12-24', '2023-02-29')),
      FILE,
    );
    expect(impossible.issues[0]?.message).toBe(
      '"2023-02-29" is not a date that exists; expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('reports a repeated id at the later row, naming the earlier', () => {
    const { events, issues } = validateEvents(csv(HEADER, REGISTRATION, PLAN, REGISTRATION), FILE);
    expect(where(issues)).toEqual([
      {
        file: FILE,
        row: 4,
        column: 'id',
        value: 'electronic-registration-instructions',
        rule: 'primary-key',
      },
    ]);
    expect(issues[0]?.message).toBe('duplicates row 2: id must be unique');
    expect(events).toHaveLength(2);
  });

  it('reports a missing column at row 1 and reads no rows', () => {
    const header = HEADER.replace(',note,', ',');
    const line = REGISTRATION.replace(',Monitors custody.,', ',');
    const { events, issues } = validateEvents(csv(header, line), FILE);
    expect(where(issues)).toEqual([
      { file: FILE, row: 1, column: 'note', value: undefined, rule: 'missing-column' },
    ]);
    expect(events).toEqual([]);
  });

  it('reports a row with too few fields', () => {
    const { issues } = validateEvents(csv(HEADER, 'social-code,2023-04-20,,code'), FILE);
    expect(where(issues)).toEqual([
      { file: FILE, row: 2, column: undefined, value: '4', rule: 'field-count' },
    ]);
  });

  it('reports an empty file and a header without rows', () => {
    expect(where(validateEvents('', FILE).issues)).toEqual([
      { file: FILE, row: undefined, column: undefined, value: undefined, rule: 'empty-file' },
    ]);
    expect(where(validateEvents(csv(HEADER), FILE).issues)).toEqual([
      { file: FILE, row: undefined, column: undefined, value: undefined, rule: 'no-rows' },
    ]);
  });
});
