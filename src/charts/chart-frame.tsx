import { useId, type ReactElement, type ReactNode } from 'react';
import type { ChartType } from '../domain/model';

export interface ChartFrameProps {
  type: ChartType;
  /** The chart's accessible name, e.g. the indicator title. */
  name: string;
  /** One sentence that says what the chart shows, read by screen readers and shown below. */
  summary: string;
  children: ReactNode;
  legend?: ReactNode;
}

/** Wraps a chart with its accessible name, text summary and legend. */
export function ChartFrame({
  type,
  name,
  summary,
  children,
  legend,
}: ChartFrameProps): ReactElement {
  const summaryId = useId();
  return (
    <figure className="chart" data-chart={type}>
      <div role="img" aria-label={name} aria-describedby={summaryId} className="chart-canvas">
        {children}
      </div>
      {legend}
      <figcaption id={summaryId} className="chart-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
