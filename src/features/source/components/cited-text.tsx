import { Fragment, type ReactElement } from 'react';
import { Link } from 'react-router';
import type { KeyedSegment } from '../../../domain/report';

/**
 * A paragraph's text with each cited figure marked and linked to the indicator that uses it.
 * A passage used by several indicators is marked once, followed by a numbered link to each
 * (numbered as in the paragraph's "Figures used in" list). Text only, never HTML.
 */
export function CitedText({
  segments,
  citing,
  titles,
}: {
  segments: readonly KeyedSegment[];
  /** The indicators citing the paragraph, in the order listed after it. */
  citing: readonly string[];
  titles: ReadonlyMap<string, string>;
}): ReactElement {
  const titleOf = (id: string): string => titles.get(id) ?? id;
  return (
    <>
      {segments.map(({ text, keys }, index) => {
        const [only] = keys;
        if (only === undefined) return <Fragment key={index}>{text}</Fragment>;
        if (keys.length === 1) {
          return (
            <Link
              key={index}
              to={`/indicators/${only}`}
              className="figure-link"
              title={`Used in: ${titleOf(only)}`}
            >
              <mark>{text}</mark>
            </Link>
          );
        }
        return (
          <Fragment key={index}>
            <mark>{text}</mark>
            <sup className="figure-refs">
              {keys.map((id) => {
                const n = citing.indexOf(id) + 1;
                return (
                  <Link
                    key={id}
                    to={`/indicators/${id}`}
                    aria-label={`Used in: ${titleOf(id)} (${n})`}
                    title={`Used in: ${titleOf(id)}`}
                  >
                    {n}
                  </Link>
                );
              })}
            </sup>
          </Fragment>
        );
      })}
    </>
  );
}
