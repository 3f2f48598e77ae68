import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSitePaths } from './site-paths';

/**
 * Says, to a reader of a translation, that the quote beside it is the report's own English
 * text, not a translation. English readers need no such label. Place it just before the
 * element that carries `lang="en"`.
 */
export function OriginalTextLabel(): ReactElement | null {
  const { t } = useTranslation();
  const { language } = useSitePaths();
  if (language === 'en') return null;
  return <span className="original-text-label">{t('quote.originalEnglish')}</span>;
}
