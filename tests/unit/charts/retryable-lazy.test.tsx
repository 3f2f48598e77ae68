import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactElement } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryableLazy, retryFailedLoads } from '../../../src/charts/retryable-lazy';

function Greeting({ name }: { name: string }): ReactElement {
  return <p>Hello, {name}</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe(retryableLazy, () => {
  it('shows a failed load to the error boundary, and loads again once retried', async () => {
    // React reports the error the boundary catches on the console; expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: Greeting });
    const Lazy = retryableLazy(load);
    const user = userEvent.setup();
    render(
      <ErrorBoundary
        onReset={retryFailedLoads}
        fallbackRender={({ resetErrorBoundary }) => (
          <button type="button" onClick={resetErrorBoundary}>
            Try again
          </button>
        )}
      >
        <Suspense fallback={<p>Loading</p>}>
          <Lazy name="reader" />
        </Suspense>
      </ErrorBoundary>,
    );
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads once when the first load succeeds', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const Lazy = retryableLazy(load);
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
});
