import type { Locale } from '../translate';
import { formatNumber } from './number';

/** A file size as people read it: "980 bytes", "12.3 kB", "1.2 MB" (SI units, as browsers show). */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = (value: number): string => formatNumber(value, locale.language, 1);
  if (bytes < 1000) return locale.t('format:bytes.bytes', { value: number(bytes) });
  if (bytes < 1_000_000) return locale.t('format:bytes.kB', { value: number(bytes / 1000) });
  return locale.t('format:bytes.MB', { value: number(bytes / 1_000_000) });
}
