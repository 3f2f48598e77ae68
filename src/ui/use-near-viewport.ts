import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether an element has come within `rootMargin` of the viewport (and stays true once it
 * has). Where IntersectionObserver is missing (jsdom, the build's prerendering, old
 * browsers), everything counts as near. Callers must render the same markup either way
 * (it decides when to load, not what to show), so a prerendered page hydrates unchanged.
 */
export function useNearViewport<T extends Element>(
  rootMargin = '600px',
): [RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, rootMargin]);
  return [ref, near];
}
