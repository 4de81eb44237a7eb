/**
 * Bounded memoisation for pure word lookups (role nouns, adjectives, trigger forms, compound heads, name keys).
 * Words repeat heavily in news, so most lookups become one Map read. A cache belongs to the compiled rules of one
 * pipeline (or to one pure function) and only stores results of a pure function, so it never changes what the
 * pipeline computes. Keys are owned copies: a token cut from an article must not keep the article alive.
 *
 * Bounded by two generations of `limit / 2` words: when the young one is full it becomes the old one and the
 * previous old one is dropped; a word found in the old one moves back to the young one. The words a feed keeps
 * using stay cached however long it runs, which emptying one map when full would not do.
 */
import { ownedCopy } from './owned-copy.ts';

const absent = Symbol('absent');

export function memoizeWord<T>(lookup: (word: string) => T, limit = 50_000): (word: string) => T {
  const generationSize = Math.max(1, Math.floor(limit / 2));
  let young = new Map<string, T | typeof absent>();
  let old = new Map<string, T | typeof absent>();
  const remember = (word: string, value: T | typeof absent) => {
    if (young.size >= generationSize) {
      old = young;
      young = new Map();
    }
    young.set(word, value);
  };
  return (word: string) => {
    let cached = young.get(word);
    if (cached === undefined) {
      cached = old.get(word);
      if (cached !== undefined) remember(ownedCopy(word), cached);
    }
    if (cached !== undefined) return (cached === absent ? undefined : cached) as T;
    let result = lookup(word);
    // A string result is often a piece of the word itself (a compound's head): owned too.
    if (typeof result === 'string') result = ownedCopy(result) as T;
    remember(ownedCopy(word), result === undefined ? absent : result);
    return result;
  };
}
