import { useSyncExternalStore } from 'react';

/*
 * An indicator page keeps its view (series shown, chart or table) in the address with
 * history.replaceState, outside the router, so that a toggle re-renders only the view
 * (README, Performance: Interactions). The router's location then lags behind the address;
 * whatever links to "this page as it is now" (the language switcher) reads the address here.
 */

const listeners = new Set<() => void>();

/** Replaces the address's query string, keeping its path and hash, and tells the readers. */
export function replaceAddressQuery(search: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Back, forward and in-page links change the address too.
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

const currentView = (): string => `${window.location.search}${window.location.hash}`;
// A prerendered page was built for its path alone: "" until hydrated, so that hydration
// sees the very attributes the build wrote.
const prerenderedView = (): string => '';

/** The address's query string and hash as they are now ("?series=a&view=table#sources"). */
export function useAddressView(): string {
  return useSyncExternalStore(subscribe, currentView, prerenderedView);
}
