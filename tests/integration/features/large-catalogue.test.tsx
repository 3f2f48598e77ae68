import { mkdtempSync, rmSync } from 'node:fs';
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
const onRequest = ({ request }: { request: Request }): void => {
  requested.push(request.url.replace(DATA_URL, ''));
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'large-catalogue-'));
  await generateDataFolder(dataDir, GENERATED);
}, 60_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the home page with a thousand indicators', () => {
  it('lists a page of cards a topic and loads the data of those cards only', async () => {
    server.use(serveDataDirectory(dataDir));
    requested = [];
    server.events.on('request:start', onRequest);
    try {
      renderApp('/');
      await screen.findByRole('heading', { level: 2, name: 'Prison conditions' });
      const topicSections = screen
        .getAllByRole('region')
        .filter((section) => section.classList.contains('topic'));
      expect(topicSections).toHaveLength(4);
      for (const section of topicSections) {
        // Each topic holds one committed indicator and 250 generated ones.
        expect(within(section).getAllByRole('article')).toHaveLength(CARDS_PER_PAGE);
        expect(within(section).getByText('12 of 251 indicators shown')).toBeInTheDocument();
      }
      await screen.findAllByText(/^1\d\d cases$/);
      await expect.poll(() => screen.queryAllByText('Loading figures…').length).toBe(0);
      const indicatorFiles = requested.filter((url) => url.startsWith('indicators/'));
      // The catalogue once, then two files for each card shown: not two thousand files.
      expect(requested.filter((url) => url === 'catalogue.json')).toHaveLength(1);
      expect(requested).not.toContain('datapackage.json');
      expect(indicatorFiles).toHaveLength(2 * 4 * CARDS_PER_PAGE);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
  });

  it('shows the next page of a topic on request, loading only its cards', async () => {
    const user = userEvent.setup();
    server.use(serveDataDirectory(dataDir));
    renderApp('/');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Prison conditions' });
    const section = heading.closest('section');
    if (!section) throw new Error('no section around the topic heading');
    await user.click(within(section).getByRole('button', { name: `Show ${CARDS_PER_PAGE} more` }));
    expect(within(section).getAllByRole('article')).toHaveLength(2 * CARDS_PER_PAGE);
    expect(within(section).getByText('24 of 251 indicators shown')).toBeInTheDocument();
    expect(
      await within(section).findByRole('article', { name: 'Generated indicator 92', busy: false }),
    ).toHaveTextContent(/\d+ cases/);
  });
});
