import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { NotFound } from '../../ui/not-found';
import { useDocumentTitle } from '../../ui/use-document-title';

export function NotFoundPage(): ReactElement {
  const { t } = useTranslation('common');
  useDocumentTitle(t('meta:notFound.name'));
  const { pathname } = useLocation();
  return <NotFound message={t('notFound.message', { path: pathname })} />;
}
