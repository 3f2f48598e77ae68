/** A file size as people read it: "980 bytes", "12.3 kB", "1.2 MB" (SI units, as browsers show). */
export function formatBytes(bytes: number, locale: string): string {
  const number = (value: number): string =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return `${number(bytes)} bytes`;
  if (bytes < 1_000_000) return `${number(bytes / 1000)} kB`;
  return `${number(bytes / 1_000_000)} MB`;
}
