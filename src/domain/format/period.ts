import type { Period } from '../model';

/** "2023" for one year, "2022–2023" (en dash) for a period stated as one figure. */
export function formatPeriod(period: Period): string {
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}
