/**
 * Role patterns: a role noun with what qualifies it, and the name that may follow.
 *   "der französische Präsident Emmanuel Macron" → PER "Emmanuel Macron", role Präsident, FR
 *   "Kreml-Sprecher Dmitri Peskow"               → PER "Dmitri Peskow", role Kreml-Sprecher, RU
 *   "den russischen Führer"                       → a role mention (a description of a person), role Führer, RU
 * The name after a role noun needs no list: German writes a role noun directly before a name only in apposition,
 * so capitalised words there are a name unless the grammar lexicon or the gazetteer says otherwise.
 */
import type { Doc, Mention, RoleInfo, Sentence, Token } from '../../doc/types.ts';
import { capitaliseFirst, isCapitalised, spanOfTokens } from '../../doc/spans.ts';
import { isAdjectivalRole, isFeminineRole, roleSex, type CompiledLexicons, type RoleMatch } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';
import { isPlaceKindNoun } from '../../rules/name-forms.ts';
import { stripGenitive, wordKey } from '../../text/name-keys.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';

const maximumNameTokens = 5;
const definiteDeterminers = new Set(['der', 'die', 'den', 'dem', 'des']);

interface Qualifier {
  country?: string;
  /** The region whose office the role is: a region's adjective or genitive before it ("der hessische Ministerpräsident"). */
  region?: string;
  organisation?: string;
  /** First token of the noun phrase (the determiner, if any). */
  phraseStart: number;
  definite: boolean;
}

/**
 * The country a compound's front names: a country ("US-Präsident"), a government seat ("Kreml-Sprecher"), or an
 * organisation with a country ("SPD-Chef"). A region or ordinary city does not make its role a country's
 * ("Bayern-Trainer" is not Germany's coach).
 */
function countryOfModifier(modifier: string, lexicons: CompiledLexicons, articleCountries: ReadonlyMap<string, number>): { country?: string; organisation?: string; leaderTitle?: string } {
  const match = lexicons.matchPhrase([modifier], 0);
  // Of entries that share the name ("Grünen-Bundessprecherin": Germany's, Austria's, Switzerland's Greens), the one
  // of the country the article names most.
  const votes = (country: string | undefined) => articleCountries.get(country ?? '') ?? 0;
  const target = match?.targets.reduce((best, candidate) =>
    votes(candidate.knowledge?.country ?? candidate.place?.country) > votes(best.knowledge?.country ?? best.place?.country) ? candidate : best,
  );
  if (target?.place) return { country: target.place.governmentOf ?? (target.place.kind === 'country' ? target.place.country : undefined), leaderTitle: target.place.leaderTitle };
  if (target?.knowledge) return { country: target.knowledge.country, organisation: target.knowledge.id };
  const adjective = lexicons.adjectiveCountry(modifier);
  return adjective ? { country: adjective.country } : {};
}

function isCountryName(word: string, lexicons: CompiledLexicons): boolean {
  return lexicons.matchPhrase([word], 0)?.targets.some((target) => target.place?.kind === 'country') ?? false;
}

/** "Erste", "Zweiten", "Dritter": an ordinal of a title (grammar `titleOrdinals`) with an adjective's ending. */
function isTitleOrdinal(word: string, lexicons: CompiledLexicons): boolean {
  const ending = /^\p{Lu}\p{Ll}+?(e|en|er|es|em)$/u.exec(word);
  return ending !== null && lexicons.grammar.titleOrdinals.has(word.slice(0, word.length - ending[1].length).toLowerCase());
}

/** Looks left of the role noun for a nationality adjective, a genitive country, other adjectives and the determiner. */
function qualifierBefore(tokens: readonly Token[], roleIndex: number, sentence: Sentence, lexicons: CompiledLexicons): Qualifier {
  // Adjective-like words left of the role join its phrase only when a determiner or a nationality adjective
  // confirms them: "der ehemalige französische Präsident" yes, "… teilte Vorstandschefin" no.
  let phraseStart = roleIndex;
  let country: string | undefined;
  let region: string | undefined;
  let definite = false;
  for (let index = roleIndex - 1; index >= sentence.tokenStart && index >= roleIndex - 4; index--) {
    const word = tokens[index].text;
    const lower = word.toLowerCase();
    const adjective = !isCapitalised(word) ? lexicons.adjectiveCountry(word) : undefined;
    if (adjective) {
      // "der hessische Ministerpräsident": a region's adjective makes the role the region's office, no holder of the
      // country's ("Ministerpräsident" is also Germany's head of government by its sameAs); the country stays its own.
      if (lexicons.placeById.get(adjective.placeId)?.kind === 'region') region ??= adjective.placeId;
      country ??= adjective.country;
      phraseStart = index;
      continue;
    }
    // Person roles are masculine or feminine: a neuter "das" before them belongs to something else ("Das teilte …").
    if (lexicons.grammar.determinerCases.has(lower) && lower !== 'das') {
      // A preposition joined with its article ("vom", "beim": both a determiner and a preposition in the grammar) is
      // definite, but its preposition is no part of the phrase.
      const contraction = lexicons.grammar.prepositions.has(lower);
      // "trotz der Kritik seines Außenministers": a possessive makes the role someone's, as an article does.
      definite = definiteDeterminers.has(lower) || contraction || lexicons.grammar.possessiveDeterminers.has(lower);
      phraseStart = contraction ? index + 1 : index;
      break;
    }
    if (/^\p{Ll}+(e|en|er|es|em)$/u.test(word) && !lexicons.grammar.auxiliaries.has(lower)) {
      // possibly another attributive adjective: "der ehemalige französische Präsident"
      continue;
    }
    // "der Ersten Landtagspräsidentin": an ordinal is written capitalised in a title.
    if (isTitleOrdinal(word, lexicons)) continue;
    if (isCapitalised(word) && index === roleIndex - 1) {
      // a genitive country before the role: "Frankreichs Präsident"
      const match = lexicons.matchPhrase([word], 0);
      // So a region's: "Hessens Ministerpräsident" holds the region's office.
      const place = match?.genitive ? match.targets.find((target) => target.place?.kind === 'country' || target.place?.kind === 'region')?.place : undefined;
      // "Putins Verteidigungsminister": a listed person's surname in the genitive makes the role one of that person's
      // country (the surname alone names one listed person only).
      const stem = word.endsWith('s') && !match ? stripGenitive(word) : undefined;
      const listed = stem && stem !== word ? lexicons.knowledgeBySurnameKey.get(wordKey(stem)) : undefined;
      const person = listed?.length === 1 && listed[0].type === 'PER' ? listed[0] : undefined;
      const personCountry = person?.country ?? person?.roles?.find((role) => role.country)?.country;
      // The region stays a place of its own, outside the role's phrase ("sagt Kärntens Landeshauptmann").
      if (place?.kind === 'region') {
        country = place.country;
        region = place.id;
        definite = true;
        break;
      }
      if (place?.country) {
        country = place.country;
        phraseStart = index;
        definite = true;
        continue;
      }
      // The person stays a name of its own, outside the role's phrase.
      if (personCountry) {
        country = personCountry;
        definite = true;
      }
    }
    break;
  }
  return { country, ...(region ? { region } : {}), phraseStart, definite };
}

