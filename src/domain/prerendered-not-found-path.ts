/**
 * The path the build renders the one not-found page (404.html) at. A host serves that file at
 * every unknown address, so the page cannot name the address a reader asked for until the
 * app renders it afresh from the real one.
 */
export const PRERENDERED_NOT_FOUND_PATH = '/404';
