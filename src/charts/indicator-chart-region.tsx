import type { ReactElement } from 'react';
import { RegionBoundary } from '../ui/region-boundary';
import { IndicatorChart, type IndicatorChartProps } from './indicator-chart';
import { retryFailedLoads } from '../ui/retryable-lazy';

/**
 * The indicator's chart in its own error region: a chart that throws (or whose code fails
 * to load) says so in place with "Try again", which loads the code again; another choice of
 * series clears the error. Used by the indicator page and the embed alike.
 */
export function IndicatorChartRegion(props: IndicatorChartProps): ReactElement {
  return (
    <RegionBoundary
      title={props.locale.t('charts:chart.region')}
      resetKeys={[props.visibleSeries]}
      onReset={retryFailedLoads}
    >
      <IndicatorChart {...props} />
    </RegionBoundary>
  );
}
