import type { ReactElement } from 'react';
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Observation } from '../../domain/model';
import type { Locale } from '../../domain/translate';
import { formatNumber } from '../../domain/format/number';
import { formatPeriod } from '../../domain/format/period';
import { formatObservationValue } from '../../domain/format/value';
import { ObservationTooltip } from '../observation-tooltip';
import { coordinate, type PointProps } from '../point-props';
import { LIGHT_PALETTE, markClass, seriesStyle } from '../series-style';

export interface FigureBar {
  label: string;
  observation: Observation;
  /** Position of the series in the chart spec, for its colour. */
  index: number;
}

export interface FigureBarsProps {
  bars: FigureBar[];
  width: number;
  locale: Locale;
}

/** Each bar gets a band tall enough for its label line above it. */
const BAND_HEIGHT = 64;
const BAR_SIZE = 22;

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  index?: number;
}

/**
 * Horizontal bars comparing single-period figures of one unit. Labels sit above the bars,
 * full width, so they stay readable on a phone; each bar ends with its value.
 */
export function FigureBars({ bars, width, locale }: FigureBarsProps): ReactElement {
  const rows = bars.map((bar) => ({
    name: `${bar.label}, ${formatPeriod(bar.observation.period)}`,
    value: bar.observation.value,
    bar,
  }));
  return (
    <BarChart
      layout="vertical"
      width={width}
      height={rows.length * BAND_HEIGHT + 32}
      data={rows}
      margin={{ top: 16, right: 80, bottom: 0, left: 8 }}
      barSize={BAR_SIZE}
      accessibilityLayer={false}
    >
      {/* Colours here are the light theme's; styles.css restyles axes, cursor and slots by theme. */}
      <XAxis
        type="number"
        tickFormatter={(v: number) => formatNumber(v, locale.language)}
        stroke={LIGHT_PALETTE.axis}
      />
      <YAxis type="category" dataKey="name" hide />
      <Tooltip
        cursor={{ fill: LIGHT_PALETTE.cursor, className: 'chart-cursor' }}
        content={({ active, payload }) => {
          const row = payload?.[0]?.payload as (typeof rows)[number] | undefined;
          if (!active || !row) return null;
          return (
            <ObservationTooltip
              entries={[{ label: row.bar.label, observation: row.bar.observation }]}
              locale={locale}
            />
          );
        }}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        shape={({ x = 0, y = 0, width: w = 0, height: h = 0, index = 0 }: BarShapeProps) => {
          const style = seriesStyle(rows[index]?.bar.index ?? 0);
          return (
            <rect
              x={x}
              y={y}
              width={Math.max(w, 1)}
              height={h}
              fill={style.color}
              className={markClass('chart-fill', style.slot)}
              data-mark="bar"
            />
          );
        }}
      >
        <LabelList
          dataKey="name"
          content={(props: PointProps & { value?: unknown }) => {
            const x = coordinate(props.x);
            const y = coordinate(props.y);
            if (x === undefined || y === undefined) return null;
            return (
              <text
                x={x}
                y={y - 7}
                fontSize={13}
                fill={LIGHT_PALETTE.label}
                className="chart-label"
              >
                {String(props.value)}
              </text>
            );
          }}
        />
        <LabelList
          dataKey="value"
          position="right"
          fill={LIGHT_PALETTE.label}
          className="chart-label"
          fontWeight={600}
          formatter={(value: unknown) => {
            const row = rows.find((r) => r.value === value);
            return row ? formatObservationValue(row.bar.observation, locale) : String(value);
          }}
        />
      </Bar>
    </BarChart>
  );
}
