import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckResult } from '../../domain/checks/evaluate-check';
import { describeCheck } from '../../domain/format/check';
import { localiseCheckSpec } from '../../domain/localise';
import type { Locale } from '../../domain/translate';
import { OriginalTextLabel } from '../original-text-label';
import { ParagraphLink } from '../paragraph-link';
import { VerdictBadge } from './verdict-badge';

/**
 * One check: the report's words with their paragraph, the verdict, the computation written
 * out and what it means, and the indicators whose figures it used. The title is the
 * curators' and shown in the reader's language; the statement quotes the report in English.
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
  locale: Locale;
  headingLevel?: 2 | 3;
}): ReactElement {
  const { t } = useTranslation('common');
  const { outcome } = result;
  const spec = localiseCheckSpec(result.spec, locale.language);
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
        <OriginalTextLabel />
        <blockquote lang="en">{spec.statement}</blockquote>
        <figcaption>
          <ParagraphLink number={spec.paragraph}>
            {t('paragraph.inReport', { number: String(spec.paragraph) })}
          </ParagraphLink>
        </figcaption>
      </figure>
      <p className="check-explanation">{explanation}</p>
      {figure}
      {working.length > 0 && (
        <div className="check-working">
          <p className="check-working-label">{t('checkCard.working')}</p>
          <ol>
            {working.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      )}
      {indicators.length > 0 && (
        <p className="check-figures">
          {t('checkCard.figuresFrom')}{' '}
          {indicators.map((id, index) => (
            <span key={id}>
              {index > 0 && t('listSeparator')}
              <Link to={`/indicators/${id}`}>{titles.get(id) ?? id}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
