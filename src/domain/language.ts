/** The interface languages, English first: the report's language and the fallback. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself, as a reader looks for it in a switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export interface PathLanguage {
  /** The language the path names, or undefined for a path without a language prefix. */
  language: Language | undefined;
  /** The path without its language prefix, always starting with "/". */
  rest: string;
}

/**
 * Reads the language prefix of a path relative to the site's base: "/ru/checks" → ru,
 * "/checks"; "/checks" → no language. Only a whole first segment counts ("/russia" has none).
 */
export function languageFromPath(path: string): PathLanguage {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(path);
  if (match && isLanguage(match[1])) return { language: match[1], rest: match[2] || '/' };
  return { language: undefined, rest: path.startsWith('/') ? path : `/${path}` };
}

/** A path (relative to the site's base, without language) in a language: "/ru/checks". */
export function pathInLanguage(language: Language, rest: string): string {
  const path = rest.startsWith('/') ? rest : `/${rest}`;
  return `/${language}${path === '/' ? '/' : path}`;
}

/**
 * The first of the reader's preferred languages (navigator.languages, most preferred first)
 * that the dashboard speaks, by primary subtag ("ru-RU" → ru); English when none matches.
 */
export function negotiateLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
