import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOption } from '../../../domain/timeline';
import { useLocale } from '../../../ui/use-locale';
import { formatNumber } from '../../../domain/format/number';

export interface FilterFieldsetProps<Key extends string> {
  legend: string;
  options: readonly FilterOption<Key>[];
  selected: ReadonlySet<Key>;
  onToggle: (value: Key) => void;
}

/** A group of checkboxes, one an option with its count; none ticked means all. */
export function FilterFieldset<Key extends string>({
  legend,
  options,
  selected,
  onToggle,
}: FilterFieldsetProps<Key>): ReactElement {
  const { t } = useTranslation('timeline');
  const { language } = useLocale();
  return (
    <fieldset className="filter-fieldset">
      <legend>
        {legend} <span className="filter-hint">{t('filters.noneTicked')}</span>
      </legend>
      {options.map((option) => (
        <label key={option.value} className="filter-option">
          <input
            type="checkbox"
            checked={selected.has(option.value)}
            onChange={() => onToggle(option.value)}
          />
          {option.label}{' '}
          <span className="filter-count">({formatNumber(option.count, language, 0)})</span>
        </label>
      ))}
    </fieldset>
  );
}
