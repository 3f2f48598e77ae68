import type { ReactElement } from 'react';
import { Link } from 'react-router';

/** A helpful dead end: says what was not found and offers the way back. */
export function NotFound({ message }: { message: string }): ReactElement {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>{message}</p>
      <p>
        <Link to="/">See all indicators</Link>
      </p>
    </section>
  );
}
