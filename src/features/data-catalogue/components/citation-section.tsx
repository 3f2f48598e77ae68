import type { ReactElement } from 'react';
import type { PackageContents } from '../../../data/validate-data-package';
import { formatApaCitation, formatBibtex } from '../../../domain/citation';

/** Licence and how to cite this version of the data. */
export function CitationSection({
  pkg,
  url,
}: {
  pkg: PackageContents;
  /** Where the data is published: the catalogue page's own address. */
  url: string;
}): ReactElement {
  const citation = {
    title: pkg.title,
    version: pkg.version,
    created: pkg.created,
    authors: pkg.contributors.map((c) => c.title),
    url,
  };
  const licence = pkg.licenses[0];
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">Licence and citation</h2>
      {licence && (
        <p>
          The curated data is published under{' '}
          {licence.path ? (
            <a href={licence.path} rel="noopener noreferrer">
              {licence.title ?? licence.name}
            </a>
          ) : (
            (licence.title ?? licence.name)
          )}
          . Version {pkg.version}
          {pkg.created && `, created ${pkg.created.slice(0, 10)}`}.
        </p>
      )}
      <h3>APA</h3>
      <p className="citation">{formatApaCitation(citation)}</p>
      <h3>BibTeX</h3>
      <pre className="citation">
        {formatBibtex(
          citation,
          `${pkg.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${pkg.version}`,
        )}
      </pre>
    </section>
  );
}
