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

/** Whether the word has an upper-case letter, so that its lower-case form differs (ASCII tested directly). */
export function hasUpperCase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 128 ? code >= 65 && code <= 90 : word.charAt(index) !== word.charAt(index).toLowerCase()) return true;
  }
  return false;
}
