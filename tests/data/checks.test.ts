// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues';
import { validateChecks } from '../../src/data/validate-checks';
import type { Verdict } from '../../src/domain/checks/check-spec';
import { evaluateCheck } from '../../src/domain/checks/evaluate-check';
import { parseReportParagraphs } from '../../src/domain/report';
import { indicatorIdsOnDisk, loadIndicator, readData, SOURCE_TEXT_PATH } from './committed-files';

const parsed = validateChecks(readData('checks.json'), 'data/checks.json');
const checks = parsed.ok ? parsed.value : [];
const observations = indicatorIdsOnDisk().flatMap((id) => loadIndicator(id).observations);
const paragraphs = parseReportParagraphs(readData(SOURCE_TEXT_PATH));

/**
 * What each check finds in the committed data. Reviewed by hand against the report; the
 * verdicts themselves are computed, so a changed figure shows up here as a failure.
 */
const EXPECTED: Record<string, Verdict> = {
  'sanctions-after-procurator-reports-total': 'consistent',
  'sanctions-after-torture-investigations-senior': 'consistent',
  'sanctions-after-internal-investigations-total': 'consistent',
  'sanctions-after-internal-investigations-trend': 'consistent',
  'disease-deaths-downward-trend': 'approximately_consistent',
  'suicides-stated-decrease': 'inconsistent',
  'suicide-attempts-prevented-by-video': 'consistent',
  'cells-implied-prison-population': 'inconsistent',
  'cells-required-pace': 'cannot_verify',
  'january-2022-deaths-total': 'consistent',
  'january-2022-civilian-deaths-by-circumstance': 'consistent',
  'january-2022-accidental-deaths-within-violations': 'consistent',
  'torture-trials-outcomes': 'consistent',
  'torture-trials-other-malfeasance-by-article': 'consistent',
  'torture-investigations-terminated-within-opened': 'consistent',
  'prison-medical-staff-total': 'consistent',
};

/** For each check, one figure changed (series, period, new value) and the verdict it must then give. */
const MUTATIONS: Record<string, [string, string, number, Verdict]> = {
  'sanctions-after-procurator-reports-total': [
    'after-procurator-reports',
    '2022-2023',
    710,
    'inconsistent',
  ],
  'sanctions-after-torture-investigations-senior': [
    'after-torture-investigations-senior',
    '2023-2024',
    124,
    'inconsistent',
  ],
  'sanctions-after-internal-investigations-total': [
    'after-internal-investigations',
    '2021',
    160,
    'inconsistent',
  ],
  'sanctions-after-internal-investigations-trend': [
    'after-internal-investigations',
    '2023',
    170,
    'inconsistent',
  ],
  'disease-deaths-downward-trend': ['disease-deaths', '2023', 90, 'consistent'],
  'suicides-stated-decrease': ['suicides-stated-decrease', '2022-2023', 24, 'consistent'],
  'suicide-attempts-prevented-by-video': [
    'suicide-attempts-prevented-video',
    '2023',
    121,
    'inconsistent',
  ],
  'cells-implied-prison-population': ['persons-in-cells', '2030', 10664, 'consistent'],
  'cells-required-pace': ['share-in-cells', '2023', 45.5, 'consistent'],
  'january-2022-deaths-total': ['deaths-security-officers', '2022', 18, 'inconsistent'],
  'january-2022-civilian-deaths-by-circumstance': [
    'civilian-deaths-torture',
    '2022',
    7,
    'inconsistent',
  ],
  'january-2022-accidental-deaths-within-violations': [
    'civilian-deaths-accidental',
    '2022',
    144,
    'inconsistent',
  ],
  'torture-trials-outcomes': ['acquitted', '2022-2024', 2, 'inconsistent'],
  'torture-trials-other-malfeasance-by-article': [
    'convicted-under-article-370',
    '2022-2024',
    3,
    'inconsistent',
  ],
  'torture-investigations-terminated-within-opened': [
    'proceedings-terminated',
    '2022-2024',
    338,
    'inconsistent',
  ],
  'prison-medical-staff-total': ['nurses', '2024', 700, 'inconsistent'],
};

describe('data/checks.json', () => {
  it('is valid', () => {
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([]);
    expect(checks.length).toBeGreaterThan(0);
  });

  it('has an expected verdict, reviewed by hand, for every check and no other', () => {
    expect(checks.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
});

describe.each(checks.map((check) => [check.id, check] as const))('check %s', (_id, check) => {
  it('quotes its statement verbatim from its paragraph', () => {
    expect(paragraphs.get(check.paragraph)?.text).toContain(check.statement);
  });

  it('finds every row it names', () => {
    const { outcome } = evaluateCheck(check, observations);
    expect(outcome.kind === 'missing' ? outcome.missing : []).toEqual([]);
  });

  it('reaches its expected verdict from the committed rows', () => {
    expect(evaluateCheck(check, observations).outcome.verdict).toBe(EXPECTED[check.id]);
  });

  it('changes its verdict when one figure it reads is altered', () => {
    const mutation = MUTATIONS[check.id];
    if (!mutation) throw new Error(`no mutation declared for ${check.id}`);
    const [series, period, value, verdict] = mutation;
    const [start = 0, end = start] = period.split('-').map(Number);
    let altered = 0;
    const mutated = observations.map((o) => {
      if (o.series !== series || o.period.start !== start || o.period.end !== end) return o;
      altered += 1;
      return { ...o, value };
    });
    expect(altered).toBe(1);
    expect(evaluateCheck(check, mutated).outcome.verdict).toBe(verdict);
    expect(verdict).not.toBe(EXPECTED[check.id]);
  });
});
