import type { ChartMarkup } from '../domain/export/chart-image';

function viewBoxSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .map(Number);
  return width > 0 && height > 0
    ? { width, height }
    : {
        width: Number(svg.getAttribute('width')) || 0,
        height: Number(svg.getAttribute('height')) || 0,
      };
}

/**
 * The drawn chart in `root` (a chart figure or a prerendered page), as the panels an exported
 * image nests: the content of each `<svg>` serialised as XML, with the size of its coordinate
 * system and, for a target chart's panels, their headings. Where the page holds a narrow and
 * a wide drawing, the ones on screen are taken (in the browser), else the wide ones (at build
 * time, in jsdom, where nothing has a size).
 */
export function chartPanelsFrom(root: ParentNode): ChartMarkup[] {
  const all = [...root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  const onScreen = all.filter((svg) => svg.getBoundingClientRect().width > 0);
  const wide = all.filter((svg) => svg.closest('.static-narrow') === null);
  const chosen = onScreen.length > 0 ? onScreen : wide;
  const serializer = new XMLSerializer();
  return chosen.map((svg) => {
    const markup = [...svg.childNodes]
      // Recharts leaves an empty title and description; the image has its own title.
      .filter((node) => !(['title', 'desc'].includes(node.nodeName) && node.textContent === ''))
      .map((node) => serializer.serializeToString(node))
      .join('');
    const label = svg.closest('.target-panel')?.querySelector('.panel-title')?.textContent;
    return { markup, ...viewBoxSize(svg), ...(label ? { label } : {}) };
  });
}
