import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  languageFromPath,
  negotiateLanguage,
  pathInLanguage,
} from '../../../src/domain/language';

describe(languageFromPath, () => {
  it.each([
    ['/ru/checks', 'ru', '/checks'],
    ['/kk/', 'kk', '/'],
    ['/en', 'en', '/'],
    ['/ru/indicators/prison-mortality', 'ru', '/indicators/prison-mortality'],
  ])('reads %s as %s, %s', (path, language, rest) => {
    expect(languageFromPath(path)).toEqual({ language, rest });
  });

  it.each(['/checks', '/', '/russia', '/de/checks', '/RU/checks', '/indicators/ru'])(
    'finds no language in %s',
    (path) => {
      expect(languageFromPath(path)).toEqual({ language: undefined, rest: path });
    },
  );

  it('undoes pathInLanguage for any path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.array(segment, { maxLength: 4 }),
        (l, parts) => {
          const rest = `/${parts.join('/')}`;
          expect(languageFromPath(pathInLanguage(l, rest))).toEqual({ language: l, rest });
        },
      ),
    );
  });
});

describe(negotiateLanguage, () => {
  it.each([
    [['ru-RU', 'en'], 'ru'],
    [['kk-KZ', 'ru'], 'kk'],
    [['de-DE', 'ru'], 'ru'],
    [['en-US', 'ru'], 'en'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
    [['KK'], 'kk'],
  ])('picks from %j: %s', (preferences, expected) => {
    expect(negotiateLanguage(preferences)).toBe(expected);
  });
});
