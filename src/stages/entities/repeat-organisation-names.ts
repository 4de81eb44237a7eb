/**
 * One sense per article for organisations: a name the tagger or a rule found as an organisation's ("Ikea") names it
 * wherever else the article writes it and nothing was found, where the tagger missed it ("… verhandelt seit einem Jahr
 * mit Ikea."). A single word only where the tagger said so twice, or a rule once, and never a common noun.
 */
import type { Doc, Mention } from '../../doc/types.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';

/** How often the tagger must have named a one-word organisation before its other occurrences count. */
const singleWordSightings = 2;

export function repeatOrganisationNames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): Candidate[] {
  const tokens = doc.tokens!;
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
  // Every organisation's name by its words, with how often and how surely it was found.
  const names = new Map<string, { words: string[]; sightings: number; byRule: boolean }>();
  for (const mention of mentions) {
    if (mention.label !== 'ORG' || mention.kind !== 'name') continue;
    const words = tokens.slice(mention.tokenStart, mention.tokenEnd).map((token) => token.text);
    if (!words.every((word) => /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word))) continue;
    if (words.length === 1 && lexicons.isNounOrCompound(words[0])) continue;
    const key = words.join(' ');
    const known = names.get(key) ?? { words, sightings: 0, byRule: false };
    known.sightings++;
    known.byRule ||= !mention.rule.startsWith('model:');
    names.set(key, known);
  }
  const byFirstWord = new Map<string, string[][]>();
  for (const { words, sightings, byRule } of names.values()) {
    if (words.length === 1 && !byRule && sightings < singleWordSightings) continue;
    byFirstWord.set(words[0], [...(byFirstWord.get(words[0]) ?? []), words]);
  }
  const candidates: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    for (const words of byFirstWord.get(tokens[index].text) ?? []) {
      const end = index + words.length;
      if (end > tokens.length || words.some((word, offset) => tokens[index + offset].text !== word)) continue;
      // Only where nothing was found: the tagger's other reading of the same words (a film, a place) stands.
      if (covered.subarray(index, end).some((flag) => flag === 1)) continue;
      const last = tokens[end - 1];
      candidates.push({
        source: 'propagation',
        packRank: 0,
        mention: { start: tokens[index].start, end: last.end, text: doc.text.slice(tokens[index].start, last.end), label: 'ORG', kind: 'name', sentence: tokens[index].sentence, tokenStart: index, tokenEnd: end, rule: 'repeated-organisation-name', confidence: 0.8 },
      });
      index = end - 1;
      break;
    }
  }
  return candidates;
}
