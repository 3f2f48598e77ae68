import type { Locale } from '../translate';

/** A file size as people read it: "980 bytes", "12.3 kB", "1.2 MB" (SI units, as browsers show). */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = (value: number): string =>
    new Intl.NumberFormat(locale.language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return locale.t('format:bytes.bytes', { value: number(bytes) });
  if (bytes < 1_000_000) return locale.t('format:bytes.kB', { value: number(bytes / 1000) });
  return locale.t('format:bytes.MB', { value: number(bytes / 1_000_000) });
}
