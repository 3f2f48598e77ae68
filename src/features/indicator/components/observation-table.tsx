import { memo, type ReactElement } from 'react';
import type { Indicator, Observation } from '../../../domain/model';
import { formatAmount } from '../../../domain/format/number';
import { formatPeriod } from '../../../domain/format/period';
import { formatQualifier } from '../../../domain/format/qualifier';
import { formatUnitNoun } from '../../../domain/format/units';
import { ParagraphLink } from '../../../ui/paragraph-link';

const KIND_LABELS: Record<Observation['kind'], string> = {
  actual: 'Reported',
  target: 'Target',
  planned: 'Planned',
  legal_limit: 'Legal limit',
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
  locale: string;
}): ReactElement {
  const labels = new Map(indicator.meta.series.map((s) => [s.id, s.label]));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Figures of “{indicator.meta.title}” as stated in the report</caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Period</th>
            <th scope="col">Qualifier</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Kind</th>
            <th scope="col">Paragraph</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={`${o.series}-${o.period.start}-${o.period.end}-${o.kind}`}>
              <th scope="row">{labels.get(o.series) ?? o.series}</th>
              <td>{formatPeriod(o.period)}</td>
              <td>{formatQualifier(o.qualifier) || '—'}</td>
              <td className="numeric">{formatAmount(o.value, o.unit, locale)}</td>
              <td>{formatUnitNoun(o.unit, o.value, locale) || 'per cent'}</td>
              <td>{KIND_LABELS[o.kind]}</td>
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
