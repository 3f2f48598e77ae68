import type { ChartImageText } from './chart-image-text';
import { estimateTextWidth, wrapText } from './text-layout';

/** `standard`: the chart at its drawn size with its texts; `social`: a 1200×630 card. */
export type ChartImageLayout = 'standard' | 'social';

export interface ChartMarkup {
  /** The panel's heading where a chart has several panels (one per series with a target). */
  label?: string;
  /** The content of the chart's `<svg>` element, serialised as XML. */
  markup: string;
  /** The chart's own coordinate system (its viewBox). */
  width: number;
  height: number;
}

/** A legend item: colour, marker and dash tell series apart together. */
export interface LegendEntry {
  label: string;
  color: string;
  /** Absent for a line without markers (a computed path). */
  marker?: 'circle' | 'square' | 'triangle' | 'diamond';
  hollow?: boolean;
  /** False for a marker alone (a reported point, a target). */
  line?: boolean;
  dash?: string;
}

export interface ChartImageInput {
  layout: ChartImageLayout;
  /** The chart's panels, top to bottom (most charts have one). */
  panels: ChartMarkup[];
  text: ChartImageText;
  /** The series drawn; the page's toggles are its legend, so the image needs its own. */
  legend: LegendEntry[];
  /** `@font-face` rules with the fonts embedded as data URLs; '' to rely on installed fonts. */
  fontFaceCss: string;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;
export const IMAGE_FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

// Exported images are always light: they are printed and pasted into white pages.
const INK = '#1a1a1a';
const MUTED = '#555555';
const PAPER = '#ffffff';
const RULE = '#d9d9d9';

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

interface TextBlock {
  lines: string[];
  fontSize: number;
  bold?: boolean;
  color: string;
  /** Identifies the block for tests and for readers of the SVG source. */
  role: string;
}

const lineHeight = (block: TextBlock): number => Math.round(block.fontSize * 1.35);
const blockHeight = (block: TextBlock): number => block.lines.length * lineHeight(block);

/**
 * One `<text>` per block, one `<tspan>` per line. Every line but the last keeps its trailing
 * space, so the block's text content is the original sentence (the renderer drops the space).
 */
function renderBlock(block: TextBlock, x: number, top: number): string {
  const step = lineHeight(block);
  const spans = block.lines
    .map((line, index) => {
      const content = index < block.lines.length - 1 ? `${line} ` : line;
      return `<tspan x="${x}" y="${top + index * step + block.fontSize}">${escapeXml(content)}</tspan>`;
    })
    .join('');
  const weight = block.bold ? ' font-weight="700"' : '';
  return `<text data-role="${block.role}" font-size="${block.fontSize}"${weight} fill="${block.color}">${spans}</text>`;
}

const PANEL_LABEL_SIZE = 14;
const panelLabelHeight = (panel: ChartMarkup): number =>
  panel.label === undefined ? 0 : Math.round(PANEL_LABEL_SIZE * 1.6);

/** The panels' own size: their widest width, their heights and labels stacked. */
function panelsSize(panels: readonly ChartMarkup[]): { width: number; height: number } {
  return {
    width: Math.max(...panels.map((p) => p.width)),
    height: panels.reduce((sum, p) => sum + p.height + panelLabelHeight(p), 0),
  };
}

/**
 * The chart's panels stacked in a box, scaled together to fit it (never distorted). Each
 * panel keeps its own coordinates in a nested `<svg>`, so its marks are exactly as drawn.
 */
function nestedPanels(
  panels: readonly ChartMarkup[],
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  const natural = panelsSize(panels);
  const scale = Math.min(width / natural.width, height / natural.height);
  const left = x + (width - natural.width * scale) / 2;
  let top = 0;
  const parts = panels.map((panel) => {
    const label =
      panel.label === undefined
        ? ''
        : `<text data-role="panel-label" x="0" y="${top + PANEL_LABEL_SIZE}" font-size="${PANEL_LABEL_SIZE}" font-weight="700" fill="${INK}">${escapeXml(panel.label)}</text>`;
    top += panelLabelHeight(panel);
    const nested = `<svg data-role="chart" x="0" y="${top}" width="${panel.width}" height="${panel.height}" viewBox="0 0 ${panel.width} ${panel.height}">${panel.markup}</svg>`;
    top += panel.height;
    return label + nested;
  });
  return `<g transform="translate(${left} ${y}) scale(${scale})">${parts.join('')}</g>`;
}

function document(
  width: number,
  height: number,
  text: ChartImageText,
  fontFaceCss: string,
  body: string,
): string {
  const style = `${fontFaceCss}text{font-family:${IMAGE_FONT_FAMILY}}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(IMAGE_FONT_FAMILY)}" role="img" aria-labelledby="chart-image-title">` +
    `<title id="chart-image-title">${escapeXml(text.title)}</title>` +
    `<style>${style}</style>` +
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>` +
    body +
    '</svg>'
  );
}

function markerPath(entry: LegendEntry, cx: number, cy: number): string {
  const r = 4.5;
  const paint = entry.hollow
    ? `fill="${PAPER}" stroke="${entry.color}" stroke-width="2"`
    : `fill="${entry.color}"`;
  switch (entry.marker) {
    case undefined:
      return '';
    case 'circle':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint}/>`;
    case 'square':
      return `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" ${paint}/>`;
    case 'triangle':
      return `<path d="M${cx} ${cy - r - 1}L${cx + r + 1} ${cy + r}L${cx - r - 1} ${cy + r}Z" ${paint}/>`;
    case 'diamond':
      return `<path d="M${cx} ${cy - r - 1}L${cx + r + 1} ${cy}L${cx} ${cy + r + 1}L${cx - r - 1} ${cy}Z" ${paint}/>`;
  }
}

