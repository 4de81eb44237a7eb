/**
 * Bounded memoisation for pure word lookups (role nouns, adjectives, trigger forms, compound heads). Words repeat
 * heavily in news, so most lookups become one Map read. The cache belongs to the compiled rules of one pipeline and
 * only stores results of a pure function, so it never changes what the pipeline computes. Keys are owned copies:
 * a token cut from an article must not keep the article alive in the cache.
 */
import { ownedCopy } from './owned-copy.ts';

const absent = Symbol('absent');

export function memoizeWord<T>(lookup: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T | typeof absent>();
  return (word: string) => {
    const cached = cache.get(word);
    if (cached !== undefined) return (cached === absent ? undefined : cached) as T;
    let result = lookup(word);
    // A string result is often a piece of the word itself (a compound's head): owned too.
    if (typeof result === 'string') result = ownedCopy(result) as T;
    if (cache.size >= limit) cache.clear();
    cache.set(ownedCopy(word), result === undefined ? absent : result);
    return result;
  };
}
