/** Helpers for spans over the Doc's tokens. All offsets are UTF-16 indexes into `doc.text`, end-exclusive. */
import type { Doc, Sentence, TextSpan, Token } from './types.ts';

export function spanOfTokens(doc: Pick<Doc, 'text' | 'tokens'>, tokenStart: number, tokenEnd: number): TextSpan {
  const tokens = doc.tokens!;
  const start = tokens[tokenStart].start;
  const end = tokens[tokenEnd - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function sentenceTokens(doc: Pick<Doc, 'tokens'>, sentence: Sentence): Token[] {
  return doc.tokens!.slice(sentence.tokenStart, sentence.tokenEnd);
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return /^\p{Lu}/u.test(word);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The word with its first letter in upper case: how a lower-case form looks opening a sentence. */
export function capitaliseFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Whether a word that is not found as written, nor with only its first letter capitalised, could still be found in
 * lower case: it has a hyphen ("US-amerikanischen") or a second capital ("RUSSISCHE").
 */
export function mayDifferBeyondFirstLetter(word: string): boolean {
  if (word.includes('-')) return true;
  const second = word.charAt(1);
  return second !== second.toLowerCase();
}
