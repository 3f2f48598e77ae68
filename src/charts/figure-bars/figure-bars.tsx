import type { ReactElement } from 'react';
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { Observation } from '../../domain/model';
import type { Locale } from '../../domain/translate';
import { formatNumber } from '../../domain/format/number';
import { formatPeriod } from '../../domain/format/period';
import { formatObservationValue } from '../../domain/format/value';
import { wrapText } from '../../domain/format/wrap-text';
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
const LABEL_FONT_SIZE = 13;
/** Each further line of a label adds this much to every band. */
const LABEL_LINE_HEIGHT = 16;
/**
 * Room to the right of the longest bar for its value ("238", "шамамен 8 000"): per
 * character, about a wide bold letter (enough for Kazakh in DejaVu Sans Bold, which the
 * browser tests check at 360 px), never less than 80 px. The prerendered drawing is made
 * without a browser to measure text in, so this is an estimate that errs on the wide side.
 */
const VALUE_CHAR_WIDTH = 12.5;
const MIN_VALUE_ROOM = 80;
/**
 * Labels break into lines this long, about what fits above a bar at 13 px in a 360 px
 * phone's drawing (DejaVu Sans, the widest common default, and Cyrillic included). The same
 * breaks at every width keep the chart's height independent of its width, so the prerendered
 * drawing and the interactive chart that replaces it are the same height.
 */
const LABEL_LINE_CHARS = 36;

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
  const rows = bars.map((bar) => {
    const name = `${bar.label}, ${formatPeriod(bar.observation.period)}`;
    return {
      name,
      lines: wrapText(name, LABEL_LINE_CHARS),
      value: bar.observation.value,
      valueLabel: formatObservationValue(bar.observation, locale),
      bar,
    };
  });
  const valueRoom = Math.max(
    MIN_VALUE_ROOM,
    ...rows.map((row) => row.valueLabel.length * VALUE_CHAR_WIDTH + 8),
  );
  const extraLines = Math.max(0, ...rows.map((row) => row.lines.length - 1));
  const bandHeight = BAND_HEIGHT + extraLines * LABEL_LINE_HEIGHT;
  // The first label's extra lines rise above the first band, into the top margin.
  const marginTop = 16 + (extraLines * LABEL_LINE_HEIGHT) / 2;
  return (
    <BarChart
      layout="vertical"
      width={width}
      height={rows.length * bandHeight + marginTop + 16}
      data={rows}
      margin={{ top: marginTop, right: valueRoom, bottom: 0, left: 8 }}
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
            const lines = rows[props.index ?? -1]?.lines ?? [String(props.value)];
            // The last line sits just above the bar; earlier lines stack upwards.
            const firstLineY = y - 7 - (lines.length - 1) * LABEL_LINE_HEIGHT;
            return (
              <text
                x={x}
                y={firstLineY}
                fontSize={LABEL_FONT_SIZE}
                fill={LIGHT_PALETTE.label}
                className="chart-label"
              >
                {lines.map((line, i) => (
                  <tspan key={i} x={x} dy={i === 0 ? 0 : LABEL_LINE_HEIGHT}>
                    {/* The space at a line's end is not drawn, but keeps the words apart
                        for screen readers, search and copying. */}
                    {i < lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            );
          }}
        />
        {/* Each bar's own wording of its value: two bars of equal value may differ in
            qualifier ("about 8,000" beside "8,000"). */}
        <LabelList
          dataKey="valueLabel"
          position="right"
          fill={LIGHT_PALETTE.label}
          className="chart-label"
          fontWeight={600}
        />
      </Bar>
    </BarChart>
  );
}
