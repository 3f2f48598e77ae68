import {
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
  type Translations,
} from '../domain/model';
import type { JsonReader } from './json-reader';

/**
 * What a file's `translations` may hold in each language: texts (title, subtitle …) and maps
 * from a key to a text (series labels by series id, notes by their English text).
 */
export interface TranslationShape {
  texts: readonly string[];
  /** Each map's name and what its keys must be: a problem for a wrong key, else undefined. */
  maps?: Readonly<Record<string, (key: string) => KeyProblem | undefined>>;
  /** Fields that must never be translated, with the reason ("a quote of the report …"). */
  untranslatable?: Readonly<Record<string, string>>;
}

export interface KeyProblem {
  rule: string;
  message: string;
}

/**
 * A JSON path one step further: `.title` for a plain name, `["share-in-cells"]` for any other
 * key (a series id, a note's English text), so that the path stays unambiguous.
 */
export function keyPath(path: string, key: string): string {
  return /^[A-Za-z]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Reads an optional `translations` object: `{ "ru": { "title": "…", … }, "kk": { … } }`.
 * Records an issue, with its JSON path, for a language other than ru or kk, a field the
 * shape does not have, a text that is not non-empty text and a map key the shape refuses.
 * Returns what is valid (absent when the property is), or undefined for a wrong container.
 */
export function readTranslations<T>(
  read: JsonReader,
  value: unknown,
  path: string,
  shape: TranslationShape,
): Translations<T> | undefined {
  if (value === undefined) return undefined;
  const languages = read.object(value, path);
  if (!languages) return undefined;
  const maps = shape.maps ?? {};
  const fields = [...shape.texts, ...Object.keys(maps)];
  const result: Partial<Record<TranslationLanguage, Record<string, unknown>>> = {};
  for (const [language, entryValue] of Object.entries(languages)) {
    const languagePath = keyPath(path, language);
    if (!isTranslationLanguage(language)) {
      read.problem(
        languagePath,
        language,
        'translation-language',
        language === 'en'
          ? `English is the text itself, not a translation; expected only ${TRANSLATION_LANGUAGES.join(', ')}`
          : `"${language}" is not a language of the dashboard to translate into; expected only ${TRANSLATION_LANGUAGES.join(', ')}`,
      );
      continue;
    }
    const entry = read.object(entryValue, languagePath);
    if (!entry) continue;
    const texts: Record<string, unknown> = {};
    for (const [field, fieldValue] of Object.entries(entry)) {
      const fieldPath = keyPath(languagePath, field);
      const checkKey = Object.hasOwn(maps, field) ? maps[field] : undefined;
      if (shape.texts.includes(field)) {
        const text = read.string(fieldValue, fieldPath);
        if (text !== undefined) texts[field] = text;
      } else if (checkKey) {
        const map = readTextMap(read, fieldValue, fieldPath, checkKey);
        if (map) texts[field] = map;
      } else if (shape.untranslatable && Object.hasOwn(shape.untranslatable, field)) {
        read.problem(
          fieldPath,
          field,
          'untranslatable',
          `"${field}" is not translated: ${shape.untranslatable[field]}; remove it`,
        );
      } else {
        read.problem(
          fieldPath,
          field,
          'unknown-field',
          `unexpected field "${field}" in a translation; expected only ${fields.join(', ')}`,
        );
      }
    }
    result[language] = texts;
  }
  return result as Translations<T>;
}

function readTextMap(
  read: JsonReader,
  value: unknown,
  path: string,
  checkKey: (key: string) => KeyProblem | undefined,
): Record<string, string> | undefined {
  const entries = read.object(value, path);
  if (!entries) return undefined;
  const map: [string, string][] = [];
  for (const [key, text] of Object.entries(entries)) {
    const entryPath = keyPath(path, key);
    const problem = checkKey(key);
    if (problem) {
      read.problem(entryPath, key, problem.rule, problem.message);
      continue;
    }
    const checked = read.string(text, entryPath);
    if (checked !== undefined) map.push([key, checked]);
  }
  // fromEntries makes own properties, "__proto__" included, as JSON.parse does.
  return Object.fromEntries(map);
}

function isTranslationLanguage(value: string): value is TranslationLanguage {
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(value);
}

/** A map key that must be non-empty text: a note's English text. */
export function nonEmptyKey(what: string): (key: string) => KeyProblem | undefined {
  return (key) =>
    key.trim() === ''
      ? { rule: 'type', message: `expected ${what} as the key, found empty text` }
      : undefined;
}
