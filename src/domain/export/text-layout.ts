/**
 * Line breaking for text in exported images. The images are composed without a DOM (in the
 * browser and at build time alike), so widths are estimated from Noto Sans' advance widths,
 * grouped by character class and rounded up: a line may end a little short, never overflow.
 */

// Advance widths in em, from Noto Sans Regular, rounded up per class.
const NARROW = new Set("il.,:;'|!ijtfr()[]·“”‘’ ");
const WIDE = new Set('mwMW@%—');

function charWidth(char: string): number {
  if (char === ' ') return 0.26;
  if (NARROW.has(char)) return 0.32;
  if (WIDE.has(char)) return 0.9;
  if (/[0-9]/.test(char)) return 0.58;
  if (/\p{Lu}/u.test(char)) return 0.68;
  return 0.58;
}

/** The estimated width in pixels of `text` set in Noto Sans at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * (bold ? 1.06 : 1);
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces; a word longer than a line
 * keeps a line of its own. With `maxLines`, the last line kept ends with "…".
 *
 * @example wrapText('Deaths in custody by cause', 14, 120) // ['Deaths in custody', 'by cause']
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  { bold = false, maxLines = Infinity }: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  for (const word of words) {
    const current = lines.at(-1);
    const candidate = current === undefined ? word : `${current} ${word}`;
    if (current !== undefined && estimateTextWidth(candidate, fontSize, bold) <= maxWidth) {
      lines[lines.length - 1] = candidate;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (estimateTextWidth(last, fontSize, bold) > maxWidth && last.includes(' ')) {
    last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  }
  kept[maxLines - 1] = last;
  return kept;
}
