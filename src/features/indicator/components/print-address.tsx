import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useShareHref } from '../../../ui/site-paths';
import { useHydrated } from '../../../ui/use-hydrated';

/**
 * The indicator page's address, on paper only (styles.css `.print-only`), so a printout
 * says where the live figures are. The canonical address in the page's language, without the
 * view in the query: relative to the site in the prerendered page (which must equal the first
 * client render), absolute once hydrated, when the page knows its origin.
 */
export function PrintAddress({ id }: { id: string }): ReactElement {
  const { t } = useTranslation('indicator');
  const hydrated = useHydrated();
  const path = useShareHref(`/indicators/${id}`);
  const address = hydrated ? new URL(path, window.location.origin).href : path;
  return (
    <p className="print-only print-address">
      {t('print.onlineAt')} <span className="print-url">{address}</span>
    </p>
  );
}
