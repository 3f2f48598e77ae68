import type { Verdict } from './check-spec';
import type { CheckResult } from './evaluate-check';

// Findings a reader should see first: where the report's figures do not bear out its words.
const STRONGEST: readonly Verdict[] = ['inconsistent', 'approximately_consistent'];

/** A finding as the home page shows it: the check and its outcome, without the rows read. */
export type KeyFinding = Pick<CheckResult, 'spec' | 'outcome'>;

/** The strongest findings among evaluated checks, inconsistent ones first, at most `count`. */
export function keyFindings(results: readonly CheckResult[], count: number): KeyFinding[] {
  return STRONGEST.flatMap((verdict) =>
    results.filter((result) => result.outcome.verdict === verdict),
  )
    .slice(0, count)
    .map(({ spec, outcome }) => ({ spec, outcome }));
}
