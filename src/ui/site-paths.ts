import { createContext, useContext } from 'react';
import { DEFAULT_LANGUAGE, pathInLanguage, type Language } from '../domain/language';
import { useHydrated } from './use-hydrated';

/**
 * Where the site lives and in which language a page is read. Page links made with the router
 * keep the page's own form (with or without a language prefix); files (data, images,
 * scripts) have one address for every language; shared links always name their language.
 */
export interface SitePaths {
  /** The site's base path without a trailing slash: "" at the root, "/kz-indicators". */
  basePath: string;
  language: Language;
}

export const SitePathsContext = createContext<SitePaths>({
  basePath: '',
  language: DEFAULT_LANGUAGE,
});

export function useSitePaths(): SitePaths {
  return useContext(SitePathsContext);
}

/** A file of the site ("/data/events.csv"), the same in every language. */
export function useAssetHref(path: string): string {
  return `${useSitePaths().basePath}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A file of the data folder by its path there ("indicators/x.csv"): under the site's base
 * path, so the links work when the site is hosted under a sub-path and in the build's
 * prerendering; one address in every language, like every file.
 */
export function useDataHref(): (path: string) => string {
  const root = useAssetHref('/data/');
  return (path) => `${root}${path}`;
}

/**
 * A page's address for sharing, with the language always named ("/en/indicators/x"), so that
 * a link sent in English opens in English whatever the recipient's browser prefers.
 */
export function useShareHref(path: string): string {
  const { basePath, language } = useSitePaths();
  return `${basePath}${pathInLanguage(language, path)}`;
}

/**
 * The same shareable address, absolute once in the browser; a prerendered page, which knows
 * no origin, shows the path.
 */
export function useShareUrl(path: string): string {
  const href = useShareHref(path);
  return useHydrated() ? new URL(href, window.location.origin).href : href;
}

/** The same page in another language, for the language switcher. */
export function languageHref(basePath: string, language: Language, path: string): string {
  return `${basePath}${pathInLanguage(language, path)}`;
}
