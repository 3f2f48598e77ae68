/** The site's base path: Vite's base URL without its trailing slash ("" at the root). */
export function routerBasename(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}
