import type { Language } from '../language';

// The Kazakh Cyrillic alphabet in its order. Browsers' ICU data may lack Kazakh collation
// (Debian's Chromium sorts "kk" differently from Node), and a list prerendered in Node must
// hydrate in the same order, so Kazakh is ordered by the alphabet itself.
const KAZAKH_ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const KAZAKH_RANK = new Map([...KAZAKH_ALPHABET].map((letter, index) => [letter, index]));

const collators = new Map<string, Intl.Collator>();
function collator(language: string): Intl.Collator {
  let found = collators.get(language);
  if (!found) collators.set(language, (found = new Intl.Collator(language)));
  return found;
}

function compareKazakh(a: string, b: string): number {
  const left = [...a.toLocaleLowerCase('kk')];
  const right = [...b.toLocaleLowerCase('kk')];
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i] ?? '';
    const y = right[i] ?? '';
    if (x === y) continue;
    const rankX = KAZAKH_RANK.get(x);
    const rankY = KAZAKH_RANK.get(y);
    // Letters of the alphabet first, in its order; anything else by code point after them.
    if (rankX !== undefined && rankY !== undefined) return rankX - rankY;
    if (rankX !== undefined) return -1;
    if (rankY !== undefined) return 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Orders two labels as a reader of the language expects, the same in Node and every browser. */
export function compareText(a: string, b: string, language: Language): number {
  return language === 'kk' ? compareKazakh(a, b) : collator(language).compare(a, b);
}
