import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorEntry } from '../../../data/catalogue-index';
import { formatNumber } from '../../../domain/format/number';
import type { Locale } from '../../../domain/translate';
import { CatalogueCard } from './catalogue-card';

/** How many cards a topic shows at first, and how many more each "Show more" adds. */
export const CARDS_PER_PAGE = 12;

/** A topic's heading and cards, a page at a time, so a large catalogue stays light. */
export function TopicSection({
  id,
  title,
  entries,
  locale,
}: {
  id: string;
  title: string;
  entries: readonly IndicatorEntry[];
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation('home');
  const [shown, setShown] = useState(CARDS_PER_PAGE);
  const countId = useId();
  const visible = entries.slice(0, shown);
  const remaining = entries.length - visible.length;
  const number = (value: number): string => formatNumber(value, locale.language);
  return (
    <section className="topic" aria-labelledby={`topic-${id}`}>
      <h2 id={`topic-${id}`}>{title}</h2>
      <div className="card-grid">
        {visible.map((entry) => (
          <CatalogueCard key={entry.id} entry={entry} locale={locale} />
        ))}
      </div>
      {remaining > 0 && (
        <p className="show-more">
          <button
            type="button"
            className="button"
            aria-describedby={countId}
            onClick={() => setShown((count) => count + CARDS_PER_PAGE)}
          >
            {t('topic.showMore', { number: number(Math.min(remaining, CARDS_PER_PAGE)) })}
          </button>{' '}
          <span id={countId} className="show-more-count">
            {t('topic.shownCount', {
              count: entries.length,
              shown: number(visible.length),
              total: number(entries.length),
            })}
          </span>
        </p>
      )}
    </section>
  );
}
