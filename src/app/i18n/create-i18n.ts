import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../domain/language';
import type { Catalogue, EmbedCatalogue } from './namespaces';

/**
 * An i18next instance for one language, initialised synchronously from its catalogue, so the
 * first render (at build time and on hydration) already speaks the language. Each render of
 * the app gets its own instance: the prerender renders many languages in one process.
 *
 * No fallback language: a test keeps every catalogue's keys identical, and a fallback would
 * hide a missing translation behind English. An embed passes only its namespaces
 * (EMBED_NAMESPACES); tests/integration/features/embed-app.test.tsx keeps that enough.
 */
export function createI18n(language: Language, catalogue: Catalogue | EmbedCatalogue): I18n {
  const instance = createInstance();
  // Also makes this instance react-i18next's default, for components rendered outside the
  // provider (unit tests of single components).
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: catalogue },
    ns: Object.keys(catalogue),
    defaultNS: 'common',
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    returnEmptyString: false,
  });
  return instance;
}
