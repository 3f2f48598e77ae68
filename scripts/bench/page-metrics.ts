/**
 * Runs in the page before any of its own scripts (Playwright addInitScript) and records,
 * in window.__bench: first and largest contentful paint, layout shifts, long tasks, event
 * timings, and when the chart's data marks were first in the DOM, laid out and visible.
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
  observe('event', (e) => { bench.events.push([e.name, e.duration]); }, { durationThreshold: 16 });
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

export interface PageMetrics {
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longTasks: [number, number][];
  events: [string, number][];
  chartVisible: number | null;
}
