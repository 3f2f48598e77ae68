/**
 * Calls `run` once the element has scrolled into view and the main thread is idle, so that
 * making a prerendered chart interactive never competes with the first paint or with input.
 * Returns a cancel function. Without IntersectionObserver, only waits for idle.
 */
export function whenVisibleAndIdle(element: Element | null, run: () => void): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  const onIdle = (): void => {
    if (cancelled) return;
    const schedule =
      window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1));
    idleHandle = schedule(
      () => {
        if (!cancelled) run();
      },
      { timeout: 2000 },
    );
  };
  if (!element || typeof IntersectionObserver === 'undefined') {
    onIdle();
    return () => {
      cancelled = true;
      if (idleHandle !== undefined) window.cancelIdleCallback?.(idleHandle);
    };
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      onIdle();
    }
  });
  observer.observe(element);
  return () => {
    cancelled = true;
    observer.disconnect();
    if (idleHandle !== undefined) window.cancelIdleCallback?.(idleHandle);
  };
}
