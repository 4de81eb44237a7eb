/**
 * Bounded memoisation for pure word lookups (role nouns, adjectives, trigger forms, compound heads). Words repeat
 * heavily in news, so most lookups become one Map read. The cache belongs to the compiled rules of one pipeline and
 * only stores results of a pure function, so it never changes what the pipeline computes.
 */
const absent = Symbol('absent');

export function memoizeWord<T>(lookup: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T | typeof absent>();
  return (word: string) => {
    const cached = cache.get(word);
    if (cached !== undefined) return (cached === absent ? undefined : cached) as T;
    const result = lookup(word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, result === undefined ? absent : result);
    return result;
  };
}
