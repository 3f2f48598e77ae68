import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * A link followed inside the site changes the page without a browser navigation, so the
 * browser neither scrolls to the top nor moves focus: a reader who chose a card far down the
 * home page would arrive half-way down the indicator page, and a screen reader would stay on
 * a link that is gone. On each new page reached by a link, this scrolls to the top and moves
 * focus to the main content (which names the page by its heading). Not on Back and Forward,
 * where the browser restores the reader's place, nor for an address with a #fragment, which
 * the page scrolls to itself (useScrollToHash).
 */
export function useNewPageFocus(main: RefObject<HTMLElement | null>): void {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  // The page already handled: the first render's, and again when an effect re-runs.
  const handled = useRef(pathname);
  useEffect(() => {
    if (handled.current === pathname) return;
    handled.current = pathname;
    if (navigationType === 'POP' || hash.length > 1) return;
    window.scrollTo({ top: 0 });
    main.current?.focus({ preventScroll: true });
  }, [pathname, hash, navigationType, main]);
}