/**
 * The legend as rows of swatches (line, dash and marker) and labels, wrapped to `maxWidth`.
 * Returns the markup and its height; nothing for a single series, which the title names.
 */
function renderLegend(
  entries: readonly LegendEntry[],
  x: number,
  top: number,
  maxWidth: number,
  fontSize: number,
): { markup: string; height: number } {
  if (entries.length === 0) return { markup: '', height: 0 };
  const rowHeight = Math.round(fontSize * 1.6);
  const swatch = 28;
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  for (const entry of entries) {
    const itemWidth = swatch + 6 + estimateTextWidth(entry.label, fontSize) + 18;
    if (cx > x && cx + itemWidth > x + maxWidth) {
      cx = x;
      row += 1;
    }
    const cy = top + row * rowHeight + rowHeight / 2;
    const dash = entry.dash ? ` stroke-dasharray="${entry.dash}"` : '';
    const line =
      entry.line === false
        ? ''
        : `<line x1="${cx}" x2="${cx + swatch}" y1="${cy}" y2="${cy}" stroke="${entry.color}" stroke-width="2"${dash}/>`;
    parts.push(
      `<g data-role="legend-entry">${line}` +
        markerPath(entry, cx + swatch / 2, cy) +
        `<text x="${cx + swatch + 6}" y="${cy + fontSize * 0.35}" font-size="${fontSize}" fill="${INK}">${escapeXml(entry.label)}</text></g>`,
    );
    cx += itemWidth;
  }
  return { markup: parts.join(''), height: (row + 1) * rowHeight };
}

function footerLine(text: ChartImageText): string {
  return `${text.licence} · ${text.siteName}`;
}

