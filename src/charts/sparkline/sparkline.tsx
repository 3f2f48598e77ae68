import type { ReactElement } from 'react';
import { Line, LineChart, YAxis } from 'recharts';
import type { Observation } from '../../domain/model';
import { markClass, seriesStyle } from '../series-style';

export interface SparklineProps {
  observations: Observation[];
  width?: number;
  height?: number;
}

/** A small trend line of one series; decorative, since the card states the figures in text. */
export function Sparkline({
  observations,
  width = 120,
  height = 36,
}: SparklineProps): ReactElement | null {
  if (observations.length < 2) return null;
  const rows = observations.map((o) => ({ year: o.period.end, value: o.value }));
  const style = seriesStyle(0);
  return (
    <div aria-hidden="true" className="sparkline">
      <LineChart
        width={width}
        height={height}
        data={rows}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line
          dataKey="value"
          stroke={style.color}
          className={markClass('chart-line', style.slot)}
          strokeWidth={2}
          // Recharts' dot is hollow (white fill); the classes let dark mode fill it with the surface.
          dot={{ r: 2, className: markClass('chart-marker chart-marker-hollow', style.slot) }}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}

export default Sparkline;
