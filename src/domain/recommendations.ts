import type { ReportDocument } from './report';
import type { Locale } from './translate';

/**
 * A paragraph (or run of paragraphs) of the Committee's concluding observations that the
 * report answers, with the report's own paragraphs that answer it.
 */
export interface RecommendationAnswer {
  /** As indicator metadata names it: "24", or "11-15" for a run. */
  id: string;
  /** The report's section heading, verbatim. */
  heading: string;
  /** Numbers of the report paragraphs in that section. */
  paragraphs: number[];
}

const HEADING = /relating to paragraphs? (\d+)(?:\s*[–-]\s*(\d+))?/;

/** The recommendations the report answers, in its order, read from its section headings. */
export function recommendationsAnswered(report: ReportDocument): RecommendationAnswer[] {
  return report.sections.flatMap((section) => {
    const match = section.heading === undefined ? null : HEADING.exec(section.heading);
    if (!match || section.heading === undefined) return [];
    const [, first = '', last] = match;
    return [
      {
        id: last === undefined ? first : `${first}-${last}`,
        heading: section.heading,
        paragraphs: section.paragraphs.map((p) => p.number),
      },
    ];
  });
}

/**
 * "24" → "paragraph 24", "11-15" → "paragraphs 11–15" (Russian "пункт 24", Kazakh
 * "24-тармақ"), for headings and links.
 */
export function recommendationLabel(id: string, locale: Locale): string {
  const [first = '', last] = id.split('-');
  return last === undefined
    ? locale.t('format:paragraph.one', { number: first })
    : locale.t('format:paragraph.range', { first, last });
}
