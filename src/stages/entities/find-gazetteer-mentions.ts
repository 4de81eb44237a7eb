/** Names from the rule packs' places and knowledge entries, matched token by token (longest phrase at each start). */
import type { Doc, Mention } from '../../doc/types.ts';
import { isCapitalised, spanOfTokens } from '../../doc/spans.ts';
import type { CompiledLexicons, PhraseTarget } from '../../rules/compile-lexicons.ts';
import type { KnowledgeEntry } from '../../rules/schema.ts';
import type { Candidate } from './candidate.ts';
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';
import { foldDiacritics } from '../../text/name-keys.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';
import { isClosedClassWord } from '../../rules/name-forms.ts';

function bestTarget(targets: readonly PhraseTarget[], countryVotes: ReadonlyMap<string, number>): PhraseTarget {
  // The highest-ranked pack wins; within a pack knowledge entries (organisations, persons) beat bare places, and of
  // entries that share a name ("die Grünen" in Germany, Austria, Switzerland) the one of the country the article
  // names most.
  const votes = (target: PhraseTarget) => countryVotes.get(countryOfTarget(target) ?? '') ?? 0;
  return [...targets].sort((a, b) => b.rank - a.rank || (a.source === 'knowledge' ? -1 : 1) + (b.source === 'knowledge' ? 1 : -1) || votes(b) - votes(a))[0];
}

/**
 * Where entries of different countries share a name, the country a word beside it names settles it: an adjective
 * before it ("die deutschen Grünen") or "in" and a country after it ("die Grünen in Deutschland"). Returned as votes
 * for `bestTarget`; undefined when the name is not shared or nothing beside it names a country, and 'elsewhere' when
 * what it names is another country's party.
 */
function countryNamedBeside(words: readonly string[], start: number, length: number, targets: readonly PhraseTarget[], lexicons: CompiledLexicons): Map<string, number> | 'elsewhere' | undefined {
  const countries = new Set(targets.map(countryOfTarget));
  if (countries.size < 2) return undefined;
  const before = start > 0 ? lexicons.adjectiveCountry(words[start - 1])?.country : undefined;
  const next = words[start + length];
  const after = next === 'in' && start + length + 1 < words.length
    ? lexicons.matchPhrase([words[start + length + 1]], 0)?.targets.find((target) => target.place?.kind === 'country')?.place?.country
    : undefined;
  // "die Grüne australische Senatorin": the party's word used as an adjective before a nationality's.
  const adjectiveAfter = next !== undefined && /^\p{Ll}/u.test(next) ? lexicons.adjectiveCountry(next)?.country : undefined;
  const named = before ?? after ?? adjectiveAfter;
  if (!named) return undefined;
  // A party of a country none of the entries is ("die australischen Grünen") is none of them.
  if (!countries.has(named)) return targets.every((target) => target.knowledge?.kind === 'party') ? 'elsewhere' : undefined;
  return new Map([[named, 1]]);
}

function countryOfTarget(target: PhraseTarget): string | undefined {
  return target.place?.country ?? target.knowledge?.country;
}

/**
 * How many different names of one country only the article holds, per country: Vienna, the ÖVP and the FPÖ say
 * Austria three times, and Germany named seven times over in a comparison says it once.
 */
function countCountries(matches: readonly (readonly PhraseTarget[])[]): Map<string, number> {
  const namesByCountry = new Map<string, Set<string>>();
  for (const targets of matches) {
    const countries = new Set(targets.map(countryOfTarget));
    if (countries.size !== 1) continue;
    const [country] = countries;
    if (!country) continue;
    const names = namesByCountry.get(country) ?? new Set<string>();
    names.add(targets[0].id);
    namesByCountry.set(country, names);
  }
  return new Map([...namesByCountry].map(([country, names]) => [country, names.size]));
}

/**
 * A one-word name that is a compound of a common noun ("Linkspartei": a party of the left) says what kind of name
 * follows it when one does: "die Linkspartei Podemos" names Podemos, not Germany's Die Linke. The next word is a
 * name when it is capitalised, no common noun and no name of a pack itself (that one is matched on its own).
 */
