/**
 * The second pass: merges pieces into tokens where context says a period belongs to the word before it
 * (abbreviations, initials, ordinals). One left-to-right walk; each rule looks at a fixed number of neighbours,
 * so the pass is linear.
 *
 * Token convention for abbreviations: one token per run of the abbreviation written without spaces, periods
 * included. "z. B." gives the tokens "z." and "B.", "z.B." gives the one token "z.B.", "Dipl.-Ing." one token.
 * An initial is always one letter and its period ("J." "R." "R." "Tolkien").
 */
import type { TokenKind } from '../../doc/types.ts';
import type { CompiledAbbreviations } from './compile-abbreviations.ts';
import { isInitial } from './decide-initial.ts';
import { isOrdinal } from './decide-ordinal.ts';
import { matchAbbreviation } from './match-abbreviation.ts';
import { isAdjacentToPrevious, nextOnLine, pieceText, type PieceContext } from './piece-context.ts';

export interface TokenDraft {
  start: number;
  end: number;
  kind: TokenKind;
  /** Set on an abbreviation or initial whose period also ends the sentence ("… usw. Dann …"). */
  endsSentence: boolean;
  /** A line break lies in the whitespace before the token. */
  lineBreakBefore: boolean;
}

export interface MergeRules {
  abbreviations: CompiledAbbreviations;
  sentenceStarters: ReadonlySet<string>;
}

export function mergePieces(context: PieceContext, rules: MergeRules): TokenDraft[] {
  const drafts: TokenDraft[] = [];
  const { pieces } = context;
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index];
    if (piece.kind === 'word' || piece.kind === 'number') {
      const abbreviationLength = matchAbbreviation(context, index, rules.abbreviations);
      if (abbreviationLength > 0) {
        appendAbbreviation(context, index, abbreviationLength, rules.sentenceStarters, drafts);
        index += abbreviationLength;
        continue;
      }
      if (piece.kind === 'number' && isOrdinal(context, index, rules.abbreviations, rules.sentenceStarters)) {
        drafts.push({ start: piece.start, end: pieces[index + 1].end, kind: 'ordinal', endsSentence: false, lineBreakBefore: piece.lineBreakBefore });
        index += 2;
        continue;
      }
      if (isInitial(context, index, rules.sentenceStarters)) {
        drafts.push({ start: piece.start, end: pieces[index + 1].end, kind: 'abbreviation', endsSentence: false, lineBreakBefore: piece.lineBreakBefore });
        index += 2;
        continue;
      }
    }
    drafts.push({ start: piece.start, end: piece.end, kind: piece.kind, endsSentence: false, lineBreakBefore: piece.lineBreakBefore });
    index++;
  }
  return drafts;
}

/** One token per space-free run of the matched pieces; the last one ends the sentence if a sentence start follows. */
function appendAbbreviation(
  context: PieceContext,
  firstIndex: number,
  length: number,
  sentenceStarters: ReadonlySet<string>,
  drafts: TokenDraft[],
): void {
  const { pieces } = context;
  let runStart = firstIndex;
  for (let index = firstIndex + 1; index < firstIndex + length; index++) {
    if (!isAdjacentToPrevious(context, index)) {
      drafts.push({ start: pieces[runStart].start, end: pieces[index - 1].end, kind: 'abbreviation', endsSentence: false, lineBreakBefore: pieces[runStart].lineBreakBefore });
      runStart = index;
    }
  }
  const lastIndex = firstIndex + length - 1;
  const followingIndex = nextOnLine(context, lastIndex);
  const endsSentence = followingIndex !== -1 && sentenceStarters.has(pieceText(context, followingIndex));
  drafts.push({ start: pieces[runStart].start, end: pieces[lastIndex].end, kind: 'abbreviation', endsSentence, lineBreakBefore: pieces[runStart].lineBreakBefore });
}
