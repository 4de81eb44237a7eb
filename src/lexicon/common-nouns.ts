/**
 * The German common-noun lexicon: every inflected form of ~66,000 nouns (built by
 * `scripts/build-lexicon.ts` into `models/common-nouns.txt.gz`). German capitalises all nouns, so a
 * capitalised word found here is probably not a name. Loaded once per process and shared: it is
 * immutable, so sharing it between pipelines is safe.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fnvStart, fnvStep } from '../text/fnv.ts';
import { PresenceFilter } from '../text/presence-filter.ts';
import { StringTable, type StringTableData, type StringTableOptions } from '../text/string-table.ts';

export interface CommonNounLexicon {
  /** Whether the word is a known noun form; the first letter is compared case-insensitively. */
  has(word: string): boolean;
  /**
   * The known noun that ends a compound (`Regierungssprecher` → `Sprecher`), when the word itself
   * is not known and the remaining front is at least three letters; undefined otherwise.
   */
  compoundHead(word: string): string | undefined;
  readonly size: number;
}

export const defaultCommonNounsPath = resolve(import.meta.dirname, '..', '..', 'models', 'common-nouns.txt.gz');

const minimumCompoundFront = 3;
const minimumCompoundHead = 4;

let cached: CommonNounLexicon | undefined;

/** The shipped lexicon, read on first use and cached for the process (or adopted from another thread). */
export function loadCommonNouns(): CommonNounLexicon {
  cached ??= readCommonNouns(defaultCommonNounsPath);
  return cached;
}

export function readCommonNouns(path: string, options: StringTableOptions = {}): SharableCommonNounLexicon {
  const words = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((line) => line.length > 0);
  return createCommonNounLexicon(words, options);
}

/** A lexicon's arrays, built once in one thread and adopted by others (the batch workers). */
export interface CommonNounData {
  forms: StringTableData;
  filterBits: Uint32Array;
}

export interface SharableCommonNounLexicon extends CommonNounLexicon {
  readonly data: CommonNounData;
}

/** The shipped lexicon built in shared memory, for `adoptCommonNouns` in the workers. */
export function shareCommonNouns(): CommonNounData {
  return readCommonNouns(defaultCommonNounsPath, { shared: true }).data;
}

/** From now on `loadCommonNouns` in this thread gives the lexicon over `data` (built by `shareCommonNouns`). */
export function adoptCommonNouns(data: CommonNounData): void {
  cached = commonNounLexicon(new StringTable(data.forms), new PresenceFilter(data.filterBits));
}

/** Keys are stored with an upper-case first letter, the way nouns are written. */
export function nounKey(word: string): string {
  if (word.length === 0) return word;
  const first = word.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? word : upper + word.slice(1);
}

/**
 * The forms are a flat string table (about 5 MB for the shipped 140,000 forms, against 11 MB as a Set), so
 * the workers of a batch can share one copy.
 */
export function createCommonNounLexicon(words: Iterable<string>, options: StringTableOptions = {}): SharableCommonNounLexicon {
  const keys: string[] = [];
  for (const word of words) keys.push(nounKey(word));
  const forms = StringTable.fromKeys(keys, undefined, options);
  // Most look-ups miss (names, verbs, every split of a compound): a filter over hashes taken from the
  // right rejects them without touching the table; see `headHash`.
  const filter = PresenceFilter.sizedFor(forms.size, options.shared);
  for (const key of keys) {
    const hash = headHash(key, 0);
    if (hash !== undefined) filter.add(hash);
  }
  return commonNounLexicon(forms, filter);
}

function commonNounLexicon(forms: StringTable, filter: PresenceFilter): SharableCommonNounLexicon {
  const maybeKnown = (hash: number | undefined) => hash === undefined || filter.mayContain(hash);
  /** Whether `word[start..]` with its first letter in upper case is a known form, without building that key. */
  const knownFrom = (word: string, start: number) => {
    const upper = upperCaseUnit(word.charCodeAt(start));
    return upper >= 0 ? forms.getRange(word, start, word.length, upper) !== undefined : forms.has(nounKey(word.slice(start)));
  };
  const has = (word: string) => word.length > 0 && maybeKnown(headHash(word, 0)) && knownFrom(word, 0);
  const compoundHead = (word: string) => {
    if (has(word)) return undefined;
    const lastSplit = word.length - minimumCompoundHead;
    if (lastSplit < minimumCompoundFront) return undefined;
    // The hashes of every candidate head in one pass from the right; then the longest head that may be known wins.
    const passes = splitScratch.length > lastSplit ? splitScratch : (splitScratch = new Uint8Array(word.length * 2));
    let rest = fnvStart;
    for (let index = word.length - 1; index > lastSplit; index--) rest = fnvStep(rest, word.charCodeAt(index));
    for (let split = lastSplit; split >= minimumCompoundFront; split--) {
      const code = word.charCodeAt(split);
      const first = foldedFirstLetter(code);
      passes[split] = first < 0 || filter.mayContain(fnvStep(rest, first)) ? 1 : 0;
      rest = fnvStep(rest, code);
    }
    for (let split = minimumCompoundFront; split <= lastSplit; split++) {
      if (passes[split] !== 0 && knownFrom(word, split)) return nounKey(word.slice(split));
    }
    return undefined;
  };
  return { has, compoundHead, size: forms.size, data: { forms: forms.data, filterBits: filter.bits } };
}

const upperCaseUnits = new Map<number, number>();

/** The upper-case code unit of a letter (the unit itself when it has none), or -1 when upper case is longer (`ß`). */
function upperCaseUnit(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let upper = upperCaseUnits.get(code);
  if (upper === undefined) {
    const converted = String.fromCharCode(code).toUpperCase();
    upper = converted.length === 1 ? converted.charCodeAt(0) : -1;
    upperCaseUnits.set(code, upper);
  }
  return upper;
}

let splitScratch = new Uint8Array(64);

/**
 * The running hash of `word[start..]` taken right to left, with the first letter folded to lower case so a
 * noun and the same letters inside a compound (`Sprecher`, `…sprecher`) hash alike. Undefined when that
 * letter's case mapping is not one to one (`ß`): such words skip the filter.
 */
function headHash(word: string, start: number): number | undefined {
  if (start >= word.length) return undefined;
  const first = foldedFirstLetter(word.charCodeAt(start));
  if (first < 0) return undefined;
  let hash = fnvStart;
  for (let index = word.length - 1; index > start; index--) hash = fnvStep(hash, word.charCodeAt(index));
  return fnvStep(hash, first);
}

const foldedLetters = new Map<number, number>();

/** The lower-case code unit of a letter, or -1 where upper and lower case do not map one to one. */
function foldedFirstLetter(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = foldedLetters.get(code);
  if (folded === undefined) {
    const letter = String.fromCharCode(code);
    const upper = letter.toUpperCase();
    const lower = letter.toLowerCase();
    folded = upper.length === 1 && lower.length === 1 && upper.toLowerCase() === lower ? lower.charCodeAt(0) : -1;
    foldedLetters.set(code, folded);
  }
  return folded;
}
