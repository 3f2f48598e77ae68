import { Fragment, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../ui/use-locale';

/**
 * "Figures used in: <indicator>, <indicator>", after a paragraph whose figures are cited: the
 * site's words inside the report's English text, so marked with the reader's language.
 */
export function FiguresUsedIn({
  citing,
  titles,
  numbered,
}: {
  citing: readonly string[];
  titles: ReadonlyMap<string, string>;
  /** Numbered when the text refers to the indicators by number (a passage several use). */
  numbered: boolean;
}): ReactElement {
  const { t } = useTranslation('source');
  const { language } = useLocale();
  return (
    <p className="figures-used-in" lang={language}>
      {t('figuresUsedIn')}{' '}
      {citing.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && t('common:listSeparator')}
          {numbered && <span className="figure-ref-number">{index + 1}. </span>}
          <Link to={`/indicators/${id}`}>{titles.get(id) ?? id}</Link>
        </Fragment>
      ))}
    </p>
  );
}
