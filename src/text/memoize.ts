/**
 * Bounded memoisation for pure word lookups (role nouns, adjectives, trigger forms). Words repeat heavily in news,
 * so most lookups become one Map read. The cache belongs to the compiled rules of one pipeline and only stores
 * results of a pure function, so it never changes what the pipeline computes.
 */
export function memoizeWord<T>(lookup: (word: string) => T, limit = 20_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string) => {
    const cached = cache.get(word);
    if (cached !== undefined || cache.has(word)) return cached as T;
    const result = lookup(word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, result);
    return result;
  };
}
