/**
 * A page's document title (the browser tab, bookmarks, a screen reader's announcement of a new
 * page): its name and the site's, or the site's alone for the home page (`null`). The build
 * writes it into each prerendered page and the app sets the same on pages reached by a link.
 */
export function documentTitle(pageName: string | null, siteName: string): string {
  return pageName === null ? siteName : `${pageName} · ${siteName}`;
}
