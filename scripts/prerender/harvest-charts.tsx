import type { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { PageAtUrl, type PageRenderOptions } from '../../src/app/server-render';
import { InitialWidthContext } from '../../src/ui/use-element-width';

const TIMEOUT_MS = 20_000;

function chartsDrawn(container: HTMLElement, queryClient: QueryClient): boolean {
  // Rendered (every page has a heading), data loaded, no region still loading.
  if (!container.querySelector('h1, .embed-missing') || queryClient.isFetching() > 0) return false;
  if (container.querySelector('[role="status"], [aria-busy="true"]')) return false;
  const slots = [...container.querySelectorAll('[data-chart-key]')];
  return slots.every(
    (slot) => slot.querySelector('svg') && !slot.querySelector('.chart-placeholder'),
  );
}

/**
 * Renders a page in the DOM at a given chart width, waits until its charts are drawn, and
 * returns each chart slot's markup by chart key.
 */
export async function harvestCharts(
  page: Omit<PageRenderOptions, 'staticCharts'>,
  width: number,
): Promise<Map<string, string>> {
  const { url, queryClient } = page;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <InitialWidthContext.Provider value={width}>
      <PageAtUrl {...page} />
    </InitialWidthContext.Provider>,
  );
  const started = Date.now();
  while (!chartsDrawn(container, queryClient)) {
    if (Date.now() - started > TIMEOUT_MS)
      throw new Error(`charts of ${url} were not drawn within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // One more turn for Recharts' last layout pass.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const charts = new Map<string, string>();
  container.querySelectorAll<HTMLElement>('[data-chart-key]').forEach((slot) => {
    if (slot.dataset.chartKey) charts.set(slot.dataset.chartKey, slot.innerHTML);
  });
  root.unmount();
  container.remove();
  return charts;
}
