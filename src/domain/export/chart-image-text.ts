import { collectNotes } from '../notes';
import type { Indicator } from '../model';
import type { PartialDate } from '../partial-date';
import type { Locale } from '../translate';

/**
 * The report's short title, as a source line names it. Kept here rather than fetched so an
 * image can be composed from the indicator alone; `tests/data/source-title.test.ts` checks it
 * against `data/source/*.json`.
 */
export const REPORT_SHORT_TITLE =
  'Information received from Kazakhstan on follow-up to the concluding observations of the Committee against Torture (2024)';

/** The day the report was received, as its metadata states it (checked by the same test). */
export const REPORT_RECEIVED: PartialDate = {
  iso: '2024-05-13',
  precision: 'day',
  year: 2024,
  month: 5,
  day: 13,
};

/** The licence every exported image carries, as the data package declares it. */
export const IMAGE_LICENCE = 'CC BY 4.0';

/**
 * "para. 48", "paras. 48–49" or "paras. 20, 22–23": runs of consecutive paragraphs joined
 * with an en dash, in order, each once. Paragraph numbers are plain digits in every language.
 */
export function formatParagraphList(paragraphs: readonly number[], locale: Locale): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const paragraph of sorted) {
    const last = runs.at(-1);
    if (last && paragraph === last[1] + 1) last[1] = paragraph;
    else runs.push([paragraph, paragraph]);
  }
  const text = runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
  return locale.t(sorted.length === 1 ? 'charts:image.paragraph' : 'charts:image.paragraphs', {
    list: text,
  });
}

/**
 * "Source: <report>, para. 48": the paragraphs are those of the figures drawn. The report's
 * title is given in the reader's language (the catalogue's English title is
 * REPORT_SHORT_TITLE; a test keeps them equal).
 */
export function chartSourceLine(paragraphs: readonly number[], locale: Locale): string {
  const title = locale.t('charts:image.reportTitle');
  return paragraphs.length === 0
    ? locale.t('charts:image.source', { title })
    : locale.t('charts:image.sourceWithParagraphs', {
        title,
        paragraphs: formatParagraphList(paragraphs, locale),
      });
}

export interface ChartImageText {
  title: string;
  subtitle: string;
  /** "Subject. Note" for each qualified, multi-year, target or annotated figure drawn. */
  notes: string[];
  sourceLine: string;
  licence: string;
  siteName: string;
}

/**
 * The words an exported chart carries: its title and subtitle, the notes on the figures it
 * draws (those of the series shown), the source line with their paragraphs, the licence and
 * the dashboard's name.
 */
export function chartImageText(
  indicator: Indicator,
  visibleSeries: readonly string[],
  locale: Locale,
  siteName: string,
): ChartImageText {
  const drawn = new Set(visibleSeries);
  const shown: Indicator = {
    meta: indicator.meta,
    observations: indicator.observations.filter(
      (o) => drawn.has(o.series) && indicator.meta.chart.series.includes(o.series),
    ),
  };
  return {
    title: indicator.meta.title,
    subtitle: indicator.meta.subtitle,
    notes: collectNotes(shown, locale).map((note) => `${note.subject}. ${note.text}`),
    sourceLine: chartSourceLine(
      shown.observations.map((o) => o.paragraph),
      locale,
    ),
    licence: locale.t('charts:image.licence', { licence: IMAGE_LICENCE }),
    siteName,
  };
}
