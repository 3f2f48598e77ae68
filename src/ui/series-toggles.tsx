import type { ReactElement, ReactNode } from 'react';

export interface ToggleOption {
  id: string;
  label: string;
  /** A swatch showing the series' colour, marker and dash. */
  swatch?: ReactNode;
}

export interface SeriesTogglesProps {
  legend: string;
  options: ToggleOption[];
  visible: readonly string[];
  onChange: (visible: string[]) => void;
}

/** Checkboxes that show or hide series; doubles as the chart's legend. */
export function SeriesToggles({
  legend,
  options,
  visible,
  onChange,
}: SeriesTogglesProps): ReactElement {
  const toggle = (id: string, checked: boolean): void => {
    const next = options
      .map((o) => o.id)
      .filter((optionId) => (optionId === id ? checked : visible.includes(optionId)));
    onChange(next);
  };
  return (
    <fieldset className="series-toggles">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="series-toggle">
          <input
            type="checkbox"
            checked={visible.includes(option.id)}
            onChange={(event) => toggle(option.id, event.target.checked)}
          />
          {option.swatch}
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
