import { describe, expect, it } from 'vitest';
import {
  highlightQuotes,
  paragraphAnchorId,
  parseReport,
  parseReportParagraphs,
  reportParagraphs,
  splitByQuotes,
  toIsoDate,
} from '../../../src/domain/report';
import { readDataFile } from '../../support/committed-data';

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

describe(parseReport, () => {
  const text = [
    'Committee against Torture',
    'Information received from Kazakhstan on follow\u2011up *',
    '[Date received:13 May 2024]',
    'Follow-up information relating to paragraph 10',
    '1.Measures are being taken.',
    '',
    '2.The bill provides for amendments.',
    'Follow-up information relating to paragraphs 11\u201315',
    '3.The Constitution guarantees.',
  ].join('\n');

  it('reads the title block, the date received and each section with its paragraphs', () => {
    expect(parseReport(text)).toEqual({
      titleLines: [
        'Committee against Torture',
        'Information received from Kazakhstan on follow\u2011up *',
      ],
      dateReceived: '13 May 2024',
      sections: [
        {
          heading: 'Follow-up information relating to paragraph 10',
          paragraphs: [
            { number: 1, text: 'Measures are being taken.' },
            { number: 2, text: 'The bill provides for amendments.' },
          ],
        },
        {
          heading: 'Follow-up information relating to paragraphs 11\u201315',
          paragraphs: [{ number: 3, text: 'The Constitution guarantees.' }],
        },
      ],
    });
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const report = parseReport(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(report.titleLines[0]).toBe('Committee against Torture');
    expect(report.sections.map((s) => s.heading)).toEqual([
      'Follow-up information relating to paragraph 10',
      'Follow-up information relating to paragraphs 11\u201315',
    ]);
    expect(report.sections[1]?.paragraphs[0]?.text).toBe('The Constitution guarantees.');
  });

  it('keeps paragraphs printed before any heading in a section without heading', () => {
    expect(parseReport('Title\n[Date received:1 May 2024]\n1.One.\nLater heading\n2.Two.')).toEqual(
      {
        titleLines: ['Title'],
        dateReceived: '1 May 2024',
        sections: [
          { paragraphs: [{ number: 1, text: 'One.' }] },
          { heading: 'Later heading', paragraphs: [{ number: 2, text: 'Two.' }] },
        ],
      },
    );
  });

  it('keeps a heading without paragraphs, as printed', () => {
    const report = parseReport('Title\nPart one\n1.One.\nPart two\nPart two, A\n2.Two.');
    expect(report.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      ['Part one', 1],
      ['Part two', 0],
      ['Part two, A', 1],
    ]);
  });

  it('has no date when none is printed, and no section when there is no paragraph', () => {
    expect(parseReport('Title\nSubtitle')).toEqual({
      titleLines: ['Title', 'Subtitle'],
      sections: [],
    });
    expect(parseReport('')).toEqual({ titleLines: [], sections: [] });
  });

  it('keeps markup in the text as text', () => {
    const report = parseReport('T\nH\n1.<img src=x onerror=alert(1)>');
    expect(reportParagraphs(report)).toEqual([{ number: 1, text: '<img src=x onerror=alert(1)>' }]);
  });
});

