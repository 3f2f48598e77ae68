import type { ReactElement, ReactNode } from 'react';
import { LIGHT_PALETTE, markClass, paletteClass, type MarkerShape } from './series-style';

export interface MarkerProps {
  shape: MarkerShape;
  cx: number;
  cy: number;
  /** A palette colour (series-style.ts): its slot's class lets styles.css recolour it by theme. */
  color: string;
  size?: number;
  /** Filled markers for actuals, hollow for targets. */
  hollow?: boolean;
  /** Set on marks that stand for a data point, so tests and readers can count them. */
  dataMark?: string;
}

function pathFor(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.9}L${cx - r * 1.1},${cy + r * 0.9}Z`;
    case 'diamond':
      return `M${cx},${cy - r * 1.3}L${cx + r * 1.1},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.1},${cy}Z`;
  }
}

export function Marker({
  shape,
  cx,
  cy,
  color,
  size = 4.5,
  hollow = false,
  dataMark,
}: MarkerProps): ReactElement {
  return (
    <path
      d={pathFor(shape, cx, cy, size)}
      fill={hollow ? LIGHT_PALETTE.surface : color}
      stroke={color}
      strokeWidth={hollow ? 2 : 1}
      className={markClass(
        hollow ? 'chart-marker chart-marker-hollow' : 'chart-marker',
        paletteClass(color),
      )}
      data-mark={dataMark}
    />
  );
}

/**
 * The small SVG a legend's or a toggle's swatch is drawn in; hidden from screen readers,
 * since the text beside it names the series.
 */
export function SwatchFrame({ children }: { children: ReactNode }): ReactElement {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A line and its marker (or the line alone) in their own small SVG, for legends and toggles. */
export function MarkerSwatch({
  shape,
  color,
  dash,
}: {
  shape?: MarkerShape;
  color: string;
  dash?: string | undefined;
}): ReactElement {
  return (
    <SwatchFrame>
      <line
        x1="1"
        y1="7"
        x2="27"
        y2="7"
        stroke={color}
        strokeWidth="2"
        strokeDasharray={dash}
        className={markClass('chart-stroke', paletteClass(color))}
      />
      {shape && <Marker shape={shape} cx={14} cy={7} color={color} size={4} />}
    </SwatchFrame>
  );
}
