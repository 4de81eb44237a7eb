/**
 * Compounds ending in a listed noun: "Außenministerin" (role "Ministerin"), "Krisentelefonat" (trigger "Telefonat"),
 * "Verteidigungsministeriums" (institution "Ministerium"). One search for every list that matches compound heads.
 */

/** A listed head, the forms it is listed under (lower case), and the last four letters of each for a quick check. */
export interface ListedHeads<T> {
  forms: ReadonlyMap<string, T>;
  endings: ReadonlySet<string>;
}

export function listedHeads<T>(forms: ReadonlyMap<string, T>): ListedHeads<T> {
  return { forms, endings: new Set([...forms.keys()].map((form) => form.slice(-4))) };
}

/**
 * The longest listed noun ending `word` (lower-cased as `lower`) with three letters or more in front, and where the
 * front ends; none when the noun lexicon knows a longer noun ending the word, since then that noun is the head
 * ("Ölpreise" is no compound of "Reise"). Most words fail the four-letter check and skip the search.
 */
export function listedCompoundHead<T>(
  word: string,
  lower: string,
  heads: ListedHeads<T>,
  isHeadOfCompound: (word: string, headLength: number) => boolean,
): { front: number; head: T } | undefined {
  if (!heads.endings.has(lower.slice(-4))) return undefined;
  for (let front = 3; front <= lower.length - 4; front++) {
    const head = heads.forms.get(lower.slice(front));
    if (head === undefined) continue;
    return isHeadOfCompound(word, lower.length - front) ? { front, head } : undefined;
  }
  return undefined;
}
