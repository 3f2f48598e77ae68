import { useRef, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPORT_RECEIVED } from '../domain/export/chart-image-text';
import { formatPartialDate } from '../domain/format/partial-date';
import { HomeLink } from '../ui/home-link';
import { useLocale } from '../ui/use-locale';
import { LanguageSwitcher } from './language-switcher';
import { SiteMenu } from './site-menu';
import { useNewPageFocus } from './use-new-page-focus';

export function Layout({ children }: { children: ReactNode }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const main = useRef<HTMLElement>(null);
  useNewPageFocus(main);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <HomeLink className="site-name">{t('siteName')}</HomeLink>
          <SiteMenu label={t('layout.menu')}>
            <nav aria-label={t('layout.mainNavigation')}>
              <HomeLink>{t('layout.nav.indicators')}</HomeLink>
              <Link to="/checks">{t('layout.nav.checks')}</Link>
              <Link to="/timeline">{t('layout.nav.timeline')}</Link>
              <Link to="/recommendations">{t('layout.nav.recommendations')}</Link>
              <Link to="/source">{t('layout.nav.source')}</Link>
              <Link to="/data/">{t('layout.nav.data')}</Link>
            </nav>
            <LanguageSwitcher />
          </SiteMenu>
        </div>
      </header>
      <main ref={main} id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {t('layout.footer.source', { received: formatPartialDate(REPORT_RECEIVED, locale) })}
          </p>
          <p>{t('layout.footer.licence')}</p>
          <p>
            <Link to="/about">{t('layout.footer.about')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
