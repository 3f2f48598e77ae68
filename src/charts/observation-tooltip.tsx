import type { ReactElement } from 'react';
import type { Observation } from '../domain/model';
import type { Locale } from '../domain/translate';
import { formatPeriod } from '../domain/format/period';
import { formatObservationValue } from '../domain/format/value';

export interface TooltipEntry {
  label: string;
  observation: Observation;
}

/** Tooltip body: each series' value with qualifier and unit, its period and paragraph. */
export function ObservationTooltip({
  entries,
  locale,
}: {
  entries: TooltipEntry[];
  locale: Locale;
}): ReactElement | null {
  if (entries.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {entries.map(({ label, observation }) => (
        <p key={`${observation.series}-${observation.kind}`}>
          <strong>{label}</strong>
          <br />
          {formatObservationValue(observation, locale, { withUnit: true })}
          {observation.kind === 'target' ? ` ${locale.t('charts:tooltip.target')}` : ''} ·{' '}
          {formatPeriod(observation.period)} ·{' '}
          {locale.t('charts:tooltip.paragraph', { number: observation.paragraph })}
        </p>
      ))}
    </div>
  );
}
