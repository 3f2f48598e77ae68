import type { ReactElement } from 'react';
import { formatApaCitation, formatBibtex, type DatasetCitation } from '../domain/citation';

/** A format's name, the same in every language. */
const BIBTEX = 'BibTeX';

/**
 * A data set's citation in APA and BibTeX, each under its own heading. They follow their
 * styles' English conventions (the data package is titled in English), so they are marked as
 * English for screen readers and spell checkers on a translated page.
 */
export function DatasetCitationFormats({
  citation,
  bibtexKey,
}: {
  citation: DatasetCitation;
  /** The BibTeX entry's key (`citationKey`). */
  bibtexKey: string;
}): ReactElement {
  return (
    <>
      <h3>APA</h3>
      <p className="citation" lang="en">
        {formatApaCitation(citation)}
      </p>
      <h3>{BIBTEX}</h3>
      <pre className="citation" lang="en">
        {formatBibtex(citation, bibtexKey)}
      </pre>
    </>
  );
}
