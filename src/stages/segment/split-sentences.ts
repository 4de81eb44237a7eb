/**
 * The third pass: decides where sentences end. A line break always ends one (the title line, paragraphs). Otherwise
 * a sentence ends after terminal punctuation (. ! ? … ...) or an abbreviation marked as ending the sentence, together
 * with the closing quotes and brackets written directly after it ("„Wir kommen.“ Dann …"), unless what follows
 * clearly continues the sentence: a lower-case word, a comma, semicolon or colon ("„Warum?“, fragte er"), or
 * anything but a capitalised word written without a space after the period.
 */
import type { SpanTable } from './span-table.ts';
import { startsLowercase, startsUppercase } from './character-tests.ts';

const terminalPunctuation = /^(?:[.!?…]|\.{2,}|[!?]+)$/;
// Directly after terminal punctuation these close what the sentence opened; after a space they open the next one.
const closingCharacters: ReadonlySet<string> = new Set(['“', '”', '"', "'", '’', '‘', '«', '»', ')', ']', '}']);
const continuingPunctuation: ReadonlySet<string> = new Set([',', ';', ':']);
const openingBrackets: ReadonlySet<string> = new Set(['(', '[']);

function textOf(text: string, drafts: SpanTable, index: number): string {
  return text.slice(drafts.start(index), drafts.end(index));
}

function isTerminal(text: string, drafts: SpanTable, index: number): boolean {
  if (drafts.endsSentence(index)) return true;
  if (drafts.kind(index) !== 'punct' || !terminalPunctuation.test(textOf(text, drafts, index))) return false;
  // "[…]" and "(...)" mark an omission inside a quotation, not a sentence end.
  const previous = index - 1;
  return !(previous >= 0 && drafts.end(previous) === drafts.start(index) && openingBrackets.has(textOf(text, drafts, previous)));
}

function isClosing(text: string, drafts: SpanTable, index: number): boolean {
  return drafts.kind(index) === 'punct' && closingCharacters.has(textOf(text, drafts, index));
}

function continuesSentence(text: string, drafts: SpanTable, last: number, next: number): boolean {
  const nextText = textOf(text, drafts, next);
  const nextKind = drafts.kind(next);
  // A sentence end is followed by whitespace; written directly after the period, only a capitalised word
  // ("Ende.Dann", a missing space) starts a new sentence, anything else continues ("(1./26.)", "Gbit/s.").
  if (drafts.start(next) === drafts.end(last) && !(nextKind === 'word' && startsUppercase(nextText))) return true;
  if (nextKind === 'word' || nextKind === 'abbreviation') return startsLowercase(nextText);
  // Spaced periods (". . .") are one pause: the last of them decides.
  return nextKind === 'punct' && (continuingPunctuation.has(nextText) || terminalPunctuation.test(nextText));
}

/** Words a heading run into its paragraph may have ("Bosnier gut untergekommen", "Republikaner kündigen Widerstand an"). */
const headingReach = 6;

/**
 * What tells a heading that lost its line break (`sentence-starters.json`): the capitalised sentence starters that end
 * one, except polite forms of address, and the lower-case articles a heading does not hold.
 */
export interface HeadingWords {
  starters: ReadonlySet<string>;
  politeForms: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

/**
 * Where a heading that lost its line break ends: a sentence that opens with up to `headingReach` words (no article,
 * no punctuation, not itself opened by a sentence starter) and then a capitalised sentence starter ("Gutachten
 * liegen noch nicht vor Beim Asylgipfel hatte man …", "Drahtzieher Der Drahtzieher der Anschläge …"). Inside a
 * sentence such a word is capitalised only where a title or name begins, and those follow an article or a preposition.
 */
function headingEnd(text: string, drafts: SpanTable, start: number, end: number, headings: HeadingWords): number | undefined {
  for (let index = start; index < end - 1 && index <= start + headingReach; index++) {
    if (drafts.kind(index) !== 'word') return undefined;
    const word = textOf(text, drafts, index);
    if (index > start && headings.starters.has(word) && !headings.politeForms.has(word)) return index;
    if (headings.articles.has(word) || (index === start && headings.starters.has(word))) return undefined;
  }
  return undefined;
}

/**
 * Indexes one past the last token of each sentence, in order; the last is always `drafts.length`. With `headings`, a
 * heading run into the sentence after a sentence end is a sentence of its own (`headingEnd`).
 */
export function findSentenceEnds(text: string, drafts: SpanTable, headings?: HeadingWords): number[] {
  const ends = findTerminalEnds(text, drafts);
  if (!headings) return ends;
  const withHeadings: number[] = [];
  let start = 0;
  for (const end of ends) {
    const heading = headingEnd(text, drafts, start, end, headings);
    if (heading !== undefined) withHeadings.push(heading);
    withHeadings.push(end);
    start = end;
  }
  return withHeadings;
}

function findTerminalEnds(text: string, drafts: SpanTable): number[] {
  const ends: number[] = [];
  const count = drafts.length;
  let index = 0;
  while (index < count) {
    const terminal = isTerminal(text, drafts, index);
    let last = index;
    if (terminal) {
      while (
        last + 1 < count &&
        drafts.start(last + 1) === drafts.end(last) &&
        (isClosing(text, drafts, last + 1) || isTerminal(text, drafts, last + 1))
      ) {
        last++;
      }
    }
    const next = last + 1;
    if (next === count) {
      ends.push(count);
    } else if (drafts.lineBreakBefore(next)) {
      ends.push(next);
    } else if (terminal && !continuesSentence(text, drafts, last, next)) {
      ends.push(next);
    }
    index = next;
  }
  return ends;
}