/** Whether a copula ("ist", "wäre", "wurde") stands before `phraseStart`, past lower-case adjectives, figures and quotes. */
function isPredicative(tokens: readonly Token[], phraseStart: number, sentence: Sentence, lexicons: CompiledLexicons): boolean {
  const isCopula = (word: string) => lexicons.grammar.seinForms.has(word) || lexicons.grammar.werdenForms.has(word);
  for (let index = phraseStart - 1; index >= sentence.tokenStart && index >= phraseStart - 4; index--) {
    const word = tokens[index].text.toLowerCase();
    if (isCopula(word)) return true;
    if (!looksLikeInflectedAdjective(tokens[index].text) && !/^\d+$/.test(word) && !/^["„“”'»«]$/.test(word)) return false;
  }
  return false;
}

function isNameToken(token: Token, lexicons: CompiledLexicons): boolean {
  if (token.kind !== 'word' && token.kind !== 'abbreviation') return false;
  const word = token.text;
  if (!isCapitalised(word)) return false;
  if (token.kind === 'abbreviation' && !/^\p{Lu}\.$/u.test(word)) return false;
  if (lexicons.grammar.nonNameWords.has(word)) return false;
  if (lexicons.matchRole(word)) return false;
  return true;
}

/**
 * A genitive of a known noun ("des Obersten Gerichtshofs", "des Landes") is no name, whatever stands before it:
 * "Obersten" there is an adjective, not the rank.
 */
function isNounGenitive(word: string, lexicons: CompiledLexicons): boolean {
  if (!word.endsWith('s') || word.length < 4) return false;
  const isNoun = (form: string) => form.length >= 3 && lexicons.commonNouns.has(form);
  const withoutEnding = (form: string) => (form.endsWith('es') ? [form.slice(0, -1), form.slice(0, -2)] : [form.slice(0, -1)]);
  if (withoutEnding(word).some(isNoun)) return true;
  // A compound counts when both parts are nouns ("Gerichts|hofs": Gericht, Hof), so that a name which merely ends
  // in a noun ("Prok|opis") does not.
  const head = lexicons.commonNouns.compoundHead(word);
  if (!head || !withoutEnding(head).some(isNoun)) return false;
  const front = word.slice(0, word.length - head.length);
  const frontForms = [front, front.replace(/(?:e?s|e?n)$/, '')].map((form) => form.charAt(0).toUpperCase() + form.slice(1));
  return frontForms.some(isNoun);
}

/** Whether `words[from, end)` occurs elsewhere in the article followed by another word than `words[end]`. */
function repeatedWithOtherNext(words: readonly string[], from: number, end: number): boolean {
  const length = end - from;
  for (let start = 0; start + length < words.length; start++) {
    if (start === from || words[start] !== words[from]) continue;
    let same = true;
    for (let offset = 1; offset < length && same; offset++) same = words[start + offset] === words[from + offset];
    const next = words[start + length];
    // Its genitive is the same name: "Thomas D. Trummers Arbeit".
    if (same && next !== words[end] && next !== `${words[end]}s` && `${next}s` !== words[end]) return true;
  }
  return false;
}

/**
 * The name right after a role noun: capitalised tokens, name particles inside, initials; stops at known places
 * and at a noun's genitive.
 */
function nameAfter(tokens: readonly Token[], words: readonly string[], from: number, sentenceEnd: number, lexicons: CompiledLexicons): number {
  let end = from;
  while (end < sentenceEnd && end - from < maximumNameTokens) {
    const token = tokens[end];
    if (end === from && lexicons.matchPhrase(words, end)?.targets.some((target) => target.source === 'place')) break;
    if (end === from && isNounGenitive(token.text, lexicons)) break;
    // "werfen dem Finanzminister Zynismus vor": an abstract noun is no part of a name ("Fischer", "Koch" may be).
    if (lexicons.grammar.isAbstractNoun(token.text)) break;
    // "Innenminister Sándor Pintér Serbien 80 Polizisten": a country after the name, or a place after a name of two
    // words, is the next phrase.
    if (end > from) {
      const places = lexicons.matchPhrase(words, end)?.targets.filter((target) => target.source === 'place') ?? [];
      if (places.some((target) => target.place?.kind === 'country') || (end - from >= 2 && places.length > 0)) break;
    }
    // "Baschar al-Assad": a particle joined to its name part by a hyphen (grammar.json).
    if (end > from && lexicons.grammar.isHyphenatedNamePart(token.text)) {
      end++;
      continue;
    }
    // Two name words in, a known noun is the next phrase: "Richter Pernell Harris Botschaften …"; after an initial the
    // family name follows ("Obmann Karl L. Brunnbauer").
    const afterInitial = /^\p{Lu}\.$/u.test(tokens[end - 1].text);
    if (end - from >= 2 && !afterInitial && lexicons.isNounOrCompound(token.text) && !lexicons.grammar.nameParticles.has(tokens[end - 1].text.toLowerCase())) break;
    // "Landeshauptmann Erwin Pröll Mitterlehner angeschrien": a name of two words the article repeats with something
    // else after it ends there, and the next word is someone else's.
    if (end - from >= 2 && repeatedWithOtherNext(words, from, end)) break;
    // "Landeshauptmann Peter Kaiser (SPÖ)": after a given name, a role word is the family name.
    const following = end + 1 < sentenceEnd ? tokens[end + 1] : undefined;
    if (end - from === 1 && lexicons.matchRole(token.text) && loadFirstNames().has(words[from]) && !(following && isNameToken(following, lexicons))) {
      end++;
      continue;
    }
    if (isNameToken(token, lexicons)) {
      end++;
      if (token.whitespace === '' && end < sentenceEnd && tokens[end].text === '-') break;
      continue;
    }
    // A particle joins a name part that is no known noun: "Ursula von der Leyen", not "Christoph Leitl den Ball".
    if (lexicons.grammar.nameParticles.has(token.text) && end > from) {
      // A run of particles ("van der", "bin") joins a name part after it that is no known noun: "Ursula von der
      // Leyen", "Ali bin al-Hussein", not "Christoph Leitl den Ball".
      let next = end;
      while (next < sentenceEnd && lexicons.grammar.nameParticles.has(tokens[next].text)) next++;
      const part = tokens[next];
      // "Anna Kalnina von der SPD", "… von der Nato": an acronym or a name the lists know as no person's is where the
      // person works, no part of the name.
      const organisation = next < sentenceEnd && (/^\p{Lu}{2,}$/u.test(part.text) || lexicons.matchPhrase(words, next)?.targets.some((target) => target.label !== 'PER'));
      if (next < sentenceEnd && !organisation && (lexicons.grammar.isHyphenatedNamePart(part.text) || (isNameToken(part, lexicons) && !lexicons.isNounOrCompound(part.text)))) {
        end = next;
        continue;
      }
    }
    break;
  }
  // "der New Yorker Unternehmensberater Alix Partners": a name of two words or more that ends in a word of
  // organisations' names (grammar `organisationNameEnds`) is a firm's, no holder's of the role.
  // So is one a word of organisations' names follows ("Leiter Ars Electronica Center").
  if (end - from >= 2 && (lexicons.grammar.organisationNameEnds.has(words[end - 1]) || (end < sentenceEnd && lexicons.grammar.organisationNameEnds.has(words[end])))) return from;
  return end;
}

/** Words a genitive between a role and its holder's name may hold: "der rechtsradikalen tschechischen Anti-Islam-Bewegung". */
const roleGenitiveReach = 5;

/**
 * Where a person's name starts after a genitive of one capitalised word, adjectives before it, right after a role noun
 * at `from`: "Chef [der rechtsradikalen Anti-Islam-Bewegung] Martin Konvička", "Generalsekretär [der SPÖ] Georg
 * Niedermühlbichler". The name must open with a given name, have two words or more and its surname must recur alone,
 * so that a body's own name ("der Chef der Bewegung Pegida") is no person. `from` when there is none.
 */
function bodyGenitiveBeforePerson(tokens: readonly Token[], words: readonly string[], from: number, sentenceEnd: number, lexicons: CompiledLexicons): number {
  if (!lexicons.grammar.genitiveDeterminers.has(words[from]?.toLowerCase() ?? '')) return from;
  let position = from + 1;
  while (position < sentenceEnd && position < from + roleGenitiveReach && /^\p{Ll}/u.test(words[position]) && looksLikeInflectedAdjective(words[position])) position++;
  // "der Sprecher des Bürgermeisters Siegfried Nagl": a role or person in the genitive is the one the name is.
  const noun = words[position];
  if (position >= sentenceEnd || !/^\p{Lu}/u.test(noun) || tokens[position].kind !== 'word' || lexicons.matchRole(noun) || lexicons.grammar.personNouns.has(noun.toLowerCase())) return from;
  const nameStart = position + 1;
  const nameEnd = nameAfter(tokens, words, nameStart, sentenceEnd, lexicons);
  if (nameStart >= sentenceEnd || !loadFirstNames().has(words[nameStart]) || nameEnd - nameStart < 2) return from;
  // The article names the person by the surname alone elsewhere, as it does a person ("Geschäftsführer der Agentur
  // Vienna Digital" names an agency).
  const surname = words[nameEnd - 1];
  return words.some((word, index) => word === surname && (index < nameStart || index >= nameEnd)) ? nameStart : from;
}

/** Tokens a genitive or von-phrase between a role and its holder's name after a comma may hold at most. */
const commaAppositionReach = 14;

/**
 * "Die Sprecherin des chinesischen Außenministeriums, Mao Ning, sagte", "den Bürgermeister von Palermo, Leoluca
 * Orlando,": a definite role, a genitive or von-phrase of its body, and after a comma the holder's name of two words or
 * more, closed by a comma, a bracket or the sentence's end. Returns the comma's index and the name's end, and the
 * country the phrase names by a nationality adjective or as a listed place after "von"; undefined where the phrase
 * holds anything but articles, adjectives, prepositions, "und", bracketed abbreviations and capitalised words.
 */
function holderAfterComma(tokens: readonly Token[], words: readonly string[], from: number, sentenceEnd: number, lexicons: CompiledLexicons): { comma: number; nameEnd: number; country?: string; ofPlace: boolean } | undefined {
  const opener = words[from]?.toLowerCase() ?? '';
  if (!lexicons.grammar.genitiveDeterminers.has(opener) && opener !== 'von' && opener !== 'vom') return undefined;
  let comma = from + 1;
  let country: string | undefined;
  let inBrackets = false;
  for (; comma < sentenceEnd && comma - from <= commaAppositionReach && words[comma] !== ','; comma++) {
    const word = words[comma];
    if (word === '(') inBrackets = true;
    else if (word === ')') inBrackets = false;
    else if (inBrackets || /^\p{Lu}/u.test(word) || word === '-' || word === 'und') continue;
    else if (/^\p{Ll}/u.test(word) && (lexicons.grammar.determinerCases.has(word) || lexicons.grammar.prepositions.has(word) || looksLikeInflectedAdjective(word))) country ??= lexicons.adjectiveCountry(word)?.country;
    else return undefined;
  }
  if (words[comma] !== ',' || comma === from + 1) return undefined;
  // "von Palermo": a place alone after "von" gives its country, where the lists know it; it is no body's name.
  const targets = comma === from + 2 ? (lexicons.matchPhrase(words, from + 1)?.targets ?? []) : undefined;
  // So does a kind of place and its name after a genitive's article: "der Gemeinde Lindenhain", "des Bundesstaates Pará".
  const kindOfPlace = comma === from + 3 && lexicons.grammar.genitiveDeterminers.has(opener) && isPlaceKindNoun(words[from + 1], lexicons) && /^\p{Lu}/u.test(words[from + 2]);
  const ofPlace = ((opener === 'von' || opener === 'vom') && targets !== undefined && !targets.some((target) => target.label === 'ORG')) || kindOfPlace;
  if (!country && ofPlace) country = targets?.find((target) => target.place)?.place?.country;
  const nameStart = comma + 1;
  const nameEnd = nameAfter(tokens, words, nameStart, sentenceEnd, lexicons);
  const closing = words[nameEnd];
  if (nameEnd - nameStart < 2 || !(nameEnd >= sentenceEnd || closing === ',' || closing === '(' || closing === '.')) return undefined;
  return { comma, nameEnd, ofPlace, ...(country ? { country } : {}) };
}

/**
 * "als Geschäftsführer Sport", "der Musiker Gewalt gegen Behörden", "einem weiteren Feldspieler Platz machte": one word
 * after a role that is a common noun is the clause's object, no surname, unless the article gives it as a surname after
 * a given name somewhere, also in the genitive ("Marcel Kollers Wunsch" … "Teamchef Koller").
 */
function isCommonNounAfterRole(tokens: readonly Token[], nameStart: number, nameEnd: number, lexicons: CompiledLexicons): boolean {
  if (nameEnd - nameStart !== 1) return false;
  const word = tokens[nameStart].text;
  if (!lexicons.commonNouns.has(word)) return false;
  // "kritisierte Bürgermeister Koch die Regierung": a determiner after it opens the next phrase, so the word ended the
  // role's phrase as its name.
  const next = tokens[nameEnd];
  if (next !== undefined && next.sentence === tokens[nameStart].sentence && lexicons.grammar.determinerCases.has(next.text.toLowerCase())) return false;
  // A given name is a capitalised word no noun list or role list knows ("Guid Held", "Marcel Koller").
  const givenNameBefore = (index: number) => {
    const before = tokens[index - 1];
    return before !== undefined && before.sentence === tokens[index].sentence && /^\p{Lu}\p{Ll}/u.test(before.text) && !lexicons.isNounOrCompound(before.text) && !lexicons.matchRole(before.text);
  };
  return !tokens.some((token, index) => (token.text === word || token.text === `${word}s`) && givenNameBefore(index));
}

/**
 * "nach Angaben unabhängiger Experten Senfgas": without a determiner, an adjective in -er before a role noun in -en
 * that is not its title's form is a genitive or dative plural ("unabhängiger Experten"), which no name follows in
 * apposition; "ehemaliger Präsident Ozols" is a nominative singular.
 */
function isStrongPluralPhrase(tokens: readonly Token[], roleIndex: number, phraseStart: number, determiner: string, title: string, lexicons: CompiledLexicons): boolean {
  if (determiner !== '' || roleIndex === 0) return false;
  const word = tokens[roleIndex].text;
  const before = tokens[roleIndex - 1].text;
  return word.endsWith('en') && !title.endsWith('en') && /^\p{Ll}+er$/u.test(before) && looksLikeInflectedAdjective(before) && !lexicons.grammar.auxiliaries.has(before) && phraseStart <= roleIndex;
}

/**
 * "…, spätere Präsident und Friedensnobelpreisträger Lech Walesa": from a comma at `from`, up to three more titles of
 * one person (each a listed role or a known noun, with adjectives before it, at least one a listed role), joined by
 * commas or "und", right before a name of two words or more. Returns where that name starts and ends.
 */
function holderAfterTitles(tokens: readonly Token[], words: readonly string[], from: number, sentenceEnd: number, lexicons: CompiledLexicons): { nameStart: number; nameEnd: number } | undefined {
  if (words[from] !== ',') return undefined;
  let position = from + 1;
  let titles = 0;
  let roles = 0;
  while (position < sentenceEnd && titles < 3) {
    while (position < sentenceEnd && /^\p{Ll}/u.test(words[position]) && looksLikeInflectedAdjective(words[position]) && !lexicons.grammar.determinerCases.has(words[position])) position++;
    const word = words[position] ?? '';
    const role = /^\p{Lu}/u.test(word) ? lexicons.matchRole(word) : undefined;
    if (!role && !(/^\p{Lu}/u.test(word) && lexicons.isNounOrCompound(word) && !lexicons.matchPhrase(words, position))) return undefined;
    titles++;
    if (role) roles++;
    position++;
    const next = words[position];
    if (next === ',' || next === 'und') {
      position++;
      continue;
    }
    break;
  }
  // Two titles at least, the last joined by "und": "Sein Vertreter, Kanzleramtsminister Josef Ostermayer" names one more
  // person, whose title stands right before the name.
  if (roles === 0 || titles < 2 || words[position - 2] !== 'und') return undefined;
  const nameEnd = nameAfter(tokens, words, position, sentenceEnd, lexicons);
  return nameEnd - position >= 2 ? { nameStart: position, nameEnd } : undefined;
}

/**
 * "Ein Sprecher Konvičkas", "der Anwalt Merkels": after a determiner, a role noun's one-word name in the genitive whose
 * stem the article names elsewhere is the role's possessor, not its holder ("Präsident Obamas Rede" has no determiner).
 */
function isPossessorAfterRole(doc: Doc, determiner: string, nameStart: number, nameEnd: number, lexicons: CompiledLexicons): boolean {
  if (nameEnd - nameStart !== 1 || !lexicons.grammar.determinerCases.has(determiner)) return false;
  const word = doc.tokens![nameStart].text;
  if (!/^\p{Lu}\p{L}{2,}s$/u.test(word)) return false;
  const stem = word.slice(0, -1);
  return (doc.tokens ?? []).some((token) => token.text === stem);
}

/** A holder's name `[nameStart, nameEnd)` with the role phrase `[roleStart, roleEnd)` in apposition before it. */
function appositionCandidate(doc: Doc, role: RoleInfo, roleStart: number, roleEnd: number, nameStart: number, nameEnd: number, confidence: number, rule = 'role-apposition'): Candidate {
  const roleSpan = spanOfTokens(doc, roleStart, roleEnd);
  return {
    source: 'role-pattern',
    packRank: 0,
    mention: {
      ...spanOfTokens(doc, nameStart, nameEnd),
      label: 'PER',
      kind: 'name',
      sentence: doc.tokens![nameStart].sentence,
      tokenStart: nameStart,
      tokenEnd: nameEnd,
      rule,
      appositiveRole: { ...role, span: { start: roleSpan.start, end: roleSpan.end } },
      confidence,
    },
  };
}

/**
 * `articleCountries`: for each country, how many different names of it the article holds (from the gazetteer's
 * mentions), to choose among entries of one name.
 */
export function findRoleMentions(doc: Doc, lexicons: CompiledLexicons, articleCountries: ReadonlyMap<string, number> = new Map()): Candidate[] {
  const candidates: Candidate[] = [];
  const tokens = doc.tokens!;
  const words = tokens.map((token) => token.text);
  for (const sentence of doc.sentences!) {
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const token = tokens[index];
      if (token.kind !== 'word') continue;
      const role: RoleMatch | undefined = lexicons.matchRole(token.text);
      if (!role) continue;
      // "Daily Mail & General Trust": after an ampersand the word is part of a company's name, no title.
      if (tokens[index - 1]?.text === '&' && tokens[index - 1].sentence === token.sentence) continue;
      // The role word opens the name of an organisation or place the lists know: "Premier League", "Kaiser Franz Josef Land".
      const phrase = lexicons.matchPhrase(words, index);
      if (phrase && phrase.length > 1 && phrase.targets.every((target) => target.label !== 'PER')) {
        index += phrase.length - 1;
        continue;
      }
      const qualifier = qualifierBefore(tokens, index, sentence, lexicons);
      const fromModifier = role.modifier ? countryOfModifier(role.modifier, lexicons, articleCountries) : {};
      const country = qualifier.country ?? fromModifier.country;
      // "US-Präsident" is the president of the US: the country goes to `country`, the title keeps the office.
      const modifierIsCountry = role.modifier && fromModifier.country && !fromModifier.organisation && role.title.startsWith(role.modifier + '-') && lexicons.countryPlace.has(fromModifier.country) && isCountryName(role.modifier, lexicons);
      // "der Kremlchef", "der Élysée-Chef": a leader's compound of a government seat holds the office of the one who
      // heads what sits there (places.jsonl `leaderTitle`), Russia's "Präsident", under the title the article writes.
      const seatOffice = fromModifier.leaderTitle && lexicons.roleKind(role.entry.id) === 'leader' ? lexicons.matchRole(fromModifier.leaderTitle) : undefined;
      const written = modifierIsCountry ? role.title.slice(role.modifier!.length + 1) : role.title;
      // An adjectival role's title says the holder's sex by its determiner, and is named so: "der UN-Sondergesandte" is a
      // man ("UN-Sondergesandter"), "der SPD-Vorsitzenden" (dative, genitive) a woman ("SPD-Vorsitzende"). A title in -e
      // then always stands for a woman's, as in the knowledge file.
      const determiner = qualifier.phraseStart < index ? tokens[qualifier.phraseStart].text.toLowerCase() : '';
      const adjectival = isAdjectivalRole(role);
      // "zur Vorsitzenden": "zur" is "zu der", the one contraction of a feminine article.
      const feminineBefore = determiner === 'der' || (qualifier.phraseStart === index && tokens[index - 1]?.text.toLowerCase() === 'zur');
      const title =
        adjectival && roleSex(role) === undefined && lexicons.grammar.masculineNominativeDeterminers.has(determiner) ? `${written}r`
        : adjectival && feminineBefore && token.text.endsWith('en') && written.endsWith('r') ? written.slice(0, -1)
        : written;
      const region = qualifier.region && qualifier.country === country ? qualifier.region : undefined;
      const roleInfo: RoleInfo = { title, roleId: seatOffice?.entry.id ?? role.entry.id, ...(country ? { country } : {}), ...(region ? { region } : {}) };

      // "den Chef der rechtsradikalen Anti-Islam-Bewegung Martin Konvička": a genitive of the body may stand between
      // the role and the name.
      // "US-Außenminister #Kerry": in a post the name may come as a hashtag.
      const hashtag = words[index + 1] === '#' && tokens[index + 2]?.sentence === token.sentence && tokens[index + 2].start === tokens[index + 1].end;
      const afterRole = hashtag ? index + 2 : index + 1;
      const genitiveEnd = nameAfter(tokens, words, afterRole, sentence.tokenEnd, lexicons) > afterRole ? afterRole : bodyGenitiveBeforePerson(tokens, words, index + 1, sentence.tokenEnd, lexicons);
      const nameEnd = nameAfter(tokens, words, genitiveEnd, sentence.tokenEnd, lexicons);
      if (nameEnd > genitiveEnd && !isPossessorAfterRole(doc, determiner, genitiveEnd, nameEnd, lexicons) && !isStrongPluralPhrase(tokens, index, qualifier.phraseStart, determiner, title, lexicons) && !isCommonNounAfterRole(tokens, genitiveEnd, nameEnd, lexicons)) {
        const info: RoleInfo = { ...roleInfo, ...(genitiveEnd > afterRole ? { ofBody: true } : {}) };
        candidates.push(appositionCandidate(doc, info, qualifier.phraseStart, genitiveEnd === afterRole ? index + 1 : genitiveEnd, genitiveEnd, nameEnd, 0.9));
        index = nameEnd - 1;
        continue;
      }
      // "Der polnische Gewerkschaftsführer, spätere Präsident und Friedensnobelpreisträger Lech Walesa": after a comma,
      // more titles of the same person, joined by commas or "und", lead to the name they all stand before.
      // A nominative singular only: "vor den Abgeordneten, Regierungsmitgliedern und Bundespräsident X" lists groups.
      const singularNominative = determiner === 'der' ? !isFeminineRole(role) : determiner === 'die' && isFeminineRole(role);
      const listed = qualifier.definite && singularNominative ? holderAfterTitles(tokens, words, index + 1, sentence.tokenEnd, lexicons) : undefined;
      if (listed) {
        candidates.push(appositionCandidate(doc, roleInfo, qualifier.phraseStart, index + 1, listed.nameStart, listed.nameEnd, 0.85));
        index = listed.nameEnd - 1;
        continue;
      }
      // "Die Sprecherin des chinesischen Außenministeriums, Mao Ning, …": the holder named after the body's phrase and a
      // comma.
      const afterComma = qualifier.definite ? holderAfterComma(tokens, words, index + 1, sentence.tokenEnd, lexicons) : undefined;
      if (afterComma) {
        // A body's role takes no country of the article's; a place's office ("der Bürgermeister von Palermo") may.
        const info: RoleInfo = { ...roleInfo, ...(roleInfo.country || !afterComma.country ? {} : { country: afterComma.country }), ...(afterComma.ofPlace ? {} : { ofBody: true }) };
        candidates.push(appositionCandidate(doc, info, qualifier.phraseStart, afterComma.comma, afterComma.comma + 1, afterComma.nameEnd, 0.85));
        index = afterComma.nameEnd - 1;
        continue;
      }
      // A definite description of a person by role: only when something says whose role it is, or when it stands in
      // apposition right after a name ("Ana Lopes, die Außenministerin, …"), where linking gives it to that name.
      const afterNameComma = qualifier.phraseStart >= sentence.tokenStart + 2 && tokens[qualifier.phraseStart - 1].text === ',' && isCapitalised(tokens[qualifier.phraseStart - 2].text);
      // "Die EU-Innenminister sind zufrieden": after "die", a title that is no woman's is a plural, a group.
      // "den Senatoren", "den Ministern", "die Ministerinnen": a form only a plural has is a group too.
      const plural = (determiner === 'die' && !isFeminineRole(role) && !(adjectival && token.text.endsWith('e'))) || hasPluralEnding(token.text);
      // "beim Treffen der EU-Innenminister": "der" and a masculine title after a common noun is a genitive plural (one
      // man's would be "des …ministers").
      const beforePhrase = tokens[qualifier.phraseStart - 1];
      const genitivePlural =
        determiner === 'der' &&
        !isFeminineRole(role) &&
        !adjectival &&
        qualifier.phraseStart - 1 >= sentence.tokenStart &&
        isCapitalised(beforePhrase.text) &&
        lexicons.isNounOrCompound(beforePhrase.text) &&
        !lexicons.matchRole(beforePhrase.text);
      if (plural || genitivePlural) continue;
      // "Er wäre gesündester US-Präsident aller Zeiten", "wurde 2017 US-Präsident": a role without an article after "sein"
      // or "werden" (adjectives or a year between) says what someone is or would be, and names no holder.
      if (!qualifier.definite && isPredicative(tokens, qualifier.phraseStart, sentence, lexicons)) continue;
      const owned = qualifier.definite && !fromModifier.organisation ? ownedRoleOfGenitive(tokens, index, sentence, title, lexicons) : undefined;
      if (((country || fromModifier.organisation) && (qualifier.definite || role.modifier)) || (afterNameComma && qualifier.definite)) {
        const span = spanOfTokens(doc, qualifier.phraseStart, index + 1);
        candidates.push({
          source: 'role-pattern',
          packRank: 0,
          mention: {
            ...span,
            label: 'PER',
            kind: 'role',
            sentence: token.sentence,
            tokenStart: qualifier.phraseStart,
            tokenEnd: index + 1,
            rule: 'role-description',
            role: roleInfo,
            confidence: 0.8,
          },
        });
      } else if (isHeadlineRole(tokens, index, qualifier.phraseStart, sentence, doc)) {
        // "Bundespräsident traf Merkel und Gauck": a bare role noun opening the headline names the holder the article
        // introduces after it; linking looks forward for that person.
        const span = spanOfTokens(doc, index, index + 1);
        candidates.push({
          source: 'role-pattern',
          packRank: 0,
          mention: { ...span, label: 'PER', kind: 'role', sentence: token.sentence, tokenStart: index, tokenEnd: index + 1, rule: 'headline-role', role: roleInfo, confidence: 0.6 },
        });
      } else if (owned && isAnaphoricRole(tokens, index, qualifier.phraseStart, sentence, role, lexicons, true)) {
        // "Der Vorsitzende der Partei …" takes up the "Parteichef" named before: the title with the genitive's noun is
        // a role of its own (roles.jsonl), whose holder the article may have named.
        const span = spanOfTokens(doc, qualifier.phraseStart, owned.end);
        candidates.push({
          source: 'role-pattern',
          packRank: 0,
          mention: { ...span, label: 'PER', kind: 'role', sentence: token.sentence, tokenStart: qualifier.phraseStart, tokenEnd: owned.end, rule: 'role-anaphor', role: { title: owned.role.title, roleId: owned.role.entry.id, ...(country ? { country } : {}) }, confidence: 0.6 },
        });
        index = owned.end - 1;
      } else if (qualifier.definite && !fromModifier.organisation && isAnaphoricRole(tokens, index, qualifier.phraseStart, sentence, role, lexicons)) {
        // "Im März will die Ministerin nach Tokio reisen": a definite role noun alone may take up a person named
        // before with that role or a more specific one ("Außenministerin"); linking resolves it or lets it go.
        const span = spanOfTokens(doc, qualifier.phraseStart, index + 1);
        candidates.push({
          source: 'role-pattern',
          packRank: 0,
          mention: { ...span, label: 'PER', kind: 'role', sentence: token.sentence, tokenStart: qualifier.phraseStart, tokenEnd: index + 1, rule: 'role-anaphor', role: roleInfo, confidence: 0.6 },
        });
      }
    }
  }
  candidates.push(...findCounterparts(doc, lexicons, candidates));
  return candidates;
}

/**
 * "Außenminister Kaarel Tamm empfing seinen litauischen Amtskollegen Vytautas Petraitis": a name after a counterpart
 * noun (grammar `counterpartNouns`) with a nationality adjective holds the office of the person whose role the
 * sentence or the one before named last, in the adjective's country (rule `counterpart-apposition`).
 */
function findCounterparts(doc: Doc, lexicons: CompiledLexicons, roleCandidates: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const tokens = doc.tokens!;
  const words = tokens.map((token) => token.text);
  for (const sentence of doc.sentences!) {
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      const sex = lexicons.grammar.counterpartNouns.get(tokens[index].text.toLowerCase());
      if (!sex || !isCapitalised(tokens[index].text)) continue;
      const qualifier = qualifierBefore(tokens, index, sentence, lexicons);
      if (!qualifier.country) continue;
      const office = officeNamedBefore(roleCandidates, tokens[index].sentence, qualifier.phraseStart);
      if (!office?.country || office.country === qualifier.country) continue;
      const title = titleOfSex(office.title, sex, lexicons);
      const nameEnd = nameAfter(tokens, words, index + 1, sentence.tokenEnd, lexicons);
      if (!title || nameEnd <= index + 1 || isCommonNounAfterRole(tokens, index + 1, nameEnd, lexicons)) continue;
      found.push(appositionCandidate(doc, { title, roleId: office.roleId, country: qualifier.country }, qualifier.phraseStart, index + 1, index + 1, nameEnd, 0.85, 'counterpart-apposition'));
      index = nameEnd - 1;
    }
  }
  return found;
}

