/**
 * The second pass: merges pieces into token drafts where context says a period belongs to the word before it
 * (abbreviations, initials, ordinals). One left-to-right walk; each rule looks at a fixed number of neighbours,
 * so the pass is linear.
 *
 * Token convention for abbreviations: one token per run of the abbreviation written without spaces, periods
 * included. "z. B." gives the tokens "z." and "B.", "z.B." gives the one token "z.B.", "Dipl.-Ing." one token.
 * An initial is always one letter and its period ("J." "R." "R." "Tolkien").
 *
 * A draft marked `endsSentence` is an abbreviation or initial whose period also ends the sentence ("… usw. Dann …").
 */
import type { CompiledAbbreviations } from './compile-abbreviations.ts';
import { isInitial } from './decide-initial.ts';
import { isOrdinal } from './decide-ordinal.ts';
import { matchAbbreviation } from './match-abbreviation.ts';
import { isAdjacentToPrevious, nextOnLine, pieceText, type PieceContext } from './piece-context.ts';
import { SpanTable } from './span-table.ts';

export interface MergeRules {
  abbreviations: CompiledAbbreviations;
  sentenceStarters: ReadonlySet<string>;
}

export function mergePieces(context: PieceContext, rules: MergeRules): SpanTable {
  const { pieces } = context;
  const drafts = new SpanTable(pieces.length);
  let index = 0;
  while (index < pieces.length) {
    const kind = pieces.kind(index);
    if (kind === 'word' || kind === 'number') {
      const abbreviationLength = matchAbbreviation(context, index, rules.abbreviations);
      if (abbreviationLength > 0) {
        appendAbbreviation(context, index, abbreviationLength, rules.sentenceStarters, drafts);
        index += abbreviationLength;
        continue;
      }
      if (kind === 'number' && isOrdinal(context, index, rules.abbreviations, rules.sentenceStarters)) {
        drafts.push(pieces.start(index), pieces.end(index + 1), 'ordinal', pieces.lineBreakBefore(index));
        index += 2;
        continue;
      }
      if (isInitial(context, index, rules.sentenceStarters)) {
        drafts.push(pieces.start(index), pieces.end(index + 1), 'abbreviation', pieces.lineBreakBefore(index));
        index += 2;
        continue;
      }
    }
    drafts.push(pieces.start(index), pieces.end(index), kind, pieces.lineBreakBefore(index));
    index++;
  }
  return drafts;
}

/** One draft per space-free run of the matched pieces; the last one ends the sentence if a sentence start follows. */
function appendAbbreviation(
  context: PieceContext,
  firstIndex: number,
  length: number,
  sentenceStarters: ReadonlySet<string>,
  drafts: SpanTable,
): void {
  const { pieces } = context;
  let runStart = firstIndex;
  for (let index = firstIndex + 1; index < firstIndex + length; index++) {
    if (!isAdjacentToPrevious(context, index)) {
      drafts.push(pieces.start(runStart), pieces.end(index - 1), 'abbreviation', pieces.lineBreakBefore(runStart));
      runStart = index;
    }
  }
  const lastIndex = firstIndex + length - 1;
  const followingIndex = nextOnLine(context, lastIndex);
  const endsSentence = followingIndex !== -1 && sentenceStarters.has(pieceText(context, followingIndex));
  drafts.push(pieces.start(runStart), pieces.end(lastIndex), 'abbreviation', pieces.lineBreakBefore(runStart), endsSentence);
}
