import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../domain/model';
import { collectNotes } from '../../../domain/notes';
import type { Locale } from '../../../domain/translate';

/** How to read the figures: qualifiers, multi-year figures, targets, curators' notes. */
export function NotesSection({
  indicator,
  locale,
}: {
  indicator: Indicator;
  locale: Locale;
}): ReactElement | null {
  const { t } = useTranslation('indicator');
  const notes = collectNotes(indicator, locale);
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes.heading')}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.subject}>
            <strong>{note.subject}.</strong> {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
