import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { IndicatorEntry } from '../../data/catalogue-index';
import type { Indicator } from '../../domain/model';
import { catalogueQueryOptions, indicatorQueryOptions } from './queries';

export interface FailedIndicator {
  entry: IndicatorEntry;
  error: unknown;
  retry: () => void;
}

export interface FigureSources {
  /** The indicators loaded so far, in the catalogue's order. */
  indicators: Indicator[];
  /** Indicators whose files failed to load or validate, each with its own retry. */
  failed: FailedIndicator[];
  /** The catalogue's error, if the list of indicators itself failed. */
  catalogueError: unknown;
  retryCatalogue: () => void;
  /** True until the catalogue and every indicator have loaded or failed. */
  pending: boolean;
}

interface Combined {
  indicators: Indicator[];
  failed: FailedIndicator[];
  pending: boolean;
}

/**
 * Every indicator of the catalogue, for the figures they cite. Uses the indicator pages'
 * query keys, so data already loaded there (or on the home page) is not fetched again.
 */
export function useFigureSources(): FigureSources {
  const catalogue = useQuery(catalogueQueryOptions());
  const entries = catalogue.data?.indicators;
  // Stable while the catalogue is, so TanStack Query re-runs it only when a result changes
  // and the page's derived citations keep their identity between renders.
  const combine = useCallback(
    (results: UseQueryResult<Indicator>[]): Combined => ({
      indicators: results.flatMap((result) => (result.data ? [result.data] : [])),
      failed: results.flatMap((result, index) => {
        const entry = entries?.[index];
        return result.isError && entry
          ? [{ entry, error: result.error, retry: () => void result.refetch() }]
          : [];
      }),
      pending: results.some((result) => result.isPending),
    }),
    [entries],
  );
  const figures = useQueries({
    queries: (entries ?? []).map((entry) => indicatorQueryOptions(entry.id)),
    combine,
  });
  return {
    indicators: figures.indicators,
    failed: figures.failed,
    catalogueError: catalogue.error,
    retryCatalogue: () => void catalogue.refetch(),
    pending: catalogue.isPending || figures.pending,
  };
}
