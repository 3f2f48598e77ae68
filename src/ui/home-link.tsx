import type { MouseEvent, ReactElement, ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/**
 * A link to the home page under its own address, which ends in a slash ("/kk/",
 * "/kz-indicators/"): the build writes it as `<folder>/index.html`. React Router writes the
 * root of a basename without the slash ("/kk"), which GitHub Pages answers with a redirect
 * and a host without one with "not found": before the app has taken over, with JavaScript
 * off, and for a link opened in a new tab, copied, or reloaded from the address bar. A click
 * goes through the router, like a Link's, and then gives the address bar the same address.
 */
export function HomeLink({
  className,
  children,
}: {
  className?: string;
  children: ReactNode;
}): ReactElement {
  const routerHref = useHref('/');
  const href = routerHref.endsWith('/') ? routerHref : `${routerHref}/`;
  const navigate = useLinkClickHandler('/');
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    navigate(event);
    // The router has put "/kk" in the address bar: the same entry, with its state, as "/kk/".
    if (href !== routerHref && window.location.pathname === routerHref) {
      window.history.replaceState(window.history.state, '', href);
    }
  };
  return (
    <a href={href} className={className} onClick={handleClick}>
      {children}
    </a>
  );
}
