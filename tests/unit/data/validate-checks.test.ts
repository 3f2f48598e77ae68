import { describe, expect, it } from 'vitest';
import { validateChecks } from '../../../src/data/validate-checks';

const FILE = 'data/checks.json';
const ref = { indicator: 'a', series: 's', period: '2023' };
const sum = {
  id: 'x',
  kind: 'sum',
  title: 'T',
  paragraph: 19,
  statement: 'S',
  total: ref,
  parts: [ref],
};

const problems = (value: unknown) => {
  const result = validateChecks(JSON.stringify(value), FILE);
  return result.ok ? [] : result.issues.map(({ column, rule }) => ({ column, rule }));
};

describe(validateChecks, () => {
  it('reads a valid check with its defaults', () => {
    expect(validateChecks(JSON.stringify([sum]), FILE)).toEqual({
      ok: true,
      value: [{ ...sum, tolerance: 0 }],
    });
  });

  it.each<[string, unknown, { column: string; rule: string }[]]>([
    ['an unknown kind', [{ ...sum, kind: 'vibes' }], [{ column: '[0].kind', rule: 'enum' }]],
    [
      'a malformed period',
      [{ ...sum, parts: [{ ...ref, period: '23' }] }],
      [{ column: '[0].parts[0].period', rule: 'period' }],
    ],
    [
      'a part without a series',
      [{ ...sum, parts: [{ indicator: 'a', period: '2023' }] }],
      [{ column: '[0].parts[0].series', rule: 'type' }],
    ],
    ['a duplicate id', [sum, sum], [{ column: '[1].id', rule: 'unique' }]],
    [
      'a paragraph that is not a number',
      [{ ...sum, paragraph: '19' }],
      [{ column: '[0].paragraph', rule: 'type' }],
    ],
    [
      'a trend without a direction',
      [
        {
          id: 't',
          kind: 'trend',
          title: 'T',
          paragraph: 48,
          statement: 'S',
          series: { indicator: 'a', series: 's' },
          from: 2021,
          to: 2023,
        },
      ],
      [{ column: '[0].stated', rule: 'enum' }],
    ],
    [
      'a verdict written into the data',
      [{ ...sum, verdict: 'consistent' }],
      [{ column: '[0].verdict', rule: 'computed' }],
    ],
    // Regressions found by fuzzing (tests/fuzz).
    ...[0, -3, 2.5, 1e308].map(
      (paragraph): [string, unknown, { column: string; rule: string }[]] => [
        `paragraph ${paragraph}, not a paragraph number`,
        [{ ...sum, paragraph }],
        [{ column: '[0].paragraph', rule: 'minimum' }],
      ],
    ),
    ['a sum of no parts', [{ ...sum, parts: [] }], [{ column: '[0].parts', rule: 'min-items' }]],
    [
      'an implied base of no pairs, once dropped without an issue',
      [
        {
          id: 'i',
          kind: 'implied_base',
          title: 'T',
          paragraph: 39,
          statement: 'S',
          pairs: [],
          tolerance: 0.02,
        },
      ],
      [{ column: '[0].pairs', rule: 'min-items' }],
    ],
  ])('reports %s at its path', (_name, value, expected) => {
    expect(problems(value)).toEqual(expected);
  });

  it('reports invalid JSON', () => {
    const result = validateChecks('[{', FILE);
    expect(result.ok ? [] : result.issues.map((i) => i.rule)).toEqual(['json-syntax']);
  });
});

describe('validateChecks: translations', () => {
  const translations = {
    ru: { title: 'Взыскания по актам прокурорского надзора: 377 и 332 в сумме дают 709' },
    kk: { title: 'Прокурорлық қадағалау актілері бойынша жазалар: 377 мен 332 қосындысы 709' },
  };

  it('reads the translated titles with the check', () => {
    expect(validateChecks(JSON.stringify([{ ...sum, translations }]), FILE)).toEqual({
      ok: true,
      value: [{ ...sum, translations, tolerance: 0 }],
    });
  });

  it('leaves translations out when the check has none', () => {
    const result = validateChecks(JSON.stringify([sum]), FILE);
    expect(result.ok && 'translations' in result.value[0]!).toBe(false);
  });

  it.each<[string, unknown, { column: string; rule: string }[]]>([
    [
      'an English translation',
      { en: { title: 'T' } },
      [{ column: '[0].translations.en', rule: 'translation-language' }],
    ],
    [
      'an empty title',
      { kk: { title: '' } },
      [{ column: '[0].translations.kk.title', rule: 'type' }],
    ],
    [
      'a translated statement',
      { ru: { title: 'Т', statement: 'Дисциплинарные взыскания' } },
      [{ column: '[0].translations.ru.statement', rule: 'untranslatable' }],
    ],
    [
      'a field a check translation does not have',
      { ru: { subtitle: 'Т' } },
      [{ column: '[0].translations.ru.subtitle', rule: 'unknown-field' }],
    ],
    ['a list', [translations.ru], [{ column: '[0].translations', rule: 'type' }]],
  ])('reports %s and drops the check', (_name, value, expected) => {
    expect(problems([{ ...sum, translations: value }])).toEqual(expected);
  });

  it('says why a statement is never translated', () => {
    const result = validateChecks(
      JSON.stringify([{ ...sum, translations: { ru: { statement: 'Взыскания' } } }]),
      FILE,
    );
    expect(result.ok ? undefined : result.issues[0]?.message).toBe(
      '"statement" is not translated: it quotes the report verbatim and stays in English, the language of the report; remove it',
    );
  });
});
