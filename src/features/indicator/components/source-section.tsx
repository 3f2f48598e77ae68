import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../data/describe-error';
import type { Indicator } from '../../../domain/model';
import { highlightQuotes } from '../../../domain/report';
import { ErrorPanel } from '../../../ui/error-panel';
import { Loading } from '../../../ui/loading';
import { reportParagraphPath } from '../../../ui/paragraph-link';
import { QuotedParagraph } from '../../../ui/quoted-paragraph';
import { reportParagraphsQueryOptions } from '../queries';

/** Each paragraph the indicator's figures come from, in full, with the quoted parts marked. */
export function SourceSection({ indicator }: { indicator: Indicator }): ReactElement {
  const sourceId = indicator.observations[0]?.source ?? '';
  const numbers = [...new Set(indicator.observations.map((o) => o.paragraph))].sort(
    (a, b) => a - b,
  );
  const report = useQuery({
    ...reportParagraphsQueryOptions(sourceId, numbers),
    enabled: sourceId !== '',
  });
  return (
    <section className="source-section" aria-labelledby="source-heading">
      <h2 id="source-heading">Source</h2>
      <p>
        Information received from Kazakhstan on follow-up to the concluding observations of the
        Committee against Torture (CAT/C/KAZ/CO/4), received 13 May 2024. Original text in English;
        the figures used here are highlighted.
      </p>
      {report.isPending && <Loading label="Loading the source paragraphs…" />}
      {report.isError && (
        <ErrorPanel
          title="The source paragraphs"
          {...describeError(report.error)}
          onRetry={() => void report.refetch()}
        />
      )}
      {report.data &&
        numbers.map((number) => {
          const paragraph = report.data.find((p) => p.number === number);
          const quotes = indicator.observations
            .filter((o) => o.paragraph === number)
            .map((o) => o.quote);
          return paragraph ? (
            <div key={number} className="quoted-source">
              <QuotedParagraph number={number} segments={highlightQuotes(paragraph.text, quotes)} />
              <p className="read-in-report">
                <Link
                  to={reportParagraphPath(number)}
                  aria-label={`Read in the report: paragraph ${number}`}
                >
                  Read in the report
                </Link>
              </p>
            </div>
          ) : (
            <p key={number}>Paragraph {number} is missing from the report text.</p>
          );
        })}
    </section>
  );
}
