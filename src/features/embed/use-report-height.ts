import { useEffect } from 'react';
import { embedHeightMessage } from '../../domain/embed-message';

/**
 * Tells the embedding page this document's height whenever it changes, so its iframe fits
 * the chart at any width. Only inside a frame; the message holds the type, id and height.
 */
export function useReportHeight(id: string): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const report = (): void => {
      // Any origin may embed the chart; the message carries nothing but its height.
      window.parent.postMessage(embedHeightMessage(id, root.scrollHeight), '*');
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(root);
    return () => observer.disconnect();
  }, [id]);
}
