import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreakdownBars } from '../../../src/charts/breakdown-bars';
import type { CheckSpec } from '../../../src/domain/checks/check-spec';
import { evaluateCheck } from '../../../src/domain/checks/evaluate-check';
import type { Qualifier } from '../../../src/domain/model';
import { makeObservation } from '../domain/make-observation';
import { testLocale } from '../../i18n';

const EN = testLocale('en');

const spec: CheckSpec = {
  id: 'deaths',
  kind: 'sum',
  title: 'Deaths',
  paragraph: 20,
  statement: 'S',
  total: { indicator: 'ind', series: 'total', period: '2022' },
  parts: [
    { indicator: 'ind', series: 'civilians', period: '2022' },
    { indicator: 'ind', series: 'officers', period: '2022' },
  ],
};
const rows = (totalQualifier: Qualifier = 'exact', total = 238) => [
  makeObservation(total, 2022, { indicator: 'ind', series: 'total', qualifier: totalQualifier }),
  makeObservation(219, 2022, { indicator: 'ind', series: 'civilians' }),
  makeObservation(19, 2022, { indicator: 'ind', series: 'officers' }),
];
const labels = new Map([
  ['ind/civilians', 'Civilians'],
  ['ind/officers', 'Officers'],
]);

describe(BreakdownBars, () => {
  it('stacks the parts and shows the stated total on the same scale, with a text legend', () => {
    const { container } = render(
      <BreakdownBars result={evaluateCheck(spec, rows())} labels={labels} locale={EN} />,
    );
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      'Parts and stated total. Civilians 219, Officers 19: together 238; stated total 238.',
    );
    expect(screen.getByText('Sum of the parts: 238')).toBeInTheDocument();
    expect(screen.getByText('Stated total: 238')).toBeInTheDocument();
    const legend = screen.getAllByRole('listitem').map((item) => item.textContent?.trim());
    expect(legend).toEqual(['Civilians: 219', 'Officers: 19']);
    const [partsBar, totalBar] = container.querySelectorAll('.breakdown-row svg');
    const widths = [...(partsBar?.querySelectorAll('rect') ?? [])].map((r) =>
      Number(r.getAttribute('width')),
    );
    // 219 and 19 of 238 on a 1,000-unit scale, less the 2-unit gap after each segment.
    expect(widths.map(Math.round)).toEqual([918, 78]);
    expect(Number(totalBar?.querySelector('rect')?.getAttribute('width'))).toBe(1000);
  });

  it('draws a total stated as a floor ("over") open, as a dashed outline', () => {
    const { container } = render(
      <BreakdownBars result={evaluateCheck(spec, rows('over', 200))} labels={labels} locale={EN} />,
    );
    expect(screen.getByText('Stated total: over 200')).toBeInTheDocument();
    const totalRect = container.querySelectorAll('.breakdown-row svg')[1]?.querySelector('rect');
    expect(totalRect).toHaveAttribute('fill', 'none');
    expect(totalRect).toHaveAttribute('stroke-dasharray', '12 6');
  });

  it('draws nothing for checks that are not sums', () => {
    const partOf: CheckSpec = {
      ...spec,
      kind: 'part_of',
      whole: spec.total,
      part: spec.parts[0]!,
    } as CheckSpec;
    const { container } = render(
      <BreakdownBars result={evaluateCheck(partOf, rows())} labels={labels} locale={EN} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('BreakdownBars legend', () => {
  it('names the year when the parts are one series in different years', () => {
    const yearly: CheckSpec = {
      ...spec,
      total: { indicator: 'ind', series: 's', period: '2022-2023' },
      parts: [
        { indicator: 'ind', series: 's', period: '2022' },
        { indicator: 'ind', series: 's', period: '2023' },
      ],
    } as CheckSpec;
    const observations = [
      makeObservation(709, [2022, 2023], { indicator: 'ind', series: 's' }),
      makeObservation(377, 2022, { indicator: 'ind', series: 's' }),
      makeObservation(332, 2023, { indicator: 'ind', series: 's' }),
    ];
    render(
      <BreakdownBars
        result={evaluateCheck(yearly, observations)}
        labels={new Map([['ind/s', 'Sanctioned']])}
        locale={EN}
      />,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual([
      'Sanctioned, 2022: 377',
      'Sanctioned, 2023: 332',
    ]);
  });
});
