import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType, type ReactElement } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  failedModuleUrl,
  retryableLazy,
  retryFailedLoads,
  type ModuleLoader,
} from '../../../src/ui/retryable-lazy';

function Greeting({ name }: { name: string }): ReactElement {
  return <p>Hello, {name}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

type GreetingModule = { default: typeof Greeting };
const byDefault = (module: GreetingModule) => module.default;

/** A lazy greeting in an error boundary whose fallback offers "Try again". */
function renderWithRetry(Lazy: ComponentType<{ name: string }>): void {
  render(
    <ErrorBoundary
      onReset={retryFailedLoads}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div role="alert">
          <p>{error instanceof Error ? error.message : 'failed'}</p>
          <button type="button" onClick={resetErrorBoundary}>
            Try again
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="reader" />
      </Suspense>
    </ErrorBoundary>,
  );
}

describe(failedModuleUrl, () => {
  const origin = 'https://example.org';
  it.each([
    ['Chromium', `Failed to fetch dynamically imported module: ${origin}/assets/chart-Ab1_.js`],
    ['Firefox', `error loading dynamically imported module: ${origin}/assets/chart-Ab1_.js`],
  ])('reads the module’s address from %s’s message', (_, message) => {
    expect(failedModuleUrl(new TypeError(message), origin)).toBe(`${origin}/assets/chart-Ab1_.js`);
  });

  it('names none when the message has none, or names another site’s script', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), origin)).toBe(
      undefined,
    );
    const elsewhere = 'Failed to fetch dynamically imported module: https://cdn.test/x.js';
    expect(failedModuleUrl(new TypeError(elsewhere), origin)).toBe(undefined);
    expect(failedModuleUrl('not an error', origin)).toBe(undefined);
  });
});

describe(retryableLazy, () => {
  it('shows a failed load to the error boundary, and loads again once retried', async () => {
    // React reports the error the boundary catches on the console; expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<GreetingModule>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: Greeting });
    const Lazy = retryableLazy(load, byDefault);
    const user = userEvent.setup();
    renderWithRetry(Lazy);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads once when the first load succeeds', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const Lazy = retryableLazy(load, byDefault);
    const { rerender } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="one" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello, one')).toBeInTheDocument();
    rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="two" />
      </Suspense>,
    );
    expect(await screen.findByText('Hello, two')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  const chunk = `${window.location.origin}/assets/chart-body-Ab1.js`;
  const failedImport = (url: string): TypeError =>
    new TypeError(`Failed to fetch dynamically imported module: ${url}`);
  // A page module: its component is a named export, which `pick` takes from either import.
  type PageModule = { GreetingPage: typeof Greeting };
  const pickPage = (module: PageModule) => module.GreetingPage;

  /** A browser whose imports of fresh addresses answer as `importModule` says. */
  function fakeLoader(
    importModule: (url: string) => Promise<unknown>,
    serverAnswers: (url: string) => Promise<boolean>,
  ) {
    const loader = {
      importModule: vi.fn(importModule),
      serverAnswers: vi.fn(serverAnswers),
      reloadPage: vi.fn(),
    } satisfies ModuleLoader;
    return loader;
  }

  it('retries the module the error names under a fresh address, as often as it fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<PageModule>>().mockRejectedValue(failedImport(chunk));
    // As a browser that keeps failed modules would answer: the fresh address fails once
    // more (the connection is still down, the server does not answer), then loads.
    let fails = 1;
    const loader = fakeLoader(
      async (url) => {
        if (fails-- > 0) throw failedImport(url);
        return { GreetingPage: Greeting };
      },
      async () => false,
    );
    const user = userEvent.setup();
    renderWithRetry(retryableLazy(load, pickPage, loader));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    expect(loader.importModule.mock.calls.map(([url]) => url)).toEqual([
      `${chunk}?retry=1`,
      `${chunk}?retry=2`,
    ]);
    expect(loader.serverAnswers.mock.calls.map(([url]) => url)).toEqual([`${chunk}?retry=1`]);
    expect(loader.reloadPage).not.toHaveBeenCalled();
  });

  it('reloads the page when the retry fails but the server answers for the module', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<PageModule>>().mockRejectedValue(failedImport(chunk));
    // One of the module's own imports failed first: the browser remembers that failure, so
    // the module fails at any address although the server now serves it.
    const loader = fakeLoader(
      (url) => Promise.reject(failedImport(url)),
      async () => true,
    );
    const user = userEvent.setup();
    renderWithRetry(retryableLazy(load, pickPage, loader));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(loader.reloadPage).toHaveBeenCalledTimes(1));
    // Loading until the page goes, not the error again.
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(loader.serverAnswers).toHaveBeenCalledWith(`${chunk}?retry=1`);
  });

  it('does not reload for a module that loaded and threw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<PageModule>>().mockRejectedValue(failedImport(chunk));
    const loader = fakeLoader(
      () => Promise.reject(new Error('the chart module threw')),
      async () => true,
    );
    const user = userEvent.setup();
    renderWithRetry(retryableLazy(load, pickPage, loader));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the chart module threw');
    expect(loader.reloadPage).not.toHaveBeenCalled();
  });

  it('never reloads on its own: a first load that fails goes to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<PageModule>>().mockRejectedValue(failedImport(chunk));
    const loader = fakeLoader(
      (url) => Promise.reject(failedImport(url)),
      async () => true,
    );
    renderWithRetry(retryableLazy(load, pickPage, loader));
    expect(await screen.findByRole('alert')).toHaveTextContent(chunk);
    expect(loader.serverAnswers).not.toHaveBeenCalled();
    expect(loader.reloadPage).not.toHaveBeenCalled();
  });
});
