import type { ReactElement } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesMeta } from '../../domain/model';
import type { Locale } from '../../domain/translate';
import { formatNumber } from '../../domain/format/number';
import { formatObservationValue } from '../../domain/format/value';
import { Marker } from '../marker';
import { valueAxis } from '../nice-domain';
import { coordinate, type PointProps } from '../point-props';
import { ObservationTooltip } from '../observation-tooltip';
import { LIGHT_PALETTE, markClass, seriesStyle } from '../series-style';
import type { TrendRow } from './to-trend-rows';

export interface TrendChartProps {
  rows: TrendRow[];
  /** The visible series, each with its position in the indicator's chart spec (for its style). */
  series: { meta: SeriesMeta; index: number }[];
  width: number;
  height: number;
  locale: Locale;
}

/** Beyond this many years, the axis picks its own ticks. */
const MAX_YEAR_TICKS = 20;
/** Beyond this many points, value labels would overlap; the tooltip and table give values. */
const MAX_LABELLED_POINTS = 24;

/** Yearly lines with a marker on every point and, for short series, a value label. */
export function TrendChart({ rows, series, width, height, locale }: TrendChartProps): ReactElement {
  const years = rows.map((row) => row.year);
  const axis = valueAxis(Math.max(0, ...rows.flatMap((row) => Object.values(row.values))));
  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      {/* Colours here are the light theme's; styles.css restyles grid, axes and slots by theme. */}
      <CartesianGrid vertical={false} stroke={LIGHT_PALETTE.grid} />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        ticks={years.length <= MAX_YEAR_TICKS ? years : undefined}
        padding={{ left: 28, right: 28 }}
        tickFormatter={String}
        stroke={LIGHT_PALETTE.axis}
      />
      <YAxis
        width={52}
        tickFormatter={(value: number) => formatNumber(value, locale.language)}
        stroke={LIGHT_PALETTE.axis}
        domain={axis.domain}
        ticks={axis.ticks}
        // Every tick given, as at build time (where text measures nothing and none is
        // dropped), so the interactive chart's labels are the prerendered chart's.
        interval={0}
      />
      <Tooltip
        content={({ active, payload }) => {
          const row = payload?.[0]?.payload as TrendRow | undefined;
          if (!active || !row) return null;
          const entries = series.flatMap(({ meta }) => {
            const observation = row.observations[meta.id];
            return observation ? [{ label: meta.label, observation }] : [];
          });
          return <ObservationTooltip entries={entries} locale={locale} />;
        }}
      />
      {series.map(({ meta, index }) => {
        const style = seriesStyle(index);
        return (
          <Line
            key={meta.id}
            name={meta.label}
            dataKey={(row: TrendRow) => row.values[meta.id]}
            stroke={style.color}
            className={markClass('chart-line', style.slot)}
            strokeWidth={2}
            strokeDasharray={style.dash}
            isAnimationActive={false}
            connectNulls
            dot={({ cx: rawX, cy: rawY, index: pointIndex }: PointProps) => {
              const cx = coordinate(rawX);
              const cy = coordinate(rawY);
              return cx === undefined ||
                cy === undefined ||
                rows[pointIndex ?? -1]?.values[meta.id] === undefined ? (
                <g key={`${meta.id}-${pointIndex}`} />
              ) : (
                <Marker
                  key={`${meta.id}-${pointIndex}`}
                  shape={style.marker}
                  cx={cx}
                  cy={cy}
                  color={style.color}
                  dataMark="point"
                />
              );
            }}
            activeDot={false}
            label={
              rows.length > MAX_LABELLED_POINTS
                ? false
                : (props: PointProps) => {
                    const x = coordinate(props.x);
                    const y = coordinate(props.y);
                    const pointIndex = props.index;
                    const observation = rows[pointIndex ?? -1]?.observations[meta.id];
                    if (x === undefined || y === undefined || !observation)
                      return <g key={`${meta.id}-label-${pointIndex}`} />;
                    return (
                      <text
                        key={`${meta.id}-label-${pointIndex}`}
                        x={x}
                        y={rows[pointIndex ?? -1]?.labelBelow[meta.id] ? y + 20 : y - 10}
                        textAnchor="middle"
                        fontSize={12}
                        fill={LIGHT_PALETTE.label}
                        stroke={LIGHT_PALETTE.surface}
                        strokeWidth={3}
                        paintOrder="stroke"
                        className="chart-label chart-halo"
                      >
                        {formatObservationValue(observation, locale)}
                      </text>
                    );
                  }
            }
          />
        );
      })}
    </LineChart>
  );
}
