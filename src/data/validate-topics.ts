import type { TitleTranslation, Topic } from '../domain/model';
import { JsonReader, parseJson } from './json-reader';
import { readTranslations } from './read-translations';
import type { Validated } from './validate-metadata';

/**
 * topics.json → the ordered list of topics that group the indicators, each with its title
 * and, optionally, the title's translations.
 */
export function validateTopics(text: string, file: string): Validated<Topic[]> {
  const read = new JsonReader(file);
  const json = parseJson(text, read);
  if (json === undefined) return { ok: false, issues: read.issues };
  const list = read.array(json, '(root)') ?? [];
  const topics: Topic[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const entry = read.object(item, `[${index}]`);
    if (!entry) return;
    const id = read.string(entry.id, `[${index}].id`);
    const title = read.string(entry.title, `[${index}].title`);
    const translations = readTranslations<TitleTranslation>(
      read,
      entry.translations,
      `[${index}].translations`,
      { texts: ['title'] },
    );
    // Found by fuzzing (tests/fuzz): a topic listed twice passed, and its indicators would
    // have been grouped under it twice on the home page.
    if (id !== undefined && seen.has(id))
      read.problem(`[${index}].id`, id, 'unique', `the topic "${id}" is listed twice`);
    if (id !== undefined) seen.add(id);
    if (id !== undefined && title !== undefined)
      topics.push(translations === undefined ? { id, title } : { id, title, translations });
  });
  return read.issues.length > 0 ? { ok: false, issues: read.issues } : { ok: true, value: topics };
}