/** The role of the person named last before `before`, in the sentence or the one before it. */
function officeNamedBefore(roleCandidates: readonly Candidate[], sentence: number, before: number): RoleInfo | undefined {
  let last: { tokenStart: number; role: RoleInfo } | undefined;
  for (const { mention } of roleCandidates) {
    const role = mention.appositiveRole ?? mention.role;
    if (!role || mention.tokenEnd > before || mention.sentence < sentence - 1 || (last && last.tokenStart > mention.tokenStart)) continue;
    last = { tokenStart: mention.tokenStart, role };
  }
  return last?.role;
}

/** A title as a man's or a woman's: "Außenminister" → "Außenministerin"; none where the role lexicon knows no such form. */
function titleOfSex(title: string, sex: 'm' | 'f', lexicons: CompiledLexicons): string | undefined {
  const feminine = title.endsWith('in') && lexicons.matchRole(title.slice(0, -2)) ? title : undefined;
  const masculine = feminine ? title.slice(0, -2) : title;
  const wanted = sex === 'f' ? (feminine ?? `${masculine}in`) : masculine;
  return lexicons.matchRole(wanted) ? wanted : undefined;
}

/** A role noun's plural ending no singular has: "Senatoren", "Ministern", "Ministerinnen". */
function hasPluralEnding(word: string): boolean {
  return /(?:oren|ern|innen)$/u.test(word);
}

