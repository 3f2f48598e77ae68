import { testLocale } from '../../i18n';
import { describe, expect, it } from 'vitest';
import { chartImages } from '../../../scripts/prerender/chart-images';
import type { Indicator } from '../../../src/domain/model';
import { PUBLISHED_CHART_CSS_WIDTH } from '../../../src/domain/published-images';
import { pngSize } from '../../support/png-size';
import { makeObservation } from '../domain/make-observation';

const indicator: Indicator = {
  meta: {
    id: 'test-indicator',
    title: 'Suicides in prisons',
    subtitle: 'Suicides among convicted persons, 2022 and 2023.',
    topic: 'deaths-in-custody',
    description: '',
    headlineSeries: 'suicides',
    chart: { type: 'trend', series: ['suicides'] },
    series: [{ id: 'suicides', label: 'Suicides', unit: 'cases' }],
    recommendations: [],
  },
  observations: [
    { ...makeObservation(29, 2022, { series: 'suicides', unit: 'cases' }), paragraph: 48 },
    { ...makeObservation(22, 2023, { series: 'suicides', unit: 'cases' }), paragraph: 48 },
  ],
};

/** A chart slot as prerendered: a narrow and a wide drawing (see static-chart-markup.ts). */
function slotMarkup(wideWidth: number): string {
  const drawing = (width: number, prefix: string) =>
    `<svg class="recharts-surface" width="100%" height="300" viewBox="0 0 ${width} 300">` +
    `<title></title><desc></desc><clipPath id="${prefix}clip"><rect width="${width}" height="300"/></clipPath>` +
    `<circle data-mark="point" cx="40" cy="100" r="4" fill="#0072b2"/>` +
    `<circle data-mark="point" cx="${width - 40}" cy="140" r="4" fill="#0072b2"/></svg>`;
  return (
    `<div class="static-variant static-narrow">${drawing(340, 'sn-')}</div>` +
    `<div class="static-variant static-wide">${drawing(wideWidth, 'sw-')}</div>`
  );
}

describe(chartImages, () => {
  const images = chartImages(indicator, slotMarkup(720), testLocale());
  const file = (suffix: string) => {
    const found = images.files.find((f) => f.path === `images/test-indicator${suffix}`);
    if (!found) throw new Error(`no image ${suffix}`);
    return found.content;
  };

  it('publishes the SVG, the PNG at 2× and the 1200×630 social card', () => {
    expect(images.files.map((f) => f.path)).toEqual([
      'images/test-indicator-chart.svg',
      'images/test-indicator-chart.png',
      'images/test-indicator-social.png',
    ]);
    expect(images.width).toBe(PUBLISHED_CHART_CSS_WIDTH);
    expect(pngSize(Buffer.from(file('-chart.png')))).toEqual({
      width: 2 * images.width,
      height: 2 * images.height,
    });
    expect(pngSize(Buffer.from(file('-social.png')))).toEqual({ width: 1200, height: 630 });
  });

  it('draws the wide drawing only, in an SVG with its fonts embedded', () => {
    const svg = String(file('-chart.svg'));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('[data-mark]')).toHaveLength(2);
    expect(doc.querySelector('#sn-clip')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Suicides in prisons');
    expect(doc.querySelector('[data-role="source"]')?.textContent).toMatch(/, para\. 48$/);
    expect(svg).toMatch(
      /@font-face\{font-family:'Noto Sans';[^}]*src:url\(data:font\/woff2;base64,/,
    );
  });

  it('gives the same bytes every time', () => {
    const again = chartImages(indicator, slotMarkup(720), testLocale());
    again.files.forEach((f, index) =>
      expect(Buffer.from(f.content).equals(Buffer.from(images.files[index]?.content ?? ''))).toBe(
        true,
      ),
    );
  });

  it('fails the build when the image would not have the width the embed code states', () => {
    expect(() => chartImages(indicator, slotMarkup(900), testLocale())).toThrow(
      /PUBLISHED_CHART_CSS_WIDTH/,
    );
  });

  it('fails the build when the page has no chart drawing', () => {
    expect(() => chartImages(indicator, '<p>Select a series.</p>', testLocale())).toThrow(
      /no drawing/,
    );
  });
});
