/**
 * Datelines: the place (or places) a report comes from, opening a sentence before a dash or a bracketed agency:
 * "Wien – Die Lehrer …", "Vancouver/Wien – …", "Kiew (dpa) – …", "Santiago de Chile – …". News copy from feeds
 * keeps them inside the text, often after the title and teaser. A place there says where the report was filed; it
 * neither acts (no government behind "Wien –") nor takes part in what the sentence tells.
 */
import type { Doc, Mention } from './types.ts';
import { isCapitalised } from './spans.ts';

const dashes = new Set(['–', '—', '-']);
/** What follows a dateline's places: a dash or a bracket with an agency. */
const datelineFollowers = new Set([...dashes, '(']);

/** Whether the mention lies in the dateline that opens its sentence; `nameParticles` are lower-case words inside place names ("de"). */
export function isInDateline(doc: Doc, mention: Mention, nameParticles: ReadonlySet<string>): boolean {
  // A person opening the sentence before a bracket is no place a report comes from: "Kurt Fischer (SPD) verhandelt".
  if (mention.label === 'PER') return false;
  const tokens = doc.tokens!;
  const sentenceStart = doc.sentences![mention.sentence].tokenStart;
  const inSentence = (index: number) => index >= 0 && index < tokens.length && tokens[index].sentence === mention.sentence;
  let index = sentenceStart;
  while (inSentence(index) && index < mention.tokenEnd + 12) {
    if (!isCapitalised(tokens[index].text)) return false;
    let next = index + 1;
    // A place name of several words ("Den Haag", "Santiago de Chile"): its capitalised words and name particles.
    while (inSentence(next) && next < mention.tokenEnd + 3 && (isCapitalised(tokens[next].text) || nameParticles.has(tokens[next].text))) next++;
    if (!inSentence(next)) return false;
    const separator = tokens[next].text;
    if (separator === '/') {
      index = next + 1;
      continue;
    }
    return next >= mention.tokenEnd && datelineFollowers.has(separator);
  }
  return false;
}

/**
 * The token right after the dateline opening the sentence ("Dubai/Washington – Die Organisation …": the index of "Die"),
 * or undefined when the sentence opens with none.
 */
export function afterDateline(doc: Doc, sentenceIndex: number, nameParticles: ReadonlySet<string>): number | undefined {
  const tokens = doc.tokens!;
  const { tokenStart, tokenEnd } = doc.sentences![sentenceIndex];
  let index = tokenStart;
  while (index < tokenEnd && index < tokenStart + 12) {
    if (!isCapitalised(tokens[index].text)) return undefined;
    let next = index + 1;
    while (next < tokenEnd && (isCapitalised(tokens[next].text) || nameParticles.has(tokens[next].text)) && next < index + 4) next++;
    if (next >= tokenEnd) return undefined;
    if (tokens[next].text === '/') {
      index = next + 1;
      continue;
    }
    // "Kiew (dpa) –": an agency in brackets before the dash.
    if (tokens[next].text === '(' && tokens[next + 2]?.text === ')') next += 3;
    return dashes.has(tokens[next]?.text) && next + 1 < tokenEnd ? next + 1 : undefined;
  }
  return undefined;
}
