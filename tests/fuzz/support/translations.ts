import { pathText, type AppliedJsonMutation } from './json-mutation';
import { isText } from './json-result';

/**
 * The fuzzers' oracle for a `translations` object (indicator metadata, topics, checks),
 * written from the data contract, not from src/data: the languages are the interface's but
 * English, each holds known texts and maps from a key to a text, and every part is optional.
 */

export const TRANSLATION_LANGUAGES = ['ru', 'kk'];

export interface TranslationContract {
  texts: string[];
  /** Each map's name and which keys it may hold (declared series ids, a note's English text). */
  maps?: Record<string, (key: string) => boolean>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Property (b): what an accepted value carries as translations meets the contract. */
export function translationProblems(
  translations: unknown,
  contract: TranslationContract,
): string[] {
  if (translations === undefined) return [];
  if (!isPlainObject(translations)) return ['translations is not an object'];
  const maps = contract.maps ?? {};
  const problems: string[] = [];
  for (const [language, texts] of Object.entries(translations)) {
    if (!TRANSLATION_LANGUAGES.includes(language)) problems.push(`translation into ${language}`);
    if (!isPlainObject(texts)) {
      problems.push(`translation ${language} is not an object`);
      continue;
    }
    for (const [field, value] of Object.entries(texts)) {
      const accepts = Object.hasOwn(maps, field) ? maps[field] : undefined;
      if (contract.texts.includes(field)) {
        if (!isText(value)) problems.push(`translated ${field} is not text`);
      } else if (!accepts) problems.push(`translated field ${field}`);
      else if (!isPlainObject(value)) problems.push(`translated ${field} is not an object`);
      else
        for (const [key, text] of Object.entries(value)) {
          if (!isText(text)) problems.push(`translated ${field} ${key} is not text`);
          if (!accepts(key)) problems.push(`translated ${field} has the key ${key}`);
        }
    }
  }
  return problems;
}

/** A JSON path one key further, as the validators write it: .name, or ["any other key"]. */
const keyPath = (path: string, key: string): string =>
  /^[A-Za-z]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/**
 * Property (c) for a mutation inside the `translations` at m.path[at]: the path an issue
 * must name after a mutation known to break it, or undefined when it may go either way
 * (every part is optional, so a delete never has to be reported).
 */
export function translationExpectation(
  m: AppliedJsonMutation,
  at: number,
  contract: TranslationContract,
): string | undefined {
  const [language, field, key] = m.path.slice(at + 1).map(String);
  const path = [language, field, key]
    .filter((step): step is string => step !== undefined)
    .reduce(keyPath, pathText(m.path.slice(0, at + 1)));
  const depth = m.path.length - at;
  const maps = contract.maps ?? {};
  const isMap = field !== undefined && Object.hasOwn(maps, field);
  const known =
    depth === 1 ||
    (depth === 2 && TRANSLATION_LANGUAGES.includes(language!)) ||
    (depth === 3 && (contract.texts.includes(field!) || isMap)) ||
    (depth === 4 && isMap && maps[field!]!(key!));
  if (m.op === 'insertKey') return known ? undefined : path;
  if (m.op !== 'replace' || !known) return undefined;
  const needsText = (depth === 3 && contract.texts.includes(field!)) || depth === 4;
  if (needsText) return isText(m.value) ? undefined : path;
  return isPlainObject(m.value) ? undefined : path;
}

/** The contract of a title-only translation (topics, fact checks). */
export const TITLE_ONLY: TranslationContract = { texts: ['title'] };
