import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveStatus, serveText } from '../../msw/handlers';
import { server } from '../../msw/server';
import { renderApp } from '../../render';
import { committedMeta, readDataFile } from '../../support/committed-data';

const REPORT_PATH = 'source/kz-cat-followup-2024.txt';
const reportText = readDataFile(REPORT_PATH);
const reportLines = reportText.split(/\r?\n/).filter((line) => line.trim() !== '');
const numbered = reportLines.filter((line) => /^\d+\./.test(line));
// Read here, not through the app: every line after the title block that is not numbered.
const headings = reportLines.slice(3).filter((line) => !/^\d+\./.test(line));
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The page once the report and every indicator's figures are in. */
async function renderSourcePage(path = '/source'): Promise<void> {
  renderApp(path);
  await screen.findByRole('heading', { level: 2, name: headings[0] });
  await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
}

/** Paragraph `n`: the element with its anchor id, holding its self-link. */
function paragraph(n: number): HTMLElement {
  const element = document.getElementById(`p${n}`);
  if (!element) throw new Error(`no element has id="p${n}"`);
  expect(within(element).getAllByRole('link')[0]).toHaveAttribute('href', `#p${n}`);
  return element;
}

// jsdom does not scroll; record which element the page asks to bring into view.
const scrolledTo: Element[] = [];
beforeEach(() => {
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolledTo.push(this);
  };
});
afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
  scrolledTo.length = 0;
});

describe('source page', () => {
  it('shows the title block, the date received and every section heading verbatim', async () => {
    await renderSourcePage();
    expect(screen.getByRole('heading', { level: 1, name: 'The report' })).toBeInTheDocument();
    expect(screen.getByText(reportLines[1] ?? '')).toHaveTextContent('follow\u2011up');
    const date = screen.getByText('13 May 2024');
    expect(date).toHaveAttribute('datetime', '2024-05-13');
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(headings);
  });

  it('gives each of the 80 paragraphs its anchor, p1 to p80, with a self-link', async () => {
    await renderSourcePage();
    expect(numbered).toHaveLength(80);
    const links = screen.getAllByRole('link', { name: /^Paragraph \d+$/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      numbered.map((_, index) => `#p${index + 1}`),
    );
    // Each self-link sits in the element it points at, which shows the paragraph in full.
    expect(links.map((link) => link.closest('[id]')?.id)).toEqual(
      numbered.map((_, index) => `p${index + 1}`),
    );
    expect(links.map((link) => link.closest('p')?.textContent)).toEqual(
      numbered.map((line) => line.replace(/^(\d+)\./, '$1. ')),
    );
  });

  it('highlights a cited figure and links it to the indicator that uses it', async () => {
    await renderSourcePage();
    const p17 = paragraph(17);
    const mark = within(p17).getByText(/603 citizens/, { selector: 'mark' });
    expect(mark.closest('a')).toHaveAttribute('href', '/indicators/custody-reviews');
    const title = committedMeta('custody-reviews').title;
    expect(within(p17).getByText(/^Figures used in:/)).toContainElement(
      within(p17).getByRole('link', { name: title }),
    );
    expect(within(p17).getByRole('link', { name: title })).toHaveAttribute(
      'href',
      '/indicators/custody-reviews',
    );
  });

  it('leaves a paragraph without cited figures unmarked', async () => {
    await renderSourcePage();
    const p1 = paragraph(1);
    expect(within(p1).queryByText(/./, { selector: 'mark' })).not.toBeInTheDocument();
    expect(within(p1).queryByText(/^Figures used in:/)).not.toBeInTheDocument();
  });

  it('renders markup in the report as text', async () => {
    const hostile = reportText.replace('5.The Advocacy', `5.${HOSTILE} The Advocacy`);
    expect(hostile).not.toBe(reportText);
    server.use(serveText(REPORT_PATH, hostile, 'text/plain'));
    await renderSourcePage();
    expect(paragraph(5)).toHaveTextContent(`5. ${HOSTILE} The Advocacy`);
    // No element was created from the text: the page has no image at all.
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('still shows the text when an indicator fails, with a retry for its figures', async () => {
    server.use(serveStatus('indicators/custody-reviews.csv', 404, 'Not Found'));
    renderApp('/source');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `The figures of “${committedMeta('custody-reviews').title}” could not be shown.`,
    );
    expect(alert).toHaveTextContent(
      'Could not load data/indicators/custody-reviews.csv: the server answered 404 Not Found',
    );
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(within(paragraph(17)).queryByText(/603 citizens/, { selector: 'mark' })).toBeNull();
    // The other indicators' figures are still marked.
    expect(
      await within(paragraph(48)).findByText(/22 suicides/, { selector: 'mark' }),
    ).toBeInTheDocument();
  });

  it('reports a report that cannot be loaded in its place, keeping the page around it', async () => {
    const user = userEvent.setup();
    server.use(serveStatus(REPORT_PATH, 404, 'Not Found'));
    renderApp('/source');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The report text could not be shown.');
    expect(alert).toHaveTextContent(`Could not load data/${REPORT_PATH}`);
    expect(screen.getByRole('heading', { level: 1, name: 'The report' })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Paragraph 80' })).toBeInTheDocument();
  });

  it('brings the paragraph a link points at into view, marked and focused', async () => {
    await renderSourcePage('/source#p48');
    const p48 = paragraph(48);
    await waitFor(() => expect(p48).toHaveFocus());
    expect(scrolledTo).toContain(p48);
    expect(p48).toHaveClass('is-target');
    expect(paragraph(47)).not.toHaveClass('is-target');
  });

  it('is reached from an indicator page at the quoted paragraph', async () => {
    const user = userEvent.setup();
    renderApp('/indicators/prison-mortality');
    const link = await screen.findByRole('link', { name: 'Read in the report: paragraph 48' });
    expect(link).toHaveAttribute('href', '/source#p48');
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The report' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(paragraph(48)).toHaveFocus());
    expect(scrolledTo).toContain(paragraph(48));
  });
});
