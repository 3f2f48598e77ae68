/**
 * The catalogue's namespaces: one per page or layer, so that each file stays small enough to
 * review and translators see related strings together.
 */
export const NAMESPACES = [
  'common',
  'format',
  'charts',
  'home',
  'indicator',
  'embed',
  'source',
  'timeline',
  'checks',
  'recommendations',
  'data',
  'about',
  'meta',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/**
 * The namespaces an embed renders with (the chart, its formats, fault messages and its own
 * strings): an embed loads only these, about 6 kB instead of the whole catalogue's 10 kB.
 * tests/integration/embed-catalogue.test.ts fails if an embed asks for anything else.
 */
export const EMBED_NAMESPACES = [
  'common',
  'format',
  'charts',
  'embed',
] as const satisfies readonly Namespace[];

export type EmbedNamespace = (typeof EMBED_NAMESPACES)[number];

/** A nested message tree as the JSON catalogues hold it. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export type Catalogue = Record<Namespace, MessageTree>;

export type EmbedCatalogue = Pick<Catalogue, EmbedNamespace>;
