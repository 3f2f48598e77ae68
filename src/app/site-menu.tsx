import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { useLocation } from 'react-router';

const MENU_ID = 'site-menu';

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
