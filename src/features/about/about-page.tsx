import type { ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REPORT_RECEIVED } from '../../domain/export/chart-image-text';
import { formatPartialDate } from '../../domain/format/partial-date';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useLocale } from '../../ui/use-locale';

/** The method, the sources, how to cite and how to add data: text only, no data to load. */
export function AboutPage(): ReactElement {
  const { t } = useTranslation('about');
  useDocumentTitle(t('meta:about.name'));
  const locale = useLocale();
  const code = <code />;
  return (
    <article className="about">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead', { received: formatPartialDate(REPORT_RECEIVED, locale) })}</p>

      <section aria-labelledby="about-method">
        <h2 id="about-method">{t('method.heading')}</h2>
        <ul>
          <li>{t('method.rows')}</li>
          <li>{t('method.qualifiers')}</li>
          <li>{t('method.tests')}</li>
          <li>{t('method.nothingFilledIn')}</li>
          <li>{t('method.targets')}</li>
        </ul>
      </section>

      <section aria-labelledby="about-checks">
        <h2 id="about-checks">{t('checks.heading')}</h2>
        <p>
          {t('checks.text')} <Link to="/checks">{t('checks.link')}</Link>
        </p>
      </section>

      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('sources.heading')}</h2>
        <ul>
          <li>
            <Link to="/source">{t('sources.report')}</Link>: {t('sources.reportText')}
          </li>
          <li>
            <Link to="/recommendations">{t('sources.recommendations')}</Link>:{' '}
            {t('sources.recommendationsText')}
          </li>
        </ul>
      </section>

      <section aria-labelledby="about-cite">
        <h2 id="about-cite">{t('cite.heading')}</h2>
        <p>
          {t('cite.text')} <Link to="/data/">{t('cite.link')}</Link>
        </p>
      </section>

      <section aria-labelledby="about-adding">
        <h2 id="about-adding">{t('adding.heading')}</h2>
        <p>
          <Trans t={t} i18nKey="adding.text" components={{ code }} />
        </p>
      </section>

      <section aria-labelledby="about-languages">
        <h2 id="about-languages">{t('languages.heading')}</h2>
        <p>{t('languages.text')}</p>
      </section>
    </article>
  );
}
