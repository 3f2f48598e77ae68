import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { EmbedApp } from './embed-app';
import { embedIdFromPath } from './embed-path';
import { AppProviders } from './providers';
import { eagerPages } from './eager-pages';
import { AppRoutes } from './routes';
import type { SitePaths } from '../ui/site-paths';

export interface PageRenderOptions {
  /** The page's path including the base path and language, e.g. "/ru/indicators/x". */
  url: string;
  /** The base path plus the language prefix when the address has one. */
  basename: string;
  /** The path the routes see: without the base path and the language prefix. */
  routePath: string;
  queryClient: QueryClient;
  i18n: I18n;
  sitePaths: SitePaths;
  staticCharts?: ReadonlyMap<string, string>;
}

/** The app at one URL, as an element; the same tree the browser hydrates. */
export function PageAtUrl({
  url,
  basename,
  routePath,
  queryClient,
  i18n,
  sitePaths,
  staticCharts,
}: PageRenderOptions): ReactElement {
  // An embed is its own app, as src/app/embed-start.tsx hydrates it.
  const embedId = embedIdFromPath(routePath);
  if (embedId !== undefined) {
    return (
      <EmbedApp
        id={embedId}
        search=""
        queryClient={queryClient}
        i18n={i18n}
        sitePaths={sitePaths}
        staticCharts={staticCharts}
      />
    );
  }
  return (
    <AppProviders
      queryClient={queryClient}
      i18n={i18n}
      sitePaths={sitePaths}
      staticCharts={staticCharts}
    >
      <StaticRouter location={url} basename={basename}>
        <AppRoutes pages={eagerPages} />
      </StaticRouter>
    </AppProviders>
  );
}

/**
 * Renders a page to HTML at build time, waiting for anything the page suspends on.
 */
export async function renderPage(options: PageRenderOptions): Promise<string> {
  // A boundary larger than the progressive chunk size would be sent as a loading fallback
  // plus an inline script that swaps its content in; a static page must not need a script.
  const { prelude } = await prerenderToNodeStream(<PageAtUrl {...options} />, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
