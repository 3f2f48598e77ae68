import type { Indicator } from './model';
import { describeQualifier } from './format/qualifier';
import { formatPeriod } from './format/period';
import { formatObservationValue } from './format/value';

export interface IndicatorNote {
  /** What the note is about, e.g. "Video surveillance cameras in operation, 2024". */
  subject: string;
  text: string;
}

/**
 * Reader's notes on how to read the figures: what each qualifier means, which figures cover
 * several years as one, and the curator's notes from the data.
 */
export function collectNotes(indicator: Indicator, locale: string): IndicatorNote[] {
  const labels = new Map(indicator.meta.series.map((s) => [s.id, s.label]));
  return indicator.observations.flatMap((o) => {
    const subject = `${labels.get(o.series) ?? o.series}, ${formatPeriod(o.period)}: ${formatObservationValue(o, locale, { withUnit: true })}`;
    const texts = [
      describeQualifier(o.qualifier),
      o.period.start !== o.period.end
        ? `One figure for ${formatPeriod(o.period)} as a whole, not a figure for each year.`
        : undefined,
      o.kind === 'target' ? 'A target stated by the report, not a result.' : undefined,
      o.kind === 'planned' ? 'A plan stated by the report, not a result.' : undefined,
      o.note === '' ? undefined : o.note,
    ].filter((text): text is string => text !== undefined);
    return texts.length === 0 ? [] : [{ subject, text: texts.join(' ') }];
  });
}
