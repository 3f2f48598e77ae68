import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { committedMeta, readDataFile } from '../../support/committed-data';

/**
 * Regions of every page and the data file each reads, for region-faults.test.tsx: how to
 * tell that the region has its content, what else on the page must keep working while it
 * has failed, and the file truncated and malformed with the problem that names it.
 */

export const WAIT = { timeout: 10_000 };
const MORTALITY = committedMeta('prison-mortality').title;
const SUICIDES_CHECK = 'Suicides in prisons: “a decrease of 32 per cent” from 29 to 22';
const SANCTIONS_CHECK = 'Sanctions after procurators’ reports: 377 and 332 make 709';

export type FaultName =
  'missing' | 'server error' | 'time-out' | 'network' | 'web page' | 'truncated' | 'malformed';

export interface FaultyBody {
  body: string;
  /** One of the problems listed, with file and, for a CSV, row. */
  detail: string | RegExp;
}

export interface Scenario {
  page: string;
  route: string;
  /** The faulty file, relative to data/. */
  path: string;
  /** The subject of the region's message: "<region> could not be shown." */
  region: string;
  /** Resolves once the region shows its content (after a retry that succeeds). */
  loaded: () => Promise<unknown>;
  /** Asserts the rest of the page is there while the region has failed. */
  others: () => Promise<unknown>;
  malformed?: FaultyBody;
  truncated?: FaultyBody;
  /** The fault kinds tried here; all by default. */
  kinds?: readonly FaultName[];
}

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
};
export const contentType = (path: string): string =>
  CONTENT_TYPES[path.split('.').pop() ?? ''] ?? '';

/** A CSV cut in the middle of its last row, as a transfer that stopped early leaves it. */
function cutCsv(path: string): FaultyBody {
  const lines = readDataFile(path).trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  // After the third comma: the first columns of every table here are unquoted.
  const cut = last.split(',').slice(0, 3).join(',').length + 1;
  const columns = (lines[0] ?? '').split(',').length;
  return {
    body: [...lines.slice(0, -1), last.slice(0, cut)].join('\n'),
    detail: `data/${path}, row ${lines.length}: expected ${columns} fields like the header, found 4`,
  };
}

/** A JSON file cut in half, in the middle of an object. */
function cutJson(path: string): FaultyBody {
  const text = readDataFile(path);
  return {
    body: text.slice(0, Math.floor(text.length / 2)),
    detail: new RegExp(
      `^data/${path.replace(/\./g, '\\.')}, column "\\(file\\)": the file is not valid JSON \\(.+\\)$`,
    ),
  };
}

const EVENT_ROWS = readDataFile('events.csv').trimEnd().split('\n').length - 1;
const mortalityCsv = readDataFile('indicators/prison-mortality.csv');
const malformedMortality: FaultyBody = {
  body: mortalityCsv.replace(',exact,actual,48,', ',exact,actuel,48,'),
  detail:
    'data/indicators/prison-mortality.csv, row 2, column "kind": expected one of actual, target, planned, legal_limit; found "actuel"',
};

const region = (name: string): Promise<HTMLElement> => screen.findByRole('region', { name }, WAIT);

/** The home page's card for custody reviews, with its figure. */
async function expectCustodyReviewsCard(): Promise<void> {
  const card = await screen.findByRole(
    'article',
    { name: committedMeta('custody-reviews').title, busy: false },
    WAIT,
  );
  expect(within(card).getByText('603 persons')).toBeInTheDocument();
}

/** The site's header navigation and footer, around any page's content. */
async function expectSiteChrome(): Promise<void> {
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  expect(screen.getByRole('contentinfo')).toBeInTheDocument();
}