/**
 * The definite article a possessive stands for by its ending ("seines" as "des", "ihrem" as "dem", bare "sein" as
 * "der"); any other determiner as it is.
 */
function articleOf(determiner: string, lexicons: CompiledLexicons): string {
  if (!lexicons.grammar.possessiveDeterminers.has(determiner)) return determiner;
  const ending = /(es|em|en|er|e)$/.exec(determiner)?.[1];
  // "sein", "ihr", and "unser", "euer", whose -er is their stem's, are the bare (nominative) form.
  if (ending === undefined || determiner === 'unser' || determiner === 'euer') return 'der';
  return { es: 'des', em: 'dem', en: 'den', er: 'der', e: 'die' }[ending]!;
}

/**
 * Whether the role noun opens the article's first sentence, its headline, bare (no article, country or adjective) and
 * before a finite verb of the singular ("Kanzler fordert …", "Bundespräsident traf …"; not "Ermittler gehen …").
 */
function isHeadlineRole(tokens: readonly Token[], roleIndex: number, phraseStart: number, sentence: Sentence, doc: Doc): boolean {
  if (sentence !== doc.sentences![0] || roleIndex !== sentence.tokenStart || phraseStart !== roleIndex) return false;
  const next = tokens[roleIndex + 1]?.text ?? '';
  return roleIndex + 1 < sentence.tokenEnd && /^\p{Ll}+$/u.test(next) && !next.endsWith('en');
}

