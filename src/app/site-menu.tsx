import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { useLocation } from 'react-router';

const MENU_ID = 'site-menu';
/** Where styles.css folds the menu behind its button. */
const FOLDED_QUERY = '(max-width: 600px)';

/**
 * The site's navigation and languages: in the header's row on a wide screen, and behind a
 * Menu button on a phone, where they would otherwise take three rows above every chart.
 * The button opens the menu as a popover, which the browser runs without our script: it
 * works before the app has loaded and without JavaScript, closes on Escape or a tap
 * outside, and tells screen readers whether it is expanded. The stylesheet shows the
 * button only on narrow screens of browsers that have popovers; elsewhere the menu is an
 * ordinary part of the header.
 */
export function SiteMenu({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}): ReactElement {
  const menu = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();
  // A link in the menu opens its page inside the app, where no page load closes the menu.
  useEffect(() => {
    const element = menu.current;
    // jsdom and browsers without popovers have no hidePopover; there the menu never opens.
    if (typeof element?.hidePopover === 'function' && element.matches(':popover-open')) {
      element.hidePopover();
    }
  }, [pathname]);
  // A menu left open when the screen widens (a phone turned sideways) would float over the
  // page, away from the header row that now shows the same links: close it.
  useEffect(() => {
    const element = menu.current;
    if (typeof element?.hidePopover !== 'function') return undefined;
    const folded = window.matchMedia(FOLDED_QUERY);
    const closeWhenUnfolded = (): void => {
      if (!folded.matches && element.matches(':popover-open')) element.hidePopover();
    };
    folded.addEventListener('change', closeWhenUnfolded);
    return () => folded.removeEventListener('change', closeWhenUnfolded);
  }, []);
  return (
    <>
      <button type="button" className="menu-button" popoverTarget={MENU_ID}>
        {label}
      </button>
      <div ref={menu} id={MENU_ID} className="site-menu" popover="auto">
        {children}
      </div>
    </>
  );
}
