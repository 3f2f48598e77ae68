import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HttpHandler } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpDataSource } from '../../../src/data/data-source';
import { defaultDataSource, setDefaultDataSource } from '../../../src/data/default-data-source';
import { MAX_RETRIES } from '../../../src/data/retry-policy';
import {
  DATA_URL,
  failNetwork,
  failThenPass,
  serveNothing,
  serveStatus,
  serveText,
} from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { contentType, SCENARIOS, WAIT, type FaultName, type Scenario } from './fault-scenarios';

/**
 * Every kind of fault a data file can have (missing, server error, time-out, network failure,
 * a web page instead of the file, truncated, malformed), for a region of every page: the
 * region says which file and what went wrong, with "Try again"; the rest of the page keeps
 * working; "Try again" recovers once the file is served again; no promise rejection goes
 * unhandled.
 */

/** The per-file time-out here: short, so three attempts fail well within a test's wait. */
const TIMEOUT_MS = 500;

// Any rejection nobody handled fails the test that caused it, not a later one or the run.
const rejections: unknown[] = [];
const onProcessRejection = (reason: unknown): void => void rejections.push(reason);
const onWindowRejection = (event: PromiseRejectionEvent): void =>
  void rejections.push(event.reason);
const defaultSource = defaultDataSource();
beforeEach(() => {
  rejections.length = 0;
  process.on('unhandledRejection', onProcessRejection);
  window.addEventListener('unhandledrejection', onWindowRejection);
});
afterEach(async () => {
  // Node reports an unhandled rejection after the microtasks of the current turn.
  await new Promise((resolve) => setTimeout(resolve, 0));
  process.off('unhandledRejection', onProcessRejection);
  window.removeEventListener('unhandledrejection', onWindowRejection);
  setDefaultDataSource(defaultSource);
  expect(rejections).toEqual([]);
});

interface FaultKind {
  name: FaultName;
  description: string;
  handler: (scenario: Scenario) => HttpHandler;
  /** The message the region shows. */
  message: (scenario: Scenario) => string;
  detail?: (scenario: Scenario) => string | RegExp | undefined;
}

const FAULTS: FaultKind[] = [
  {
    name: 'missing',
    description: 'missing (404)',
    handler: (s) => serveStatus(s.path, 404, 'Not Found'),
    message: (s) => `Could not load data/${s.path}: the server answered 404 Not Found`,
  },
  {
    name: 'server error',
    description: 'a server error (500) on every attempt',
    handler: (s) => serveStatus(s.path, 500, 'Internal Server Error'),
    message: (s) => `Could not load data/${s.path}: the server answered 500 Internal Server Error`,
  },
  {
    name: 'time-out',
    description: 'no answer (time-out)',
    handler: (s) => serveNothing(s.path),
    message: (s) => `Could not load data/${s.path}: no answer within 0.5 seconds`,
  },
  {
    name: 'network',
    description: 'a network failure',
    handler: (s) => failNetwork(s.path),
    message: (s) => `Could not load data/${s.path}: the network request failed`,
  },
  {
    name: 'web page',
    description: 'a web page instead of the file (text/html)',
    handler: (s) =>
      serveText(s.path, '<!doctype html><title>Dashboard</title>', 'text/html; charset=utf-8'),
    message: (s) =>
      `Could not load data/${s.path}: the server sent a web page instead of the data file, so the file is probably missing`,
  },
  {
    name: 'truncated',
    description: 'truncated',
    handler: (s) => serveText(s.path, s.truncated?.body ?? '', contentType(s.path)),
    message: (s) => `data/${s.path} is not valid`,
    detail: (s) => s.truncated?.detail,
  },
  {
    name: 'malformed',
    description: 'malformed',
    handler: (s) => serveText(s.path, s.malformed?.body ?? '', contentType(s.path)),
    message: (s) => `data/${s.path} is not valid`,
    detail: (s) => s.malformed?.detail,
  },
];

function faultsFor(scenario: Scenario): FaultKind[] {
  return FAULTS.filter(
    (fault) =>
      (scenario.kinds ?? FAULTS.map((f) => f.name)).includes(fault.name) &&
      (fault.name !== 'truncated' || scenario.truncated) &&
      (fault.name !== 'malformed' || scenario.malformed),
  );
}

/** The alert of the region that failed, found by its title. */
async function findRegionAlert(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(`${title} could not be shown.`, {}, WAIT);
  const alert = heading.closest<HTMLElement>('[role="alert"]');
  if (!alert) throw new Error(`"${title} could not be shown." is not inside an alert`);
  return alert;
}

describe.each(SCENARIOS.map((s) => [s.page, s.path, s] as const))(
  '%s: a fault in data/%s',
  (_page, _path, scenario) => {
    it.each(faultsFor(scenario).map((fault) => [fault.description, fault] as const))(
      '%s: shown in its region, the rest works, Try again recovers',
      async (_description, fault) => {
        if (fault.name === 'time-out') {
          setDefaultDataSource(httpDataSource(DATA_URL, undefined, { timeoutMs: TIMEOUT_MS }));
        }
        server.use(fault.handler(scenario));
        const user = userEvent.setup();
        renderApp(scenario.route);
        const alert = await findRegionAlert(scenario.region);
        expect(alert).toHaveTextContent(fault.message(scenario));
        const detail = fault.detail?.(scenario);
        if (detail !== undefined) {
          const problems = within(alert)
            .getAllByRole('listitem')
            .map((item) => item.textContent);
          expect(problems).toContainEqual(
            typeof detail === 'string' ? detail : expect.stringMatching(detail),
          );
        }
        // Only this region failed.
        expect(screen.getAllByRole('alert')).toEqual([alert]);
        await scenario.others();

        server.resetHandlers();
        await user.click(within(alert).getByRole('button', { name: 'Try again' }));
        await scenario.loaded();
        expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      },
    );
  },
);

describe.each(
  SCENARIOS.filter((s) => s.kinds === undefined).map((s) => [s.page, s.path, s] as const),
)('%s: data/%s fails, then answers', (_page, _path, scenario) => {
  it(`a 500 ${MAX_RETRIES} times: retried with backoff, and the region shows its content`, async () => {
    server.use(failThenPass(scenario.path, MAX_RETRIES));
    renderApp(scenario.route);
    await scenario.loaded();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
