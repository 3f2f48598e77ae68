import { useEffect } from 'react';
import { parseTheme } from '../../domain/theme';

/**
 * Applies `?theme=light|dark` to the document (`data-theme` on <html>, which styles.css
 * reads); without one the reader's prefers-color-scheme applies. A prerendered embed, which
 * cannot know its query string, has set it from its head before the first paint (and the
 * app's entry, main.tsx, where the page is not prerendered); this keeps it in step with the
 * address and removes it when the embed goes.
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