describe('parseReport on the committed report', () => {
  const text = readDataFile('source/kz-cat-followup-2024.txt');
  const report = parseReport(text);
  const paragraphs = reportParagraphs(report);

  it('finds all 80 paragraphs, numbered 1 to 80 without a gap', () => {
    expect(paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });

  it('gives the same paragraphs as parseReportParagraphs', () => {
    expect(paragraphs).toEqual([...parseReportParagraphs(text).values()]);
  });

  it('keeps the title block verbatim, with its non-breaking hyphen and footnote mark', () => {
    expect(report.titleLines).toEqual([
      'Committee against Torture',
      'Information received from Kazakhstan on follow\u2011up to the concluding observations on its fourth periodic report *',
    ]);
    expect(report.dateReceived).toBe('13 May 2024');
    expect(toIsoDate(report.dateReceived ?? '')).toBe('2024-05-13');
  });

  it('keeps the nine section headings verbatim, en dash included', () => {
    const prefix = 'Follow-up information relating to';
    expect(report.sections.map((s) => s.heading)).toEqual([
      `${prefix} paragraph 10 of the concluding observations (CAT/C/KAZ/CO/4)`,
      `${prefix} paragraphs 11\u201315 of the concluding observations`,
      `${prefix} paragraph 21 of the concluding observations`,
      `${prefix} paragraph 24 of the concluding observations`,
      `${prefix} paragraph 28 of the concluding observations`,
      `${prefix} paragraph 44 of the concluding observations`,
      `${prefix} paragraph 46 of the concluding observations`,
      `${prefix} paragraph 47 of the concluding observations`,
      `${prefix} paragraph 48 of the concluding observations`,
    ]);
  });

  it('puts each paragraph under the heading printed above it', () => {
    expect(report.sections.map((s) => s.paragraphs[0]?.number)).toEqual([
      1, 3, 36, 41, 54, 67, 78, 79, 80,
    ]);
    expect(report.sections.every((s) => s.paragraphs.length > 0)).toBe(true);
  });

  it('loses no line of the text', () => {
    const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
    const rebuilt = [
      ...report.titleLines.slice(0, 2),
      `[Date received:${report.dateReceived ?? ''}]`,
      ...report.sections.flatMap((s) => [
        s.heading ?? '',
        ...s.paragraphs.map((p) => `${p.number}.${p.text}`),
      ]),
    ];
    expect(rebuilt).toEqual(lines);
  });
});

describe(toIsoDate, () => {
  it.each([
    ['13 May 2024', '2024-05-13'],
    ['1 january 2023', '2023-01-01'],
    [' 29 February 2024 ', '2024-02-29'],
    ['29 February 2023', undefined],
    ['31 April 2024', undefined],
    ['13 Mai 2024', undefined],
    ['May 13, 2024', undefined],
    ['', undefined],
  ])('%j → %j', (text, expected) => {
    expect(toIsoDate(text)).toBe(expected);
  });
});

describe(paragraphAnchorId, () => {
  it('is "p" and the number, as in /source#p48', () => {
    expect(paragraphAnchorId(48)).toBe('p48');
  });
});

describe(splitByQuotes, () => {
  it('keys each run by the quotes covering it, in the order given', () => {
    expect(
      splitByQuotes('a 603 citizens b', [
        { quote: '603 citizens', key: 'custody' },
        { quote: '603', key: 'other' },
      ]),
    ).toEqual([
      { text: 'a ', keys: [] },
      { text: '603', keys: ['custody', 'other'] },
      { text: ' citizens', keys: ['custody'] },
      { text: ' b', keys: [] },
    ]);
  });

  it('merges overlapping quotes of one key into one run', () => {
    expect(
      splitByQuotes('abcdef', [
        { quote: 'bcd', key: 'x' },
        { quote: 'cde', key: 'x' },
      ]),
    ).toEqual([
      { text: 'a', keys: [] },
      { text: 'bcde', keys: ['x'] },
      { text: 'f', keys: [] },
    ]);
  });

  it('keeps adjacent quotes of different keys apart', () => {
    expect(
      splitByQuotes('abcd', [
        { quote: 'ab', key: 'x' },
        { quote: 'cd', key: 'y' },
      ]),
    ).toEqual([
      { text: 'ab', keys: ['x'] },
      { text: 'cd', keys: ['y'] },
    ]);
  });

  it('lists a key once when two of its quotes cover the same run', () => {
    expect(
      splitByQuotes('abc', [
        { quote: 'abc', key: 'x' },
        { quote: 'b', key: 'x' },
      ]),
    ).toEqual([{ text: 'abc', keys: ['x'] }]);
  });

  it('returns the text as one plain run without quotes, and nothing for no text', () => {
    expect(splitByQuotes('abc', [])).toEqual([{ text: 'abc', keys: [] }]);
    expect(splitByQuotes('abc', [{ quote: '', key: 'x' }])).toEqual([{ text: 'abc', keys: [] }]);
    expect(splitByQuotes('', [{ quote: 'a', key: 'x' }])).toEqual([]);
  });
});
