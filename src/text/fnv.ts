/**
 * FNV-1a over UTF-16 code units, one unit at a time: callers that derive several hashes from one pass over a
 * word (its shape, every prefix) step them along instead of building each string first.
 */
export const fnvStart = 0x811c9dc5;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