/**
 * Whether a definite role noun with no name, country or organisation can take up one person: singular ("die
 * Ministerin", "der Präsident", "dem Minister"; not the plural "die Minister") and not followed by a genitive or
 * von-phrase that makes it another body's office.
 */
/**
 * The role a title makes with the noun of the genitive right after it, where roles.jsonl lists that compound: "der
 * Vorsitzende [der Partei]" is a "Parteivorsitzender", "der Chef [der Regierung]" a "Regierungschef"; with the token the
 * genitive ends at. Undefined for any other genitive ("der Präsident des Verbands" is someone else's).
 */
function ownedRoleOfGenitive(tokens: readonly Token[], roleIndex: number, sentence: Sentence, title: string, lexicons: CompiledLexicons): { role: RoleMatch; end: number } | undefined {
  const nounIndex = roleIndex + 2;
  if (nounIndex >= sentence.tokenEnd || !lexicons.grammar.genitiveDeterminers.has(tokens[roleIndex + 1].text.toLowerCase())) return undefined;
  const noun = tokens[nounIndex].text;
  if (!isCapitalised(noun) || noun.includes('-') || !lexicons.commonNouns.has(noun)) return undefined;
  for (const stem of [noun, noun.replace(/e?s$/, '')]) {
    const role = lexicons.matchRole(stem + title.toLowerCase());
    if (role && role.title.toLowerCase() === (stem + title).toLowerCase()) return { role, end: nounIndex + 1 };
  }
  return undefined;
}

