import { describe, expect, it } from 'vitest';
import {
  headTags,
  templateDescription,
  withDocumentLanguage,
  withHeadTags,
  type PageHead,
} from '../../../scripts/prerender/head-tags';

const HOSTILE = `"><script>alert(1)</script><meta name='x' content='&amp;`;

const indicatorHead: PageHead = {
  language: 'en',
  title: 'Deaths · Site',
  shareTitle: 'Deaths',
  description: 'Deaths from disease, 2021 to 2023.',
  siteName: 'Site',
  canonicalUrl: 'https://example.org/indicators/deaths',
  type: 'article',
  image: {
    url: 'https://example.org/images/deaths-social.png',
    width: 1200,
    height: 630,
    alt: 'Deaths: Deaths from disease, 2021 to 2023.',
  },
};

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="The site &amp; its figures."
    />
    <title>Site</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

function parseHead(tags: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${tags}</head></html>`,
    'text/html',
  );
}

const content = (doc: Document, selector: string): (string | null)[] =>
  [...doc.querySelectorAll(selector)].map(
    (element) => element.getAttribute('content') ?? element.getAttribute('href'),
  );

describe(headTags, () => {
  it('writes each tag of an indicator page once, with its value', () => {
    const doc = parseHead(headTags(indicatorHead));
    expect(doc.title).toBe('Deaths · Site');
    const expected: [string, string][] = [
      ['meta[name="description"]', indicatorHead.description],
      ['link[rel="canonical"]', 'https://example.org/indicators/deaths'],
      ['meta[property="og:type"]', 'article'],
      ['meta[property="og:locale"]', 'en_GB'],
      ['meta[property="og:site_name"]', 'Site'],
      ['meta[property="og:title"]', 'Deaths'],
      ['meta[property="og:description"]', indicatorHead.description],
      ['meta[property="og:url"]', 'https://example.org/indicators/deaths'],
      ['meta[property="og:image"]', 'https://example.org/images/deaths-social.png'],
      ['meta[property="og:image:width"]', '1200'],
      ['meta[property="og:image:height"]', '630'],
      ['meta[property="og:image:alt"]', 'Deaths: Deaths from disease, 2021 to 2023.'],
      ['meta[name="twitter:card"]', 'summary_large_image'],
      ['meta[name="twitter:title"]', 'Deaths'],
      ['meta[name="twitter:description"]', indicatorHead.description],
      ['meta[name="twitter:image"]', 'https://example.org/images/deaths-social.png'],
      ['meta[name="twitter:image:alt"]', 'Deaths: Deaths from disease, 2021 to 2023.'],
    ];
    for (const [selector, value] of expected)
      expect(content(doc, selector), selector).toEqual([value]);
    expect(doc.head.children).toHaveLength(expected.length + 1);
  });

  it('keeps hostile text as text in every attribute and in the title', () => {
    const doc = parseHead(
      headTags({
        ...indicatorHead,
        title: HOSTILE,
        shareTitle: HOSTILE,
        description: HOSTILE,
        image: { ...indicatorHead.image!, alt: HOSTILE },
      }),
    );
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelectorAll('meta[name="x"]')).toHaveLength(0);
    expect(doc.title).toBe(HOSTILE);
    for (const selector of [
      'meta[name="description"]',
      'meta[property="og:title"]',
      'meta[property="og:image:alt"]',
      'meta[name="twitter:description"]',
    ]) {
      expect(content(doc, selector), selector).toEqual([HOSTILE]);
    }
  });

  it('leaves out the image without one, and the address for the not-found page', () => {
    const { image: _image, canonicalUrl: _url, ...rest } = indicatorHead;
    const doc = parseHead(headTags({ ...rest, type: 'website' }));
    expect(content(doc, 'meta[property="og:type"]')).toEqual(['website']);
    expect(content(doc, 'meta[name="twitter:card"]')).toEqual(['summary']);
    expect(
      doc.querySelectorAll(
        'link[rel="canonical"], meta[property="og:url"], meta[property^="og:image"], meta[name^="twitter:image"]',
      ),
    ).toHaveLength(0);
  });
});

describe(withHeadTags, () => {
  it("replaces the template's title and description, so neither appears twice", () => {
    const html = withHeadTags(TEMPLATE, headTags(indicatorHead));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(content(doc, 'meta[name="description"]')).toEqual([indicatorHead.description]);
    expect(doc.querySelector('meta[charset]')).not.toBeNull();
    expect(html).not.toMatch(/\n\s*\n/);
  });

  it('keeps a `$` in the tags as it is', () => {
    const html = withHeadTags(TEMPLATE, headTags({ ...indicatorHead, title: "US$ 5 $& $'" }));
    expect(new DOMParser().parseFromString(html, 'text/html').title).toBe("US$ 5 $& $'");
  });

  it('fails on a template without a title or description', () => {
    expect(() => withHeadTags('<head><title>x</title></head>', '')).toThrow(/description/);
  });
});

describe(templateDescription, () => {
  it("reads the template's description as text", () => {
    expect(templateDescription(TEMPLATE)).toBe('The site & its figures.');
  });
});

describe('languages', () => {
  const head: PageHead = {
    ...indicatorHead,
    language: 'ru',
    canonicalUrl: 'https://example.org/ru/indicators/deaths',
    alternates: [
      { hreflang: 'en', href: 'https://example.org/en/indicators/deaths' },
      { hreflang: 'ru', href: 'https://example.org/ru/indicators/deaths' },
      { hreflang: 'x-default', href: 'https://example.org/indicators/deaths' },
    ],
  };
  it("links every language version and names the page's locale", () => {
    const document = new DOMParser().parseFromString(`<head>${headTags(head)}</head>`, 'text/html');
    const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    expect(alternates).toEqual(head.alternates?.map((a) => [a.hreflang, a.href]));
    expect(document.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(
      'ru_RU',
    );
  });
  it('sets the document language on the root element', () => {
    expect(withDocumentLanguage(TEMPLATE, 'kk')).toContain('<html lang="kk">');
    expect(() => withDocumentLanguage('<html>', 'kk')).toThrow(/lang/);
  });
});
