import type { ReactElement } from 'react';
import { EmbedPage } from '../features/embed/embed-page';
import { PageBoundary } from './page-boundary';
import { AppProviders, type AppProvidersProps } from './providers';

export interface EmbedAppProps extends Omit<AppProvidersProps, 'children'> {
  /** The indicator's id from the address. */
  id: string;
  search: string;
}

/**
 * An embed as its own app, without the router: an iframe never navigates, its links open the
 * full site. The build prerenders embeds with this tree and the browser hydrates the same one.
 */
export function EmbedApp({ id, search, ...providers }: EmbedAppProps): ReactElement {
  return (
    <AppProviders {...providers}>
      <PageBoundary>
        <EmbedPage id={id} search={search} />
      </PageBoundary>
    </AppProviders>
  );
}