function isClassifierBeforeName(words: readonly string[], index: number, targets: readonly PhraseTarget[], lexicons: CompiledLexicons): boolean {
  // Places are no classifiers: "Deutschland" ends in "Land", but "Deutschland Defizite vorwerfen" names the country.
  if (targets.some((target) => target.source === 'place' || target.label !== 'ORG')) return false;
  const next = words[index + 1];
  if (next === undefined || !isCapitalised(next) || next.includes('-') || lexicons.isNounOrCompound(next)) return false;
  if (lexicons.commonNouns.compoundHead(words[index]) === undefined) return false;
  return !lexicons.matchPhrase(words, index + 1) && !lexicons.grammar.nonNameWords.has(next) && !lexicons.actorCodes.isLegalForm(next);
}

/**
 * Whether a party's name stands for one of its members: after an indefinite article ("einem Republikaner"), or after
 * "der" opening the clause, also after a coordinator, right before its verb ("Der Republikaner warf dem Weißen Haus vor",
 * "Der Grüne sagte", "Doch der Grüne beklagt").
 */
function namesPartyMember(words: readonly string[], index: number, targets: readonly PhraseTarget[], lexicons: CompiledLexicons): boolean {
  if (!targets.some((target) => target.knowledge?.kind === 'party') || index === 0) return false;
  const before = words[index - 1];
  if (lexicons.grammar.indefiniteArticles.has(before.toLowerCase())) return true;
  // Also after a coordinator that opens the clause: "Doch der Grüne beklagt …".
  const opensClause = index === 1 || words[index - 2] === ',' || (lexicons.grammar.coordinators.has(words[index - 2].toLowerCase()) && (index === 2 || words[index - 3] === ','));
  return before.toLowerCase() === 'der' && opensClause && /^\p{Ll}/u.test(words[index + 1] ?? '');
}

/** Words before a bracketed abbreviation that the abbreviation may stand for. */
const definitionReach = 6;

/**
 * Abbreviations the article defines for a name of its own: "ein Sprecher der Slowenischen Staatsbahnen (SZ)", "die
 * internationale Raumstation (ISS)". There "SZ" is no Süddeutsche Zeitung, in any of the article's sentences. A
 * definition is an adjective and a noun right before the bracket; a noun that names a kind of actor ("die
 * separatistische Terrororganisation (PKK)") or an institution introduces the listed name instead, and so do words
 * of the listed entry's own name ("der Europäischen Zentralbank (EZB)").
 */
function abbreviationsDefinedHere(words: readonly string[], lexicons: CompiledLexicons): Set<string> {
  const defined = new Set<string>();
  const stem = (word: string) => foldDiacritics(word.toLowerCase()).slice(0, 5);
  for (let index = 2; index + 2 < words.length; index++) {
    const abbreviation = words[index + 1];
    if (words[index] !== '(' || words[index + 2] !== ')' || !/^[\p{Lu}\d]{2,7}$/u.test(abbreviation) || !/\p{Lu}/u.test(abbreviation)) continue;
    const noun = words[index - 1];
    // The adjective may be capitalised as part of the name: "der Slowenischen Staatsbahnen".
    const adjective = words[index - 2];
    const isAdjective = looksLikeInflectedAdjective(adjective) || lexicons.adjectiveCountry(adjective) !== undefined || /^\p{Lu}\p{Ll}+isch(?:e|en|er|es|em)$/u.test(adjective);
    if (!isCapitalised(noun) || !lexicons.isNounOrCompound(noun) || !isAdjective) continue;
    if (lexicons.actorCodes.ofNoun(noun) || lexicons.matchInstitution(noun)) continue;
    const match = lexicons.matchPhrase(words, index + 1);
    if (!match || match.length !== 1) continue;
    const before = new Set(words.slice(Math.max(0, index - definitionReach), index).map(stem));
    const listedWords = match.targets.flatMap((target) => [target.knowledge?.name ?? '', ...(target.knowledge?.aliases ?? []), target.place?.name ?? '']).flatMap((name) => name.split(/[\s-]+/));
    if (listedWords.some((word) => word.length > 3 && before.has(stem(word)))) continue;
    defined.add(abbreviation);
  }
  return defined;
}

