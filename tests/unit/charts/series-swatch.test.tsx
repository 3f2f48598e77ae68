import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SeriesSwatch } from '../../../src/charts/series-swatch';
import { seriesStyle } from '../../../src/charts/series-style';
import { CHART_TYPES } from '../../../src/domain/model';

// The swatch beside a series toggle is that series' legend: it must look like the marks the
// chart draws for it.

describe('SeriesSwatch', () => {
  it('bars: a filled bar in the series colour and palette slot, no line or marker', () => {
    const { container } = render(<SeriesSwatch chartType="bars" index={1} />);
    const rect = container.querySelector('svg rect');
    expect(rect?.getAttribute('fill')).toBe(seriesStyle(1).color);
    expect(rect?.getAttribute('class')).toBe(`chart-fill ${seriesStyle(1).slot}`);
    expect(container.querySelector('line, path')).toBeNull();
  });

  it("trend: the series' dashed line with its marker", () => {
    const { container } = render(<SeriesSwatch chartType="trend" index={1} />);
    const line = container.querySelector('line');
    expect(seriesStyle(1).dash).toBeDefined();
    expect(line?.getAttribute('stroke-dasharray')).toBe(seriesStyle(1).dash);
    expect(line?.getAttribute('stroke')).toBe(seriesStyle(1).color);
    expect(container.querySelector('path.chart-marker')).not.toBeNull();
  });

  it('target: a solid line with the marker, as the reported values are drawn', () => {
    const { container } = render(<SeriesSwatch chartType="target" index={1} />);
    const line = container.querySelector('line');
    expect(line?.getAttribute('stroke')).toBe(seriesStyle(1).color);
    expect(line?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(container.querySelector('path.chart-marker')).not.toBeNull();
  });

  it.each(CHART_TYPES)('%s: hidden from screen readers (the label names the series)', (type) => {
    const { container } = render(<SeriesSwatch chartType={type} index={0} />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
