import {
  createContext,
  Suspense,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { whenVisibleAndIdle } from './when-visible-and-idle';

/**
 * Prerendered chart markup by chart key. Recharts draws no SVG under react-dom/server, so the
 * build draws each chart in a DOM and the page carries the markup; on the client the map is
 * read back from the page before hydration.
 */
export const StaticChartsContext = createContext<ReadonlyMap<string, string>>(new Map());

export interface ChartSlotProps {
  /** Identifies the chart and its state (indicator, visible series); static markup is per key. */
  chartKey: string;
  /** Space kept while an interactive chart without static markup loads. */
  placeholderHeight: number;
  /** The interactive chart, typically lazy-loaded with Recharts. */
  children: ReactNode;
}

/**
 * Shows the prerendered markup of a chart until it is visible and the page is idle, then the
 * interactive chart in the same space. The markup is the page's own server-rendered DOM read
 * back before hydration (never a data string), and it is given to React unchanged, so
 * hydration matches exactly.
 */
export function ChartSlot({ chartKey, placeholderHeight, children }: ChartSlotProps): ReactElement {
  const staticHtml = useContext(StaticChartsContext).get(chartKey);
  const [activated, setActivated] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const live = activated || staticHtml === undefined;
  useEffect(
    () => (live ? undefined : whenVisibleAndIdle(ref.current, () => setActivated(true))),
    [live],
  );
  const staticLayer =
    staticHtml === undefined ? (
      <div className="chart-placeholder" style={{ height: placeholderHeight }} />
    ) : (
      // The page's own build-time chart SVG, read back from its DOM before hydration (never a
      // data string), given back unchanged so that hydration matches. The page's CSP hashes
      // every style attribute in it.
      // eslint-disable-next-line no-restricted-syntax
      <div className="chart-static" dangerouslySetInnerHTML={{ __html: staticHtml }} />
    );
  return (
    <div ref={ref} className="chart-slot" data-chart-key={chartKey}>
      {live ? <Suspense fallback={staticLayer}>{children}</Suspense> : staticLayer}
    </div>
  );
}

/** Reads the prerendered chart markup out of the page, keyed like the slots that hold it. */
export function collectStaticCharts(root: ParentNode): Map<string, string> {
  const charts = new Map<string, string>();
  root.querySelectorAll<HTMLElement>('[data-chart-key] > .chart-static').forEach((layer) => {
    const key = layer.parentElement?.dataset.chartKey;
    if (key !== undefined) charts.set(key, layer.innerHTML);
  });
  return charts;
}
