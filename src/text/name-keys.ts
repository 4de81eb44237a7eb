/**
 * Keys for comparing names across spellings. German news writes foreign names in German transliteration
 * (Selenskyj, Wladimir), English (Zelensky, Vladimir) or mixed; these keys fold the usual differences so that
 * spellings of one name meet, without a list of names.
 */
import { memoizeWord } from './memoize.ts';

/** Letters with a stroke or without a dot, which no Unicode decomposition takes apart: "Wałęsa" is "Walesa", "Đoković" "Djokovic". */
const strokedLetters: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'dj', Đ: 'Dj', ı: 'i', ħ: 'h', Ħ: 'H' };

export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[łŁđĐıħĦ]/g, (letter) => strokedLetters[letter]);
}

/** Ordered rewrites from German/English/French transliteration conventions to one spelling. */
const transliterationRewrites: [RegExp, string][] = [
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/zh/g, 'sh'],
  [/ch/g, 'h'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/w/g, 'v'],
  [/z/g, 's'],
  [/c(?=[aou])/g, 'k'],
  [/ck/g, 'k'],
  [/j/g, 'i'],
  [/y/g, 'i'],
  [/ie$/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * A transliteration-insensitive key for one word: "Selenskyj", "Zelensky", "Zelenskyy", "Selenski" → "selenski".
 * Keys are asked for the same words again and again (every surname in every article), so they are memoised.
 */
export const wordKey: (word: string) => string = memoizeWord(computeWordKey, 40_000);

function computeWordKey(word: string): string {
  let key = foldDiacritics(word.toLowerCase()).replace(/[^a-z0-9]/g, '');
  // An abbreviation in capitals is spelt letter by letter and transliterated by no one: "ISS" is not "IS", nor "BWB"
  // (a competition authority) "BVB". Its written-out form ("Unesco") keys like a word; lists add that key too.
  if (/^[\p{Lu}\d]{2,}$/u.test(word)) return key;
  for (const [pattern, replacement] of transliterationRewrites) key = key.replace(pattern, replacement);
  return key;
}

/**
 * The key under which mentions of one unlisted name are grouped: the name's key, but an abbreviation of four or more
 * capitals keys as its written-out form, so "UNESCO" and "Unesco" in one article are one organisation.
 */
export function groupingKey(name: string): string {
  return nameKey(/^[\p{Lu}\d]{4,}$/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name);
}

/** The key of a full name: the word keys of its parts, joined by spaces. */
export function nameKey(name: string): string {
  return name
    .split(/[\s]+/)
    .map(wordKey)
    .filter((part) => part.length > 0)
    .join(' ');
}

/** German genitive of names adds -s (Putins, Macrons); names ending in s, x, z take an apostrophe or nothing. */
export function stripGenitive(word: string): string {
  if (word.endsWith("'") || word.endsWith('’')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !/[sxzß]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Whether a name's last word can stand for the person alone, as a surname does ("Macron"). A regnal number
 * ("Frederik X.", "Karl III", "Benedikt XVI.") or a single letter cannot: "X" alone is a product name or a
 * variable far more often than a king. Looks at the word as written, so "Xi" (Xi Jinping) stays a surname. Nor
 * can a word whose key folds to one letter ("Yi" → "i", the key of "I" and "III" too).
 */
export function canStandAlone(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  if (bare.length < 2 || /^[IVXLCDM]+$/.test(bare)) return false;
  return wordKey(bare).length >= 2;
}
