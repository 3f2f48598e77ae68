import { describe, expect, it } from 'vitest';
import type { CheckSpec, Verdict } from '../../../../src/domain/checks/check-spec';
import type { CheckResult } from '../../../../src/domain/checks/evaluate-check';
import { keyFindings } from '../../../../src/domain/checks/key-findings';
import { makeObservation } from '../make-observation';

const result = (id: string, verdict: Verdict): CheckResult => {
  const spec: CheckSpec = {
    id,
    title: id,
    paragraph: 1,
    statement: 'S',
    kind: 'sum',
    total: { indicator: 'ind', series: 'total', period: '2022' },
    parts: [],
  };
  return {
    spec,
    outcome: {
      kind: 'part_of',
      verdict,
      whole: makeObservation(2, 2022),
      part: makeObservation(1, 2022),
    },
    rows: [makeObservation(1, 2022)],
  };
};

describe(keyFindings, () => {
  it('puts inconsistent findings before approximate ones, keeps their order, and no others', () => {
    const results = [
      result('a', 'approximately_consistent'),
      result('b', 'consistent'),
      result('c', 'inconsistent'),
      result('d', 'cannot_verify'),
      result('e', 'approximately_consistent'),
      result('f', 'inconsistent'),
    ];
    expect(keyFindings(results, 3).map((finding) => finding.spec.id)).toEqual(['c', 'f', 'a']);
    expect(keyFindings(results, 10).map((finding) => finding.spec.id)).toEqual([
      'c',
      'f',
      'a',
      'e',
    ]);
  });

  it('leaves out the rows a check read, which the home page does not show', () => {
    const [finding] = keyFindings([result('c', 'inconsistent')], 3);
    expect(finding).toEqual({ spec: result('c', 'inconsistent').spec, outcome: expect.anything() });
    expect(finding).not.toHaveProperty('rows');
  });

  it('is empty when every check bears the report out', () => {
    expect(keyFindings([result('b', 'consistent')], 3)).toEqual([]);
  });
});
