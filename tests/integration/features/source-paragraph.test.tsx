import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ReportParagraphView } from '../../../src/features/source/components/report-paragraph';

const TITLES = new Map([
  ['custody-reviews', 'Custody reviews by duty procurators'],
  ['detention-releases', 'Releases from detention'],
]);
const TEXT =
  'In 2023, 449 persons were released from office premises and 603 citizens from temporary holding facilities.';

function renderParagraph(quotes: { quote: string; key: string }[]): HTMLElement {
  render(
    <MemoryRouter>
      <ReportParagraphView
        paragraph={{ number: 17, text: TEXT }}
        quotes={quotes}
        titles={TITLES}
        targeted={false}
      />
    </MemoryRouter>,
  );
  const element = document.getElementById('p17');
  if (!element) throw new Error('no element has id="p17"');
  return element;
}

describe('a paragraph of the source page', () => {
  it('links a figure one indicator uses from its mark', () => {
    const p17 = renderParagraph([{ quote: '603 citizens', key: 'custody-reviews' }]);
    const link = within(p17).getByRole('link', { name: '603 citizens' });
    expect(link).toHaveAttribute('href', '/indicators/custody-reviews');
    expect(link).toHaveAccessibleDescription('Used in: Custody reviews by duty procurators');
    expect(within(link).getByText('603 citizens', { selector: 'mark' })).toBeInTheDocument();
    expect(within(p17).getByText(/^Figures used in:/)).toHaveTextContent(
      'Figures used in: Custody reviews by duty procurators',
    );
  });

  it('marks a passage several indicators use once, with a numbered link to each', () => {
    const p17 = renderParagraph([
      { quote: '449 persons were released', key: 'custody-reviews' },
      { quote: '603 citizens', key: 'custody-reviews' },
      { quote: '603 citizens from temporary holding', key: 'detention-releases' },
    ]);
    expect(
      within(p17).getByText('449 persons were released', { selector: 'mark' }).closest('a'),
    ).toHaveAttribute('href', '/indicators/custody-reviews');
    const shared = within(p17).getByText('603 citizens', { selector: 'mark' });
    expect(shared.closest('a')).toBeNull();
    const refs = within(p17).getAllByRole('link', { name: /^Used in: / });
    expect(refs.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['1', '/indicators/custody-reviews'],
      ['2', '/indicators/detention-releases'],
    ]);
    expect(refs[1]).toHaveAccessibleName('Used in: Releases from detention (2)');
    expect(
      within(p17).getByText('from temporary holding', { selector: 'mark' }).closest('a'),
    ).toHaveAttribute('href', '/indicators/detention-releases');
    expect(within(p17).getByText(/^Figures used in:/)).toHaveTextContent(
      'Figures used in: 1. Custody reviews by duty procurators, 2. Releases from detention',
    );
  });

  it('has neither marks nor a "Figures used in" line without quotes', () => {
    const p17 = renderParagraph([]);
    expect(p17).toHaveTextContent(`17. ${TEXT}`);
    expect(within(p17).getAllByRole('link')).toHaveLength(1);
    expect(screen.queryByText(/Figures used in/)).not.toBeInTheDocument();
  });
});
