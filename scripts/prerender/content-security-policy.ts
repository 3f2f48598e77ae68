import { createHash } from 'node:crypto';

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Decodes the entities an HTML serialiser writes in attribute values. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Each inline script of a page, by its text; `<script src>` and the JSON data block excluded. */
const inlineScripts = (html: string): string[] =>
  [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((match) => match[1] ?? '');

/**
 * The Content-Security-Policy of a prerendered page, computed from its final HTML: scripts
 * from the site only, plus the hash of each inline script the build put there on purpose
 * (`allowedInlineScripts`; any other inline script is refused, and the JSON data block is
 * not executed),
 * styles from the site plus the hash of each inline `<style>` element (the build inlines the
 * stylesheet) and of each distinct `style` attribute value in the markup (the prerendered
 * charts' sizes, which React and Recharts write; they may also be re-inserted from the same
 * markup when a chart is redrawn). Images may be data: (the empty favicon) or blob: (chart
 * export draws its SVG through a blob URL). Styles React sets later through the CSSOM are
 * not subject to CSP.
 *
 * `frame-ancestors` cannot be delivered in a meta element (browsers ignore it and log an
 * error), so it is left to the host's headers; embeds are meant to be framed anyway.
 */
export function contentSecurityPolicy(
  html: string,
  allowedInlineScripts: readonly string[] = [],
): string {
  const styleElements = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(
    (match) => match[1] ?? '',
  );
  const styleAttributes = new Set(
    [...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => decodeAttribute(match[1] ?? '')),
  );
  const scripts = new Set(inlineScripts(html));
  const unexpected = [...scripts].find((script) => !allowedInlineScripts.includes(script));
  if (unexpected !== undefined) {
    throw new Error(
      `the page has an inline script (${JSON.stringify(unexpected.slice(0, 60))}): move it to a file (CSP allows none but the build's own)`,
    );
  }
  const attributeHashes = [...styleAttributes].sort().map(sha256);
  return [
    "default-src 'self'",
    `script-src 'self' ${[...scripts].map(sha256).join(' ')}`.trimEnd(),
    `style-src 'self' ${styleElements.map(sha256).join(' ')}`.trimEnd(),
    attributeHashes.length > 0
      ? `style-src-attr 'unsafe-hashes' ${attributeHashes.join(' ')}`
      : "style-src-attr 'none'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element after `<meta charset>`, before any resource. */
export function withContentSecurityPolicy(
  html: string,
  allowedInlineScripts: readonly string[] = [],
): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('the page must declare its charset first');
  const policy = contentSecurityPolicy(html, allowedInlineScripts).replace(/"/g, '&quot;');
  return html.replace(
    charset,
    (meta) => `${meta}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  );
}
