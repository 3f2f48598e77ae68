import type { ReactElement } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesMeta } from '../../domain/model';
import type { Locale } from '../../domain/translate';
import { formatAmount } from '../../domain/format/number';
import { formatObservationValue } from '../../domain/format/value';
import { Marker } from '../marker';
import { valueAxis } from '../nice-domain';
import { coordinate, type PointProps } from '../point-props';
import { ObservationTooltip } from '../observation-tooltip';
import {
  LIGHT_PALETTE,
  REQUIRED_COLOR,
  TARGET_COLOR,
  markClass,
  seriesStyle,
} from '../series-style';
import type { TargetRow } from './to-target-rows';

export interface TargetChartProps {
  rows: TargetRow[];
  series: SeriesMeta;
  index: number;
  width: number;
  height: number;
  locale: Locale;
}

/** Actual point(s), the target point and the dashed required path between them. */
export function TargetChart({
  rows,
  series,
  index,
  width,
  height,
  locale,
}: TargetChartProps): ReactElement {
  const style = seriesStyle(index);
  const years = rows.map((row) => row.year);
  const axis = valueAxis(
    Math.max(
      0,
      ...rows.flatMap((row) =>
        [row.actual, row.target, row.required, row.projected].filter(
          (v): v is number => v !== undefined,
        ),
      ),
    ),
  );
  const label = (key: 'actual' | 'target') =>
    function PointLabel(props: PointProps): ReactElement {
      const x = coordinate(props.x);
      const y = coordinate(props.y);
      const i = props.index;
      const row = rows[i ?? -1];
      if (x === undefined || y === undefined || row?.[key] === undefined || !row.observation)
        return <g key={`${key}-${i}`} />;
      const text = formatObservationValue(row.observation, locale);
      return (
        <text
          key={`${key}-${i}`}
          x={x}
          y={y - 12}
          textAnchor="middle"
          fontSize={12}
          fill={LIGHT_PALETTE.label}
          className="chart-label"
          fontWeight={key === 'target' ? 600 : 400}
        >
          {key === 'target' ? locale.t('charts:target.label', { value: text }) : text}
        </text>
      );
    };
  const dot = (key: 'actual' | 'target') =>
    function PointDot(props: PointProps): ReactElement {
      const cx = coordinate(props.cx);
      const cy = coordinate(props.cy);
      const i = props.index;
      if (cx === undefined || cy === undefined || rows[i ?? -1]?.[key] === undefined)
        return <g key={`${key}-${i}`} />;
      return key === 'actual' ? (
        <Marker
          key={`${key}-${i}`}
          shape={style.marker}
          cx={cx}
          cy={cy}
          color={style.color}
          size={5}
          dataMark="point"
        />
      ) : (
        <Marker
          key={`${key}-${i}`}
          shape="circle"
          cx={cx}
          cy={cy}
          color={TARGET_COLOR}
          size={6}
          hollow
          dataMark="target"
        />
      );
    };
  const actualLabel = label('actual');
  const targetLabel = label('target');
  return (
    <LineChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 28, right: 40, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      {/* Colours here are the light theme's; styles.css restyles grid, axes and slots by theme. */}
      <CartesianGrid vertical={false} stroke={LIGHT_PALETTE.grid} />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        ticks={years}
        padding={{ left: 32, right: 32 }}
        tickFormatter={String}
        stroke={LIGHT_PALETTE.axis}
      />
      <YAxis
        width={60}
        domain={axis.domain}
        ticks={axis.ticks}
        // Every tick given, as at build time (where text measures nothing and none is
        // dropped), so the interactive chart's labels are the prerendered chart's.
        interval={0}
        tickFormatter={(v: number) => formatAmount(v, series.unit, locale.language)}
        stroke={LIGHT_PALETTE.axis}
      />
      <Tooltip
        content={({ active, payload }) => {
          const row = payload?.[0]?.payload as TargetRow | undefined;
          if (!active || !row?.observation) return null;
          return (
            <ObservationTooltip
              entries={[{ label: series.label, observation: row.observation }]}
              locale={locale}
            />
          );
        }}
      />
      <Line
        dataKey="required"
        name={locale.t('charts:target.requiredPath')}
        stroke={REQUIRED_COLOR}
        className="chart-line mark-required"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="projected"
        name={locale.t('charts:target.projection')}
        stroke={style.color}
        className={markClass('chart-line', style.slot)}
        strokeWidth={1.5}
        strokeDasharray="2 4"
        dot={false}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="actual"
        name={series.label}
        stroke={style.color}
        className={markClass('chart-line', style.slot)}
        strokeWidth={2}
        dot={dot('actual')}
        label={actualLabel}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="target"
        name={locale.t('charts:target.target')}
        stroke="none"
        dot={dot('target')}
        label={targetLabel}
        activeDot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
