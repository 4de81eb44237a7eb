/**
 * The German common-noun lexicon: every inflected form of ~66,000 nouns (built by
 * `scripts/build-lexicon.ts` into `models/common-nouns.txt.gz`). German capitalises all nouns, so a
 * capitalised word found here is probably not a name. Loaded once per process and shared: it is
 * immutable, so sharing it between pipelines is safe.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

/** The shipped lexicon, read on first use and cached for the process. */
export function loadCommonNouns(): CommonNounLexicon {
  cached ??= readCommonNouns(defaultCommonNounsPath);
  return cached;
}

export function readCommonNouns(path: string): CommonNounLexicon {
  const words = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((line) => line.length > 0);
  return createCommonNounLexicon(words);
}

/** Keys are stored with an upper-case first letter, the way nouns are written. */
export function nounKey(word: string): string {
  if (word.length === 0) return word;
  const first = word.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? word : upper + word.slice(1);
}

export function createCommonNounLexicon(words: Iterable<string>): CommonNounLexicon {
  const forms = new Set<string>();
  for (const word of words) forms.add(nounKey(word));
  const has = (word: string) => forms.has(nounKey(word));
  const compoundHead = (word: string) => {
    if (has(word)) return undefined;
    for (let split = minimumCompoundFront; split <= word.length - minimumCompoundHead; split++) {
      const head = nounKey(word.slice(split));
      if (forms.has(head)) return head;
    }
    return undefined;
  };
  return { has, compoundHead, size: forms.size };
}
