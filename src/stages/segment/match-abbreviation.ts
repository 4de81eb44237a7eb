/**
 * Rule: a run of pieces spelled like an entry of the abbreviation list is an abbreviation, its periods included.
 * Only whole pieces are compared, and the pieces of a match must lie on one line.
 */
import type { CompiledAbbreviations } from './compile-abbreviations.ts';
import { isPeriodPiece, pieceText, startsLine, type PieceContext } from './piece-context.ts';

/** How many pieces from `index` on form a listed abbreviation (the longest one), or 0. */
export function matchAbbreviation(context: PieceContext, index: number, abbreviations: CompiledAbbreviations): number {
  if (abbreviations.periodFollowsEveryFirstPiece && !isPeriodPiece(context, index + 1)) return 0;
  const candidates = abbreviations.byFirstPiece.get(pieceText(context, index));
  if (candidates === undefined) return 0;
  for (const candidate of candidates) {
    if (matchesAt(context, index, candidate)) return candidate.length;
  }
  return 0;
}

function matchesAt(context: PieceContext, index: number, candidate: readonly string[]): boolean {
  if (index + candidate.length > context.pieces.length) return false;
  for (let offset = 1; offset < candidate.length; offset++) {
    if (pieceText(context, index + offset) !== candidate[offset]) return false;
    if (startsLine(context, index + offset)) return false;
  }
  return true;
}
