/**
 * WCAG 2.x contrast, for tests: relative luminance of an sRGB colour and the contrast ratio
 * of two (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Colours are read from CSS
 * text: `#rgb`, `#rrggbb` or `rgb()`/`rgba()` as getComputedStyle writes them.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  /** Opacity, 0 to 1. */
  alpha: number;
}

/** A CSS colour as channels 0–255, or an error for anything else (so tests fail loudly). */
export function parseColor(text: string): Rgb {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const channel = (index: number): number =>
      Number.parseInt(full.slice(index * 2, index * 2 + 2), 16);
    return { r: channel(0), g: channel(1), b: channel(2), alpha: 1 };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value,
  );
  if (rgb) {
    const [, r = '', g = '', b = '', a] = rgb;
    const alpha =
      a === undefined ? 1 : a.endsWith('%') ? Number.parseFloat(a) / 100 : Number.parseFloat(a);
    return { r: Number(r), g: Number(g), b: Number(b), alpha };
  }
  throw new Error(`not a colour this test understands: "${text}"`);
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: string | Rgb): number {
  const { r, g, b } = typeof color === 'string' ? parseColor(color) : color;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (same luminance) to 21 (black on white); opaque colours only. */
export function contrastRatio(foreground: string, background: string): number {
  for (const color of [foreground, background]) {
    if (parseColor(color).alpha < 1) throw new Error(`"${color}" is translucent`);
  }
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort(
    (a, b) => b - a,
  );
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}
