import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssRules, splitArguments, type CssRule } from '../../support/css-rules';

const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/app/styles.css'), 'utf8');

/** Every style rule's selectors, at any depth of at-rules (@media, @supports, @layer). */
function selectors(rules: CssRule[]): string[] {
  return rules.flatMap((rule) => {
    if (rule.prelude.startsWith('@keyframes') || rule.prelude.startsWith('@page')) return [];
    if (rule.prelude.startsWith('@')) return selectors(cssRules(rule.body));
    return splitArguments(rule.prelude).map((selector) => selector.trim());
  });
}

/** The selector's last compound: what it matches, whatever its ancestors. */
const lastCompound = (selector: string): string =>
  selector
    .split(/\s*[\s>+~]\s*/)
    .filter(Boolean)
    .at(-1) ?? '';

describe('the stylesheet', () => {
  const all = selectors(cssRules(css));

  it('is read whole: its rules, including those inside at-rules', () => {
    expect(all).toContain('.series-toggle input:checked::before');
    expect(all.length).toBeGreaterThan(100);
  });

  it('gives no ::before or ::after to every element, which costs two styles per element', () => {
    const everyElement = /^\*?::?(before|after)$/;
    expect(all.filter((selector) => everyElement.test(lastCompound(selector)))).toEqual([]);
  });
});
