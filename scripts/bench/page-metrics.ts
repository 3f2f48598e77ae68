/**
 * Runs in the page before any of its own scripts (Playwright addInitScript) and records,
 * in window.__bench: first and largest contentful paint, layout shifts, long tasks, the
 * timings of interaction events, and when the chart's data marks were first in the DOM, laid out and visible.
 */
export const PAGE_METRICS_SCRIPT = `(() => {
  const bench = { fcp: null, lcp: null, cls: 0, longTasks: [], events: [], chartVisible: null };
  window.__bench = bench;
  const observe = (type, callback, options = {}) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true, ...options }); } catch {}
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') bench.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { bench.lcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) bench.cls += e.value; });
  observe('longtask', (e) => { bench.longTasks.push([e.startTime, e.duration]); });
  // Only events of an interaction (pointerdown, pointerup, click, keydown, keyup) count
  // towards INP; hover events that a pointer's approach fires (pointerover, mouseenter, …)
  // do not. 16 ms is the lowest threshold Event Timing allows.
  observe('event', (e) => {
    if (e.interactionId > 0) bench.events.push({
      name: e.name,
      interactionId: e.interactionId,
      duration: e.duration,
      inputDelay: e.processingStart - e.startTime,
      processing: e.processingEnd - e.processingStart,
      presentation: e.startTime + e.duration - e.processingEnd,
    });
  }, { durationThreshold: 16 });
  const marksVisible = () => {
    // Canvas charts (Chart.js) have no marks to count; their page flags the drawn chart.
    if (document.querySelector('figure[data-chart][data-chart-drawn]')) return true;
    const marks = document.querySelectorAll('figure[data-chart] svg [data-mark]');
    for (const mark of marks) {
      const box = mark.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && mark.checkVisibility?.() !== false) return true;
    }
    return false;
  };
  // When the marks were first in the DOM and laid out with a size; the chart is on screen at
  // the first paint after that, so the runner takes the later of this and first paint.
  const check = () => {
    if (bench.chartVisible === null && marksVisible()) bench.chartVisible = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

/** An Event Timing entry of an interaction; its parts add up to its duration. */
export interface InteractionEvent {
  name: string;
  interactionId: number;
  /** Input until the next frame was presented, rounded by the browser to 8 ms. */
  duration: number;
  /** Input until its handlers ran (the main thread was busy). */
  inputDelay: number;
  /** The event handlers. */
  processing: number;
  /** Handlers' end until the frame showing their result was presented. */
  presentation: number;
}

export interface PageMetrics {
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longTasks: [number, number][];
  events: InteractionEvent[];
  chartVisible: number | null;
}
