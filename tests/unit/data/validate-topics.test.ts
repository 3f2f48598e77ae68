import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/data/issues';
import { validateTopics } from '../../../src/data/validate-topics';

const TOPICS_FILE = 'data/topics.json';

const where = (issues: readonly ValidationIssue[]) =>
  issues.map(({ file, column, value, rule }) => ({ file, column, value, rule }));

describe(validateTopics, () => {
  it('returns the topics in order, keeping only id and title', () => {
    const text = JSON.stringify([
      { id: 'custody-safeguards', title: 'Custody and procedural safeguards', colour: 'blue' },
      { id: 'accountability', title: 'Accountability of officials' },
    ]);
    expect(validateTopics(text, TOPICS_FILE)).toEqual({
      ok: true,
      value: [
        { id: 'custody-safeguards', title: 'Custody and procedural safeguards' },
        { id: 'accountability', title: 'Accountability of officials' },
      ],
    });
  });

  it('accepts an empty list', () => {
    expect(validateTopics('[]', TOPICS_FILE)).toEqual({ ok: true, value: [] });
  });

  it.each<[string, string, { column: string; value: string | undefined; rule: string }[]]>([
    [
      'an object instead of a list',
      '{"id": "a"}',
      [{ column: '(root)', value: '{"id":"a"}', rule: 'type' }],
    ],
    [
      'an entry that is not an object',
      '["accountability"]',
      [{ column: '[0]', value: 'accountability', rule: 'type' }],
    ],
    [
      'an entry without a title',
      '[{"id": "a", "title": "A"}, {"id": "b"}]',
      [{ column: '[1].title', value: undefined, rule: 'type' }],
    ],
    [
      'an entry with a blank id',
      '[{"id": "", "title": "A"}]',
      [{ column: '[0].id', value: '', rule: 'type' }],
    ],
  ])('%s', (_name, text, expected) => {
    const result = validateTopics(text, TOPICS_FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(where(result.issues)).toEqual(
      expected.map((issue) => ({ file: TOPICS_FILE, ...issue })),
    );
  });

  it('reports invalid JSON first', () => {
    const result = validateTopics('[{', TOPICS_FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ file: TOPICS_FILE, column: '(file)', rule: 'json-syntax' }),
    ]);
  });

  // Regression found by fuzzing (tests/fuzz).
  it('reports a topic listed twice', () => {
    const text = JSON.stringify([
      { id: 'accountability', title: 'Accountability of officials' },
      { id: 'accountability', title: 'Accountability' },
    ]);
    const result = validateTopics(text, TOPICS_FILE);
    expect(result.ok ? [] : where(result.issues)).toEqual([
      { file: TOPICS_FILE, column: '[1].id', value: 'accountability', rule: 'unique' },
    ]);
  });
});

describe('validateTopics: translations', () => {
  const translations = {
    ru: { title: 'Ответственность должностных лиц' },
    kk: { title: 'Лауазымды адамдардың жауапкершілігі' },
  };

  it('keeps the translated titles with the topic', () => {
    const text = JSON.stringify([
      { id: 'accountability', title: 'Accountability of officials', translations },
    ]);
    expect(validateTopics(text, TOPICS_FILE)).toEqual({
      ok: true,
      value: [{ id: 'accountability', title: 'Accountability of officials', translations }],
    });
  });

  it.each<[string, unknown, { column: string; value: string | undefined; rule: string }[]]>([
    [
      'a language the dashboard does not speak',
      { uz: { title: 'Mansabdor shaxslarning javobgarligi' } },
      [{ column: '[0].translations.uz', value: 'uz', rule: 'translation-language' }],
    ],
    [
      'a title that is not text',
      { kk: { title: 7 } },
      [{ column: '[0].translations.kk.title', value: '7', rule: 'type' }],
    ],
    [
      'a field a topic translation does not have',
      { ru: { title: 'Ответственность', description: 'Текст' } },
      [{ column: '[0].translations.ru.description', value: 'description', rule: 'unknown-field' }],
    ],
  ])('reports %s', (_name, value, expected) => {
    const text = JSON.stringify([{ id: 'accountability', title: 'A', translations: value }]);
    const result = validateTopics(text, TOPICS_FILE);
    expect(result.ok ? [] : where(result.issues)).toEqual(
      expected.map((issue) => ({ file: TOPICS_FILE, ...issue })),
    );
  });
});
