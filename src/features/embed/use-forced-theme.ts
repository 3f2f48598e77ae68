import { useEffect } from 'react';
import { parseTheme } from '../../domain/theme';

/**
 * Applies `?theme=light|dark` to the document (`data-theme` on <html>, which styles.css
 * reads); without one the reader's prefers-color-scheme applies. In an effect, so only once
 * hydrated: the prerendered embed has no query string, and a forced theme may briefly show
 * the reader's own first. Nothing else sets the attribute, so leaving removes it.
 */
export function useForcedTheme(search: string): void {
  const theme = parseTheme(search);
  useEffect(() => {
    if (theme === null) return undefined;
    const root = document.documentElement;
    root.setAttribute('data-theme', theme);
    return () => root.removeAttribute('data-theme');
  }, [theme]);
}