function composeStandard({ panels, text, legend, fontFaceCss }: ChartImageInput): ChartImage {
  const pad = 24;
  const chart = panelsSize(panels);
  const width = Math.max(Math.ceil(chart.width), 560) + 2 * pad;
  const inner = width - 2 * pad;
  const wrap = (value: string, fontSize: number, bold = false): string[] =>
    wrapText(value, fontSize, inner, { bold });
  const header: TextBlock[] = [
    { role: 'title', lines: wrap(text.title, 22, true), fontSize: 22, bold: true, color: INK },
    { role: 'subtitle', lines: wrap(text.subtitle, 15), fontSize: 15, color: MUTED },
  ];
  const footer: TextBlock[] = [
    ...text.notes.map((note) => ({
      role: 'note',
      lines: wrap(note, 12),
      fontSize: 12,
      color: MUTED,
    })),
    { role: 'source', lines: wrap(text.sourceLine, 12), fontSize: 12, color: INK },
    { role: 'credit', lines: wrap(footerLine(text), 12), fontSize: 12, color: MUTED },
  ];
  const parts: string[] = [];
  let y = pad;
  for (const block of header) {
    parts.push(renderBlock(block, pad, y));
    y += blockHeight(block) + 4;
  }
  const legendBlock = renderLegend(legend, pad, y + 4, inner, 13);
  parts.push(legendBlock.markup);
  y += legendBlock.height + 8;
  parts.push(nestedPanels(panels, pad, y, inner, chart.height));
  y += chart.height + 12;
  parts.push(`<line x1="${pad}" x2="${width - pad}" y1="${y}" y2="${y}" stroke="${RULE}"/>`);
  y += 8;
  for (const block of footer) {
    parts.push(renderBlock(block, pad, y));
    y += blockHeight(block) + 4;
  }
  const height = Math.ceil(y + pad - 4);
  return { svg: document(width, height, text, fontFaceCss, parts.join('')), width, height };
}

function composeSocial({ panels, text, legend, fontFaceCss }: ChartImageInput): ChartImage {
  const { width, height } = SOCIAL_SIZE;
  const pad = 48;
  const inner = width - 2 * pad;
  const title: TextBlock = {
    role: 'title',
    lines: wrapText(text.title, 36, inner, { bold: true, maxLines: 2 }),
    fontSize: 36,
    bold: true,
    color: INK,
  };
  const subtitle: TextBlock = {
    role: 'subtitle',
    lines: wrapText(text.subtitle, 20, inner, { maxLines: 1 }),
    fontSize: 20,
    color: MUTED,
  };
  // At most two lines of notes fit under a chart this size; the rest are counted.
  const noteLines = text.notes.flatMap((note) => wrapText(note, 14, inner, { maxLines: 1 }));
  const shownNotes = noteLines.length > 2 ? noteLines.slice(0, 1) : noteLines;
  if (shownNotes.length < noteLines.length) {
    const more = noteLines.length - shownNotes.length;
    shownNotes.push(`… and ${more} more ${more === 1 ? 'note' : 'notes'} on the indicator page.`);
  }
  const footer: TextBlock[] = [
    ...(shownNotes.length > 0
      ? [{ role: 'note', lines: shownNotes, fontSize: 14, color: MUTED }]
      : []),
    {
      role: 'source',
      lines: wrapText(text.sourceLine, 15, inner, { maxLines: 2 }),
      fontSize: 15,
      color: INK,
    },
    { role: 'credit', lines: [footerLine(text)], fontSize: 15, color: MUTED },
  ];
  const parts: string[] = [];
  let y = pad - 8;
  for (const block of [title, subtitle]) {
    parts.push(renderBlock(block, pad, y));
    y += blockHeight(block) + 6;
  }
  const legendBlock = renderLegend(legend, pad, y, inner, 15);
  parts.push(legendBlock.markup);
  y += legendBlock.height;
  const footerHeight = footer.reduce((sum, block) => sum + blockHeight(block) + 4, 0);
  const footerTop = height - pad + 12 - footerHeight;
  const chartTop = y + 8;
  const chartHeight = Math.max(80, footerTop - 16 - chartTop);
  parts.push(nestedPanels(panels, pad, chartTop, inner, chartHeight));
  let footerY = footerTop;
  parts.push(
    `<line x1="${pad}" x2="${width - pad}" y1="${footerY - 8}" y2="${footerY - 8}" stroke="${RULE}"/>`,
  );
  for (const block of footer) {
    parts.push(renderBlock(block, pad, footerY));
    footerY += blockHeight(block) + 4;
  }
  return { svg: document(width, height, text, fontFaceCss, parts.join('')), width, height };
}

/**
 * A self-contained SVG of a chart for publication: title, subtitle, the chart, the notes on
 * its figures, the source line, the licence and the dashboard's name, in embedded fonts and
 * explicit colours, so that it renders the same in any viewer and rasterises to PNG.
 */
export function composeChartImage(input: ChartImageInput): ChartImage {
  return input.layout === 'social' ? composeSocial(input) : composeStandard(input);
}
