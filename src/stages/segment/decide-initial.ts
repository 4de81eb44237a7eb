/**
 * Rule: a single capital letter with its period is an initial when a capitalised name follows ("F. Merz",
 * "J. R. R. Tolkien"); when a typical sentence start follows instead ("Plan B. Dann …"), the period ends the sentence.
 */
import { isSingleUppercaseLetter, startsUppercase } from './character-tests.ts';
import { isAdjacentToPrevious, isPeriodPiece, nextOnLine, pieceText, type PieceContext } from './piece-context.ts';

export function isInitial(context: PieceContext, letterIndex: number, sentenceStarters: ReadonlySet<string>): boolean {
  const { pieces } = context;
  // A letter is one or two code units (astral capitals); anything longer is no initial.
  if (pieces.kind(letterIndex) !== 'word' || pieces.end(letterIndex) - pieces.start(letterIndex) > 2) return false;
  if (!isSingleUppercaseLetter(pieceText(context, letterIndex))) return false;
  const periodIndex = letterIndex + 1;
  if (!isPeriodPiece(context, periodIndex) || !isAdjacentToPrevious(context, periodIndex)) return false;
  const afterIndex = nextOnLine(context, periodIndex);
  if (afterIndex === -1 || context.pieces.kind(afterIndex) !== 'word') return false;
  const after = pieceText(context, afterIndex);
  return startsUppercase(after) && !sentenceStarters.has(after);
}
