/** The last pass: turns token drafts and sentence ends into the `Token` and `Sentence` records of the Doc. */
import type { Sentence, Token } from '../../doc/types.ts';
import type { SpanTable } from './span-table.ts';

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

export function buildSegmentation(text: string, drafts: SpanTable, sentenceEnds: readonly number[]): Segmentation {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let tokenStart = 0;
  for (const tokenEnd of sentenceEnds) {
    const sentenceIndex = sentences.length;
    for (let index = tokenStart; index < tokenEnd; index++) {
      const start = drafts.start(index);
      const end = drafts.end(index);
      const whitespaceEnd = index + 1 < drafts.length ? drafts.start(index + 1) : text.length;
      tokens.push({
        start,
        end,
        text: text.slice(start, end),
        index,
        sentence: sentenceIndex,
        kind: drafts.kind(index),
        whitespace: text.slice(end, whitespaceEnd),
      });
    }
    sentences.push({ start: drafts.start(tokenStart), end: drafts.end(tokenEnd - 1), tokenStart, tokenEnd });
    tokenStart = tokenEnd;
  }
  return { sentences, tokens };
}
