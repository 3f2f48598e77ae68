import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTitle } from '../domain/document-title';

/**
 * Sets the document title to what the build writes into the page's HTML: a page reached by a
 * link inside the app would otherwise keep the title of the page before it. `null` names the
 * home page (the site's name alone); `undefined` leaves the title as it is (a page whose
 * name is still loading).
 */
export function useDocumentTitle(pageName: string | null | undefined): void {
  const { t } = useTranslation('meta');
  const siteName = t('siteName');
  useEffect(() => {
    if (pageName !== undefined) document.title = documentTitle(pageName, siteName);
  }, [pageName, siteName]);
}
