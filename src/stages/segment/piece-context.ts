/** Read-only access to the scanned pieces of one text, for the merge rules that look at neighbours. */
import type { Piece } from './scan-pieces.ts';

export interface PieceContext {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

export function pieceText(context: PieceContext, index: number): string {
  const piece = context.pieces[index];
  return piece === undefined ? '' : context.text.slice(piece.start, piece.end);
}

/** Whether piece `index` directly follows piece `index - 1`, with no whitespace between. */
export function isAdjacentToPrevious(context: PieceContext, index: number): boolean {
  return index > 0 && index < context.pieces.length && context.pieces[index - 1].end === context.pieces[index].start;
}

/** Whether a line break (or the start of the text) lies before piece `index`. */
export function startsLine(context: PieceContext, index: number): boolean {
  return context.pieces[index].lineBreakBefore;
}

/** The piece after `index` on the same line, or -1. */
export function nextOnLine(context: PieceContext, index: number): number {
  const next = index + 1;
  return next < context.pieces.length && !startsLine(context, next) ? next : -1;
}

/** The piece before `index` on the same line, or -1. */
export function previousOnLine(context: PieceContext, index: number): number {
  return index > 0 && !startsLine(context, index) ? index - 1 : -1;
}

export function isPeriodPiece(context: PieceContext, index: number): boolean {
  const piece = context.pieces[index];
  return piece !== undefined && piece.end - piece.start === 1 && context.text.charCodeAt(piece.start) === 0x2e;
}
