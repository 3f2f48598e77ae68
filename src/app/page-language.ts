import { languageFromPath, DEFAULT_LANGUAGE, type Language } from '../domain/language';

export interface PageLanguage {
  language: Language;
  /** Whether the address names the language ("/ru/checks") or leaves it to the reader. */
  prefixed: boolean;
  /** The router's basename: the base path, plus the prefix when there is one. */
  basename: string;
  /** The path relative to the basename, as the routes see it. */
  routePath: string;
}

/** The language a page address is read in, from a pathname that includes the base path. */
export function pageLanguage(pathname: string, basePath: string): PageLanguage {
  const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname;
  const { language, rest } = languageFromPath(relative || '/');
  return {
    language: language ?? DEFAULT_LANGUAGE,
    prefixed: language !== undefined,
    basename: language === undefined ? basePath : `${basePath}/${language}`,
    routePath: rest,
  };
}
