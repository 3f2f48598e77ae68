import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataFolder } from '../../../scripts/generate-indicators';
import { CARDS_PER_PAGE } from '../../../src/features/home/components/topic-section';
import { DATA_URL, serveDataDirectory } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';

const GENERATED = 1000;
let dataDir = '';
let requested: string[] = [];
let topics: TopicGroup[] = [];
const onRequest = ({ request }: { request: Request }): void => {
  requested.push(request.url.replace(DATA_URL, ''));
};

interface TopicGroup {
  title: string;
  /** Titles of the topic's indicators, committed and generated, in catalogue order. */
  titles: string[];
}

/**
 * The topics of the generated folder with their indicators, read from its own catalogue and
 * topics files, so that the expectations follow the committed data (how many topics and
 * indicators it has) instead of restating it.
 */
function topicGroups(directory: string): TopicGroup[] {
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as unknown;
  const { indicators } = read('catalogue.json') as {
    indicators: { title: string; topic: string }[];
  };
  return (read('topics.json') as { id: string; title: string }[])
    .map((topic) => ({
      title: topic.title,
      titles: indicators.filter((i) => i.topic === topic.id).map((i) => i.title),
    }))
    .filter((group) => group.titles.length > 0);
}

const firstPage = (group: TopicGroup): number => Math.min(group.titles.length, CARDS_PER_PAGE);

// A first page of cards in every topic is a hundred cards or more as topics are added; that
// takes longer than Vitest's default five seconds on a shared two-core machine.
const RENDER_TIMEOUT_MS = 30_000;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'large-catalogue-'));
  await generateDataFolder(dataDir, GENERATED);
  topics = topicGroups(dataDir);
}, 60_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the home page with a thousand indicators', () => {
  it(
    'lists a page of cards a topic and loads the data of those cards only',
    async () => {
      server.use(serveDataDirectory(dataDir));
      requested = [];
      server.events.on('request:start', onRequest);
      try {
        renderApp('/');
        await screen.findByRole('heading', { level: 2, name: topics[0]?.title ?? '' });
        const topicSections = screen
          .getAllByRole('region')
          .filter((section) => section.classList.contains('topic'));
        expect(topicSections).toHaveLength(topics.length);
        topicSections.forEach((section, index) => {
          // Each topic holds its committed indicators and its share of the generated ones.
          const group = topics[index];
          if (!group) throw new Error(`no topic expected at position ${index}`);
          expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(group.title);
          expect(within(section).getAllByRole('article')).toHaveLength(firstPage(group));
          const count = `${firstPage(group)} of ${group.titles.length} indicators shown`;
          if (group.titles.length > CARDS_PER_PAGE) {
            expect(within(section).getByText(count)).toBeInTheDocument();
          }
        });
        await screen.findAllByText(/^1\d\d cases$/);
        await expect.poll(() => screen.queryAllByText('Loading figures…').length).toBe(0);
        const indicatorFiles = requested.filter((url) => url.startsWith('indicators/'));
        // The catalogue once, then two files for each card shown: not two thousand files.
        expect(requested.filter((url) => url === 'catalogue.json')).toHaveLength(1);
        expect(requested).not.toContain('datapackage.json');
        const cardsShown = topics.reduce((sum, group) => sum + firstPage(group), 0);
        expect(indicatorFiles).toHaveLength(2 * cardsShown);
      } finally {
        server.events.removeListener('request:start', onRequest);
      }
    },
    RENDER_TIMEOUT_MS,
  );

  it(
    'shows the next page of a topic on request, loading only its cards',
    async () => {
      const user = userEvent.setup();
      server.use(serveDataDirectory(dataDir));
      // The topic with most indicators, so that it has a second page whatever the data.
      const group = [...topics].sort((a, b) => b.titles.length - a.titles.length)[0];
      const secondPage = group?.titles.slice(CARDS_PER_PAGE, 2 * CARDS_PER_PAGE) ?? [];
      if (!group || secondPage.length === 0) throw new Error('no topic has a second page');
      renderApp('/');
      const heading = await screen.findByRole('heading', { level: 2, name: group.title });
      const section = heading.closest('section');
      if (!section) throw new Error('no section around the topic heading');
      await user.click(
        within(section).getByRole('button', { name: `Show ${secondPage.length} more` }),
      );
      const shown = CARDS_PER_PAGE + secondPage.length;
      expect(within(section).getAllByRole('article')).toHaveLength(shown);
      expect(
        within(section).getByText(`${shown} of ${group.titles.length} indicators shown`),
      ).toBeInTheDocument();
      const lastGenerated =
        secondPage.filter((title) => title.startsWith('Generated')).at(-1) ?? '';
      expect(
        // The card loads its own two files once shown: on a slow CI machine that takes longer
        // than findBy's default second (this failed twice on a clean two-core run).
        await within(section).findByRole(
          'article',
          { name: lastGenerated, busy: false },
          { timeout: RENDER_TIMEOUT_MS / 2 },
        ),
      ).toHaveTextContent(/\d+ cases/);
    },
    RENDER_TIMEOUT_MS,
  );
});
