import { describe, expect, it } from 'vitest';
import { firstPaintBreakdown, type TraceEvent } from '../../../scripts/bench/trace-breakdown';

const RENDERER = 7;
const MAIN = 1;
const COMPOSITOR = 2;

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const task = (name: string, ts: number, dur: number, pid = RENDERER, tid = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
  tid,
});
const layout = (ts: number, dur: number, dirtyObjects: number, tid = MAIN): TraceEvent => ({
  ...task('Layout', ts, dur, RENDERER, tid),
  args: { beginData: { dirtyObjects } },
});
const navigationStart = (ts: number, navigationId: string): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  ts,
  pid: RENDERER,
  tid: MAIN,
  args: { data: { navigationId } },
});
const firstPaint = (ts: number): TraceEvent => ({
  name: 'firstContentfulPaint',
  ph: 'R',
  ts,
  pid: RENDERER,
  tid: MAIN,
  args: { data: { navigationId: 'page' } },
});
const totalMs = (events: TraceEvent[], name: string): number =>
  events.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;

describe('firstPaintBreakdown', () => {
  // Main-thread work between the main frame's navigation (t = 1 s) and its first paint (1.4 s).
  const counted = [
    task('ParseHTML', 1_050_000, 6_000),
    task('ParseHTML', 1_150_000, 4_500),
    task('UpdateLayoutTree', 1_200_000, 3_000),
    task('ParseAuthorStyleSheet', 1_060_000, 1_250),
    layout(1_210_000, 20_000, 216),
    layout(1_300_000, 7_500, 12),
    task('PrePaint', 1_350_000, 1_000),
    task('Paint', 1_360_000, 2_000),
    task('RunTask', 1_040_000, 30_000),
    task('RunTask', 1_195_000, 160_000),
  ];
  const elsewhere = [
    // Before the navigation, after the first paint, on another thread and another process.
    layout(900_000, 50_000, 1000),
    layout(1_500_000, 50_000, 1000),
    layout(1_220_000, 50_000, 1000, COMPOSITOR),
    task('Layout', 1_220_000, 50_000, 99, MAIN),
    // The initial empty document's navigation, which did not paint.
    navigationStart(1_100_000, 'initial empty document'),
  ];
  const trace = [
    thread(RENDERER, MAIN, 'CrRendererMain'),
    thread(RENDERER, COMPOSITOR, 'Compositor'),
    thread(99, MAIN, 'CrRendererMain'),
    navigationStart(1_000_000, 'page'),
    ...elsewhere,
    ...counted,
    firstPaint(1_400_000),
  ];

  it('counts only the painting renderer’s main thread between its navigation’s start and first paint', () => {
    const breakdown = firstPaintBreakdown(trace);
    expect(breakdown).toEqual({
      firstPaint: (1_400_000 - 1_000_000) / 1000,
      work: {
        parse: totalMs(counted, 'ParseHTML'),
        style: totalMs(counted, 'UpdateLayoutTree') + totalMs(counted, 'ParseAuthorStyleSheet'),
        layout: totalMs(counted, 'Layout'),
        paint: totalMs(counted, 'PrePaint') + totalMs(counted, 'Paint'),
      },
      busy: totalMs(counted, 'RunTask'),
      // The two layouts before the paint: 216 and 12 objects.
      layoutObjects: 228,
    });
  });

  it('ends at the paint step that painted content, when the trace marks it, not at the frame shown', () => {
    const painted = (ts: number): TraceEvent => ({
      name: 'PaintTimingVisualizer::LayoutObjectPainted',
      ph: 'I',
      ts,
      pid: RENDERER,
      tid: MAIN,
    });
    const firstFrame = [
      layout(1_100_000, 20_000, 238),
      task('Paint', 1_150_000, 5_000),
      painted(1_152_000),
    ];
    // The next frame starts while the first is still on its way to the screen (1.4 s).
    const nextFrame = [layout(1_200_000, 30_000, 139), task('Paint', 1_250_000, 4_000)];
    const breakdown = firstPaintBreakdown([
      thread(RENDERER, MAIN, 'CrRendererMain'),
      navigationStart(1_000_000, 'page'),
      // A blank frame before any content: it marks nothing.
      task('Paint', 1_050_000, 1_000),
      ...firstFrame,
      ...nextFrame,
      firstPaint(1_400_000),
    ]);
    expect(breakdown?.firstPaint).toBe(400);
    expect(breakdown?.layoutObjects).toBe(238);
    expect(breakdown?.work.layout).toBe(20);
    expect(breakdown?.work.paint).toBe(6);
  });

  it('is null for a load that never painted or never started', () => {
    expect(firstPaintBreakdown(trace.filter((e) => e.name !== 'firstContentfulPaint'))).toBeNull();
    expect(
      firstPaintBreakdown(
        trace.filter((e) => e.name !== 'navigationStart' || e.args?.data?.navigationId !== 'page'),
      ),
    ).toBeNull();
  });
});
