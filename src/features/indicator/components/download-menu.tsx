import { useQueryClient } from '@tanstack/react-query';
import { memo, useId, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { Indicator, Observation } from '../../../domain/model';
import { downloadFile } from '../../../ui/download-file';
import { catalogueQueryOptions } from '../queries';

type Choice = 'csv-shown' | 'csv' | 'json';

const CHOICES: { id: Choice; label: string }[] = [
  { id: 'csv-shown', label: 'CSV of the rows shown' },
  { id: 'csv', label: 'Full CSV' },
  { id: 'json', label: 'JSON (rows with metadata)' },
];

/**
 * The "Download" disclosure: the rows shown, every row, or the rows with the metadata, built
 * in the browser from the same validated rows as the chart. The export code and the data
 * package version (catalogue.json, already cached by the page's checks) are fetched on the
 * first click, so the page loads nothing more for a menu most readers never open.
 */
export const DownloadMenu = memo(function DownloadMenu({
  indicator,
  shownRows,
}: {
  indicator: Indicator;
  shownRows: Observation[];
}): ReactElement {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [byteOrderMark, setByteOrderMark] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const save = async (choice: Choice): Promise<void> => {
    setProblem(null);
    try {
      const [exporter, catalogue] = await Promise.all([
        import('../../../domain/export'),
        queryClient.ensureQueryData(catalogueQueryOptions()),
      ]);
      const fileName = exporter.downloadFileName(indicator.meta.id, catalogue.version, choice);
      if (choice === 'json') {
        downloadFile(
          fileName,
          exporter.indicatorToJson(indicator, catalogue.version),
          'application/json',
        );
      } else {
        const rows = choice === 'csv' ? indicator.observations : shownRows;
        const csv = exporter.observationsToCsv(rows, { byteOrderMark });
        downloadFile(fileName, csv, 'text/csv;charset=utf-8');
      }
    } catch (error) {
      setProblem(
        `The download could not be prepared: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    // The keydown handler only catches Escape bubbling up from the controls inside.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="download-menu" onKeyDown={closeOnEscape}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Download
      </button>
      <div id={panelId} hidden={!open} className="download-panel">
        <ul>
          {CHOICES.map((choice) => (
            <li key={choice.id}>
              <button type="button" className="link-button" onClick={() => void save(choice.id)}>
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
        <label>
          <input
            type="checkbox"
            checked={byteOrderMark}
            onChange={(event) => setByteOrderMark(event.target.checked)}
          />
          Add a byte-order mark for Excel
        </label>
        {problem !== null && <p role="alert">{problem}</p>}
      </div>
    </div>
  );
});
