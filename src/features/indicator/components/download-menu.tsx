import { useQueryClient } from '@tanstack/react-query';
import {
  memo,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Observation } from '../../../domain/model';
import type { Locale } from '../../../domain/translate';
import { downloadFile } from '../../../ui/download-file';
import { catalogueQueryOptions } from '../queries';

type DataChoice = 'csv-shown' | 'csv' | 'json';
type ImageChoice = 'svg' | 'png' | 'social-png';

const DATA_CHOICES: { id: DataChoice; label: string }[] = [
  { id: 'csv-shown', label: 'downloads.csvShown' },
  { id: 'csv', label: 'downloads.csv' },
  { id: 'json', label: 'downloads.json' },
];

/** Each image's label, with its size (not a translation's business: "2×", "1200×630"). */
const IMAGE_CHOICES: { id: ImageChoice; label: string; values?: Record<string, string> }[] = [
  { id: 'svg', label: 'downloads.svg' },
  { id: 'png', label: 'downloads.png', values: { scale: '2×' } },
  { id: 'social-png', label: 'downloads.socialPng', values: { size: '1200×630' } },
];

/**
 * The "Download" disclosure: the rows shown, every row, or the rows with the metadata, built
 * in the browser from the same validated rows as the chart. The export code and the data
 * package version (catalogue.json, already cached by the page's checks) are fetched on the
 * first click, so the page loads nothing more for a menu most readers never open.
 */
export const DownloadMenu = memo(function DownloadMenu({
  indicator,
  dataset,
  shownRows,
  visibleSeries,
  locale,
  chartArea,
}: {
  /** The indicator in the reader's language, for the images. */
  indicator: Indicator;
  /** The indicator as the dataset holds it (English), for the data files. */
  dataset: Indicator;
  /** The rows the table shows, as the dataset holds them. */
  shownRows: Observation[];
  /** The series the chart draws, for the images. */
  visibleSeries: readonly string[];
  locale: Locale;
  /** The element holding the chart, whose drawing the images reproduce. */
  chartArea: RefObject<HTMLElement | null>;
}): ReactElement {
  const { t } = useTranslation('indicator');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [byteOrderMark, setByteOrderMark] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const fail = (error: unknown): void =>
    setProblem(
      t('downloads.failed', {
        reason: error instanceof Error ? error.message : String(error),
      }),
    );

  const saveImage = async (format: ImageChoice): Promise<void> => {
    setProblem(null);
    try {
      const root = chartArea.current;
      if (!root) throw new Error(t('downloads.noChart'));
      const { exportChartImage } = await import('../../../charts/export/export-chart-image');
      const image = await exportChartImage({
        chartRoot: root,
        indicator,
        visibleSeries,
        locale,
        siteName: t('common:siteName'),
        format,
      });
      downloadFile(image.fileName, image.content, image.content.type);
    } catch (error) {
      fail(error);
    }
  };

  const save = async (choice: DataChoice): Promise<void> => {
    setProblem(null);
    try {
      const [exporter, catalogue] = await Promise.all([
        import('../../../domain/export'),
        queryClient.ensureQueryData(catalogueQueryOptions()),
      ]);
      const fileName = exporter.downloadFileName(dataset.meta.id, catalogue.version, choice);
      if (choice === 'json') {
        downloadFile(
          fileName,
          exporter.indicatorToJson(dataset, catalogue.version),
          'application/json',
        );
      } else {
        const rows = choice === 'csv' ? dataset.observations : shownRows;
        const csv = exporter.observationsToCsv(rows, { byteOrderMark });
        downloadFile(fileName, csv, 'text/csv;charset=utf-8');
      }
    } catch (error) {
      fail(error);
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
        {t('downloads.button')}
      </button>
      <div id={panelId} hidden={!open} className="download-panel">
        <ul aria-label={t('downloads.data')}>
          {DATA_CHOICES.map((choice) => (
            <li key={choice.id}>
              <button type="button" className="link-button" onClick={() => void save(choice.id)}>
                {t(choice.label)}
              </button>
            </li>
          ))}
        </ul>
        <ul aria-label={t('downloads.images')}>
          {IMAGE_CHOICES.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => void saveImage(choice.id)}
              >
                {t(choice.label, choice.values)}
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
          {t('downloads.byteOrderMark')}
        </label>
        {problem !== null && <p role="alert">{problem}</p>}
      </div>
    </div>
  );
});
