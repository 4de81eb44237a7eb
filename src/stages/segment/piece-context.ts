/** Read-only access to the scanned pieces of one text, for the merge rules that look at neighbours. */
import type { SpanTable } from './span-table.ts';

export interface PieceContext {
  readonly text: string;
  readonly pieces: SpanTable;
}

export function pieceText(context: PieceContext, index: number): string {
  if (index < 0 || index >= context.pieces.length) return '';
  return context.text.slice(context.pieces.start(index), context.pieces.end(index));
}

/** Whether piece `index` directly follows piece `index - 1`, with no whitespace between. */
export function isAdjacentToPrevious(context: PieceContext, index: number): boolean {
  return index > 0 && index < context.pieces.length && context.pieces.end(index - 1) === context.pieces.start(index);
}

/** Whether a line break (or the start of the text) lies before piece `index`. */
export function startsLine(context: PieceContext, index: number): boolean {
  return context.pieces.lineBreakBefore(index);
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
  if (index < 0 || index >= context.pieces.length) return false;
  const start = context.pieces.start(index);
  return context.pieces.end(index) - start === 1 && context.text.charCodeAt(start) === 0x2e;
}
