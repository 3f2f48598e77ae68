import type { ReactElement } from 'react';
import type { ChartType } from '../domain/model';
import { MarkerSwatch, SwatchFrame } from './marker';
import { markClass, seriesStyle } from './series-style';

/**
 * The swatch beside a series' toggle, drawn as the chart draws that series: a bar chart's
 * filled bar; a trend line with its dash and marker; a target chart's reported values,
 * a solid line with markers (the dash there means the projection).
 */
export function SeriesSwatch({
  chartType,
  index,
}: {
  chartType: ChartType;
  /** The series' position in the indicator's chart spec, which picks its style. */
  index: number;
}): ReactElement {
  const style = seriesStyle(index);
  switch (chartType) {
    case 'bars':
      return (
        <SwatchFrame>
          <rect
            x="4"
            y="2"
            width="20"
            height="10"
            fill={style.color}
            className={markClass('chart-fill', style.slot)}
          />
        </SwatchFrame>
      );
    case 'target':
      return <MarkerSwatch shape={style.marker} color={style.color} />;
    case 'trend':
      return <MarkerSwatch shape={style.marker} color={style.color} dash={style.dash} />;
  }
}
