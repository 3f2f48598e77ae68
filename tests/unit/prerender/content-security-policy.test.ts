import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../../scripts/prerender/content-security-policy';

// SHA-256 of the empty string and of "a{}", in base64, as `openssl dgst -sha256 -binary | base64` gives them.
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const A_RULE = "'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='";

const page = (head: string, body: string): string =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body>${body}</body></html>`;

const directive = (policy: string, name: string): string | undefined =>
  policy.split('; ').find((part) => part.startsWith(`${name} `));

describe(contentSecurityPolicy, () => {
  it('allows scripts from the site only and hashes each inline style element', () => {
    const policy = contentSecurityPolicy(page('<style>a{}</style>', ''));
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${A_RULE}`);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('frame-ancestors');
  });

  it('hashes each distinct style attribute once, as the browser decodes it', () => {
    const policy = contentSecurityPolicy(
      page('', '<div style=""></div><p style=""></p><i style="a&amp;b"></i>'),
    );
    const attr = directive(policy, 'style-src-attr') ?? '';
    expect(attr.startsWith("style-src-attr 'unsafe-hashes' ")).toBe(true);
    expect(attr.split(' ').filter((token) => token === EMPTY)).toHaveLength(1);
    expect(attr.split(' ')).toHaveLength(4);
  });

  it('forbids style attributes altogether on a page that has none', () => {
    expect(directive(contentSecurityPolicy(page('', '<p>x</p>')), 'style-src-attr')).toBe(
      "style-src-attr 'none'",
    );
  });

  it('accepts the JSON data block and script files, and refuses an inline script', () => {
    const ok = page(
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<script type="application/json" id="query-state">{}</script>',
    );
    expect(() => contentSecurityPolicy(ok)).not.toThrow();
    expect(() => contentSecurityPolicy(page('', '<script>alert(1)</script>'))).toThrow(
      /inline script \("alert\(1\)"\)/,
    );
  });

  it('hashes the inline scripts the build allows, and still refuses any other', () => {
    // SHA-256 of "a()", computed here as the browser computes it.
    const hash = `'sha256-${createHash('sha256').update('a()').digest('base64')}'`;
    const allowed = page('<script>a()</script>', '');
    expect(directive(contentSecurityPolicy(allowed, ['a()']), 'script-src')).toBe(
      `script-src 'self' ${hash}`,
    );
    expect(() =>
      contentSecurityPolicy(page('<script>a()</script>', '<script>b()</script>'), ['a()']),
    ).toThrow(/inline script \("b\(\)"\)/);
    expect(() => contentSecurityPolicy(allowed)).toThrow(/inline script/);
  });
});

describe(withContentSecurityPolicy, () => {
  it('puts the policy right after the charset, before any other element', () => {
    const html = withContentSecurityPolicy(page('<link rel="icon" href="data:," />', ''));
    const head = html.slice(html.indexOf('<head>') + 6);
    expect(head).toMatch(
      /^<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /,
    );
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});
