import { useId, type ReactElement } from 'react';
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

/**
 * A group of checkboxes, one an option with its count; none ticked means all, which a line
 * under the legend says (the group's description, a shorter name to hear at each checkbox).
 */
export function FilterFieldset<Key extends string>({
  legend,
  options,
  selected,
  onToggle,
}: FilterFieldsetProps<Key>): ReactElement {
  const { t } = useTranslation('timeline');
  const { language } = useLocale();
  const hintId = useId();
  return (
    <fieldset className="filter-fieldset" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="filter-hint">
        {t('filters.noneTicked')}
      </p>
      {options.map((option) => (
        <label key={option.value} className="filter-option">
          <input
            type="checkbox"
            checked={selected.has(option.value)}
            onChange={() => onToggle(option.value)}
          />
          {/*
           * One box, so the count follows the name's last line when a long name wraps, and
           * a no-break space, so it never starts a line alone.
           */}
          <span>
            {option.label}
            {'\u00a0'}
            <span className="filter-count">({formatNumber(option.count, language, 0)})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
