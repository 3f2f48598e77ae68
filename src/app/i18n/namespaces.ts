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
  'meta',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** A nested message tree as the JSON catalogues hold it. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export type Catalogue = Record<Namespace, MessageTree>;
