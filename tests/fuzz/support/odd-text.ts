import fc from 'fast-check';

/**
 * Characters that break naive text handling: bidirectional marks, joiners, combining marks,
 * lone surrogates, NUL, a byte-order mark away from the start, line ends of every kind, and
 * the separators PapaParse might take for a delimiter.
 */
export const ODD_CHARACTERS = [
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u200D', // zero-width joiner
  '\u200B', // zero-width space
  '\u0301', // combining acute accent
  'e\u0301\u0327', // stacked combining marks
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u0000', // NUL
  '\uFEFF', // byte-order mark, in the middle of the file
  '\r\n',
  '\r',
  '\n',
  '\u2028', // line separator
  '\u0085', // next line (C1)
  '\t',
  ';',
  '|',
  '\u001E', // record separator, one of PapaParse's guessed delimiters
  '\u001F', // unit separator, likewise
  '"',
  ',',
  '\u00A0', // no-break space
  '\u3000', // ideographic space
  '١٢', // Arabic-Indic digits
  '１２', // full-width digits
  '👩‍⚖️', // emoji joined with ZWJ
  'Ⅻ', // a numeral letter
] as const;

export const oddCharacter = fc.constantFrom(...ODD_CHARACTERS);

/**
 * Any code points, lone surrogates included (like `fc.string({ unit: 'binary' })`, which
 * builds a million-entry reverse map per instance the first time it shrinks).
 */
export const binaryString = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff })), {
      maxLength,
    })
    .map((codes) => String.fromCodePoint(...codes));

/** Any string, odd characters and lone surrogates included. */
export const anyText = fc.oneof(
  binaryString(40),
  fc.string({ unit: oddCharacter, maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.-+eE ,"'), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 20 }),
);

/** Number cells that are not the plain numbers Table Schema's default form allows, and -0. */
export const NUMBER_IMPOSTORS = [
  'NaN',
  '1e309',
  '-1e309',
  '-0',
  '0x10',
  ' 12 ',
  '12 ',
  ' 12',
  '1,000',
  '1 000',
  '12\u00A0',
  'Infinity',
  '-Infinity',
  'INF',
  '1e3',
  '+5',
  '.5',
  '5.',
  '0b11',
  '1_000',
  '١٢',
  '１２',
  '-',
  '',
  '9'.repeat(400), // parses to Infinity
  '12345678901234567890', // an integer beyond 2^53
  '0.0000000000000000000000000000001e-400',
] as const;

/** Bytes decoded as UTF-8 (invalid sequences become U+FFFD) or as ISO-8859-1. */
export const decodedBytes = fc
  .tuple(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('utf-8', 'latin1' as const))
  .map(([bytes, encoding]) =>
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(bytes)
      : Buffer.from(bytes).toString('latin1'),
  );
