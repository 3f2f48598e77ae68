import type { Indicator } from './model';
import { describeQualifier } from './format/qualifier';
import { formatPeriod } from './format/period';
import { formatObservationValue } from './format/value';
import type { Locale } from './translate';

export interface IndicatorNote {
  /** What the note is about, e.g. "Video surveillance cameras in operation, 2024". */
  subject: string;
  text: string;
}

/**
 * Reader's notes on how to read the figures: what each qualifier means, which figures cover
 * several years as one, and the curator's notes from the data.
 */
export function collectNotes(indicator: Indicator, locale: Locale): IndicatorNote[] {
  const { t } = locale;
  const labels = new Map(indicator.meta.series.map((s) => [s.id, s.label]));
  return indicator.observations.flatMap((o) => {
    const subject = t('format:notes.subject', {
      series: labels.get(o.series) ?? o.series,
      period: formatPeriod(o.period),
      value: formatObservationValue(o, locale, { withUnit: true }),
    });
    const texts = [
      describeQualifier(o.qualifier, locale),
      o.period.start !== o.period.end
        ? t('format:notes.multiYear', { period: formatPeriod(o.period) })
        : undefined,
      o.kind === 'target' ? t('format:notes.target') : undefined,
      o.kind === 'planned' ? t('format:notes.planned') : undefined,
      o.note === '' ? undefined : o.note,
    ].filter((text): text is string => text !== undefined);
    return texts.length === 0 ? [] : [{ subject, text: texts.join(' ') }];
  });
}
