import { describe, expect, it } from 'vitest';
import { chartImageLegend } from '../../../src/charts/chart-image-legend';
import { testLocale } from '../../i18n';
import { chartPanelsFrom } from '../../../src/charts/chart-markup';
import type { IndicatorMeta } from '../../../src/domain/model';

const surface = (width: number, marks: number) =>
  `<svg class="recharts-surface" width="100%" height="320" viewBox="0 0 ${width} 320"><title></title><desc></desc>` +
  `${'<circle data-mark="" r="3"></circle>'.repeat(marks)}<text>a &amp; b</text></svg>`;

function root(html: string): HTMLElement {
  const element = document.createElement('figure');
  element.innerHTML = html;
  return element;
}

describe(chartPanelsFrom, () => {
  it('takes the wide drawing of a prerendered slot when nothing is laid out', () => {
    const panels = chartPanelsFrom(
      root(
        `<div class="static-variant static-narrow">${surface(340, 2)}</div>` +
          `<div class="static-variant static-wide">${surface(720, 3)}</div>`,
      ),
    );
    expect(panels).toHaveLength(1);
    expect(panels[0]).toMatchObject({ width: 720, height: 320 });
    expect(panels[0]?.markup.match(/data-mark/g)).toHaveLength(3);
  });

  it('serialises the content as XML, without the empty title and description', () => {
    const [panel] = chartPanelsFrom(root(surface(720, 1)));
    expect(panel?.markup).not.toMatch(/<title|<desc/);
    expect(panel?.markup).toContain('a &amp; b');
    const parsed = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg">${panel?.markup ?? ''}</svg>`,
      'image/svg+xml',
    );
    expect(parsed.querySelector('parsererror')).toBeNull();
  });

  it('keeps every panel of a target chart, with its heading', () => {
    const panels = chartPanelsFrom(
      root(
        ['Share', 'Persons']
          .map(
            (label) =>
              `<div class="target-panel"><p class="panel-title">${label}</p>${surface(720, 2)}</div>`,
          )
          .join(''),
      ),
    );
    expect(panels.map((p) => p.label)).toEqual(['Share', 'Persons']);
  });

  it('finds nothing where there is no chart', () => {
    expect(chartPanelsFrom(root('<p>Select a series to draw the chart.</p>'))).toEqual([]);
  });
});

const EN = testLocale('en');

describe(chartImageLegend, () => {
  const meta = (type: IndicatorMeta['chart']['type']): IndicatorMeta => ({
    id: 'x',
    title: 'X',
    subtitle: '',
    topic: 't',
    description: '',
    headlineSeries: 'a',
    chart: { type, series: ['a', 'b'] },
    series: [
      { id: 'a', label: 'Alpha', unit: 'persons' },
      { id: 'b', label: 'Beta', unit: 'persons' },
    ],
    recommendations: [],
  });

  it('lists the series drawn, each with its own marker, for a trend chart', () => {
    const legend = chartImageLegend(meta('trend'), ['b'], EN);
    expect(legend.map((entry) => entry.label)).toEqual(['Beta']);
    expect(chartImageLegend(meta('trend'), ['a', 'b'], EN).map((e) => e.marker)).toEqual([
      'circle',
      'square',
    ]);
  });

  it('explains the marks of a target chart and has no legend for labelled bars', () => {
    expect(chartImageLegend(meta('target'), ['a'], EN).map((entry) => entry.label)).toEqual([
      'Alpha: reported',
      'Target',
      'Required straight path (computed)',
    ]);
    expect(chartImageLegend(meta('bars'), ['a', 'b'], EN)).toEqual([]);
  });

  it("speaks the reader's language", () => {
    expect(
      chartImageLegend(meta('target'), ['a'], testLocale('ru')).map((entry) => entry.label),
    ).toEqual([
      'Alpha: представленные данные',
      'Целевое значение',
      'Необходимая линейная траектория (расчёт)',
    ]);
  });
});
