/**
 * The first, context-free pass: cuts text into pieces (word, number, punctuation, symbol, URL). One left-to-right
 * walk dispatches on the character at hand and runs a sticky regular expression from there; the costly URL and
 * e-mail patterns are only tried where a cheap test says one may start. Periods are always their own piece here;
 * whether a period belongs to an abbreviation or an ordinal is decided later, with context.
 */

import { SpanTable } from './span-table.ts';

/** What the scanner can tell without context; `abbreviation` and `ordinal` only arise when pieces are merged. */
export type PieceKind = 'word' | 'number' | 'punct' | 'symbol' | 'url';

const alphanumeric = '[\\p{L}\\p{M}\\p{N}]';
const urlSource = `(?:https?:\\/\\/|ftp:\\/\\/|www\\.)[^\\s<>"„“”»«‚‘]+`;
// Lengths are bounded (as in the e-mail and DNS limits) so a long run without '@' or a top-level domain is given up
// after a fixed number of steps: the scan stays linear on any input.
const emailSource = `[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.\\p{L}{2,24}`;
// A bare domain such as allinrechner.at or spiegel.de/politik: the top-level part is 2 to 6 lower-case letters,
// which keeps "z.B." or a missing space before a capitalised word ("Ende.Dann") out of it.
const domainSource = `${alphanumeric}[\\p{L}\\p{N}-]{0,62}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.[a-z]{2,6}(?!${alphanumeric})(?:\\/[^\\s<>"„“”»«‚‘]*)?`;
const emojiSource = `\\p{Regional_Indicator}{2}|\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|\\uFE0F|\\u200D\\p{Extended_Pictographic})*`;
const degreeSource = `°[CF](?!${alphanumeric})`;
// An e-mail address is only tried when an '@' lies at most this far ahead (the longest local part).
const longestLocalPart = 65;

