/** The embed's route, in the router's syntax. */
export const EMBED_ROUTE = '/embed/:id';

/**
 * The indicator id of an embed's address ("/embed/prison-mortality"), or undefined for any
 * other page. Matches what the router makes of EMBED_ROUTE, without loading the router: an
 * embed starts from its own, lighter entry.
 */
export function embedIdFromPath(routePath: string): string | undefined {
  const match = /^\/embed\/([^/]+)\/?$/.exec(routePath);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    // The router leaves a malformed escape as it is; so do we.
    return match[1];
  }
}
