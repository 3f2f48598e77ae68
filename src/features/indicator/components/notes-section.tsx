import type { ReactElement } from 'react';
import type { Indicator } from '../../../domain/model';
import { collectNotes } from '../../../domain/notes';

/** How to read the figures: qualifiers, multi-year figures, targets, curators' notes. */
export function NotesSection({
  indicator,
  locale,
}: {
  indicator: Indicator;
  locale: string;
}): ReactElement | null {
  const notes = collectNotes(indicator, locale);
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes on qualifiers and periods</h2>
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
