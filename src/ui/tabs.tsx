import {
  useDeferredValue,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  panel: ReactNode;
}

export interface TabsProps<T extends string> {
  label: string;
  tabs: TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs,
 * and only the selected tab is in the Tab order. Every panel is rendered (the others
 * `hidden`), so that without JavaScript the stylesheet can show them all.
 *
 * The tab a reader picks is marked in the frame that answers the click or key; the panels
 * swap in a render just after (a deferred value), as the chart follows a series toggle.
 * Showing a panel is the browser's style, layout and paint of a whole table on a slow phone,
 * which made the answer to the click two frames late.
 */
export function Tabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: TabsProps<T>): ReactElement {
  const baseId = useId();
  const shown = useDeferredValue(selected);
  const tabRefs = useRef(new Map<T, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number): void => {
    const last = tabs.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const target = tabs[next[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    tabRefs.current.get(target.id)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.id, element);
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== shown}
          tabIndex={0}
          className="tab-panel"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
