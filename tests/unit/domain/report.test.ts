import { describe, expect, it } from 'vitest';
import { highlightQuotes, parseReportParagraphs } from '../../../src/domain/report';

describe(parseReportParagraphs, () => {
  const text = [
    'Committee against Torture',
    'Follow-up information relating to paragraph 10 of the concluding observations',
    '1.Measures are being taken.',
    '2.The bill provides for amendments to articles 50, 63, 72 and 73.',
    'Follow-up information relating to paragraphs 11–15',
    '48.In 2023, there were 22 suicides.',
  ].join('\n');

  it('keeps numbered lines, keyed by number, without the number', () => {
    const paragraphs = parseReportParagraphs(text);
    expect([...paragraphs.keys()]).toEqual([1, 2, 48]);
    expect(paragraphs.get(48)).toEqual({ number: 48, text: 'In 2023, there were 22 suicides.' });
    expect(paragraphs.get(2)?.text).toBe(
      'The bill provides for amendments to articles 50, 63, 72 and 73.',
    );
  });

  it('accepts CRLF line ends without keeping the carriage return', () => {
    const paragraphs = parseReportParagraphs('1.One.\r\n2.Two.\r\n');
    expect(paragraphs.get(1)?.text).toBe('One.');
    expect(paragraphs.get(2)?.text).toBe('Two.');
  });

  it('skips lines that do not start with a number and a full stop', () => {
    const paragraphs = parseReportParagraphs(
      ' 1.Indented.\n1 May 2024\nA.1.Lettered.\n[Date received:13 May 2024]',
    );
    expect(paragraphs.size).toBe(0);
  });

  it('keeps an empty paragraph text', () => {
    expect(parseReportParagraphs('5.').get(5)).toEqual({ number: 5, text: '' });
  });

  it('is empty for empty text', () => {
    expect(parseReportParagraphs('').size).toBe(0);
  });
});

describe(highlightQuotes, () => {
  it('highlights every occurrence of a quote', () => {
    expect(highlightQuotes('abcabc', ['bc'])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bc', highlighted: true },
      { text: 'a', highlighted: false },
      { text: 'bc', highlighted: true },
    ]);
  });

  it('merges overlapping quotes into one segment', () => {
    expect(highlightQuotes('abcdef', ['bcd', 'cde'])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bcde', highlighted: true },
      { text: 'f', highlighted: false },
    ]);
  });

  it('merges adjacent quotes', () => {
    expect(highlightQuotes('abcd', ['ab', 'cd'])).toEqual([{ text: 'abcd', highlighted: true }]);
  });

  it('finds overlapping occurrences of the same quote', () => {
    expect(highlightQuotes('aaa', ['aa'])).toEqual([{ text: 'aaa', highlighted: true }]);
  });

  it('returns the paragraph as one plain segment when no quote occurs', () => {
    expect(highlightQuotes('In 2023, 449 persons.', ['603 citizens', ''])).toEqual([
      { text: 'In 2023, 449 persons.', highlighted: false },
    ]);
  });

  it('ignores an empty quote', () => {
    expect(highlightQuotes('abc', [''])).toEqual([{ text: 'abc', highlighted: false }]);
  });

  it('returns no segment for empty text', () => {
    expect(highlightQuotes('', ['a'])).toEqual([]);
  });

  it('returns markup as text, unchanged', () => {
    const segments = highlightQuotes('<b>22</b> suicides', ['22']);
    expect(segments.map((s) => s.text).join('')).toBe('<b>22</b> suicides');
    expect(segments[1]).toEqual({ text: '22', highlighted: true });
  });

  it('keeps the source text intact, typographic characters included', () => {
    const text = 'follow\u2011up to the President\u2019s address, 2024\u20132028';
    const segments = highlightQuotes(text, ['President\u2019s']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.highlighted)).toEqual([
      { text: 'President\u2019s', highlighted: true },
    ]);
  });
});