/**
 * Whether the article names the entry's country otherwise than by the entry: another match of that country (a place
 * there, a party, a person in office there), a nationality adjective ("amerikanische") or a country's short name in
 * front of a compound ("US-Außenministerin").
 */
function namesCountryOtherwise(matches: readonly { targets: readonly PhraseTarget[] }[], entry: KnowledgeEntry, words: readonly string[], lexicons: CompiledLexicons): boolean {
  const countriesOf = (target: PhraseTarget) => [countryOfTarget(target), ...(target.knowledge?.roles ?? []).map((role) => role.country)];
  if (matches.some((match) => match.targets.some((target) => target.id !== entry.id && countriesOf(target).includes(entry.country)))) return true;
  return words.some((word) => {
    if (lexicons.adjectiveCountry(word)?.country === entry.country) return true;
    const hyphen = word.indexOf('-');
    if (hyphen < 2) return false;
    return lexicons.matchPhrase([word.slice(0, hyphen)], 0)?.targets.some((target) => target.place?.kind === 'country' && target.place.country === entry.country) ?? false;
  });
}

/** A count before a noun: a number word (grammar `numberWords`, `countWords`) or a number that is no year ("3000", "3.000"). */
export function isCount(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  if (lexicons.grammar.numberWords.has(lower) || lexicons.grammar.countWords.has(lower)) return true;
  return /^[1-9]\d{0,2}(?:\.\d{3})*$/.test(word) || (/^\d{4,}$/.test(word) && !/^(?:1[89]|20)\d\d$/.test(word));
}

/** An adjective of age ("27-jährigen", "dreißigjährige"): a lower-case word with an ending of grammar `personTraitNounEndings`. */
export function isAgeAdjective(word: string, lexicons: CompiledLexicons): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return /^\p{Ll}/u.test(last) && lexicons.grammar.personTraitNounEndings.some((ending) => last.endsWith(ending));
}

/**
 * The listed organisations a compound names by its front when its head says only what kind of organisation that is
 * (grammar `organisationHeads`, singular, a masculine one also with the genitive's "s"): "der Hamas-Bewegung", "des
 * Lufthansa-Konzerns", "die IS-Miliz". Plurals ("UN-Organisationen") and other heads ("CDU-Parteitag") name none.
 */
function organisationOfCompound(word: string, lexicons: CompiledLexicons): PhraseTarget[] | undefined {
  const hyphen = word.lastIndexOf('-');
  if (hyphen < 1) return undefined;
  const head = word.slice(hyphen + 1);
  if (!lexicons.grammar.organisationHeads.has(head) && !(head.endsWith('s') && lexicons.grammar.organisationHeads.has(head.slice(0, -1)))) return undefined;
  const match = lexicons.matchPhrase([word.slice(0, hyphen)], 0);
  const targets = match?.targets.filter((target) => target.knowledge?.type === 'ORG');
  return targets?.length ? targets : undefined;
}

