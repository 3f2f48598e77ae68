import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import { fontFaceCss, type EmbeddedFace } from '../../domain/export/font-face';

// Files the build copies as assets; an export fetches only the subsets its text needs.
const FILES: Record<EmbeddedFace['subset'], Record<EmbeddedFace['weight'], string>> = {
  latin: { 400: latin400, 700: latin700 },
  cyrillic: { 400: cyrillic400, 700: cyrillic700 },
  'cyrillic-ext': { 400: cyrillicExt400, 700: cyrillicExt700 },
};

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the image font ${url} (${response.status}).`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${url}.`));
    reader.readAsDataURL(blob);
  });
}

/** `@font-face` rules embedding the regular and bold faces of the given subsets. */
export async function embeddedFontCss(subsets: readonly EmbeddedFace['subset'][]): Promise<string> {
  const faces = await Promise.all(
    subsets.flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        subset,
        weight,
        dataUrl: await dataUrl(FILES[subset][weight]),
      })),
    ),
  );
  return fontFaceCss(faces);
}
