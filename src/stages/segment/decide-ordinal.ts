/**
 * Rule: a number directly followed by a period is an ordinal or a date ("am 3. März", "2.Oktober", "im 19.
 * Jahrhundert") rather than a number ending a sentence ("seit 2019. Die …"). The evidence is the word after it
 * (lower case, or a month from the ordinal contexts), the word before it (an ordinal context such as "am" or "der"),
 * or its place at the start of a line (an enumeration).
 */
import type { CompiledAbbreviations } from './compile-abbreviations.ts';
import { isDigitsOnly, startsLowercase, startsUppercase } from './character-tests.ts';
import { isAdjacentToPrevious, isPeriodPiece, nextOnLine, pieceText, previousOnLine, startsLine, type PieceContext } from './piece-context.ts';

// Day numbers have at most two digits; ordinals after "der", "im" at most three ("der 125. Geburtstag"), so a year
// before a period ("seit 2019. Die …") keeps ending its sentence.
const maximumDayDigits = 2;
const maximumOrdinalDigits = 3;
const listSeparators: ReadonlySet<string> = new Set([',', '-', '–', '/']);

export function isOrdinal(
  context: PieceContext,
  numberIndex: number,
  abbreviations: CompiledAbbreviations,
  sentenceStarters: ReadonlySet<string>,
): boolean {
  const periodIndex = numberIndex + 1;
  if (!isPeriodPiece(context, periodIndex) || !isAdjacentToPrevious(context, periodIndex)) return false;
  const number = pieceText(context, numberIndex);
  if (!isDigitsOnly(number)) return false;
  const afterIndex = nextOnLine(context, periodIndex);
  if (afterIndex === -1) return false;
  const after = pieceText(context, afterIndex);
  const afterKind = context.pieces[afterIndex].kind;
  if (afterKind === 'word' && startsLowercase(after)) return true;
  const followsContext = isAfterOrdinalContext(context, numberIndex, abbreviations);
  if (afterKind === 'punct') return followsContext && listSeparators.has(after);
  if (afterKind === 'number') return followsContext && number.length <= maximumDayDigits;
  if (afterKind !== 'word' || !startsUppercase(after)) return false;
  if (abbreviations.ordinalContextsAfter.has(after)) return number.length <= maximumDayDigits;
  if (startsLine(context, numberIndex)) return true;
  return followsContext && number.length <= maximumOrdinalDigits && !sentenceStarters.has(after);
}

function isAfterOrdinalContext(context: PieceContext, numberIndex: number, abbreviations: CompiledAbbreviations): boolean {
  const beforeIndex = previousOnLine(context, numberIndex);
  if (beforeIndex === -1 || context.pieces[beforeIndex].kind !== 'word') return false;
  return abbreviations.ordinalContextsBefore.has(pieceText(context, beforeIndex).toLowerCase());
}
