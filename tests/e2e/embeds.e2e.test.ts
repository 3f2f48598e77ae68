import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, openPage, WAIT_MS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const poll = { timeout: WAIT_MS };

/** The iframe's height as the embedding page set it, and its document's own height. */
async function heights(page: Page, id: string): Promise<{ set: number; content: number }> {
  const frame = page.frameLocator(`#${id}`);
  const content = await frame
    .locator('html')
    .evaluate((html) => (html.hasAttribute('data-hydrated') ? html.scrollHeight : 0));
  const set = await page
    .locator(`#${id}`)
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).height));
  return { set, content };
}

/** Sends a message to the embedding page as if from the iframe `id`, from `origin`. */
async function fakeMessage(page: Page, id: string, origin: string, data: unknown): Promise<void> {
  await page.evaluate(
    ({ id, origin, data }) => {
      const frame = document.getElementById(id) as HTMLIFrameElement;
      window.dispatchEvent(
        new MessageEvent('message', { data, origin, source: frame.contentWindow }),
      );
    },
    { id, origin, data },
  );
}

describe('embedded charts on another page (public/embed-demo.html)', () => {
  it('size each iframe to its chart, at 320 and 720 px', async () => {
    const { page, problems } = await openPage(browser, '/embed-demo.html', {
      waitForHydration: false,
    });
    for (const id of ['narrow', 'wide']) {
      await expect
        .poll(async () => {
          const { set, content } = await heights(page, id);
          return content > 200 && Math.abs(set - content) <= 2;
        }, poll)
        .toBe(true);
    }
    const frame = page.frame({ url: /embed\/prison-mortality/ }) as Frame;
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expectNoProblems(problems);
  });

  it('ignore messages of other origins or types, and obey ours', async () => {
    const { page } = await openPage(browser, '/embed-demo.html', { waitForHydration: false });
    await expect.poll(async () => (await heights(page, 'narrow')).content > 200, poll).toBe(true);
    const before = (await heights(page, 'narrow')).set;
    const ours = { type: 'kz-indicators:embed-height', id: 'prison-mortality', height: 999 };
    const origin = new URL(page.url()).origin;
    await fakeMessage(page, 'narrow', 'https://evil.example', ours);
    await fakeMessage(page, 'narrow', origin, { ...ours, type: 'other:height' });
    await fakeMessage(page, 'narrow', origin, { ...ours, height: 'tall' });
    expect((await heights(page, 'narrow')).set).toBe(before);
    await fakeMessage(page, 'narrow', origin, ours);
    expect((await heights(page, 'narrow')).set).toBe(999);
  });
});

describe('the embed code on an indicator page', () => {
  it('offers an iframe with a title and the resizing script, at absolute addresses', async () => {
    const { page, problems } = await openPage(browser, '/indicators/prison-mortality');
    await page.getByText('Embed this chart').click();
    const code = await page
      .getByRole('textbox', { name: 'Embed code: interactive chart' })
      .inputValue();
    const origin = new URL(page.url()).origin;
    expect(code).toMatch(
      new RegExp(`<iframe src="${origin}[^"]*/embed/prison-mortality" title="Chart: `),
    );
    expect(code).toMatch(new RegExp(`<script src="${origin}[^"]*/embed-resize.js" async>`));
    expectNoProblems(problems);
  });

  it('offers the chart image linking to the page, and the image is there', async () => {
    const { page, problems } = await openPage(browser, '/indicators/prison-mortality');
    await page.getByText('Embed this chart').click();
    const code = await page.getByRole('textbox', { name: 'Embed code: chart image' }).inputValue();
    const origin = new URL(page.url()).origin;
    const match = new RegExp(
      `^<a href="${origin}[^"]*/indicators/prison-mortality"><img src="(${origin}[^"]*/images/prison-mortality-chart\\.png)" alt="Deaths and suicides in prisons: [^"]+" width="768"`,
    ).exec(code);
    expect(match, code).not.toBeNull();
    // The image the snippet names, as an email or a printed page would load it.
    const shown = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, match?.[1] ?? '');
    expect(shown.width).toBe(2 * 768);
    expectNoProblems(problems);
  });
});
