import { render, screen } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../../src/ui/tabs';

type View = 'chart' | 'table';

function ChartOrTable(): ReactElement {
  const [view, setView] = useState<View>('chart');
  return (
    <Tabs
      label="Chart or table"
      selected={view}
      onSelect={setView}
      tabs={[
        { id: 'chart', label: 'Chart', panel: <p>drawing</p> },
        { id: 'table', label: 'Table', panel: <p>rows</p> },
      ]}
    />
  );
}

/** Runs every queued microtask (React's urgent render of a click), but no task after them. */
async function flushMicrotasks(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await Promise.resolve();
}

/** The next task, after React's scheduled (deferred) work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(Tabs, () => {
  // A click dispatched as the browser does, outside act(), so that React schedules its work as
  // it does in a page: act() would flush the deferred render together with the urgent one.
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let wasActEnvironment: boolean | undefined;
  beforeEach(() => {
    wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
  });

  it('marks the picked tab in the render that answers the click, and swaps the panels after', async () => {
    render(<ChartOrTable />);
    const tableTab = screen.getByRole('tab', { name: 'Table' });
    const chartTab = screen.getByRole('tab', { name: 'Chart' });
    const panelOf = (tab: HTMLElement) =>
      document.getElementById(tab.getAttribute('aria-controls') ?? '');
    expect(panelOf(tableTab)).toHaveAttribute('hidden');

    tableTab.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await flushMicrotasks();
    // The answer to the click: the tab is picked and the only one in the Tab order.
    expect(tableTab).toHaveAttribute('aria-selected', 'true');
    expect(tableTab).toHaveAttribute('tabindex', '0');
    expect(chartTab).toHaveAttribute('aria-selected', 'false');
    // The panels have not moved yet: showing the table is the next render's work.
    expect(panelOf(tableTab)).toHaveAttribute('hidden');
    expect(panelOf(chartTab)).not.toHaveAttribute('hidden');

    await nextTask();
    await flushMicrotasks();
    expect(panelOf(tableTab)).not.toHaveAttribute('hidden');
    expect(panelOf(chartTab)).toHaveAttribute('hidden');
  });
});
