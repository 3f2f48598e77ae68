import type { ReactElement } from 'react';
import type { FilterOption } from '../../../domain/timeline';

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
  return (
    <fieldset className="filter-fieldset">
      <legend>
        {legend} <span className="filter-hint">(none ticked: all)</span>
      </legend>
      {options.map((option) => (
        <label key={option.value} className="filter-option">
          <input
            type="checkbox"
            checked={selected.has(option.value)}
            onChange={() => onToggle(option.value)}
          />
          {option.label} <span className="filter-count">({option.count})</span>
        </label>
      ))}
    </fieldset>
  );
}
