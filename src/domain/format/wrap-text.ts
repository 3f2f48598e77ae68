/**
 * Breaks a label into lines of at most `maxChars` characters at spaces, filling each line
 * before starting the next. A word longer than a line keeps a line to itself rather than
 * being cut: a label is read, not hyphenated. SVG text does not wrap, so charts that put
 * long labels into narrow drawings break them here.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