function isAnaphoricRole(tokens: readonly Token[], roleIndex: number, phraseStart: number, sentence: Sentence, role: RoleMatch, lexicons: CompiledLexicons, ownedByGenitive = false): boolean {
  if (phraseStart >= roleIndex) return false;
  // A genitive or a von-phrase after it makes it someone else's role: "der Präsident des Verbands", "die Chefin von X"
  // (unless the genitive makes a compound title, `ownedRoleOfGenitive`).
  const next = roleIndex + 1 < sentence.tokenEnd ? tokens[roleIndex + 1].text : '';
  // A capitalised word after it is the name it introduces, unless the lists know it as a place ("in dem der Diplomat
  // Warschau … vorwarf": the object).
  const listedPlace = isCapitalised(next) && (lexicons.matchPhrase([next], 0)?.targets.some((target) => target.place !== undefined) ?? false);
  if (!ownedByGenitive && (lexicons.grammar.genitiveDeterminers.has(next.toLowerCase()) || next === 'von' || next === 'vom' || (isCapitalised(next) && !listedPlace))) return false;
  const form = tokens[roleIndex].text;
  if (form.includes('-')) return false;
  const determiner = articleOf(tokens[phraseStart].text.toLowerCase(), lexicons);
  const feminine = isFeminineRole(role);
  const lowerForm = form.toLowerCase();
  const title = role.title.toLowerCase();
  if (feminine) return lowerForm === title && (determiner === 'die' || determiner === 'der' || determiner === 'zur');
  // Masculine: "der Minister" (not the genitive plural "der Regierungschefs"), "des Ministers", "dem/den Präsidenten".
  if (determiner === 'der') return lowerForm === title;
  if (determiner === 'des') return lowerForm !== title;
  return determiner !== 'die' && determiner !== 'das' && (lowerForm === title || lowerForm === title + 'n' || lowerForm === title + 'en');
}

