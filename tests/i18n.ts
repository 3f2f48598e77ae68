import type { i18n as I18n } from 'i18next';
import { createI18n } from '../src/app/i18n/create-i18n';
import en from '../src/app/i18n/locales/en/index';
import kk from '../src/app/i18n/locales/kk/index';
import ru from '../src/app/i18n/locales/ru/index';
import type { Catalogue } from '../src/app/i18n/namespaces';
import type { Language } from '../src/domain/language';
import type { Locale } from '../src/domain/translate';

export const CATALOGUES: Record<Language, Catalogue> = { en, ru, kk };

/** An i18next instance for a language, loaded synchronously, as the app creates one. */
export function testI18n(language: Language = 'en'): I18n {
  return createI18n(language, CATALOGUES[language]);
}

/** A formatter's locale in a language, with its messages, as `useLocale` gives components. */
export function testLocale(language: Language = 'en'): Locale {
  const i18n = testI18n(language);
  return { language, t: i18n.getFixedT(language) as Locale['t'] };
}
