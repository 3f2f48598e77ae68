import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { dataArchiveName } from '../../../data/data-archive';
import { describeError } from '../../../data/describe-error';
import type { PackageContents } from '../../../data/validate-data-package';
import { downloadFile } from '../../../ui/download-file';
import { useLocale } from '../../../ui/use-locale';
import { catalogueQueryOptions, indicatorQueryOptions } from '../queries';

/**
 * The whole set: every observation in one tidy CSV (built in the browser from the same
 * validated rows the charts use), the zip of every file (built with the site) and the
 * descriptor.
 */
export function WholeSetDownloads({
  pkg,
  href,
}: {
  pkg: PackageContents;
  href: (path: string) => string;
}): ReactElement {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; problem?: string }>({ busy: false });
  const saveAllObservations = async (): Promise<void> => {
    setState({ busy: true });
    try {
      const [exporter, catalogue] = await Promise.all([
        import('../../../domain/export'),
        queryClient.ensureQueryData(catalogueQueryOptions()),
      ]);
      const indicators = await Promise.all(
        catalogue.indicators.map((entry) =>
          queryClient.ensureQueryData(indicatorQueryOptions(entry.id)),
        ),
      );
      const csv = exporter.observationsToCsv(indicators.flatMap((i) => i.observations));
      downloadFile(
        `${pkg.name}-${pkg.version}-all-observations.csv`,
        csv,
        'text/csv;charset=utf-8',
      );
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, problem: describeError(error, locale).message });
    }
  };
  return (
    <section aria-labelledby="whole-set-heading">
      <h2 id="whole-set-heading">{t('wholeSet.heading')}</h2>
      <ul>
        <li className="whole-set-csv">
          <button
            type="button"
            className="link-button in-text"
            disabled={state.busy}
            onClick={() => void saveAllObservations()}
          >
            {t('wholeSet.allObservations')}
          </button>{' '}
          {t('wholeSet.allObservationsNote')}
        </li>
        <li>
          <a href={href(dataArchiveName(pkg.name, pkg.version))} download>
            {t('wholeSet.zip')}
          </a>{' '}
          {t('wholeSet.zipNote', { version: pkg.version })}
        </li>
        <li>
          <a href={href('datapackage.json')} download>
            <Trans
              t={t}
              i18nKey="wholeSet.descriptor"
              values={{ file: 'datapackage.json' }}
              components={{ code: <code /> }}
            />
          </a>{' '}
          {t('wholeSet.descriptorNote')}
        </li>
      </ul>
      {state.problem !== undefined && <p role="alert">{state.problem}</p>}
    </section>
  );
}
