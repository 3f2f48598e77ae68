import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';
import type { CheckResult } from '../../domain/checks/evaluate-check';
import { describeCheck } from '../../domain/format/check';
import { ParagraphLink } from '../paragraph-link';
import { VerdictBadge } from './verdict-badge';

/**
 * One check: the report's words with their paragraph, the verdict, the computation written
 * out and what it means, and the indicators whose figures it used.
 */
export function CheckCard({
  result,
  titles,
  locale,
  figure,
  headingLevel = 3,
}: {
  result: CheckResult;
  /** Indicator titles by id, for the links to the figures used; ids stand in for missing ones. */
  titles: ReadonlyMap<string, string>;
  /** A drawing of the figures compared (parts against the stated total), if any. */
  figure?: ReactNode;
  locale: string;
  headingLevel?: 2 | 3;
}): ReactElement {
  const { spec, outcome } = result;
  const { working, explanation } = describeCheck(result, locale);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const indicators = [...new Set(result.rows.map((row) => row.indicator))];
  return (
    <article
      className="check-card"
      id={`check-${spec.id}`}
      aria-labelledby={`check-${spec.id}-title`}
    >
      <Heading id={`check-${spec.id}-title`}>{spec.title}</Heading>
      <p className="check-verdict">
        <VerdictBadge verdict={outcome.verdict} />
      </p>
      <figure className="check-statement">
        <blockquote lang="en">{spec.statement}</blockquote>
        <figcaption>
          <ParagraphLink number={spec.paragraph}>
            Paragraph {spec.paragraph} in the report
          </ParagraphLink>
        </figcaption>
      </figure>
      <p className="check-explanation">{explanation}</p>
      {figure}
      {working.length > 0 && (
        <div className="check-working">
          <p className="check-working-label">Working</p>
          <ol>
            {working.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      )}
      {indicators.length > 0 && (
        <p className="check-figures">
          Figures from:{' '}
          {indicators.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <Link to={`/indicators/${id}`}>{titles.get(id) ?? id}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
