/** What German words look like from their endings alone. */

/**
 * A lower-case word with an adjective's ending ("neue", "russischen", "zuständigem", "pro-kurdischen"): between a
 * determiner and its noun, it is taken for an inflected adjective.
 */
export function looksLikeInflectedAdjective(word: string): boolean {
  return /^\p{Ll}+(?:-\p{Ll}+)*(?:e|en|er|es|em)$/u.test(word);
}