export function findGazetteerMentions(doc: Doc, lexicons: CompiledLexicons, homeCountry?: string): Candidate[] {
  const candidates: Candidate[] = [];
  const backReferences = new Set<number>();
  const words = doc.tokens!.map((token) => token.text);
  const matches: { tokenStart: number; length: number; targets: readonly PhraseTarget[] }[] = [];
  const ownAbbreviations = abbreviationsDefinedHere(words, lexicons);
  for (const sentence of doc.sentences!) {
    const sentenceWords = words.slice(sentence.tokenStart, sentence.tokenEnd);
    for (let index = 0; index < sentenceWords.length; index++) {
      const match = lexicons.matchPhrase(sentenceWords, index);
      if (!match) {
        const targets = organisationOfCompound(sentenceWords[index], lexicons);
        if (targets) matches.push({ tokenStart: sentence.tokenStart + index, length: 1, targets });
        continue;
      }
      // A word the grammar says is never a name is none alone: "Grünes Licht" is no genitive of the Greens.
      if (match.length === 1 && lexicons.grammar.nonNameWords.has(sentenceWords[index])) continue;
      if (match.length === 1 && isClassifierBeforeName(sentenceWords, index, match.targets, lexicons)) continue;
      if (match.length === 1 && ownAbbreviations.has(sentenceWords[index])) continue;
      if (match.length === 1 && namesPartyMember(sentenceWords, index, match.targets, lexicons)) continue;
      // "den 27-jährigen Sachsen": after an adjective of age a place's name is its people's ("Sachse"), one of them.
      if (match.length === 1 && index > 0 && isAgeAdjective(sentenceWords[index - 1], lexicons) && match.targets.every((target) => target.label === 'LOC')) continue;
      // "tausende Ungarn", "3000 Polen": after a count a place's name is its people's (the plural of "Ungar").
      if (match.length === 1 && index > 0 && isCount(sentenceWords[index - 1], lexicons) && match.targets.every((target) => target.label === 'LOC')) continue;
      matches.push({ tokenStart: sentence.tokenStart + index, length: match.length, targets: match.targets });
      index += match.length - 1;
    }
  }
  const countryVotes = countCountries(matches.map((match) => match.targets));
  // The feed's own country wins a tie, never a country the article names more often.
  if (homeCountry) countryVotes.set(homeCountry, (countryVotes.get(homeCountry) ?? 0) + 0.5);
  for (const match of matches) {
    const beside = countryNamedBeside(words, match.tokenStart, match.length, match.targets, lexicons);
    if (beside === 'elsewhere') continue;
    const target = bestTarget(match.targets, beside ?? countryVotes);
    // A name many countries' parties bear counts for the listed one only beside another name of its country (the
    // entry's own match is one of the votes).
    const knowledge = target.knowledge;
    if (knowledge?.needsCountry && !namesCountryOtherwise(matches, knowledge, words, lexicons)) continue;
    const tokenStart = match.tokenStart;
    const tokenEnd = tokenStart + match.length;
    const span = spanOfTokens(doc, tokenStart, tokenEnd);
    const place = target.place;
    const mention: Mention = {
      ...span,
      label: target.label,
      kind: 'name',
      sentence: doc.tokens![tokenStart].sentence,
      tokenStart,
      tokenEnd,
      rule: target.id,
      key: target.id,
      country: place?.country ?? target.knowledge?.country,
      confidence: 0.95,
    };
    if (place?.governmentOf) mention.standsFor = { kind: 'government', country: place.governmentOf };
    else if (place?.seatOf) mention.standsFor = { kind: 'organisation', key: place.seatOf };
    candidates.push({ mention, source: target.source === 'knowledge' ? 'knowledge' : 'gazetteer', packRank: target.rank });
    if (target.backReference) backReferences.add(candidates.length - 1);
  }
  // "Jörgen Graabak (NOR)": a country's code in sports results, in brackets after a name (no common noun).
  for (let index = 1; index + 2 < words.length; index++) {
    const place = words[index] === '(' && words[index + 2] === ')' ? lexicons.placeBySportsCode.get(words[index + 1]) : undefined;
    const before = words[index - 1];
    // A surname the lexicon splits as a compound ("Ingemar Sten|mark") after a given name, or a capitalised word that is
    // no noun, is none.
    const twoBefore = words[index - 2] ?? '';
    const givenBefore = loadFirstNames().has(twoBefore) || (isCapitalised(twoBefore) && !lexicons.isNounOrCompound(twoBefore) && !lexicons.grammar.determinerCases.has(twoBefore.toLowerCase()) && !isClosedClassWord(twoBefore, lexicons));
    if (!place || !isCapitalised(before) || lexicons.commonNouns.has(before) || (lexicons.isNounOrCompound(before) && !givenBefore)) continue;
    const tokenStart = index + 1;
    candidates.push({
      source: 'gazetteer',
      packRank: 0,
      mention: { ...spanOfTokens(doc, tokenStart, tokenStart + 1), label: 'LOC', kind: 'name', sentence: doc.tokens![tokenStart].sentence, tokenStart, tokenEnd: tokenStart + 1, rule: `${place.id}:sports-code`, key: place.id, country: place.country, confidence: 0.9 },
    });
  }
  // "Bahn", "Union": a short form that is also a common word names its entry only where the article names it otherwise.
  const namedOtherwise = new Set(candidates.filter((_, position) => !backReferences.has(position)).map((candidate) => candidate.mention.key));
  return candidates.filter((candidate, position) => !backReferences.has(position) || namedOtherwise.has(candidate.mention.key));
}
