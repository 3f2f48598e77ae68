import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText } from '../../../domain/format/compare-text';
import type { Language } from '../../../domain/language';
import type { EventKind, TimelineEvent } from '../../../domain/events';
import {
  NO_FILTER,
  UNNAMED_BODY,
  bodyOptions,
  filterEvents,
  groupByYear,
  kindOptions,
  sortEvents,
  type BodyKey,
  type FilterOption,
  type TimelineFilter,
} from '../../../domain/timeline';
import { useLocale } from '../../../ui/use-locale';
import { useEventLabels } from '../labels';
import { FilterFieldset } from './filter-fieldset';
import { ShownCount } from './shown-count';
import { YearGroupSection } from './year-group-section';

function toggled<Key>(set: ReadonlySet<Key>, key: Key): Set<Key> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

/**
 * Options relabelled in the reader's language and put in its alphabetical order; an option
 * kept last (the bodies the report does not name) stays last.
 */
function relabel<Key extends string>(
  options: readonly FilterOption<Key>[],
  label: (key: Key) => string,
  language: Language,
  last?: Key,
): FilterOption<Key>[] {
  return options
    .map((option) => ({ ...option, label: label(option.value) }))
    .sort(
      (a, b) =>
        Number(a.value === last) - Number(b.value === last) ||
        compareText(a.label, b.label, language),
    );
}

/** The filters, the count of entries shown and the entries by year. */
export function TimelineView({ events }: { events: readonly TimelineEvent[] }): ReactElement {
  const { t } = useTranslation('timeline');
  const { language } = useLocale();
  const labels = useEventLabels();
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const sorted = useMemo(() => sortEvents(events), [events]);
  const kinds = useMemo(
    () => relabel(kindOptions(events), labels.kind, language),
    [events, labels.kind, language],
  );
  const bodies = useMemo(
    () => relabel<BodyKey>(bodyOptions(events), labels.body, language, UNNAMED_BODY),
    [events, labels.body, language],
  );
  const shown = filterEvents(sorted, filter);
  return (
    <>
      <div className="timeline-filters">
        <FilterFieldset<EventKind>
          legend={t('filters.kind')}
          options={kinds}
          selected={filter.kinds}
          onToggle={(kind) => setFilter((f) => ({ ...f, kinds: toggled(f.kinds, kind) }))}
        />
        <FilterFieldset<BodyKey>
          legend={t('filters.body')}
          options={bodies}
          selected={filter.bodies}
          onToggle={(body) => setFilter((f) => ({ ...f, bodies: toggled(f.bodies, body) }))}
        />
      </div>
      <div className="timeline-status">
        <ShownCount shown={shown.length} total={events.length} />
        {/* Always rendered: a button that vanished on click would drop the keyboard focus. */}
        <button
          type="button"
          className="button timeline-clear"
          onClick={() => setFilter(NO_FILTER)}
        >
          {t('filters.clear')}
        </button>
      </div>
      {shown.length === 0 && <p className="timeline-empty">{t('filters.empty')}</p>}
      {groupByYear(shown).map((group) => (
        <YearGroupSection key={group.year} group={group} />
      ))}
    </>
  );
}
