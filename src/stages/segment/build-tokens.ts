/** The last pass: turns token drafts and sentence ends into the `Token` and `Sentence` records of the Doc. */
import type { Sentence, Token } from '../../doc/types.ts';
import type { TokenDraft } from './merge-pieces.ts';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

export function buildSegmentation(text: string, drafts: readonly TokenDraft[], sentenceEnds: readonly number[]): Segmentation {
  const tokens: Token[] = new Array(drafts.length);
  const sentences: Sentence[] = [];
  let tokenStart = 0;
  for (const tokenEnd of sentenceEnds) {
    const sentenceIndex = sentences.length;
    for (let index = tokenStart; index < tokenEnd; index++) {
      const draft = drafts[index];
      const whitespaceEnd = index + 1 < drafts.length ? drafts[index + 1].start : text.length;
      tokens[index] = {
        start: draft.start,
        end: draft.end,
        text: text.slice(draft.start, draft.end),
        index,
        sentence: sentenceIndex,
        kind: draft.kind,
        whitespace: text.slice(draft.end, whitespaceEnd),
      };
    }
    sentences.push({ start: drafts[tokenStart].start, end: drafts[tokenEnd - 1].end, tokenStart, tokenEnd });
    tokenStart = tokenEnd;
  }
  return { sentences, tokens };
}
