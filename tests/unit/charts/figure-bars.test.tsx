import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureBars, type FigureBar } from '../../../src/charts/figure-bars/figure-bars';
import { makeObservation } from '../domain/make-observation';
import { testLocale } from '../../i18n';

const EN = testLocale('en');
const LONG = 'Persons whose cases the courts considered';

function drawBars(labels: string[], width: number) {
  const bars: FigureBar[] = labels.map((label, index) => ({
    label,
    observation: makeObservation(10 * (index + 1), 2023),
    index,
  }));
  const { container } = render(<FigureBars bars={bars} width={width} locale={EN} />);
  const svg = container.querySelector('svg.recharts-surface');
  const nameLabels = [...container.querySelectorAll('text.chart-label')].filter(
    (text) => text.querySelector('tspan') !== null && !/^\d+$/.test(text.textContent ?? ''),
  );
  return {
    height: Number(svg?.getAttribute('height')),
    lines: nameLabels.map((text) =>
      [...text.querySelectorAll('tspan')].map((t) => t.textContent?.trim()),
    ),
    texts: nameLabels.map((text) => text.textContent),
    firstLineY: nameLabels.map((text) => Number(text.getAttribute('y'))),
  };
}

describe('FigureBars labels', () => {
  it('breaks a long label into lines above its bar, so a phone-wide drawing does not cut it', () => {
    const { lines } = drawBars([LONG, 'Acquitted on appeal'], 360);
    expect(lines).toEqual([
      ['Persons whose cases the courts', 'considered, 2023'],
      ['Acquitted on appeal, 2023'],
    ]);
  });

  it('keeps the label whole for screen readers, words apart across lines', () => {
    expect(drawBars([LONG], 360).texts).toEqual([`${LONG}, 2023`]);
  });

  it('makes every band taller by a line for each extra line of the longest label', () => {
    const short = drawBars(['One', 'Two'], 360);
    const long = drawBars([LONG, 'Two'], 360);
    // Two bands, each a line taller, and half a line more at the top for the first label.
    expect(long.height - short.height).toBe(2 * 16 + 8);
    // A two-line label starts a line higher than a one-line label in the same band.
    expect(long.firstLineY[1]! - long.firstLineY[0]!).toBeGreaterThan(
      short.firstLineY[1]! - short.firstLineY[0]!,
    );
  });

  it('breaks labels the same way at every width, so the height does not depend on the width', () => {
    const narrow = drawBars([LONG, 'Two'], 360);
    const wide = drawBars([LONG, 'Two'], 720);
    expect(wide.lines).toEqual(narrow.lines);
    expect(wide.height).toBe(narrow.height);
  });

  it('gives each bar its own value label, qualifier included, when two values are equal', () => {
    const { container } = render(
      <FigureBars
        bars={[
          { label: 'Stated', observation: makeObservation(8000, 2023), index: 0 },
          {
            label: 'Estimated',
            observation: makeObservation(8000, 2024, { qualifier: 'about' }),
            index: 1,
          },
        ]}
        width={600}
        locale={EN}
      />,
    );
    // The value labels: every label but the names, which end with their year.
    const values = [...container.querySelectorAll('text.chart-label')]
      .map((text) => text.textContent?.trim() ?? '')
      .filter((text) => !/, \d{4}$/.test(text));
    expect(values).toEqual(['8,000', 'about 8,000']);
  });
});
