/** One event of a Chromium trace (Trace Event Format), as far as the breakdown reads it. */
export interface TraceEvent {
  name: string;
  /** Phase: 'X' complete (with a duration), 'M' metadata, 'R'/'I' instant marks, … */
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { navigationId?: string } };
}

/** Main-thread work of the kinds that stand between a page's bytes and its first paint. */
export const FIRST_PAINT_WORK = {
  parse: ['ParseHTML'],
  style: ['UpdateLayoutTree', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint'],
} as const;
export type FirstPaintWork = keyof typeof FIRST_PAINT_WORK;

export interface FirstPaintBreakdown {
  /** Navigation start to first contentful paint, ms. */
  firstPaint: number;
  /** Milliseconds of each kind of main-thread work in that span. */
  work: Record<FirstPaintWork, number>;
  /** All main-thread tasks in that span, ms. */
  busy: number;
}

/**
 * Where a page load's time went until its first contentful paint, from its trace: the
 * renderer's main thread (the one that painted first), from the start of the navigation
 * that painted. Null when the trace has no first paint or not its navigation's start.
 */
export function firstPaintBreakdown(events: readonly TraceEvent[]): FirstPaintBreakdown | null {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) return null;
  const mainThread = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === paint.pid &&
      event.args?.name === 'CrRendererMain',
  )?.tid;
  // The navigation that painted (a page's trace also holds the initial empty document's).
  const navigationId = paint.args?.data?.navigationId;
  const start = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      navigationId !== undefined &&
      event.args?.data?.navigationId === navigationId,
  );
  if (mainThread === undefined || !start) return null;
  const inSpan = events.filter(
    (event) =>
      event.ph === 'X' &&
      event.pid === paint.pid &&
      event.tid === mainThread &&
      event.ts >= start.ts &&
      event.ts <= paint.ts,
  );
  const milliseconds = (names: readonly string[]): number =>
    inSpan
      .filter((event) => names.includes(event.name))
      .reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
  const work = Object.fromEntries(
    Object.entries(FIRST_PAINT_WORK).map(([kind, names]) => [kind, milliseconds(names)]),
  ) as Record<FirstPaintWork, number>;
  return { firstPaint: (paint.ts - start.ts) / 1000, work, busy: milliseconds(['RunTask']) };
}
