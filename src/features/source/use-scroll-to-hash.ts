import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element the URL's hash names ("#p48") into view and gives it focus, once the
 * page is `ready` (its content rendered). The router changes the URL without a browser
 * navigation, so the browser neither scrolls to the hash on a client-side link nor finds
 * the element while the text is still loading. Focus follows, so that keyboard and screen
 * reader users continue from the paragraph rather than from the top of the page.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(hash.slice(1));
    if (!target) return;
    // jsdom (tests, the build's prerendering) does not implement scrolling.
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    // `key` too: following the same link again scrolls again.
  }, [hash, key, ready]);
}
