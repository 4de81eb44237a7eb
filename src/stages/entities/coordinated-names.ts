/**
 * Names listed beside a found one: "Caritas, Rotes Kreuz und Volkshilfe forderten …". A list joined by commas and
 * "und", "oder" or "sowie" names things of one kind, so a bare capitalised word in it that no lexicon knows as a noun
 * is a name of the kind of the organisation or place found beside it. The tagger reads each word by its own
 * neighbours and often misses such a word at a sentence's start; the list says more than its neighbours do.
 */
import type { Doc, Mention, Token } from '../../doc/types.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { isClosedClassWord } from '../../rules/name-forms.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';
import type { Candidate } from './candidate.ts';

/** Words that join the members of a list; a list needs one of the last three to be one. */
const listJoiners = new Set([',', 'und', 'oder', 'sowie']);

/** A member of a list: a found mention, or a bare word that may be a name. */
interface Member {
  tokenStart: number;
  tokenEnd: number;
  mention?: Mention;
}

export function coordinatedNames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): Candidate[] {
  const tokens = doc.tokens!;
  const startingAt = new Map<number, Mention>();
  const endingAt = new Map<number, Mention>();
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) {
    startingAt.set(mention.tokenStart, mention);
    endingAt.set(mention.tokenEnd, mention);
    covered.fill(1, mention.tokenStart, mention.tokenEnd);
  }
  const firstNames = loadFirstNames();
  const isDeterminer = (token: Token | undefined) => token !== undefined && lexicons.grammar.determinerCases.has(token.text.toLowerCase());
  // A bare word that may be a name: capitalised, no noun, compound, role, given name or function word, found by nothing.
  const mayBeName = (position: number) => {
    const word = tokens[position]?.text ?? '';
    if (covered[position] || word.length < 3 || !/^\p{Lu}[\p{L}]*$/u.test(word)) return false;
    return !lexicons.isNounOrCompound(word) && !lexicons.matchRole(word) && !firstNames.has(word) && !isClosedClassWord(word, lexicons) && !lexicons.grammar.timeWords.has(word.toLowerCase());
  };
  // A member is one word: what follows it joins or ends the list. A capitalised word or a determiner goes on with it
  // ("die Annexion der Krim").
  const endsMember = (position: number) => {
    const after = tokens[position];
    if (!after || tokens[position - 1].sentence !== after.sentence || after.kind === 'punct' || listJoiners.has(after.text)) return true;
    return /^\p{Ll}/u.test(after.text) && !isDeterminer(after);
  };
  // A name in a phrase after a noun belongs to that noun, which is the list's member: "Apple in Irland sowie Starbucks
  // in den Niederlanden", "der Konflikt in der Ukraine und die Annexion".
  const inAttribute = (mention: Mention) => {
    const preposition = isDeterminer(tokens[mention.tokenStart - 1]) ? mention.tokenStart - 2 : mention.tokenStart - 1;
    const before = tokens[preposition - 1];
    return preposition >= 1 && lexicons.grammar.prepositions.has(tokens[preposition].text) && before.sentence === mention.sentence && /^\p{Lu}/u.test(before.text);
  };
  const candidates: Candidate[] = [];
  const taken = new Set<number>();
  for (const seed of mentions) {
    // The tagger's own guesses are too often wrong to vouch for their neighbours ("Lohndumping und Dequalifizierung").
    if (seed.kind !== 'name' || (seed.label !== 'ORG' && seed.label !== 'LOC') || seed.rule.startsWith('model:') || inAttribute(seed)) continue;
    const sentence = tokens[seed.tokenStart].sentence;
    const inSentence = (position: number) => tokens[position]?.sentence === sentence;
    const members: Member[] = [{ tokenStart: seed.tokenStart, tokenEnd: seed.tokenEnd, mention: seed }];
    let joinedByConjunction = false;
    // Rightwards: joiner, an optional determiner, then a member.
    for (let position = seed.tokenEnd; inSentence(position) && listJoiners.has(tokens[position].text); ) {
      const start = isDeterminer(tokens[position + 1]) ? position + 2 : position + 1;
      const found = startingAt.get(start);
      if (found) {
        if (found.label !== seed.label) break;
        members.push({ tokenStart: start, tokenEnd: found.tokenEnd, mention: found });
      } else {
        if (!inSentence(start) || !mayBeName(start) || !endsMember(start + 1)) break;
        members.push({ tokenStart: start, tokenEnd: start + 1 });
      }
      if (tokens[position].text !== ',') joinedByConjunction = true;
      position = members.at(-1)!.tokenEnd;
    }
    // Leftwards: a member, then a joiner, then an optional determiner before the member found so far.
    for (let start = isDeterminer(tokens[seed.tokenStart - 1]) ? seed.tokenStart - 1 : seed.tokenStart; ; ) {
      const joiner = start - 1;
      if (joiner < 1 || !inSentence(joiner - 1) || !listJoiners.has(tokens[joiner].text)) break;
      const found = endingAt.get(joiner);
      let memberStart: number;
      if (found) {
        if (found.label !== seed.label) break;
        members.unshift({ tokenStart: found.tokenStart, tokenEnd: joiner, mention: found });
        memberStart = found.tokenStart;
      } else {
        const word = joiner - 1;
        const before = tokens[word - 1];
        // The word opens its member: the sentence, a joiner, a determiner or a lower-case word stands before it.
        if (!mayBeName(word) || (before && inSentence(word - 1) && /^\p{Lu}/u.test(before.text) && !isDeterminer(before))) break;
        members.unshift({ tokenStart: word, tokenEnd: word + 1 });
        memberStart = word;
      }
      if (tokens[joiner].text !== ',') joinedByConjunction = true;
      start = isDeterminer(tokens[memberStart - 1]) && inSentence(memberStart - 1) ? memberStart - 1 : memberStart;
    }
    // Commas alone make no list: "Laut ORF, Kurier …".
    if (!joinedByConjunction) continue;
    for (const member of members) {
      if (member.mention || taken.has(member.tokenStart)) continue;
      taken.add(member.tokenStart);
      const token = tokens[member.tokenStart];
      candidates.push({
        source: 'propagation',
        packRank: 0,
        mention: { start: token.start, end: token.end, text: token.text, label: seed.label, kind: 'name', sentence: token.sentence, tokenStart: member.tokenStart, tokenEnd: member.tokenEnd, rule: 'coordinated-name', confidence: 0.6 },
      });
    }
  }
  return candidates;
}
