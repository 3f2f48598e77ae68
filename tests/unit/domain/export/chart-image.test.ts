import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeChartImage,
  SOCIAL_SIZE,
  type ChartImageInput,
  type ChartMarkup,
} from '../../../../src/domain/export/chart-image';
import { estimateTextWidth } from '../../../../src/domain/export/text-layout';

const SOURCE_LINE =
  'Source: Information received from Kazakhstan on follow-up to the concluding observations of the Committee against Torture (2024), para. 48';

/** A panel with `points` marks, drawn in its own coordinates. */
function panel(points: number, width = 720, height = 320, label?: string): ChartMarkup {
  const marks = Array.from(
    { length: points },
    (_, i) => `<circle data-mark="" cx="${10 + i * 5}" cy="20" r="3" fill="#0072B2"></circle>`,
  ).join('');
  return {
    markup: `<g class="recharts-layer">${marks}</g>`,
    width,
    height,
    ...(label ? { label } : {}),
  };
}

function input(overrides: Partial<ChartImageInput> = {}): ChartImageInput {
  return {
    layout: 'standard',
    panels: [panel(5)],
    text: {
      title: 'Deaths and suicides in prisons',
      subtitle: 'Deaths from disease, suicides and prevented suicide attempts, 2021 to 2023.',
      notes: ['Suicides, 2023: 22 persons. A note on the figure.'],
      sourceLine: SOURCE_LINE,
      licence: 'Licence: CC BY 4.0',
      siteName: 'Kazakhstan torture-prevention indicators',
    },
    legend: [
      { label: 'Deaths from disease', color: '#0072B2', marker: 'circle' },
      { label: 'Suicides', color: '#B85000', marker: 'square', dash: '6 3' },
    ],
    fontFaceCss: '',
    ...overrides,
  };
}

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

const textOf = (document: Document, role: string): string[] =>
  [...document.querySelectorAll(`[data-role="${role}"]`)].map((node) => node.textContent ?? '');

describe(composeChartImage, () => {
  it('makes a well-formed SVG with the title, texts, legend and every mark of the chart', () => {
    const image = composeChartImage(input());
    const document = parse(image.svg);
    const root = document.documentElement;
    expect(root.getAttribute('width')).toBe(String(image.width));
    expect(root.getAttribute('height')).toBe(String(image.height));
    expect(document.querySelector('title')?.textContent).toBe('Deaths and suicides in prisons');
    expect(textOf(document, 'title')).toEqual(['Deaths and suicides in prisons']);
    expect(textOf(document, 'source')).toEqual([SOURCE_LINE]);
    expect(textOf(document, 'credit')).toEqual([
      'Licence: CC BY 4.0 · Kazakhstan torture-prevention indicators',
    ]);
    expect(textOf(document, 'note')).toEqual(['Suicides, 2023: 22 persons. A note on the figure.']);
    expect(document.querySelectorAll('[data-role="legend-entry"]')).toHaveLength(2);
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(5);
    expect(document.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('keeps each line of wrapped text within the image', () => {
    const long = 'A very long subtitle that has to wrap over several lines of the image '.repeat(4);
    const image = composeChartImage(input({ text: { ...input().text, subtitle: long } }));
    const document = parse(image.svg);
    const lines = [...document.querySelectorAll('[data-role="subtitle"] tspan')];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const x = Number(line.getAttribute('x'));
      expect(x + estimateTextWidth(line.textContent ?? '', 15)).toBeLessThanOrEqual(image.width);
    }
    expect(textOf(document, 'subtitle')[0]).toBe(long.trim());
  });

  it('stacks panels with their headings and scales them together', () => {
    const image = composeChartImage(
      input({ panels: [panel(2, 720, 240, 'Share'), panel(3, 720, 240, 'Persons')] }),
    );
    const document = parse(image.svg);
    expect(textOf(document, 'panel-label')).toEqual(['Share', 'Persons']);
    expect(document.querySelectorAll('svg[data-role="chart"]')).toHaveLength(2);
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(5);
  });

  it('makes the social card exactly 1200×630 whatever the chart and texts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: 100, max: 1500 }),
        fc.array(fc.string({ maxLength: 200 }), { maxLength: 12 }),
        fc.string({ maxLength: 300 }),
        (width, height, notes, title) => {
          const image = composeChartImage(
            input({
              layout: 'social',
              panels: [panel(1, width, height)],
              text: { ...input().text, title, notes },
            }),
          );
          expect(image).toMatchObject(SOCIAL_SIZE);
          const document = parse(image.svg);
          expect(document.documentElement.getAttribute('viewBox')).toBe('0 0 1200 630');
          expect(document.querySelectorAll('[data-role="note"] tspan').length).toBeLessThanOrEqual(
            2,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts the notes that do not fit on the social card', () => {
    const notes = Array.from({ length: 5 }, (_, i) => `Note ${i + 1}.`);
    const document = parse(
      composeChartImage(input({ layout: 'social', text: { ...input().text, notes } })).svg,
    );
    expect(textOf(document, 'note')).toEqual(['Note 1. … and 4 more notes on the indicator page.']);
  });

  it('escapes markup in every text it writes', () => {
    const text = { ...input().text, title: 'A <script>alert(1)</script> & "quotes"' };
    const document = parse(
      composeChartImage(
        input({ text, legend: [{ label: '<b>', color: '#000', marker: 'circle' }] }),
      ).svg,
    );
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('title')?.textContent).toBe(text.title);
    expect(document.querySelector('[data-role="legend-entry"] text')?.textContent).toBe('<b>');
  });

  it('embeds the font rules it is given', () => {
    const css = "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}";
    const document = parse(composeChartImage(input({ fontFaceCss: css })).svg);
    expect(document.querySelector('style')?.textContent).toContain(css);
  });
});
