/**
 * The third pass: decides where sentences end. A line break always ends one (the title line, paragraphs). Otherwise
 * a sentence ends after terminal punctuation (. ! ? … ...) or an abbreviation marked as ending the sentence, together
 * with the closing quotes and brackets written directly after it ("„Wir kommen.“ Dann …"), unless what follows
 * clearly continues the sentence: a lower-case word, a comma, semicolon or colon ("„Warum?“, fragte er"), or
 * anything but a capitalised word written without a space after the period.
 */
import type { TokenDraft } from './merge-pieces.ts';
import { startsLowercase, startsUppercase } from './character-tests.ts';

const terminalPunctuation = /^(?:[.!?…]|\.{2,}|[!?]+)$/;
// Directly after terminal punctuation these close what the sentence opened; after a space they open the next one.
const closingCharacters: ReadonlySet<string> = new Set(['“', '”', '"', "'", '’', '‘', '«', '»', ')', ']', '}']);
const continuingPunctuation: ReadonlySet<string> = new Set([',', ';', ':']);
const openingBrackets: ReadonlySet<string> = new Set(['(', '[']);

function textOf(text: string, draft: TokenDraft): string {
  return text.slice(draft.start, draft.end);
}

function isTerminal(text: string, drafts: readonly TokenDraft[], index: number): boolean {
  const draft = drafts[index];
  if (draft.endsSentence) return true;
  if (draft.kind !== 'punct' || !terminalPunctuation.test(textOf(text, draft))) return false;
  // "[…]" and "(...)" mark an omission inside a quotation, not a sentence end.
  const previous = drafts[index - 1];
  return !(previous !== undefined && previous.end === draft.start && openingBrackets.has(textOf(text, previous)));
}

function isClosing(text: string, draft: TokenDraft): boolean {
  return draft.kind === 'punct' && closingCharacters.has(textOf(text, draft));
}

function continuesSentence(text: string, last: TokenDraft, next: TokenDraft): boolean {
  const nextText = textOf(text, next);
  // A sentence end is followed by whitespace; written directly after the period, only a capitalised word
  // ("Ende.Dann", a missing space) starts a new sentence, anything else continues ("(1./26.)", "Gbit/s.").
  if (next.start === last.end && !(next.kind === 'word' && startsUppercase(nextText))) return true;
  if (next.kind === 'word' || next.kind === 'abbreviation' || next.kind === 'url') return startsLowercase(nextText);
  return next.kind === 'punct' && continuingPunctuation.has(nextText);
}

/** Indexes one past the last token of each sentence, in order; the last is always `drafts.length`. */
export function findSentenceEnds(text: string, drafts: readonly TokenDraft[]): number[] {
  const ends: number[] = [];
  let index = 0;
  while (index < drafts.length) {
    const terminal = isTerminal(text, drafts, index);
    let last = index;
    if (terminal) {
      while (last + 1 < drafts.length && drafts[last + 1].start === drafts[last].end && (isClosing(text, drafts[last + 1]) || isTerminal(text, drafts, last + 1))) {
        last++;
      }
    }
    const next = drafts[last + 1];
    if (next === undefined) {
      ends.push(drafts.length);
    } else if (next.lineBreakBefore) {
      ends.push(last + 1);
    } else if (terminal && !continuesSentence(text, drafts[last], next)) {
      ends.push(last + 1);
    }
    index = last + 1;
  }
  return ends;
}
