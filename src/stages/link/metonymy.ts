/**
 * When does a capital or government seat stand for its government? When it acts: as the subject of a clause
 * ("Moskau lehnte ab"), in a genitive of possession ("Moskaus Haltung"), or as the source of a statement
 * ("Wie der Élysée-Palast mitteilte"). After a preposition ("in Moskau", "nach Kiew") it is a place.
 */
import type { Doc, Mention } from '../../doc/types.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';

export function isMetonymPosition(doc: Doc, mention: Mention, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  let before = mention.tokenStart - 1;
  // Skip a determiner and adjectives: "der Kreml", "das Weiße Haus" (Weiße is part of the name), "der französische Élysée".
  while (before >= 0 && tokens[before].sentence === mention.sentence && (lexicons.grammar.determinerCases.has(tokens[before].text.toLowerCase()) && !lexicons.grammar.prepositions.has(tokens[before].text.toLowerCase()))) before--;
  const previous = before >= 0 && tokens[before].sentence === mention.sentence ? tokens[before].text.toLowerCase() : undefined;
  if (previous && lexicons.grammar.prepositions.has(previous)) return false;
  return true;
}
