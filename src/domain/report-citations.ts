import type { Indicator } from './model';
import type { KeyedQuote } from './report';

/**
 * Where the indicators' figures come from in one source document: paragraph number → the
 * quotes that state them, each keyed by the id of the indicator that uses it, in the order
 * of the indicators given. The same quote used by two indicators is listed for each; a
 * quote repeated within one indicator (several series read from one sentence) only once.
 */
export function collectCitations(
  sourceId: string,
  indicators: readonly Indicator[],
): Map<number, KeyedQuote[]> {
  const byParagraph = new Map<number, KeyedQuote[]>();
  for (const { meta, observations } of indicators) {
    for (const { source, paragraph, quote } of observations) {
      if (source !== sourceId) continue;
      const quotes = byParagraph.get(paragraph) ?? [];
      if (!quotes.some((q) => q.key === meta.id && q.quote === quote)) {
        quotes.push({ quote, key: meta.id });
      }
      byParagraph.set(paragraph, quotes);
    }
  }
  return byParagraph;
}

/** The keys (indicator ids) of a paragraph's quotes, each once, in order. */
export function citingKeys(quotes: readonly KeyedQuote[]): string[] {
  return [...new Set(quotes.map((q) => q.key))];
}
