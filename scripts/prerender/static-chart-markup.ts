/** Widths at which charts are prerendered: a phone and a desktop column. */
export const STATIC_WIDTHS = { narrow: 340, wide: 720 } as const;

/**
 * Makes Recharts' fixed-size markup fit its container: a chart drawn at the container's
 * width (`containerWidth`, the prerender's) keeps its height (so the page does not shift when
 * the interactive chart replaces it) and scales its width. Only such a surface: the legend's
 * small swatches inside the same markup keep their own size (a swatch made 100% wide pushed
 * its label onto a line of its own), and so does a chart drawn at a fixed size of its own
 * (a card's sparkline, 120 px wide, which scaled sat centred in its card, 91 px right of
 * where the interactive one then draws it).
 */
export function makeResponsive(html: string, containerWidth: number): string {
  const drawnWidth = new RegExp(`^${containerWidth}(?:\\.0+)?$`);
  return html
    .replace(/<svg\b[^>]*>/g, (tag) => {
      if (!/\sclass="(?:[^"]*\s)?recharts-surface[\s"]/.test(tag)) return tag;
      const size = /\swidth="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(tag);
      if (!size) return tag;
      const [fixed, width = '', height] = size;
      if (!drawnWidth.test(width)) return tag;
      const scaled = tag.replace(fixed, ` width="100%" height="${height}"`);
      return /\sviewBox="/.test(scaled)
        ? scaled
        : scaled.replace(/^<svg/, `<svg viewBox="0 0 ${width} ${height}"`);
    })
    .replace(
      new RegExp(`(class="recharts-wrapper"[^>]*style="[^"]*?)width: ${containerWidth}px`, 'g'),
      '$1width: 100%',
    );
}

/** Prefixes the ids in a chart's markup (and their url(#…) references) so variants do not clash. */
export function prefixIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
  let result = html;
  for (const id of ids) {
    if (id === '') continue;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result
      .replace(new RegExp(`\\sid="${escaped}"`, 'g'), ` id="${prefix}${id}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${prefix}${id})`)
      .replace(
        new RegExp(`(aria-(?:labelledby|describedby)=")${escaped}"`, 'g'),
        `$1${prefix}${id}"`,
      );
  }
  return result;
}

/**
 * The markup a chart slot shows before it is interactive: a narrow and a wide drawing, one
 * of which the stylesheet shows depending on the viewport.
 */
export function combineVariants(narrow: string, wide: string): string {
  return (
    `<div class="static-variant static-narrow">${prefixIds(makeResponsive(narrow, STATIC_WIDTHS.narrow), 'sn-')}</div>` +
    `<div class="static-variant static-wide">${prefixIds(makeResponsive(wide, STATIC_WIDTHS.wide), 'sw-')}</div>`
  );
}
