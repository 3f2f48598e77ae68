import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '../../../domain/model';
import { formatPeriod } from '../../../domain/format/period';
import { formatObservationValue } from '../../../domain/format/value';
import type { Locale } from '../../../domain/translate';
import { ParagraphLink } from '../../../ui/paragraph-link';

const KIND_NOTES: Partial<Record<Observation['kind'], string>> = {
  target: 'figures.kinds.target',
  planned: 'figures.kinds.planned',
  legal_limit: 'figures.kinds.legal_limit',
};

/** Figures not drawn in the chart (totals over several years, single facts) as number cards. */
export function FigureList({
  indicator,
  figures,
  locale,
}: {
  indicator: Indicator;
  figures: Observation[];
  locale: Locale;
}): ReactElement | null {
  const { t } = useTranslation('indicator');
  if (figures.length === 0) return null;
  const labels = new Map(indicator.meta.series.map((s) => [s.id, s.label]));
  return (
    <section className="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('figures.heading')}</h2>
      <ul className="figure-cards">
        {figures.map((o) => {
          const kindNote = KIND_NOTES[o.kind];
          return (
            <li
              key={`${o.series}-${o.period.start}-${o.period.end}-${o.kind}`}
              className="figure-card"
            >
              <span className="figure-value">
                {formatObservationValue(o, locale, { withUnit: true })}
              </span>
              <span className="figure-label">{labels.get(o.series) ?? o.series}</span>
              <span className="figure-meta">
                {formatPeriod(o.period)}
                {kindNote ? ` · ${t(kindNote)}` : ''} · <ParagraphLink number={o.paragraph} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
