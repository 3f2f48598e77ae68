import { useEffect } from 'react';
import { parseTheme } from '../../domain/theme';

/**
 * Applies `?theme=light|dark` to the document (`data-theme` on <html>, which styles.css
 * reads); without one the reader's prefers-color-scheme applies. The app's entry (main.tsx)
 * already set it before the app loaded, so that a prerendered embed, which cannot know its
 * query string, shows the forced theme as soon as the entry runs; this keeps it in step with
 * the address and removes it when the embed goes.
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
