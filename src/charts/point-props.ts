/** What Recharts passes to custom dot and label renderers (coordinates may be strings). */
export interface PointProps {
  cx?: number | string;
  cy?: number | string;
  x?: number | string;
  y?: number | string;
  index?: number;
}

/** A coordinate as a number, or undefined when Recharts has none for this point. */
export function coordinate(value: number | string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
