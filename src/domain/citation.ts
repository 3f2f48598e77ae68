/** What a citation of the data names. */
export interface DatasetCitation {
  title: string;
  version: string;
  /** ISO 8601 date or date-time the version was created. */
  created?: string;
  /** People or organisations credited, in order. */
  authors: string[];
  url: string;
}

const year = (created: string | undefined): string => created?.slice(0, 4) ?? 'n.d.';

/**
 * APA 7 style for a data set: Author. (Year). Title (Version x) [Data set]. URL
 * Without an author, APA moves the title to the author's place.
 */
export function formatApaCitation(citation: DatasetCitation): string {
  const titlePart = `${citation.title} (Version ${citation.version}) [Data set]`;
  const authors = citation.authors.join(', ');
  return authors === ''
    ? `${titlePart}. (${year(citation.created)}). ${citation.url}`
    : `${authors}. (${year(citation.created)}). ${titlePart}. ${citation.url}`;
}

/** A BibTeX @misc entry; braces and backslashes in values are escaped for LaTeX. */
export function formatBibtex(citation: DatasetCitation, key: string): string {
  const escape = (value: string): string => value.replace(/([\\{}])/g, '\\$1');
  const fields: [string, string][] = [
    ['title', citation.title],
    ['author', citation.authors.map((a) => `{${escape(a)}}`).join(' and ')],
    ['year', year(citation.created)],
    ['version', citation.version],
    ['url', citation.url],
    ['note', 'Data set'],
  ];
  const body = fields
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `  ${name} = {${name === 'author' ? value : escape(value)}}`)
    .join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

/** A BibTeX key from a title and version ("kazakhstan-torture-prevention-indicators-0.1.0"). */
export function citationKey(...parts: readonly string[]): string {
  return parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('-');
}
