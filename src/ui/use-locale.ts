import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, DEFAULT_LANGUAGE } from '../domain/language';
import type { Locale } from '../domain/translate';

/** The reader's language and its messages, for formatters in the domain layer. */
export function useLocale(): Locale {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return useMemo(() => ({ language, t: t as Locale['t'] }), [language, t]);
}
