import { useLocation } from 'react-router';
import { useHydrated } from '../../ui/use-hydrated';

/**
 * The id the URL's hash points at ("p48"), or "" while hydrating a prerendered page (the
 * server never sees the hash, so using it then would change the markup React hydrates).
 * CSS :target does the same job for browser navigations, but the router's client-side
 * navigations do not update :target, so the page marks the target itself.
 */
export function useHashTarget(): string {
  const { hash } = useLocation();
  const hydrated = useHydrated();
  return hydrated ? hash.slice(1) : '';
}
