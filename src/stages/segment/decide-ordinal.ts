/**
 * Rule: a number directly followed by a period is an ordinal or a date ("am 3. März", "2.Oktober", "im 19.
 * Jahrhundert", "30. 9. 2015") rather than a number ending a sentence ("seit 2019. Die …"). The evidence is the word
 * after it (lower case, or a month from the ordinal contexts), the word before it (an ordinal context such as "am"
 * or "der"), a day-month-year pattern, or its place where a list item or rank starts (line start, after a sentence
 * end, a colon or a dash: "1. Die Steuer sinkt", "– 2. Akito Watabe").
 */
import type { CompiledAbbreviations } from './compile-abbreviations.ts';
import { isDigitsOnly, startsLowercase, startsUppercase } from './character-tests.ts';
import { isAdjacentToPrevious, isPeriodPiece, nextOnLine, pieceText, previousOnLine, startsLine, type PieceContext } from './piece-context.ts';

// Day and month numbers have at most two digits; ordinals after "der", "im" at most three ("der 125. Geburtstag"),
// so a year before a period ("seit 2019. Die …") keeps ending its sentence.
const maximumDayDigits = 2;
const maximumOrdinalDigits = 3;
const listSeparators: ReadonlySet<string> = new Set([',', '-', '–', '/', ')']);
// After these a number with a period and a capitalised word starts a list item, a rank or a bracketed note
// ("1. Die Steuer", "– 2. Akito Watabe", "(21. Bezirk)", ", 7. Mostafa Elgamel") rather than ending a sentence.
const listItemOpeners: ReadonlySet<string> = new Set(['.', '!', '?', '…', ':', ';', '–', '—', '(', ',']);
// "12.2. 2016": day and month written together, then the year.
const dayAndMonth = /^\d{1,2}\.\d{1,2}$/;
const year = /^\d{4}$/;

export function isOrdinal(
  context: PieceContext,
  numberIndex: number,
  abbreviations: CompiledAbbreviations,
  sentenceStarters: ReadonlySet<string>,
): boolean {
  const periodIndex = numberIndex + 1;
  if (!isPeriodPiece(context, periodIndex) || !isAdjacentToPrevious(context, periodIndex)) return false;
  const number = pieceText(context, numberIndex);
  const afterIndex = nextOnLine(context, periodIndex);
  if (afterIndex === -1) return false;
  const after = pieceText(context, afterIndex);
  const afterKind = context.pieces.kind(afterIndex);
  if (!isDigitsOnly(number)) return dayAndMonth.test(number) && year.test(after);
  if (afterKind === 'word' && startsLowercase(after)) return true;
  const followsContext = isAfterOrdinalContext(context, numberIndex, abbreviations);
  if (afterKind === 'punct') {
    // "1./2. Weltkrieg", "(8./7.)": a separator written directly after the period.
    const directlyAfter = isAdjacentToPrevious(context, afterIndex);
    return listSeparators.has(after) && (followsContext || (directlyAfter && number.length <= maximumOrdinalDigits));
  }
  if (afterKind === 'number') return number.length <= maximumDayDigits && (followsContext || isDayOrMonthOfDate(context, numberIndex, afterIndex));
  if (afterKind !== 'word' || !startsUppercase(after)) return false;
  if (abbreviations.ordinalContextsAfter.has(after)) return number.length <= maximumDayDigits;
  if (number.length <= maximumOrdinalDigits && startsListItem(context, numberIndex)) return true;
  return followsContext && number.length <= maximumOrdinalDigits && !sentenceStarters.has(after);
}

function isAfterOrdinalContext(context: PieceContext, numberIndex: number, abbreviations: CompiledAbbreviations): boolean {
  const beforeIndex = previousOnLine(context, numberIndex);
  if (beforeIndex === -1 || context.pieces.kind(beforeIndex) !== 'word') return false;
  return abbreviations.ordinalContextsBefore.has(pieceText(context, beforeIndex).toLowerCase());
}

function startsListItem(context: PieceContext, numberIndex: number): boolean {
  if (startsLine(context, numberIndex)) return true;
  return listItemOpeners.has(pieceText(context, numberIndex - 1));
}

/**
 * "30. 9. 2015": the day is followed by a month number with its period; the month is preceded by a day with its
 * period and followed by a year.
 */
function isDayOrMonthOfDate(context: PieceContext, numberIndex: number, afterIndex: number): boolean {
  const after = pieceText(context, afterIndex);
  if (after.length <= maximumDayDigits && isPeriodPiece(context, afterIndex + 1) && isAdjacentToPrevious(context, afterIndex + 1)) return true;
  const beforePeriod = numberIndex - 1;
  const beforeNumber = numberIndex - 2;
  return (
    (after.length === 4 || after.length === 2) &&
    isPeriodPiece(context, beforePeriod) &&
    !startsLine(context, numberIndex) &&
    isAdjacentToPrevious(context, beforePeriod) &&
    context.pieces.kind(beforeNumber) === 'number' &&
    pieceText(context, beforeNumber).length <= maximumDayDigits
  );
}
