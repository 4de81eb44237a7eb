/**
 * Interview turns: "STANDARD: Wie wird Mazedonien reagieren? Poposki: Wir koordinieren …". A name that opens a
 * sentence and is followed by a colon labels who speaks; it takes no part in what the turn tells, and the turn's
 * "wir" and "man" are that speaker's side. Feeds flatten the paragraphs, so the label opens a sentence, not a line.
 */
import type { Doc, Mention } from './types.ts';

/** A label is a short name: a person's or the paper's, not a heading of several words. */
const longestLabel = 3;

export function isSpeakerLabel(doc: Doc, mention: Mention): boolean {
  const sentence = doc.sentences![mention.sentence];
  if (mention.tokenStart !== sentence.tokenStart || mention.tokenEnd - mention.tokenStart > longestLabel) return false;
  const next = doc.tokens![mention.tokenEnd];
  return next !== undefined && next.sentence === mention.sentence && next.text === ':';
}
