import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A helpful dead end: says what was not found and offers the way back. */
export function NotFound({ message }: { message: string }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t('notFound.heading')}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t('notFound.allIndicators')}</Link>
      </p>
    </section>
  );
}