/**
 * Descriptions of one person by a trait, with a definite article (grammar `personTraitNounEndings`): "Der 51-Jährige
 * erklärte seinen Rücktritt". Linking gives each to the person of its sex named last before it. The article and the
 * ending tell the sex: "der"/"die" before the nominative in -e, "dem"/"den"/"des" (masculine) or "der" (feminine)
 * before the form in -en; "die … -Jährigen" is a plural, a group.
 */
export function findTraitDescriptions(doc: Doc, lexicons: CompiledLexicons): Candidate[] {
  const endings = lexicons.grammar.personTraitNounEndings;
  if (endings.length === 0) return [];
  const tokens = doc.tokens!;
  const candidates: Candidate[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    // A noun, capitalised after its number too ("51-Jährige"); "51-jährige" is an adjective before one.
    if (!isCapitalised(token.text.slice(token.text.lastIndexOf('-') + 1)) || token.sentence !== tokens[index - 1].sentence) continue;
    const lower = token.text.toLowerCase();
    if (!endings.some((ending) => lower.endsWith(ending))) continue;
    // "der Dreißigjährige Krieg": before a capitalised word it is an adjective in a name.
    const next = tokens[index + 1];
    if (next && next.sentence === token.sentence && next.kind === 'word' && isCapitalised(next.text)) continue;
    const determiner = tokens[index - 1].text.toLowerCase();
    const sex = lower.endsWith('e') ? ({ der: 'm', die: 'f' } as const)[determiner as 'der'] : ({ dem: 'm', den: 'm', des: 'm', der: 'f' } as const)[determiner as 'der'];
    if (!sex) continue;
    const span = spanOfTokens(doc, index - 1, index + 1);
    candidates.push({
      source: 'role-pattern',
      packRank: 0,
      mention: { ...span, label: 'PER', kind: 'role', sentence: token.sentence, tokenStart: index - 1, tokenEnd: index + 1, rule: 'trait-description', sex, confidence: 0.6 },
    });
  }
  return [...candidates, ...findEpithets(doc, lexicons)];
}

