import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import {
  defaultViewState,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from '../../domain/view-state';
import { useHydrated } from '../../ui/use-hydrated';

/**
 * The indicator page's view (series shown, chart or table), restored from the URL and kept
 * in it, so a copied link reopens the same view. The prerendered page knows no query string,
 * so the URL is read only once hydrated (no mismatch); changes are written with
 * history.replaceState, outside the router, so a toggle re-renders nothing but the view.
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
  const [changed, setChanged] = useState<ViewState | null>(null);
  const update = useCallback(
    (next: ViewState) => {
      setChanged(next);
      const { pathname, hash } = window.location;
      const url = `${pathname}${serialiseViewState(next, chartSeries)}${hash}`;
      window.history.replaceState(window.history.state, '', url);
    },
    [chartSeries],
  );
  return [changed ?? fromUrl, update];
}
