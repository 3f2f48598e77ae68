/**
 * Just enough of a CSS reader for tests of the app's own stylesheet: rules with their
 * prelude (selector or at-rule) and body, nested rules inside at-rules, and declarations.
 */
export interface CssRule {
  prelude: string;
  /** The text between the braces. */
  body: string;
}

/** The rules at the top level of `css` (comments removed); an at-rule's body holds its own. */
export function cssRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  let depth = 0;
  let start = 0;
  let bodyStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '{') {
      if (depth === 0) bodyStart = i + 1;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        rules.push({
          prelude: text.slice(start, bodyStart - 1).trim(),
          body: text.slice(bodyStart, i),
        });
        start = i + 1;
      }
    } else if (char === ';' && depth === 0) {
      // A statement at-rule such as @import: no body.
      start = i + 1;
    }
  }
  if (depth !== 0) throw new Error('unbalanced braces in the stylesheet');
  return rules;
}

/** The declarations of a rule body, by property, in order (a later one wins). */
export function declarations(body: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    result.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return result;
}

/** Splits on commas outside parentheses: the arguments of a CSS function. */
export function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth -= 1;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