/**
 * Epithets opening a sentence, also after a coordinator: "Der Republikaner warf dem Weißen Haus vor", "Die Schwedin
 * traf sich mit …", "Doch der Grüne beklagt …" (grammar
 * `epithetNouns`, and the demonyms of places.jsonl). Only as the sentence's subject, "Der" or "Die" first and a verb or
 * comma after the noun: "Der Republikaner Boehner" is a name with its party, "der Republikaner" elsewhere often their
 * genitive plural, "Die Republikaner" the party. A demonym carries its country, so that linking passes over a person
 * known to be of another.
 */
function findEpithets(doc: Doc, lexicons: CompiledLexicons): Candidate[] {
  const tokens = doc.tokens!;
  const candidates: Candidate[] = [];
  for (const sentence of doc.sentences ?? []) {
    // "Doch der Grüne beklagt …": a coordinator may open the sentence before the subject.
    const opener = sentence.tokenStart + (lexicons.grammar.coordinators.has(tokens[sentence.tokenStart]?.text.toLowerCase() ?? '') ? 1 : 0);
    const index = opener + 1;
    const determiner = opener > sentence.tokenStart ? capitaliseFirst(tokens[opener]?.text ?? '') : tokens[opener]?.text;
    const after = tokens[index + 1];
    if (index + 1 >= sentence.tokenEnd || (determiner !== 'Der' && determiner !== 'Die') || !(after.text === ',' || /^\p{Ll}/u.test(after.text))) continue;
    const word = tokens[index].text;
    const demonym = lexicons.demonym(word);
    const sex = demonym?.sex ?? (!lexicons.grammar.epithetNouns.has(word) ? undefined : word.endsWith('in') ? 'f' : word.endsWith('e') ? (determiner === 'Der' ? 'm' : 'f') : 'm');
    if (!sex || (sex === 'm') !== (determiner === 'Der')) continue;
    const span = spanOfTokens(doc, index - 1, index + 1);
    candidates.push({
      source: 'role-pattern',
      packRank: 0,
      mention: { ...span, label: 'PER', kind: 'role', sentence: tokens[index].sentence, tokenStart: index - 1, tokenEnd: index + 1, rule: 'epithet', sex, country: demonym?.country, confidence: 0.6 },
    });
  }
  return candidates;
}
