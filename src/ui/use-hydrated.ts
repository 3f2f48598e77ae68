import { useSyncExternalStore } from 'react';

const subscribeToNothing = (): (() => void) => () => undefined;

/**
 * False while React renders on the server or hydrates prerendered markup, true afterwards
 * and in a render that starts in the browser. Lets a component show browser-only state
 * (such as the URL's hash, which a server never sees) without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
