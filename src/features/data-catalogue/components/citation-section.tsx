import type { ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PackageContents } from '../../../data/validate-data-package';
import { citationKey } from '../../../domain/citation';
import { DatasetCitationFormats } from '../../../ui/dataset-citation';

/** Licence and how to cite this version of the data. */
export function CitationSection({
  pkg,
  url,
}: {
  pkg: PackageContents;
  /** Where the data is published: the catalogue page's own address. */
  url: string;
}): ReactElement {
  const { t } = useTranslation('data');
  const citation = {
    title: pkg.title,
    version: pkg.version,
    created: pkg.created,
    authors: pkg.contributors.map((c) => c.title),
    url,
  };
  const licence = pkg.licenses[0];
  const licenceName = licence?.title ?? licence?.name;
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t('citation.heading')}</h2>
      {licence && (
        <p>
          <Trans
            t={t}
            i18nKey={pkg.created ? 'citation.licenceCreated' : 'citation.licence'}
            values={{
              licence: licenceName,
              version: pkg.version,
              created: pkg.created?.slice(0, 10),
            }}
            components={{
              // The translation's <licence> text replaces these children.
              licence: licence.path ? (
                <a href={licence.path} rel="noopener noreferrer">
                  {licenceName}
                </a>
              ) : (
                <span />
              ),
            }}
          />
        </p>
      )}
      <DatasetCitationFormats citation={citation} bibtexKey={citationKey(pkg.title, pkg.version)} />
    </section>
  );
}
