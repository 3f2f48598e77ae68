import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { NotFound } from '../../ui/not-found';
import { PRERENDERED_NOT_FOUND_PATH } from '../../domain/prerendered-not-found-path';
import { useDocumentTitle } from '../../ui/use-document-title';

export function NotFoundPage(): ReactElement {
  const { t } = useTranslation('common');
  useDocumentTitle(t('meta:notFound.name'));
  const { pathname } = useLocation();
  // 404.html, read without JavaScript at whatever address the reader asked for.
  const message =
    pathname === PRERENDERED_NOT_FOUND_PATH
      ? t('notFound.messageWithoutAddress')
      : t('notFound.message', { path: pathname });
  return <NotFound message={message} />;
}
