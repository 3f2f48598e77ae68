import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorFiles } from '../../../data/indicator-files';
import { useDataHref } from '../../../ui/site-paths';

/**
 * The indicator's CSV as the data folder publishes it, as a plain link, for where the
 * Download menu cannot work: without JavaScript, or when the app never comes. The stylesheet
 * shows it only there (`.full-csv-link`), so a reader with the app gets one way to download,
 * not two.
 */
export function FullCsvLink({ id }: { id: string }): ReactElement {
  const { t } = useTranslation('indicator');
  const dataHref = useDataHref();
  return (
    <p className="full-csv-link">
      {t('downloads.button')}:{' '}
      <a href={dataHref(indicatorFiles(id).observationsPath)} download>
        {t('downloads.csv')}
      </a>
    </p>
  );
}
