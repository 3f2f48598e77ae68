import type { Language } from './language';

/**
 * Looks a message up in the reader's language: a key such as "format:qualifier.more_than"
 * and the values it interpolates (`count` also picks the plural form). The app passes
 * i18next's `t`; the domain layer depends only on this shape.
 */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** What a formatter needs to speak the reader's language: its code (for Intl) and messages. */
export interface Locale {
  language: Language;
  t: Translate;
}
