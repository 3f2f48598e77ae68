import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../src/domain/change';
import type { Qualifier, Unit } from '../../../../src/domain/model';
import { formatChange } from '../../../../src/domain/format/change';
import { makeObservation } from '../make-observation';
import { testLocale } from '../../../i18n';

const EN = testLocale('en');
const RU = testLocale('ru');

const MINUS = '\u2212';

function change(
  previous: number,
  latest: number,
  unit: Unit,
  options: { previousPeriod?: number | [number, number]; qualifier?: Qualifier } = {},
): Change {
  const previousObservation = makeObservation(previous, options.previousPeriod ?? 2022, {
    unit,
    qualifier: options.qualifier ?? 'exact',
  });
  const latestObservation = makeObservation(latest, 2023, { unit });
  const absolute = latest - previous;
  return {
    latest: latestObservation,
    previous: previousObservation,
    absolute,
    relative: previous === 0 ? undefined : absolute / previous,
    exact: (options.qualifier ?? 'exact') === 'exact',
  };
}

describe(formatChange, () => {
  it.each<[string, Change, string]>([
    // Paragraph 48: 29 suicides in 2022, 22 in 2023: −7, −7/29 = −24.1 %.
    ['a decrease', change(29, 22, 'cases'), `${MINUS}7 cases (${MINUS}24.1%) since 2022`],
    // 78 → 120 prevented attempts: +42, 42/78 = +53.8 %.
    ['an increase', change(78, 120, 'cases'), '+42 cases (+53.8%) since 2022'],
    // Disease deaths 94 → 94.
    ['no change, unsigned', change(94, 94, 'deaths'), '0 deaths (0%) since 2022'],
    // 29 → 28: −1, −1/29 = −3.4 %.
    [
      'a singular noun for one',
      change(29, 28, 'cases'),
      `${MINUS}1 case (${MINUS}3.4%) since 2022`,
    ],
    // 377 → 332 officials: −45, −45/377 = −11.9 %.
    ['officials', change(377, 332, 'officials'), `${MINUS}45 officials (${MINUS}11.9%) since 2022`],
    ['thousands grouped', change(4500, 13200, 'persons'), '+8,700 persons (+193.3%) since 2022'],
    ['no relative change from 0', change(0, 5, 'cases'), '+5 cases since 2022'],
    [
      'percentage points, no relative',
      change(19.2, 25.2, 'percent'),
      '+6 percentage points since 2022',
    ],
    ['one percentage point', change(19.2, 20.2, 'percent'), '+1 percentage point since 2022'],
    [
      'a decrease in percentage points',
      change(45.5, 19.2, 'percent'),
      `${MINUS}26.3 percentage points since 2022`,
    ],
    [
      'a two-year previous period',
      change(100, 107, 'submissions', { previousPeriod: [2021, 2022] }),
      '+7 submissions (+7%) since 2021\u20132022',
    ],
    [
      'a qualified figure is indicative only',
      change(29, 22, 'cases', { qualifier: 'more_than' }),
      `about ${MINUS}7 cases (${MINUS}24.1%) since 2022`,
    ],
  ])('en: %s', (_name, value, expected) => {
    expect(formatChange(value, EN)).toBe(expected);
  });

  it('uses the minus sign U+2212, not a hyphen', () => {
    const text = formatChange(change(29, 22, 'cases'), EN);
    expect(text.startsWith('\u2212')).toBe(true);
    expect(text).not.toContain('-');
  });

  it('ru: formats the amounts the Russian way', () => {
    const text = formatChange(change(13200, 12000, 'persons'), RU);
    // −1,200 and −1,200/13,200 = −9.1 %.
    expect(text).toMatch(/^\u22121[\u00a0\u202f]200 /);
    expect(text).toMatch(/\(\u22129,1[\u00a0\u202f]%\)/);
  });

  it('ru: words the change in Russian, with the noun the number needs', () => {
    const text = formatChange(change(29, 22, 'cases'), RU);
    expect(text).toMatch(/^\u22127 случаев \(\u221224,1[\u00a0\u202f]%\) по сравнению с 2022 г\.$/);
    expect(formatChange(change(45.5, 19.2, 'percent'), RU)).toBe(
      `${MINUS}26,3 процентного пункта по сравнению с 2022 г.`,
    );
    expect(
      formatChange(change(29, 22, 'cases', { qualifier: 'more_than' }), RU).startsWith(
        `примерно ${MINUS}7 случаев`,
      ),
    ).toBe(true);
  });

  it('kk: words the change in Kazakh', () => {
    expect(formatChange(change(45.5, 19.2, 'percent'), testLocale('kk'))).toBe(
      `2022 жылмен салыстырғанда ${MINUS}26,3 пайыздық тармақ`,
    );
  });
});
