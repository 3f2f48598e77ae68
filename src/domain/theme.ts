/**
 * The colour theme an embed is asked for: `?theme=light` or `?theme=dark` forces one, so an
 * embedding page can match its own; anything else (or nothing) leaves the reader's
 * prefers-color-scheme in charge.
 */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The forced theme in a query string, or null to follow the reader's setting. Never throws. */
export function parseTheme(search: string): Theme | null {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get('theme');
  } catch {
    return null;
  }
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : null;
}
