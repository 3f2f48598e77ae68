import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { collectStaticCharts } from '../../../src/charts/chart-slot';
import { FigureBars } from '../../../src/charts/figure-bars/figure-bars';
import { combineVariants, makeResponsive } from '../../../scripts/prerender/static-chart-markup';
import { testLocale } from '../../i18n';
import { makeObservation } from '../domain/make-observation';

// The markup ChartSlot gives to dangerouslySetInnerHTML is a chart React drew at build time,
// read back from the page. A hostile string in the data must stay text all the way through.
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

function drawBars(width: number): string {
  const { container, unmount } = render(
    <FigureBars
      bars={[{ label: HOSTILE, observation: makeObservation(449, 2023), index: 0 }]}
      width={width}
      locale={testLocale('en')}
    />,
  );
  const html = container.innerHTML;
  unmount();
  return html;
}

describe('prerendered chart markup', () => {
  it('keeps data strings as text, never as elements, through prerendering and read-back', () => {
    const combined = combineVariants(drawBars(340), drawBars(720));
    const page = document.createElement('div');
    page.innerHTML = `<div data-chart-key="k"><div class="chart-static">${combined}</div></div>`;
    expect(page.querySelector('img, script')).toBeNull();
    expect(page.textContent).toContain(HOSTILE);
    // What the browser reads back before hydrating is exactly what the build wrote.
    const readBack = collectStaticCharts(page).get('k') ?? '';
    const again = document.createElement('div');
    again.innerHTML = readBack;
    expect(again.querySelector('img, script')).toBeNull();
    expect(again.textContent).toBe(page.querySelector('.chart-static')?.textContent);
  });

  it('gives each variant its own ids, so the narrow and wide drawings never clash', () => {
    const combined = combineVariants(
      '<svg><clipPath id="c"></clipPath><g clip-path="url(#c)"></g></svg>',
      '<svg><clipPath id="c"></clipPath><g clip-path="url(#c)"></g></svg>',
    );
    expect(combined).toContain('id="sn-c"');
    expect(combined).toContain('url(#sn-c)');
    expect(combined).toContain('id="sw-c"');
    expect(combined).toContain('url(#sw-c)');
    expect(combined).not.toContain('id="c"');
  });

  it('scales the chart surface to its container, once, and leaves the legend swatches their size', () => {
    const surface =
      '<svg class="recharts-surface" width="340" height="240" viewBox="0 0 340 240" style="display: block;">';
    const swatch = '<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">';
    const responsive = makeResponsive(
      `<div>${surface}<g></g></svg><span>${swatch}</svg></span></div>`,
      340,
    );
    const page = document.createElement('div');
    page.innerHTML = responsive;
    const [chart, legend] = [...page.querySelectorAll('svg')];
    expect(chart?.getAttribute('width')).toBe('100%');
    expect(chart?.getAttribute('height')).toBe('240');
    expect(chart?.getAttribute('viewBox')).toBe('0 0 340 240');
    expect(legend?.getAttribute('width')).toBe('14');
    expect(legend?.getAttribute('height')).toBe('14');
    // The HTML parser keeps the first of two same-named attributes; the build writes one.
    expect(responsive.match(/viewBox=/g)).toHaveLength(2);
  });

  it('gives a surface without a viewBox one from its drawn size', () => {
    const page = document.createElement('div');
    page.innerHTML = makeResponsive(
      '<svg class="recharts-surface" width="720" height="200"></svg>',
      720,
    );
    const chart = page.querySelector('svg');
    expect(chart?.getAttribute('viewBox')).toBe('0 0 720 200');
    expect(chart?.getAttribute('width')).toBe('100%');
  });
  it('leaves a chart drawn at a fixed size of its own (a sparkline) at that size', () => {
    // What Recharts writes for a card's 120 px sparkline, prerendered in a 720 px column.
    const sparkline =
      '<div class="recharts-wrapper" style="position: relative; width: 120px; height: 36px;">' +
      '<svg class="recharts-surface" width="120" height="36" viewBox="0 0 120 36"></svg></div>';
    const chart =
      '<div class="recharts-wrapper" style="position: relative; width: 720px; height: 200px;">' +
      '<svg class="recharts-surface" width="720" height="200" viewBox="0 0 720 200"></svg></div>';
    const page = document.createElement('div');
    page.innerHTML = makeResponsive(sparkline + chart, 720);
    const [fixed, filling] = [...page.querySelectorAll<HTMLElement>('.recharts-wrapper')];
    expect(fixed?.style.width).toBe('120px');
    expect(fixed?.querySelector('svg')?.getAttribute('width')).toBe('120');
    expect(filling?.style.width).toBe('100%');
    expect(filling?.querySelector('svg')?.getAttribute('width')).toBe('100%');
  });
});
