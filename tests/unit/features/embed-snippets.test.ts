import { describe, expect, it } from 'vitest';
import { iframeSnippet, imageSnippet } from '../../../src/features/indicator/embed-snippets';

const HOSTILE = `A "quoted" <b>title</b> & 'more'`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe(iframeSnippet, () => {
  it('is an iframe with the chart title and the resizing script', () => {
    const doc = parse(
      iframeSnippet({
        embedUrl: 'https://example.org/embed/x',
        scriptUrl: 'https://example.org/embed-resize.js',
        title: `Chart: ${HOSTILE}`,
      }),
    );
    const iframe = doc.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe('https://example.org/embed/x');
    expect(iframe?.getAttribute('title')).toBe(`Chart: ${HOSTILE}`);
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(
      'https://example.org/embed-resize.js',
    );
  });
});

describe(imageSnippet, () => {
  it('is the chart image at its CSS width, linking to the page, with its text alternative', () => {
    const html = imageSnippet({
      pageUrl: 'https://example.org/indicators/x',
      imageUrl: 'https://example.org/images/x-chart.png',
      alt: HOSTILE,
    });
    const doc = parse(html);
    expect(doc.body.children).toHaveLength(1);
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/indicators/x');
    const image = link?.querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://example.org/images/x-chart.png');
    expect(image?.getAttribute('alt')).toBe(HOSTILE);
    expect(image?.getAttribute('width')).toBe('768');
    expect(image?.getAttribute('style')).toContain('max-width:100%;height:auto');
    expect(doc.querySelector('b')).toBeNull();
  });
});
