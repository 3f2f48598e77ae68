import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureBars } from '../../../src/charts/figure-bars/figure-bars';
import { MarkerSwatch } from '../../../src/charts/marker';
import { LIGHT_PALETTE, paletteClass, seriesStyle } from '../../../src/charts/series-style';
import Sparkline from '../../../src/charts/sparkline/sparkline';
import { TargetChart } from '../../../src/charts/target-chart/target-chart';
import { TargetLegend } from '../../../src/charts/target-chart/target-legend';
import { toTargetRows } from '../../../src/charts/target-chart/to-target-rows';
import { TrendChart } from '../../../src/charts/trend-chart/trend-chart';
import { toTrendRows } from '../../../src/charts/trend-chart/to-trend-rows';
import type { SeriesMeta } from '../../../src/domain/model';
import { computeTargetProgress } from '../../../src/domain/target-progress';
import { cellConfinement, makeObservation } from '../domain/make-observation';
import { testLocale } from '../../i18n';

const EN = testLocale('en');

// Dark mode recolours charts through CSS only: every coloured mark must carry the class of
// its palette slot, while its attributes keep the light colours (prerendered markup and
// exported images are drawn with them).

const meta = (id: string): SeriesMeta => ({ id, label: id, unit: 'persons' }) as SeriesMeta;

function all(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)];
}

describe('chart marks carry their palette slot', () => {
  it('paletteClass names every light palette colour', () => {
    LIGHT_PALETTE.series.forEach((color, index) =>
      expect(paletteClass(color)).toBe(`series-${index}`),
    );
    expect(paletteClass(LIGHT_PALETTE.target)).toBe('mark-target');
    expect(paletteClass(LIGHT_PALETTE.required)).toBe('mark-required');
    expect(paletteClass('#123456')).toBeUndefined();
  });

  it('trend chart: lines, markers and labels', () => {
    const observations = [
      makeObservation(10, 2021, { series: 'a' }),
      makeObservation(12, 2022, { series: 'a' }),
      makeObservation(5, 2021, { series: 'b' }),
      makeObservation(7, 2022, { series: 'b' }),
    ];
    const { container } = render(
      <TrendChart
        rows={toTrendRows(observations, ['a', 'b'])}
        series={[
          { meta: meta('a'), index: 0 },
          { meta: meta('b'), index: 1 },
        ]}
        width={600}
        height={300}
        locale={EN}
      />,
    );
    const lines = all(container, '.recharts-line');
    expect(lines.map((line) => line.classList.contains('chart-line'))).toEqual([true, true]);
    expect(lines[0]).toHaveClass('series-0');
    expect(lines[1]).toHaveClass('series-1');
    // The line keeps its light colour as an attribute.
    expect(lines[1]?.querySelector('.recharts-line-curve')).toHaveAttribute(
      'stroke',
      seriesStyle(1).color,
    );
    const points = all(container, '[data-mark="point"]');
    expect(points).toHaveLength(4);
    for (const point of points) {
      const slot = paletteClass(point.getAttribute('fill') ?? '');
      expect(point).toHaveClass('chart-marker', slot ?? 'no-slot');
    }
    const labels = all(container, 'text[fill="#1a1a1a"]');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toHaveClass('chart-label', 'chart-halo');
  });

  it('target chart and its legend: actual, target, required and projection', () => {
    const observations = [
      makeObservation(10, 2021),
      makeObservation(14, 2023),
      makeObservation(30, 2030, { kind: 'target' }),
    ];
    const progress = computeTargetProgress(observations);
    if (!progress) throw new Error('expected a target');
    const { container } = render(
      <>
        <TargetChart
          rows={toTargetRows(observations, progress)}
          series={meta('test-series')}
          index={2}
          width={600}
          height={260}
          locale={EN}
        />
        <TargetLegend index={2} withProjection />
      </>,
    );
    const lineClasses = all(container, '.recharts-line.chart-line').map((line) =>
      [...line.classList].filter((c) => c.startsWith('series-') || c.startsWith('mark-')),
    );
    expect(lineClasses).toEqual([['mark-required'], ['series-2'], ['series-2']]);
    expect(container.querySelector('[data-mark="target"]')).toHaveClass(
      'chart-marker',
      'chart-marker-hollow',
      'mark-target',
    );
    expect(container.querySelector('[data-mark="point"]')).toHaveClass('chart-marker', 'series-2');
    const legend = container.querySelector('.target-legend');
    expect(legend?.querySelectorAll('line.chart-stroke.mark-required')).toHaveLength(1);
    expect(legend?.querySelectorAll('line.chart-stroke.series-2')).toHaveLength(1);
    for (const label of all(container, 'text[fill="#1a1a1a"]'))
      expect(label).toHaveClass('chart-label');
  });

  it('figure bars: bars and both label lists', () => {
    const { container } = render(
      <FigureBars
        bars={[
          { label: 'One', observation: cellConfinement.personsActual, index: 0 },
          { label: 'Two', observation: makeObservation(300, 2023), index: 3 },
        ]}
        width={600}
        locale={EN}
      />,
    );
    const bars = all(container, '[data-mark="bar"]');
    expect(bars.map((bar) => bar.getAttribute('class'))).toEqual([
      'chart-fill series-0',
      'chart-fill series-3',
    ]);
    const labels = all(container, 'text[fill="#1a1a1a"]');
    // A name and a value label per bar.
    expect(labels).toHaveLength(4);
    for (const label of labels) expect(label).toHaveClass('chart-label');
  });

  it('sparkline and series swatches', () => {
    const { container } = render(
      <>
        <Sparkline observations={[makeObservation(1, 2021), makeObservation(2, 2022)]} />
        <MarkerSwatch shape="square" color={seriesStyle(1).color} dash="6 3" />
      </>,
    );
    expect(container.querySelector('.recharts-line')).toHaveClass('chart-line', 'series-0');
    const dots = all(container, '.recharts-dot');
    expect(dots.length).toBe(2);
    for (const dot of dots) expect(dot).toHaveClass('chart-marker-hollow', 'series-0');
    expect(container.querySelector('svg > line')).toHaveClass('chart-stroke', 'series-1');
    expect(container.querySelector('svg > path')).toHaveClass('chart-marker', 'series-1');
  });
});
