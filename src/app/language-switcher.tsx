import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES } from '../domain/language';
import { languageHref, useSitePaths } from '../ui/site-paths';
import { useHydrated } from '../ui/use-hydrated';

/**
 * Plain links to this very page in each language, view and anchor kept: they work without
 * JavaScript and open the prerendered page of that language, whose address names it.
 */
export function LanguageSwitcher(): ReactElement {
  const { t } = useTranslation();
  const { basePath, language: current } = useSitePaths();
  const { pathname, search, hash } = useLocation();
  // The page was prerendered for its path alone: the view (search, hash) joins the links once
  // hydrated, so that hydration sees the very attributes the build wrote.
  const hydrated = useHydrated();
  const view = hydrated ? `${search}${hash}` : '';
  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={`${languageHref(basePath, language, pathname)}${view}`}
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
