/**
 * Token-to-mention lookups for one Doc, built once per stage run so that per-token questions ("is this token part of
 * a name?", "which mentions lie in this clause?") cost O(1) or O(clause length), not a scan over every mention.
 * Mentions never overlap after entity recognition, so each token belongs to at most one.
 */
import type { Doc, Mention } from './types.ts';

export interface MentionIndex {
  /** The mention covering the token, if any. */
  at(tokenIndex: number): Mention | undefined;
  /** Mentions lying wholly inside `[tokenStart, tokenEnd)`, in text order. */
  within(tokenStart: number, tokenEnd: number): Mention[];
  /** The last person mention that ends before the offset and, when given, that `accept` accepts. */
  lastPersonBefore(offset: number, accept?: (mention: Mention) => boolean): Mention | undefined;
}

export function indexMentions(doc: Doc): MentionIndex {
  const mentions = doc.mentions ?? [];
  const tokenCount = doc.tokens?.length ?? 0;
  const atToken = new Int32Array(tokenCount).fill(-1);
  mentions.forEach((mention, index) => atToken.fill(index, mention.tokenStart, mention.tokenEnd));
  const persons = mentions.filter((mention) => mention.label === 'PER' && mention.entity).sort((a, b) => a.end - b.end);
  return {
    at: (tokenIndex) => (atToken[tokenIndex] >= 0 ? mentions[atToken[tokenIndex]] : undefined),
    within(tokenStart, tokenEnd) {
      const found: Mention[] = [];
      for (let index = tokenStart, last = Math.min(tokenEnd, tokenCount); index < last; index++) {
        const mentionIndex = atToken[index];
        if (mentionIndex < 0) continue;
        const mention = mentions[mentionIndex];
        if (mention.tokenStart === index && mention.tokenEnd <= tokenEnd) found.push(mention);
      }
      return found;
    },
    lastPersonBefore(offset, accept) {
      let low = 0;
      let high = persons.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (persons[middle].end <= offset) low = middle + 1;
        else high = middle;
      }
      for (let candidate = low - 1; candidate >= 0; candidate--) if (!accept || accept(persons[candidate])) return persons[candidate];
      return undefined;
    },
  };
}
