import { escapeAttribute } from '../../src/domain/escape-attribute';
import type { Language } from '../../src/domain/language';

/** Open Graph's locale for each language (territory as the report's readers expect). */
const OG_LOCALES: Record<Language, string> = { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' };

/** What a page tells browsers, search engines and link previews about itself. */
export interface PageHead {
  /** The language the page is written in. */
  language: Language;
  /** The page in every language, plus `x-default` (the address that lets the browser choose). */
  alternates?: { hreflang: string; href: string }[];
  /** The document title, with the site's name. */
  title: string;
  /** The title a link preview shows (the site's name is shown next to it, from siteName). */
  shareTitle: string;
  description: string;
  siteName: string;
  /** Absolute; absent for the not-found page, which is served at every unknown address. */
  canonicalUrl?: string;
  /** `article` for an indicator, `website` for the rest. */
  type: 'article' | 'website';
  image?: { url: string; width: number; height: number; alt: string };
}

const meta = (key: 'name' | 'property', name: string, content: string | number): string =>
  `<meta ${key}="${name}" content="${escapeAttribute(String(content))}" />`;

/**
 * The head tags of a page: title, description, canonical link, Open Graph and Twitter card,
 * one of each, every value escaped. Without an image the Twitter card is a plain summary.
 */
export function headTags(head: PageHead): string {
  const tags = [
    `<title>${escapeAttribute(head.title)}</title>`,
    meta('name', 'description', head.description),
  ];
  if (head.canonicalUrl !== undefined) {
    tags.push(`<link rel="canonical" href="${escapeAttribute(head.canonicalUrl)}" />`);
  }
  for (const { hreflang, href } of head.alternates ?? []) {
    tags.push(
      `<link rel="alternate" hreflang="${escapeAttribute(hreflang)}" href="${escapeAttribute(href)}" />`,
    );
  }
  tags.push(
    meta('property', 'og:type', head.type),
    meta('property', 'og:locale', OG_LOCALES[head.language]),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:title', head.shareTitle),
    meta('property', 'og:description', head.description),
  );
  if (head.canonicalUrl !== undefined) tags.push(meta('property', 'og:url', head.canonicalUrl));
  if (head.image) {
    tags.push(
      meta('property', 'og:image', head.image.url),
      meta('property', 'og:image:width', head.image.width),
      meta('property', 'og:image:height', head.image.height),
      meta('property', 'og:image:alt', head.image.alt),
    );
  }
  tags.push(
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.shareTitle),
    meta('name', 'twitter:description', head.description),
  );
  if (head.image) {
    tags.push(
      meta('name', 'twitter:image', head.image.url),
      meta('name', 'twitter:image:alt', head.image.alt),
    );
  }
  return tags.join('\n    ');
}

const TITLE = /<title>[^<]*<\/title>/;
// With its indentation and line end, so that removing it leaves no blank line.
const DESCRIPTION = /[ \t]*<meta\s+name="description"\s+content="([^"]*)"\s*\/?>[ \t]*\n?/;

const unescapeAttribute = (text: string): string =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_entity, name: string) =>
      ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? _entity,
  );

/** The description the page template (index.html) gives the whole site, as text. */
export function templateDescription(template: string): string {
  const match = DESCRIPTION.exec(template);
  if (!match) throw new Error('the page template has no <meta name="description">');
  return unescapeAttribute(match[1] ?? '');
}

/**
 * The template with its title and description replaced by a page's head tags (in the title's
 * place), so that no tag appears twice.
 */
export function withHeadTags(template: string, tags: string): string {
  if (!TITLE.test(template) || !DESCRIPTION.test(template)) {
    throw new Error('the page template must have one <title> and one <meta name="description">');
  }
  return template.replace(DESCRIPTION, '').replace(TITLE, () => tags);
}

const HTML_LANG = /<html lang="[^"]*">/;

/** The template with its root element's `lang` set to the page's language. */
export function withDocumentLanguage(html: string, language: Language): string {
  if (!HTML_LANG.test(html)) throw new Error('the page template must start with <html lang="…">');
  return html.replace(HTML_LANG, `<html lang="${language}">`);
}
