import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, type MessageTree, type Namespace } from '../../../src/app/i18n/namespaces';
import { LANGUAGES, type Language } from '../../../src/domain/language';
import { CATALOGUES } from '../../i18n';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every message of a namespace as [dotted key, text]. */
function messages(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : messages(value, `${prefix}${key}.`),
  );
}

/** A language's messages with plural forms folded into their base key. */
function baseKeys(language: Language, namespace: Namespace): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const [key] of messages(CATALOGUES[language][namespace])) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const forms = keys.get(base) ?? new Set<string>();
    if (match?.[1]) forms.add(match[1]);
    keys.set(base, forms);
  }
  return keys;
}

const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

describe.each(NAMESPACES)('catalogue namespace %s', (namespace) => {
  const english = baseKeys('en', namespace);

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    'has in %s exactly the keys English has',
    (language) => {
      const other = baseKeys(language, namespace);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    },
  );

  it.each(LANGUAGES)(
    'gives in %s every plural form the language uses, and no other',
    (language) => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, forms] of baseKeys(language, namespace)) {
        // Plural forms where English has them (a count picks the form), or where a language
        // needs them on its own.
        if (forms.size === 0 && !english.get(key)?.size) continue;
        expect([...forms].sort(), `${namespace}:${key} in ${language}`).toEqual(
          [...categories].sort(),
        );
      }
    },
  );

  it.each(LANGUAGES)(
    'has no empty message in %s, and each uses the variables English uses',
    (language) => {
      const englishVariables = new Map(
        messages(CATALOGUES.en[namespace] as MessageTree).map(([key, text]) => [
          key.replace(PLURAL_SUFFIX, ''),
          variables(text).filter((name) => name !== 'count'),
        ]),
      );
      for (const [key, text] of messages(CATALOGUES[language][namespace] as MessageTree)) {
        expect(text.trim(), `${namespace}:${key} in ${language}`).not.toBe('');
        const expected = englishVariables.get(key.replace(PLURAL_SUFFIX, '')) ?? [];
        const used = variables(text).filter((name) => name !== 'count');
        expect([...new Set(used)].sort(), `${namespace}:${key} in ${language}`).toEqual(
          [...new Set(expected)].sort(),
        );
      }
    },
  );
});

// Every key the code asks for with a literal (t('…'), t('ns:…')) exists in English, and so
// (by the tests above) in every language.
const SOURCE_DIR = path.resolve(import.meta.dirname, '../../../src');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

function keyExists(namespace: Namespace, key: string): boolean {
  const english = baseKeys('en', namespace);
  if (english.has(key)) return true;
  // A key whose last part is chosen at run time (`t(`kinds.${kind}`)`) is checked as a prefix.
  return key.endsWith('.') && [...english.keys()].some((k) => k.startsWith(key));
}

describe('keys used in the code', () => {
  const calls = sourceFiles(SOURCE_DIR).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const defaultNamespace = /useTranslation\(\s*'(\w+)'/.exec(text)?.[1] ?? 'common';
    return [...text.matchAll(/\bt\(\s*[`']([\w.:-]+(?:\$\{)?)/g)].map((match) => {
      const literal = (match[1] ?? '').replace(/\$\{$/, '');
      const [namespace, key] = literal.includes(':')
        ? (literal.split(':') as [string, string])
        : [defaultNamespace, literal];
      return { file: path.relative(SOURCE_DIR, file), namespace, key };
    });
  });

  it('finds the calls it checks', () => {
    expect(calls.length).toBeGreaterThan(50);
  });

  it('asks only for keys the English catalogue has', () => {
    const missing = calls.filter(
      ({ namespace, key }) =>
        !(NAMESPACES as readonly string[]).includes(namespace) ||
        !keyExists(namespace as Namespace, key),
    );
    expect(missing).toEqual([]);
  });
});
