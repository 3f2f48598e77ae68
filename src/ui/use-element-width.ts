import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';

/**
 * The width assumed before an element can be measured: in a server render, in the build's
 * chart prerendering (which sets it per variant) and in the first client render.
 */
export const InitialWidthContext = createContext(720);

/**
 * The width of an element, following resizes. Starts at the initial width so that the first
 * render (and a server render) has an explicit size; charts never measure at import time.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(useContext(InitialWidthContext));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const update = (): void => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
