import type { Topic } from '../domain/model';
import { JsonReader, parseJson } from './json-reader';
import type { Validated } from './validate-metadata';

/** topics.json → the ordered list of topics that group the indicators. */
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
    // Found by fuzzing (tests/fuzz): a topic listed twice passed, and its indicators would
    // have been grouped under it twice on the home page.
    if (id !== undefined && seen.has(id))
      read.problem(`[${index}].id`, id, 'unique', `the topic "${id}" is listed twice`);
    if (id !== undefined) seen.add(id);
    if (id !== undefined && title !== undefined) topics.push({ id, title });
  });
  return read.issues.length > 0 ? { ok: false, issues: read.issues } : { ok: true, value: topics };
}
