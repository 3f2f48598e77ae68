import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import { dataArchiveName } from '../../../data/data-archive';
import { describeError } from '../../../data/describe-error';
import type { PackageContents } from '../../../data/validate-data-package';
import { downloadFile } from '../../../ui/download-file';
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
      setState({ busy: false, problem: describeError(error).message });
    }
  };
  return (
    <section aria-labelledby="whole-set-heading">
      <h2 id="whole-set-heading">The whole set</h2>
      <ul>
        <li>
          <button
            type="button"
            className="link-button"
            disabled={state.busy}
            onClick={() => void saveAllObservations()}
          >
            Every observation in one CSV
          </button>{' '}
          (the rows of every indicator, same columns)
        </li>
        <li>
          <a href={href(dataArchiveName(pkg.name, pkg.version))} download>
            Every file as one zip
          </a>{' '}
          (version {pkg.version})
        </li>
        <li>
          <a href={href('datapackage.json')} download>
            The data package descriptor (<code>datapackage.json</code>)
          </a>{' '}
          for Frictionless tools
        </li>
      </ul>
      {state.problem !== undefined && <p role="alert">{state.problem}</p>}
    </section>
  );
}
