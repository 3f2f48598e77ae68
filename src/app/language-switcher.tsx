import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES } from '../domain/language';
import { useAddressView } from '../ui/address-view';
import { languageHref, useSitePaths } from '../ui/site-paths';
import { pageForPath } from './route-table';

/**
 * Plain links to this very page in each language, view and anchor kept: they work without
 * JavaScript and open the prerendered page of that language, whose address names it. On the
 * not-found page they lead to each language's home instead: there is no page to open in
 * another language, and the host answers every unknown address with the one prerendered
 * 404.html, in English, so without JavaScript "/ru/<unknown>" would show it again.
 */
export function LanguageSwitcher(): ReactElement {
  const { t } = useTranslation();
  const { basePath, language: current } = useSitePaths();
  const { pathname } = useLocation();
  // The view as the address has it now, toggles included ("" before hydration).
  const addressView = useAddressView();
  const notFound = pageForPath(pathname) === 'NotFoundPage';
  const view = notFound ? '' : addressView;
  const path = notFound ? '/' : pathname;
  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={`${languageHref(basePath, language, path)}${view}`}
              hrefLang={language}
              lang={language}
              aria-current={language === current ? 'true' : undefined}
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
