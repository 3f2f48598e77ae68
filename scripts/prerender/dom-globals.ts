import { JSDOM } from 'jsdom';

/**
 * Gives Node a browser-like global DOM (jsdom), so React can render the app with Recharts
 * drawing real SVG, which it does not do under react-dom/server (recharts/recharts#5997).
 * Must run before react-dom/client is first imported.
 */
export function installDomGlobals(url: string): JSDOM {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    url,
    pretendToBeVisual: true,
  });
  const window = dom.window as unknown as Record<string, unknown>;
  const globals = globalThis as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in globals) continue;
    globals[key] = window[key];
  }
  globals.window = dom.window;
  globals.document = dom.window.document;
  globals.navigator = dom.window.navigator;
  // Tells React this is a test-like environment where act() is not required.
  globals.IS_REACT_ACT_ENVIRONMENT = false;
  return dom;
}
