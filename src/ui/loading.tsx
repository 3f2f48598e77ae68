import type { ReactElement } from 'react';

/** A polite loading notice that keeps the region's place. */
export function Loading({ label }: { label: string }): ReactElement {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
