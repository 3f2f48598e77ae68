import { Fragment, type ReactElement } from 'react';
import { Link } from 'react-router';

/** "Figures used in: <indicator>, <indicator>", after a paragraph whose figures are cited. */
export function FiguresUsedIn({
  citing,
  titles,
  numbered,
}: {
  citing: readonly string[];
  titles: ReadonlyMap<string, string>;
  /** Numbered when the text refers to the indicators by number (a passage several use). */
  numbered: boolean;
}): ReactElement {
  return (
    <p className="figures-used-in">
      Figures used in:{' '}
      {citing.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && ', '}
          {numbered && <span className="figure-ref-number">{index + 1}. </span>}
          <Link to={`/indicators/${id}`}>{titles.get(id) ?? id}</Link>
        </Fragment>
      ))}
    </p>
  );
}
