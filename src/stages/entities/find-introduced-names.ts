/**
 * Names a word of naming introduces: "ein Rapper namens Chief Keef", "die Gruppe namens Sofacy", "ein Videospiel
 * namens Agony" (grammar `namingWords`). What follows is a name whatever its words, and the noun before it says its
 * class, as name-types.json lists it (a role or "Mann", "Frau": a person). A noun of no listed class leaves the class
 * open: the name is proposed as MISC below the tagger, which may know better.
 */
import type { Doc, EntityLabel } from '../../doc/types.ts';
import { spanOfTokens } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';

/** Words of a name after the naming word, at most: "Dr. Jonathan Reid", "Ample Hills Creamery". */
const maximumNameTokens = 4;

/** The class the noun before a naming word gives its name, if one. */
function classOfNoun(noun: string, lexicons: CompiledLexicons): EntityLabel | undefined {
  if (lexicons.grammar.singularPersonNouns.has(noun.toLowerCase()) || lexicons.matchRole(noun)) return 'PER';
  const classes = lexicons.nameTypeOf(noun);
  if (!classes || classes.size !== 1) return undefined;
  const [kind] = classes;
  return kind === 'OTH' ? 'MISC' : kind;
}

export function findIntroducedNames(doc: Doc, lexicons: CompiledLexicons): Candidate[] {
  const candidates: Candidate[] = [];
  const tokens = doc.tokens!;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (!lexicons.grammar.namingWords.has(tokens[index].text)) continue;
    const noun = tokens[index - 1].text;
    if (!/^\p{Lu}/u.test(noun)) continue;
    // A title opens no name of its own: "eines Arztes namens Dr. Jonathan Reid" names Jonathan Reid.
    let start = index + 1;
    while (start + 1 < tokens.length && lexicons.nameTypeOf(tokens[start].text)?.has('PER') && /^\p{Lu}/u.test(tokens[start + 1].text)) start++;
    const first = tokens[start].text;
    // "namens Die Enkel der Gefährten": a name of common words with its article is beyond one rule; a common noun alone
    // ("namens Hoffnung") may be a word as well as a name.
    if (tokens[start].sentence !== tokens[index].sentence || !/^\p{Lu}/u.test(first) || lexicons.grammar.determinerCases.has(first.toLowerCase()) || lexicons.isNounOrCompound(first)) continue;
    let end = start + 1;
    while (end < tokens.length && end - start < maximumNameTokens && tokens[end].sentence === tokens[start].sentence && tokens[end].kind === 'word' && /^\p{Lu}/u.test(tokens[end].text) && !lexicons.isNounOrCompound(tokens[end].text)) end++;
    // A name glued to more ("The_Happy_Hobbit", a user's handle) is beyond the tokens.
    const after = tokens[end];
    if (after && after.start === tokens[end - 1].end && !/^[.,;:!?)"“”«»‘’]$/u.test(after.text)) continue;
    const label = classOfNoun(noun, lexicons);
    candidates.push({
      source: label ? 'role-pattern' : 'fallback',
      packRank: 0,
      mention: { ...spanOfTokens(doc, start, end), label: label ?? 'MISC', kind: 'name', sentence: tokens[start].sentence, tokenStart: start, tokenEnd: end, rule: 'introduced-name', confidence: label ? 0.85 : 0.5 },
    });
    index = end - 1;
  }
  return candidates;
}
