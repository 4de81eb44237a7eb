/**
 * Teams named by their town or country in match reports: "Unzufriedenheit bei Salzburg nach Nullnummer in Graz", "ein
 * klarer 6:0-Sieg über San Marino", "Österreich schlug Lettland 2:1". In a sentence with a score, a minute mark or a
 * word of sport (cues `sportsCues`), a listed place that no preposition of place governs (grammar `placePrepositions`;
 * "gegen", "über" and "bei" name a team) is a team: an organisation of sport, no place and no government. "in Graz"
 * stays the place where the match was played.
 */
import type { Doc, Mention } from '../../doc/types.ts';
import { isInDateline } from '../../doc/dateline.ts';
import { isMatchReportSentence } from '../../doc/sports-sentence.ts';
import { spanOfTokens } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { isGenitiveName } from '../../rules/name-forms.ts';

const teamByPlaceRule = 'team-by-place';

/** Returns the mentions with each team named by a place relabelled; the others as they were. */
export function teamsByPlace(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): Mention[] {
  const tokens = doc.tokens!;
  const reports = new Map<number, boolean>();
  const isReport = (sentence: number) => {
    let known = reports.get(sentence);
    if (known === undefined) reports.set(sentence, (known = isMatchReportSentence(doc, sentence, lexicons.sportsWords)));
    return known;
  };
  return mentions.map((mention) => {
    if (mention.label !== 'LOC' || mention.kind !== 'name' || !mention.key || mention.rule.endsWith(':sports-code')) return mention;
    const place = lexicons.placeById.get(mention.key);
    if (!place || (place.kind !== 'city' && place.kind !== 'country')) return mention;
    if (!isReport(mention.sentence) || isInDateline(doc, mention, lexicons.grammar.nameParticles)) return mention;
    const before = tokens[mention.tokenStart - 1];
    // "Mittelfeldspieler von Wolfsburg": "von" after a word of sport, a player's or coach's noun, names the team.
    const afterSportsWord = before?.text === 'von' && lexicons.sportsWords.has(tokens[mention.tokenStart - 2]?.text.toLowerCase() ?? '');
    if (before && before.sentence === mention.sentence && lexicons.grammar.placePrepositions.has(before.text.toLowerCase()) && !afterSportsWord) return mention;
    // "Schweiz – Slowenien 3:2 (0:1) Basel.", "4:1 (0:0)Santiago de Chile, 45.693 Zuschauer": a place right after a score
    // or its bracket, or before the crowd's figure, is the venue.
    if (before && (before.text === ')' || /^\d{1,2}:\d{1,2}$/.test(before.text))) return mention;
    if (tokens[mention.tokenEnd]?.text === ',' && tokens[mention.tokenEnd + 1]?.kind === 'number') return mention;
    // "(Graz, UPC-Arena, …)", "in Morelos/Mexiko": a place in a venue's bracket or after another place's slash.
    if (before && before.sentence === mention.sentence && (before.text === '(' || before.text === '/')) return mention;
    // "Österreichs Tennisass", "Frankreichs Meister": a country's genitive says whose the player or team is.
    if (isGenitiveName(mention, lexicons)) return mention;
    // "Wien-Simmering", "Graz (APA)": a place inside a longer name or before an agency's bracket is none of this.
    const after = tokens[mention.tokenEnd];
    if (after && after.sentence === mention.sentence && (after.text === '(' || after.text === '–' || after.text === '/')) return mention;
    const { key: _key, country: _country, standsFor: _standsFor, ...rest } = mention;
    // "Tampa Bay Lightning – New York Islanders 4:0": a capitalised plural no lexicon knows after the town is the
    // team's name too.
    const plural = tokens[mention.tokenEnd];
    if (plural && plural.sentence === mention.sentence && plural.start === tokens[mention.tokenEnd - 1].end + 1 && /^\p{Lu}\p{Ll}+s$/u.test(plural.text) && !lexicons.isNounOrCompound(plural.text) && !lexicons.matchPhrase([plural.text], 0)) {
      return { ...rest, ...spanOfTokens(doc, mention.tokenStart, mention.tokenEnd + 1), tokenEnd: mention.tokenEnd + 1, label: 'ORG' as const, rule: teamByPlaceRule };
    }
    return { ...rest, label: 'ORG' as const, rule: teamByPlaceRule };
  });
}
