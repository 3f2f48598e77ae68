/**
 * The Kazakh ablative ending (-дан/-ден/-тан/-тен/-нан/-нен) written after a figure, as in
 * "40 000-нан астам" ("more than 40 000"): it follows the last word of the number as read
 * aloud. Vowel harmony follows that word's last vowel; the first consonant follows its last
 * sound (a vowel or р, л, й, у, з, ж → д; м, н, ң → н; other consonants → т).
 */

// The last word read for each final digit, for tens, hundreds and powers of a thousand.
const UNITS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const PERCENT_WORD = 'пайыз';

const BACK_VOWELS = 'аоұыя';
const FRONT_VOWELS = 'әөүіеэ';
const SOFT_FINALS = 'аәоөұүыіеэиуюяйрлзж';
const NASAL_FINALS = 'мнң';

/** The last word of a whole number read aloud in Kazakh. */
function lastWord(whole: number): string {
  if (whole === 0) return UNITS[0] ?? '';
  if (whole % 10 !== 0) return UNITS[whole % 10] ?? '';
  if (whole % 100 !== 0) return TENS[Math.floor(whole / 10) % 10] ?? '';
  if (whole % 1000 !== 0) return 'жүз';
  if (whole % 1_000_000 !== 0) return 'мың';
  if (whole % 1_000_000_000 !== 0) return 'миллион';
  return 'миллиард';
}

function ablativeOf(word: string): string {
  const letters = [...word];
  // и and у go with either row: the word's other vowels decide.
  const front =
    letters.some((c) => FRONT_VOWELS.includes(c)) && !BACK_VOWELS.includes(lastVowel(letters));
  const last = letters.at(-1) ?? '';
  const consonant = NASAL_FINALS.includes(last) ? 'н' : SOFT_FINALS.includes(last) ? 'д' : 'т';
  return `${consonant}${front ? 'ен' : 'ан'}`;
}

function lastVowel(letters: readonly string[]): string {
  return [...letters].reverse().find((c) => BACK_VOWELS.includes(c) || 'әөүіеэ'.includes(c)) ?? '';
}

/**
 * The ablative ending for a number as shown (digits after the decimal point are read last,
 * so "45,5" ends like "бес"); for a percentage, that of "пайыз" ("45,5%-дан").
 */
export function kazakhAblative(shown: string, isPercent: boolean): string {
  if (isPercent) return ablativeOf(PERCENT_WORD);
  const digits = shown.replace(/[^\d,.]/g, '');
  const [whole = '0', fraction] = digits.split(/[,.]/);
  const last = fraction !== undefined && fraction !== '' ? Number(fraction) : Number(whole);
  return ablativeOf(lastWord(last));
}
