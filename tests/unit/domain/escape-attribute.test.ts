import { describe, expect, it } from 'vitest';
import { escapeAttribute } from '../../../src/domain/escape-attribute';

describe(escapeAttribute, () => {
  it('escapes what could end an attribute of either quote or open a tag or entity', () => {
    expect(escapeAttribute(`a & b < c > d "e" 'f'`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;',
    );
  });

  it('round-trips through an HTML parser, in both quotings', () => {
    const text = `"><img src=x onerror=alert(1)> &amp; '`;
    for (const quote of ['"', "'"]) {
      const doc = new DOMParser().parseFromString(
        `<p title=${quote}${escapeAttribute(text)}${quote}>${escapeAttribute(text)}</p>`,
        'text/html',
      );
      expect(doc.querySelector('img')).toBeNull();
      expect(doc.querySelector('p')?.getAttribute('title')).toBe(text);
      expect(doc.querySelector('p')?.textContent).toBe(text);
    }
  });
});
