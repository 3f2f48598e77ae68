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
  args?: {
    name?: string;
    data?: { navigationId?: string };
    /** A Layout event's: how many layout objects it had to lay out. */
    beginData?: { dirtyObjects?: number };
  };
}

/** What a trace records for the breakdown (navigationStart is a user-timing mark; the first paint is in 'loading'). */
export const FIRST_PAINT_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
  'blink.user_timing',
];

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
  /**
   * Milliseconds of each kind of main-thread work in that span: until the first paint's own
   * paint step ends, not until the frame is shown, by when the next frame's work may have begun.
   */
  work: Record<FirstPaintWork, number>;
  /** All main-thread tasks in that span, ms. */
  busy: number;
  /** Layout objects laid out in that span (each layout's dirty objects, summed). */
  layoutObjects: number;
}

/** Chromium's mark for each object it paints while it looks for the first contentful paint. */
const PAINTED_FOR_PAINT_TIMING = 'PaintTimingVisualizer::LayoutObjectPainted';

/**
 * Where a page load's time went until its first contentful paint, from its trace: the
 * renderer's main thread (the one that painted first), from the start of the navigation
 * that painted until the end of the paint step that painted content first (the first
 * contentful paint itself is when that frame was shown). Null when the trace has no first
 * paint or not its navigation's start.
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
  const onMainThread = (event: TraceEvent): boolean =>
    event.ph === 'X' && event.pid === paint.pid && event.tid === mainThread;
  const paintedMarks = events.filter(
    (event) => event.name === PAINTED_FOR_PAINT_TIMING && event.pid === paint.pid,
  );
  const contentfulPaintStep = events.find(
    (event) =>
      event.name === 'Paint' &&
      onMainThread(event) &&
      event.ts >= start.ts &&
      paintedMarks.some((mark) => mark.ts >= event.ts && mark.ts <= event.ts + (event.dur ?? 0)),
  );
  const end = contentfulPaintStep
    ? contentfulPaintStep.ts + (contentfulPaintStep.dur ?? 0)
    : paint.ts;
  const inSpan = events.filter(
    (event) => onMainThread(event) && event.ts >= start.ts && event.ts <= Math.min(end, paint.ts),
  );
  const milliseconds = (names: readonly string[]): number =>
    inSpan
      .filter((event) => names.includes(event.name))
      .reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
  const work = Object.fromEntries(
    Object.entries(FIRST_PAINT_WORK).map(([kind, names]) => [kind, milliseconds(names)]),
  ) as Record<FirstPaintWork, number>;
  const layoutObjects = inSpan
    .filter((event) => event.name === 'Layout')
    .reduce((sum, event) => sum + (event.args?.beginData?.dirtyObjects ?? 0), 0);
  return {
    firstPaint: (paint.ts - start.ts) / 1000,
    work,
    busy: milliseconds(['RunTask']),
    layoutObjects,
  };
}