export const SCENARIOS: Scenario[] = [
  {
    page: 'home',
    route: '/',
    path: 'topics.json',
    region: 'The topics',
    loaded: () =>
      screen.findByRole('heading', { level: 2, name: 'Custody and procedural safeguards' }, WAIT),
    others: async () => {
      // The cards still come, under "Other indicators", each with its figures.
      await expectCustodyReviewsCard();
      await region('What the figures do not quite support');
    },
    malformed: {
      body: '{"topics": []}',
      detail: 'data/topics.json, column "(root)": expected a list, found object {"topics":[]}',
    },
    truncated: cutJson('topics.json'),
  },
  {
    page: 'home, its key findings',
    route: '/',
    path: 'checks.json',
    region: 'The fact checks',
    loaded: async () =>
      within(await region('What the figures do not quite support')).findAllByRole(
        'link',
        { name: 'See the working' },
        WAIT,
      ),
    others: async () => {
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Custody and procedural safeguards' },
        WAIT,
      );
      await expectCustodyReviewsCard();
    },
    truncated: cutJson('checks.json'),
    kinds: ['missing', 'server error', 'truncated'],
  },
  {
    page: 'indicator page',
    route: '/indicators/prison-mortality',
    path: 'indicators/prison-mortality.csv',
    region: 'The indicator “prison-mortality”',
    loaded: () => screen.findByRole('heading', { level: 1, name: MORTALITY }, WAIT),
    // The indicator's own file is the page's content: header, navigation and footer remain.
    others: expectSiteChrome,
    malformed: malformedMortality,
    truncated: cutCsv('indicators/prison-mortality.csv'),
  },
  {
    page: 'indicator page, its checks',
    route: '/indicators/prison-mortality',
    path: 'checks.json',
    region: 'The fact checks',
    loaded: async () =>
      within(await region('Checks on these figures')).findByRole(
        'article',
        { name: SUICIDES_CHECK },
        WAIT,
      ),
    others: async () => {
      expect(
        await screen.findByRole('img', { name: `Chart: ${MORTALITY}` }, WAIT),
      ).toBeInTheDocument();
      const source = await region('Source');
      await within(source).findByRole('link', { name: 'Read in the report: paragraph 48' }, WAIT);
    },
    truncated: cutJson('checks.json'),
    kinds: ['missing', 'time-out', 'truncated'],
  },
  {
    page: 'indicator page, its source paragraphs',
    route: '/indicators/prison-mortality',
    path: 'source/kz-cat-followup-2024.txt',
    region: 'The source paragraphs',
    loaded: async () =>
      within(await region('Source')).findByRole(
        'link',
        { name: 'Read in the report: paragraph 48' },
        WAIT,
      ),
    others: async () => {
      expect(
        await screen.findByRole('img', { name: `Chart: ${MORTALITY}` }, WAIT),
      ).toBeInTheDocument();
      const checks = await region('Checks on these figures');
      await within(checks).findByRole('article', { name: SUICIDES_CHECK }, WAIT);
    },
    malformed: {
      body: 'Not the report.\n',
      detail: 'data/source/kz-cat-followup-2024.txt: no numbered paragraphs ("1.…") were found',
    },
    kinds: ['server error', 'web page', 'malformed'],
  },
  {
    page: 'checks page',
    route: '/checks',
    path: 'indicators/prison-mortality.csv',
    region: `The checks that use “${MORTALITY}”`,
    loaded: () => screen.findByRole('article', { name: SUICIDES_CHECK }, WAIT),
    others: async () => {
      // Checks on other indicators are evaluated and shown as usual.
      await screen.findByRole('article', { name: SANCTIONS_CHECK }, WAIT);
      await expectSiteChrome();
    },
    malformed: malformedMortality,
    truncated: cutCsv('indicators/prison-mortality.csv'),
  },
  {
    page: 'report page',
    route: '/source',
    path: 'source/kz-cat-followup-2024.txt',
    region: 'The report text',
    loaded: () => screen.findByRole('link', { name: 'Paragraph 80' }, WAIT),
    others: async () => {
      expect(screen.getByRole('heading', { level: 1, name: 'The report' })).toBeInTheDocument();
      await expectSiteChrome();
    },
    malformed: {
      body: 'Not the report.\n',
      detail: 'data/source/kz-cat-followup-2024.txt: no numbered paragraphs ("1.…") were found',
    },
    // A plain text cut short is still plain text: nothing in the file says it was longer.
    kinds: ['missing', 'server error', 'time-out', 'network', 'web page', 'malformed'],
  },
  {
    page: 'report page, the figures it marks',
    route: '/source',
    path: 'indicators/prison-mortality.csv',
    region: `The figures of “${MORTALITY}”`,
    // Paragraph 48's figures are prison-mortality's: marked once its file is read.
    loaded: () =>
      waitFor(() => {
        const paragraph = document.getElementById('p48');
        expect(paragraph && within(paragraph).getByText(/22 suicides/, { selector: 'mark' }));
      }, WAIT),
    others: () => screen.findByRole('link', { name: 'Paragraph 80' }, WAIT),
    truncated: cutCsv('indicators/prison-mortality.csv'),
    kinds: ['truncated'],
  },
  {
    page: 'timeline',
    route: '/timeline',
    path: 'events.csv',
    region: 'The timeline of measures',
    loaded: () => screen.findByText(/^(\d+) of \1 measures shown$/, {}, WAIT),
    others: async () => {
      expect(
        screen.getByRole('heading', { level: 1, name: 'Timeline of measures' }),
      ).toBeInTheDocument();
      await expectSiteChrome();
    },
    malformed: {
      body: readDataFile('events.csv').replace('2014-12-24', '24.12.2014'),
      detail:
        'data/events.csv, row 2, column "date": "24.12.2014" does not match the pattern ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
    },
    truncated: cutCsv('events.csv'),
  },
  {
    page: 'recommendations',
    route: '/recommendations',
    path: 'events.csv',
    region: 'The measures',
    loaded: async () =>
      within(await region('Concluding observations, paragraph 21')).findByRole(
        'heading',
        { name: 'Measures with dates' },
        WAIT,
      ),
    others: async () => {
      // The report's paragraphs and the indicators are still given for each recommendation.
      const rec = await region('Concluding observations, paragraph 21');
      await within(rec).findByRole('link', { name: committedMeta('cell-confinement').title }, WAIT);
      expect(within(rec).getByRole('heading', { name: 'What the report says' })).toBeVisible();
    },
    malformed: {
      body: readDataFile('events.csv').replace('2014-12-24', '24.12.2014'),
      detail: /^data\/events\.csv, row 2, column "date": "24\.12\.2014" does not match/,
    },
    truncated: cutCsv('events.csv'),
  },
  {
    page: 'data catalogue',
    route: '/data/',
    path: 'schemas/events.tableschema.json',
    region: 'The columns of events.csv',
    loaded: () => screen.findByRole('table', { name: 'Columns of events.csv' }, WAIT),
    others: async () => {
      await screen.findByRole(
        'table',
        { name: 'Columns of indicators/prison-mortality.csv' },
        WAIT,
      );
      await region('The whole set');
    },
    malformed: {
      body: '{"fields": 1}',
      detail:
        'data/schemas/events.tableschema.json, column "fields": expected a list, found number 1',
    },
    truncated: cutJson('schemas/events.tableschema.json'),
  },
  {
    page: 'data catalogue, the rows of a table',
    route: '/data/',
    path: 'events.csv',
    region: 'The rows and period',
    loaded: async () => {
      const entry = await screen.findByRole('article', { name: 'Timeline of measures' }, WAIT);
      return within(entry).findByText(String(EVENT_ROWS), {}, WAIT);
    },
    others: async () => {
      // The entry keeps its file, size and checksum; the other entries their rows.
      const entry = await screen.findByRole('article', { name: 'Timeline of measures' }, WAIT);
      expect(within(entry).getByRole('link', { name: 'events.csv' })).toBeInTheDocument();
      await screen.findByRole('table', { name: 'Columns of events.csv' }, WAIT);
    },
    truncated: cutCsv('events.csv'),
    kinds: ['missing', 'time-out', 'truncated'],
  },
  {
    page: 'embed',
    route: '/embed/prison-mortality',
    path: 'indicators/prison-mortality.csv',
    region: 'The indicator “prison-mortality”',
    loaded: () => screen.findByRole('heading', { level: 1, name: MORTALITY }, WAIT),
    // The embed is its chart alone: the message takes its place rather than a blank frame.
    others: async () => undefined,
    malformed: malformedMortality,
    truncated: cutCsv('indicators/prison-mortality.csv'),
  },
];
