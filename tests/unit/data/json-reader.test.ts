import { describe, expect, it } from 'vitest';
import { JsonReader, parseJson } from '../../../src/data/json-reader';

const FILE = 'data/x.json';

describe(JsonReader, () => {
  it('returns values of the expected type and records nothing', () => {
    const read = new JsonReader(FILE);
    expect(read.object({ a: 1 }, 'root')).toEqual({ a: 1 });
    expect(read.array([1, 2], 'list')).toEqual([1, 2]);
    expect(read.string('text', 'title')).toBe('text');
    expect(read.oneOf('trend', ['trend', 'bars'] as const, 'chart.type')).toBe('trend');
    expect(read.issues).toEqual([]);
  });

  it.each<[string, (read: JsonReader) => unknown, string | undefined, string, string]>([
    [
      'a list for an object',
      (r) => r.object([1], 'p'),
      '[1]',
      'type',
      'expected an object, found a list',
    ],
    [
      'null for an object',
      (r) => r.object(null, 'p'),
      'null',
      'type',
      'expected an object, found null',
    ],
    [
      'nothing for a list',
      (r) => r.array(undefined, 'p'),
      undefined,
      'type',
      'expected a list, found nothing',
    ],
    ['text for a list', (r) => r.array('a', 'p'), 'a', 'type', 'expected a list, found "a"'],
    [
      'a number for text',
      (r) => r.string(5, 'p'),
      '5',
      'type',
      'expected non-empty text, found number 5',
    ],
    [
      'a boolean for text',
      (r) => r.string(true, 'p'),
      'true',
      'type',
      'expected non-empty text, found boolean true',
    ],
    [
      'blank text',
      (r) => r.string(' ', 'p'),
      ' ',
      'type',
      'expected non-empty text, found empty text',
    ],
    [
      'a value outside the set',
      (r) => r.oneOf('pie', ['trend', 'bars'], 'p'),
      'pie',
      'enum',
      'expected one of trend, bars; found "pie"',
    ],
  ])('records %s', (_name, call, value, rule, message) => {
    const read = new JsonReader(FILE);
    expect(call(read)).toBeUndefined();
    expect(read.issues).toEqual([{ file: FILE, column: 'p', value, rule, message }]);
  });

  it('shortens long values to 60 characters', () => {
    const read = new JsonReader(FILE);
    read.string(12345, 'n');
    read.oneOf('x'.repeat(100), ['a'], 'p');
    expect(read.issues[1]?.value).toBe(`${'x'.repeat(57)}…`);
    expect(read.issues[1]?.value).toHaveLength(58);
    expect(read.issues[1]?.message).toBe(`expected one of a; found "${'x'.repeat(57)}…"`);
  });

  it('records a rule across properties with problem()', () => {
    const read = new JsonReader(FILE);
    read.problem('id', 'x', 'indicator-id', 'expected "y"');
    expect(read.issues).toEqual([
      { file: FILE, column: 'id', value: 'x', rule: 'indicator-id', message: 'expected "y"' },
    ]);
  });
});

describe(parseJson, () => {
  it('parses valid JSON', () => {
    const read = new JsonReader(FILE);
    expect(parseJson('{"a": [1, "b"]}', read)).toEqual({ a: [1, 'b'] });
    expect(parseJson('null', read)).toBeNull();
    expect(read.issues).toEqual([]);
  });

  it('records invalid JSON as one json-syntax issue on the file', () => {
    const read = new JsonReader(FILE);
    expect(parseJson('{"a": ', read)).toBeUndefined();
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ file: FILE, column: '(file)', rule: 'json-syntax' });
    expect(read.issues[0]?.message).toMatch(/^the file is not valid JSON \(.+\)$/);
  });
});
