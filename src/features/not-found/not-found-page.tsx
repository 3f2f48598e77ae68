import type { ReactElement } from 'react';
import { useLocation } from 'react-router';
import { NotFound } from '../../ui/not-found';

export function NotFoundPage(): ReactElement {
  const { pathname } = useLocation();
  return (
    <NotFound
      message={`Nothing is published at ${pathname}. It may have moved, or the link may be mistyped.`}
    />
  );
}
