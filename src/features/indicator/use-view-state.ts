import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import {
  canonicalViewQuery,
  defaultViewState,
  parseViewState,
  withViewState,
  type ViewState,
} from '../../domain/view-state';
import { replaceAddressQuery } from '../../ui/address-view';
import { useHydrated } from '../../ui/use-hydrated';

/**
 * The indicator page's view (series shown, chart or table), restored from the URL and kept
 * in it, so a copied link reopens the same view. The prerendered page knows no query string,
 * so the URL is read only once hydrated (no mismatch); changes are written with
 * history.replaceState, outside the router, so a toggle re-renders nothing but the view.
 * What the page ignores in an address (an unknown series or view) is taken out of it once
 * hydrated, so that copying the address does not pass it on.
 */
export function useViewState(
  chartSeries: readonly string[],
): [ViewState, (next: ViewState) => void] {
  const hydrated = useHydrated();
  const { search } = useLocation();
  const fromUrl = useMemo(
    () => (hydrated ? parseViewState(search, chartSeries) : defaultViewState(chartSeries)),
    [hydrated, search, chartSeries],
  );
  useEffect(() => {
    if (!hydrated) return;
    const canonical = canonicalViewQuery(window.location.search, chartSeries);
    if (canonical !== window.location.search) replaceAddressQuery(canonical);
  }, [hydrated, search, chartSeries]);
  const [changed, setChanged] = useState<ViewState | null>(null);
  const update = useCallback(
    (next: ViewState) => {
      setChanged(next);
      replaceAddressQuery(withViewState(window.location.search, next, chartSeries));
    },
    [chartSeries],
  );
  return [changed ?? fromUrl, update];
}
