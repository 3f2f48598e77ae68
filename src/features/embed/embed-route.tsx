import type { ReactElement } from 'react';
import { useLocation, useParams } from 'react-router';
import { EmbedPage } from './embed-page';

/**
 * The embed inside the site's router (development server, tests, a host serving the app's
 * fallback page for an embed address). Prerendered embeds start without the router.
 */
export function EmbedRoute(): ReactElement {
  const { id = '' } = useParams();
  const { search } = useLocation();
  return <EmbedPage id={id} search={search} />;
}