const alphanumericCodePoint = /^[\p{L}\p{M}\p{N}]/u;
const letterCodePoint = /^\p{L}/u;
const digitCodePoint = /^\p{N}/u;
// Unicode files %, §, # and * under punctuation; for us they are symbols, like € and °.
const symbolCharacter = /^[\p{S}%‰‱#&@*§¶†‡′″]/u;
const punctuationCharacter = /^\p{P}/u;
// A URL does not end in the sentence punctuation or closing bracket or quote that follows it.
const urlTrailingCharacter = /[.,;:!?'’")\]}]/;

const period = 0x2e;
const exclamationMark = 0x21;
const questionMark = 0x3f;
const atSign = 0x40;
const degreeSign = 0xb0;

/** The characters `\s` matches in JavaScript: whitespace is what lies between pieces. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function isLineBreakCode(code: number): boolean {
  return (code >= 0x0a && code <= 0x0d) || code === 0x2028 || code === 0x2029;
}

/**
 * A run of letters, marks and digits is a word when it holds a letter, a number when it holds digits only
 * (3,5 · 1.000 · 14:30 · 1990-2000), and a symbol when it is nothing but combining marks.
 */
export function classifyWord(text: string, start: number, end: number): PieceKind {
  let sawDigit = false;
  for (let position = start; position < end; position++) {
    const code = text.charCodeAt(position);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return 'word';
      if (code >= 0x30 && code <= 0x39) sawDigit = true;
    } else if ((code >= 0xc0 && code <= 0x24f) || letterCodePoint.test(text.slice(position, position + 2))) {
      return 'word';
    } else if (digitCodePoint.test(text.slice(position, position + 2))) {
      sawDigit = true;
    }
  }
  return sawDigit ? 'number' : 'symbol';
}

export function classifySingleCharacter(character: string): PieceKind {
  if (symbolCharacter.test(character)) return 'symbol';
  return punctuationCharacter.test(character) ? 'punct' : 'symbol';
}

/** Where a URL really ends: trailing punctuation is given back, and a closing parenthesis only if it has no opener. */
export function trimUrlEnd(text: string, start: number, end: number): number {
  let trimmedEnd = end;
  while (trimmedEnd > start + 1 && urlTrailingCharacter.test(text[trimmedEnd - 1])) {
    if (text[trimmedEnd - 1] === ')' && text.lastIndexOf('(', trimmedEnd - 1) >= start) break;
    trimmedEnd--;
  }
  return trimmedEnd;
}

/** Whether a letter, mark or digit starts at `position`; Latin text is decided without a regular expression. */
export function isAlphanumericAt(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (Number.isNaN(code) || isWhitespaceCode(code)) return false;
  return alphanumericCodePoint.test(text.slice(position, position + 2));
}

function isAsciiDigitAt(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return code >= 0x30 && code <= 0x39;
}

function codeUnitsAt(text: string, position: number): number {
  const code = text.charCodeAt(position);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(position + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * Whether the character at `position`, between two runs of letters or digits, joins them into one word: hyphens
 * (Baden-Württemberg), apostrophes (geht's, Macron'sche) and the soft hyphen; decimal and thousands separators
 * between digits (3,5 · 1.000 · 14.30 · 14:30); gender marks before the feminine ending (Kund:innen, Bürger*innen,
 * Lehrer_innen, Kolleg/innen).
 */
function joinsWord(text: string, position: number): boolean {
  if (!isAlphanumericAt(text, position + 1)) return false;
  switch (text.charCodeAt(position)) {
    case 0x2d: case 0x2010: case 0x2011: case 0x27: case 0x2019: case 0xad:
      return true;
    case 0x2e: case 0x2c:
      return isAsciiDigitAt(text, position - 1) && isAsciiDigitAt(text, position + 1);
    case 0x3a:
      return (isAsciiDigitAt(text, position - 1) && isAsciiDigitAt(text, position + 1)) || text.startsWith('in', position + 1);
    case 0x2a: case 0x5f: case 0x2f:
      return text.startsWith('in', position + 1);
    default:
      return false;
  }
}

/** A trailing hyphen marks a truncated compound ("Ein- und Ausreise") when a space, comma or slash follows. */
function isTruncationHyphen(text: string, position: number): boolean {
  if (text.charCodeAt(position) !== 0x2d) return false;
  const next = text.charCodeAt(position + 1);
  return isWhitespaceCode(next) || next === 0x2c || next === 0x2f;
}

/** The end of the word starting at `start` (which must be a letter, mark or digit). */
export function wordEndAt(text: string, start: number): number {
  let position = start;
  for (;;) {
    while (position < text.length && isAlphanumericAt(text, position)) position += codeUnitsAt(text, position);
    if (position < text.length && joinsWord(text, position)) {
      position++;
      continue;
    }
    return isTruncationHyphen(text, position) ? position + 1 : position;
  }
}

/** Whether the word `text[start, end)` followed by what comes next looks like the start of a URL. */
function mayStartUrl(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length === 3 && text.charCodeAt(end) === period) return text.startsWith('www', start);
  if ((length === 4 || length === 5 || length === 3) && text.startsWith('://', end)) {
    const scheme = text.slice(start, end);
    return scheme === 'http' || scheme === 'https' || scheme === 'ftp';
  }
  return false;
}

/** Sticky patterns, made per scan so that no `lastIndex` is shared between calls. */
interface Patterns {
  url: RegExp;
  email: RegExp;
  domain: RegExp;
  emoji: RegExp;
  degree: RegExp;
}

function makePatterns(): Patterns {
  return {
    url: new RegExp(urlSource, 'uy'),
    email: new RegExp(emailSource, 'uy'),
    domain: new RegExp(domainSource, 'uy'),
    emoji: new RegExp(emojiSource, 'uy'),
    degree: new RegExp(degreeSource, 'uy'),
  };
}

/** The end of the match of a sticky `pattern` at `start`, or -1. */
function matchEnd(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * Cuts `text` into pieces; whitespace is not a piece, it is what lies between them. Each piece records whether a
 * line break lies before it (the first piece counts as after one): the merge rules never look across a line break.
 */
export function scanPieces(text: string): SpanTable {
  const patterns = makePatterns();
  // German news text averages about six UTF-16 units per piece.
  const pieces = new SpanTable(Math.ceil(text.length / 5));
  const length = text.length;
  let position = 0;
  let lineBreakBefore = true;
  let nextAtSign = text.indexOf('@');
  const push = (start: number, end: number, kind: PieceKind): void => {
    pieces.push(start, end, kind, lineBreakBefore);
    lineBreakBefore = false;
    position = end;
  };
  while (position < length) {
    const code = text.charCodeAt(position);
    if (isWhitespaceCode(code)) {
      if (isLineBreakCode(code)) lineBreakBefore = true;
      position++;
      continue;
    }
    const start = position;
    if (isAlphanumericAt(text, start)) {
      const wordEnd = wordEndAt(text, start);
      if (nextAtSign !== -1 && nextAtSign < start) nextAtSign = text.indexOf('@', start);
      if (nextAtSign !== -1 && nextAtSign - start <= longestLocalPart) {
        const emailEnd = matchEnd(patterns.email, text, start);
        if (emailEnd !== -1) {
          push(start, emailEnd, 'url');
          continue;
        }
      }
      if (mayStartUrl(text, start, wordEnd)) {
        const urlEnd = matchEnd(patterns.url, text, start);
        if (urlEnd !== -1) {
          push(start, trimUrlEnd(text, start, urlEnd), 'url');
          continue;
        }
      }
      if (text.charCodeAt(wordEnd) === period && wordEnd + 1 < length && !isWhitespaceCode(text.charCodeAt(wordEnd + 1))) {
        const domainEnd = matchEnd(patterns.domain, text, start);
        if (domainEnd !== -1) {
          push(start, trimUrlEnd(text, start, domainEnd), 'url');
          continue;
        }
      }
      push(start, wordEnd, classifyWord(text, start, wordEnd));
      continue;
    }
    if (code === period || code === exclamationMark || code === questionMark) {
      // "..." is one ellipsis and "?!" or "!!!" one mark; a single "." stays alone for the merge rules.
      let end = start + 1;
      if (code === period) while (end < length && text.charCodeAt(end) === period) end++;
      else while (end < length && (text.charCodeAt(end) === exclamationMark || text.charCodeAt(end) === questionMark)) end++;
      push(start, end, 'punct');
      continue;
    }
    if (code === degreeSign) {
      const degreeEnd = matchEnd(patterns.degree, text, start);
      if (degreeEnd !== -1) {
        push(start, degreeEnd, 'symbol');
        continue;
      }
    }
    if (code >= 0xa9) {
      const emojiEnd = matchEnd(patterns.emoji, text, start);
      if (emojiEnd !== -1) {
        push(start, emojiEnd, 'symbol');
        continue;
      }
    }
    // Anything else is one code point on its own, so an astral character is never cut between its surrogates.
    const isSurrogatePair = code >= 0xd800 && code <= 0xdbff && start + 1 < length && (text.charCodeAt(start + 1) & 0xfc00) === 0xdc00;
    const end = start + (isSurrogatePair ? 2 : 1);
    push(start, end, code === atSign ? 'symbol' : classifySingleCharacter(text.slice(start, end)));
  }
  return pieces;
}
