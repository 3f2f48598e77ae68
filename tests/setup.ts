import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { testI18n } from './i18n';
import { server } from './msw/server';

// Components rendered on their own (outside the app's provider) read English.
testI18n('en');

// Pages and charts are lazy chunks; their first import in a test run (a Vite transform) can
// take longer than Testing Library's default second on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

// jsdom does not scroll, and says so on the console; moving between pages asks it to.
// (Tests in the node environment have no window.)
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

// jsdom computes no `display` without a stylesheet, and accessible names then get a space
// around every element. A browser gives <wbr> (a line-break opportunity inside a word, as in
// a file's path) no box: "indicators/<wbr>x.csv" is named "indicators/x.csv", as here.
if (typeof document !== 'undefined') {
  const browserDefaults = document.createElement('style');
  browserDefaults.textContent = 'wbr { display: inline; }';
  document.head.append(browserDefaults);
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
