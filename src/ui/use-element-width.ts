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

/** The width inside an element's padding and border: what a chart drawn in it may fill. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  const inset = edges.reduce((sum, edge) => sum + (parseFloat(style[edge]) || 0), 0);
  return Math.floor(element.getBoundingClientRect().width - inset);
}

/**
 * The content width of an element, following resizes. Starts at the initial width so that
 * the first render (and a server render) has an explicit size; charts never measure at
 * import time. The element must be rendered by the component that calls this, from its
 * first render on: it is looked up once, on mount.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(useContext(InitialWidthContext));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const update = (): void => {
      const measured = contentWidth(element);
      if (measured > 0) setWidth(measured);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
