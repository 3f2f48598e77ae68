import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeLink } from './home-link';

/** A helpful dead end: says what was not found and offers the way back. */
export function NotFound({ message }: { message: string }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('notFound.heading')}</h1>
      <p>{message}</p>
      <p>
        <HomeLink>{t('notFound.allIndicators')}</HomeLink>
      </p>
    </section>
  );
}
