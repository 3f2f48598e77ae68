import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '../../../domain/model';
import { formatAmount } from '../../../domain/format/number';
import { formatPeriod } from '../../../domain/format/period';
import { formatQualifier } from '../../../domain/format/qualifier';
import { formatUnitNoun } from '../../../domain/format/units';
import type { Locale } from '../../../domain/translate';
import { ParagraphLink } from '../../../ui/paragraph-link';

const KIND_LABELS: Record<Observation['kind'], string> = {
  actual: 'table.kinds.actual',
  target: 'table.kinds.target',
  planned: 'table.kinds.planned',
  legal_limit: 'table.kinds.legal_limit',
};

/**
 * Every row shown, with the same figures as the chart and figures, and its paragraph.
 * Memoised so that switching between chart and table does not rebuild it.
 */
export const ObservationTable = memo(function ObservationTable({
  indicator,
  rows,
  locale,
}: {
  indicator: Indicator;
  rows: Observation[];
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('indicator');
  const labels = new Map(indicator.meta.series.map((s) => [s.id, s.label]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('table.caption', { title: indicator.meta.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.columns.series')}</th>
            <th scope="col">{t('table.columns.period')}</th>
            <th scope="col">{t('table.columns.qualifier')}</th>
            <th scope="col" className="numeric">
              {t('table.columns.value')}
            </th>
            <th scope="col">{t('table.columns.unit')}</th>
            <th scope="col">{t('table.columns.kind')}</th>
            <th scope="col">{t('table.columns.paragraph')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={`${o.series}-${o.period.start}-${o.period.end}-${o.kind}`}>
              <th scope="row">{labels.get(o.series) ?? o.series}</th>
              <td>{formatPeriod(o.period)}</td>
              <td>{formatQualifier(o.qualifier, locale) || '—'}</td>
              <td className="numeric">{formatAmount(o.value, o.unit, locale.language)}</td>
              <td>{formatUnitNoun(o.unit, o.value, locale) || t('table.perCent')}</td>
              <td>{t(KIND_LABELS[o.kind])}</td>
              <td>
                {/* The column heading says "Paragraph"; the number is enough here. */}
                <ParagraphLink number={o.paragraph}>{o.paragraph}</ParagraphLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
