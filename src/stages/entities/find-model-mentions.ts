/**
 * Mentions from the statistical tagger (src/ner), per sentence. GermEval classes map to record labels
 * (OTH → MISC); derived forms ("französische", LOCderiv) and name parts ("Troia-Ausstellung") are not entities
 * themselves, so they are left out here. A single capitalised word the common-noun lexicon knows is dropped:
 * German capitalises every noun, and this is where the model errs most.
 */
import type { Doc, EntityLabel, Mention, Sentence, Token } from '../../doc/types.ts';
import { capitaliseFirst, isCapitalised, spanOfTokens } from '../../doc/spans.ts';
import type { NerModel } from '../../ner/index.ts';
import { extractChunks } from '../../ner/index.ts';
import type { Chunk } from '../../ner/chunk-score.ts';
import type { CompiledLexicons, NameTypeClass } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';
import { loadEnglishWords } from '../../lexicon/english-words.ts';
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';
import { announcesCompany, isClosedClassWord, isPlaceKindCompound, isPlaceKindNoun } from '../../rules/name-forms.ts';
import { isAgeAdjective, isCount } from './find-gazetteer-mentions.ts';
import { isInDateline } from '../../doc/dateline.ts';
import { isMatchReportSentence } from '../../doc/sports-sentence.ts';

/** The confidence given to model mentions when marginals are not computed: its measured precision on GermEval is about this. */
const fixedModelConfidence = 0.75;

/**
 * Sentences at an article's opening (headline, teaser, the body's first sentence) in which a name before the dash of a
 * dateline is the place the report comes from; a match list's sentences further on open with pairings ("St. Louis Blues
 * – Colorado Avalanche 1:3").
 */
const datelineSentences = 4;

/**
 * Whether a sentence has a word the rules left open that could be part of a name: capitalised, not a known noun,
 * not a closed-class word, not inside a mention the rules are sure of; or a word that ends events' names (grammar
 * `eventNameWords`: "auf der Tokyo Motor Show", whose place the rules know). Sentences without one are not tagged:
 * the model could only add what the rules already found or mistake a noun for a name, at most of its cost.
 */
export function hasOpenNameCandidate(doc: Doc, sentence: Sentence, lexicons: CompiledLexicons, ruleCovered: Uint8Array): boolean {
  const tokens = doc.tokens!;
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const token = tokens[index];
    if (ruleCovered[index] || (token.kind !== 'word' && token.kind !== 'abbreviation')) continue;
    const word = token.text;
    // "al-Shabaab", "ad-Dawla": a name particle joined by a hyphen to a capitalised word opens a name.
    if (lexicons.grammar.isHyphenatedNamePart(word)) return true;
    if (!isCapitalised(word) || lexicons.grammar.nonNameWords.has(word) || isClosedClassWord(word, lexicons)) continue;
    if (lexicons.isNounOrCompound(word) && !lexicons.grammar.eventNameWords.has(word)) continue;
    return true;
  }
  return false;
}

const labelOfClass: Record<string, EntityLabel | undefined> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'MISC' };

/**
 * Where a person's name within `[start, end)` ends: before the first lower-case word that is not one of a run of
 * name particles leading to a name part ("Nienke van der Marel", "Ali bin al-Hussein").
 */
export function personNameEnd(words: readonly string[], start: number, end: number, lexicons: CompiledLexicons): number {
  const isNamePart = (word: string) => isCapitalised(word) || !/^\p{Ll}/u.test(word) || lexicons.grammar.isHyphenatedNamePart(word);
  for (let index = start + 1; index < end; index++) {
    if (isNamePart(words[index])) continue;
    let next = index;
    while (next < end && lexicons.grammar.nameParticles.has(words[next])) next++;
    if (next === index || next >= end || !isNamePart(words[next])) return index;
    index = next;
  }
  return end;
}

/**
 * Where a tagged name within `[start, end)` ends: a person's at `personNameEnd`; and no name ends in a lower-case word
 * ("Organisation Attac scharf", "Institut für"), where the tagger ran on or stopped short. Particles joined by a hyphen
 * ("al-Assad") and words with a capital inside ("dAzur") are name parts.
 */
/** Whether the words are a country's demonym, written with a space for its hyphen too, in any case ("Costa Ricanern"). */
function isDemonym(words: readonly string[], lexicons: CompiledLexicons): boolean {
  const joined = words.join('-');
  return [joined, joined.replace(/n$/, ''), joined.replace(/en$/, '')].some((form) => lexicons.demonym(form) !== undefined);
}

/**
 * Where a compound of a noun for a kind of place stands in a tagged name's opening, past place adjectives in -er
 * ("Pariser"), with a capitalised word after it: "Grenzstadt Fakola", "Pariser Prachtboulevard Champs-Elysees".
 */
function placeKindCompoundAt(words: readonly string[], start: number, end: number, lexicons: CompiledLexicons): number | undefined {
  let index = start;
  while (index < end - 2 && /er$/u.test(words[index]) && (lexicons.cityOfAdjective(words[index]) || lexicons.adjectiveCountry(words[index]))) index++;
  return index < end - 1 && isPlaceKindCompound(words[index], lexicons) && /^\p{Lu}/u.test(words[index + 1]) ? index : undefined;
}

/** The record label of each name-type class (name-types.json): GermEval's OTH is the record's MISC. */
const labelOfNameType: Record<NameTypeClass, EntityLabel> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', OTH: 'MISC' };

/**
 * The label a noun right before a name announces where the tagger gave it another ("die Wohltätigkeitsorganisation
 * Glide", "die Raumsonde Rosetta", "die Zeitung The Guardian"): a noun of one class only (name-types.json), not a
 * person's ("Tochter Unicredit" is a company's), for an organisation or other name of the tagger's. Not for a person it
 * found, which its given name and role nouns tell better (but see `announcesCompany`), nor for a place: after an institution's noun that is where
 * the institution is ("das Landesgericht Korneuburg", "die Universität Wien"); nor for a name the lists know. The
 * noun is a word the tagger calls no name ("Spielbergs Thriller …" is no mountain's).
 */
function labelAnnouncedBefore(noun: string, chunkWords: readonly string[], label: EntityLabel, lexicons: CompiledLexicons): EntityLabel {
  if (lexicons.matchPhrase(chunkWords, 0)) return label;
  // A lone surname after a company's noun is the firm named after its founder: "der Drogeriemarktkette Schlecker".
  // After a noun for a kind of place, a name without a listed given name is the place: "des Landesteils Republika Srpska".
  if (label === 'PER' && isPlaceKindNoun(noun, lexicons) && !loadFirstNames().has(chunkWords[0])) return 'LOC';
  if (label === 'PER') return chunkWords.length === 1 && announcesCompany(noun, lexicons) ? 'ORG' : label;
  if (label !== 'ORG' && label !== 'MISC') return label;
  return announcedClass(noun, lexicons) ?? label;
}

/** The record label a noun of one class, not a person's, announces for a name after it (name-types.json). */
function announcedClass(noun: string, lexicons: CompiledLexicons): EntityLabel | undefined {
  const classes = lexicons.nameTypeOf(noun);
  if (!classes || classes.size !== 1 || classes.has('PER')) return undefined;
  return labelOfNameType[[...classes][0]];
}

/** The label of a name after "wie" and a noun of one class (see the caller). */
function labelOfExample(noun: string, chunkWords: readonly string[], label: EntityLabel, lexicons: CompiledLexicons): EntityLabel {
  if (!/^\p{Lu}/u.test(noun) || lexicons.matchPhrase(chunkWords, 0)) return label;
  const classes = lexicons.nameTypeOf(noun);
  if (!classes || classes.size !== 1) return label;
  const announced = labelOfNameType[[...classes][0]];
  // "Quellen wie Foursquare": a noun of places with another sense makes no organisation a place.
  return announced === 'LOC' && label === 'ORG' ? label : announced;
}

/** A web address or a handle: "pic.twitter.com/b4ru1rM4Vc", "http://t.co/x", "@textautomat". No part of a name. */
function looksLikeAddress(word: string): boolean {
  return /^(?:https?:|www\.|@\w)|^[\w-]+(?:\.[\w-]+)+\//u.test(word);
}

export function nameChunkEnd(words: readonly string[], start: number, end: number, label: EntityLabel, lexicons: CompiledLexicons): number {
  let nameEnd = label === 'PER' ? personNameEnd(words, start, end, lexicons) : end;
  // "(59, Breaking Bad)": a bracket the name does not open, or a comma or colon, ends no name.
  const strayPunctuation = (word: string) => /^[,;:(\[]$/u.test(word) || ((word === ')' || word === ']') && !words.slice(start, nameEnd - 1).includes(word === ')' ? '(' : '['));
  while (nameEnd - start > 1 && ((/^\p{Ll}+$/u.test(words[nameEnd - 1]) && !lexicons.grammar.isHyphenatedNamePart(words[nameEnd - 1])) || strayPunctuation(words[nameEnd - 1]) || looksLikeAddress(words[nameEnd - 1]))) nameEnd--;
  return nameEnd;
}

/** Whether the word at `index` heads a noun phrase that an article or a possessive opens (see the caller). */
function headsNounPhrase(words: readonly string[], index: number, lexicons: CompiledLexicons): boolean {
  const { determinerCases, possessiveDeterminers } = lexicons.grammar;
  const lower = (offset: number) => words[index - offset]?.toLowerCase() ?? '';
  const adjectiveBefore = looksLikeInflectedAdjective(words[index - 1] ?? '');
  if (lexicons.isNounOrCompound(words[index])) return (adjectiveBefore && (determinerCases.has(lower(2)) || possessiveDeterminers.has(lower(2)))) || determinerCases.has(lower(1)) || possessiveDeterminers.has(lower(1));
  // "der angeklagte Francis Lustig", "des legendären Friedl Koncilia": after an article and an adjective, a word no
  // list knows is as often a given name; after a possessive it is not.
  return possessiveDeterminers.has(lower(1)) || (adjectiveBefore && possessiveDeterminers.has(lower(2)));
}

/** A known noun, or a compound whose part after the last hyphen is one ("Twitter-Statement"). */
function isNounOrHyphenCompound(word: string, lexicons: CompiledLexicons): boolean {
  return lexicons.commonNouns.has(word) || (word.includes('-') && lexicons.commonNouns.has(word.slice(word.lastIndexOf('-') + 1)));
}

/** Whether the token opens its sentence or follows a colon or a dash. */
function opensStatement(tokens: Doc['tokens'] & object, index: number): boolean {
  const before = tokens[index - 1];
  return !before || before.sentence !== tokens[index].sentence || before.text === ':' || before.text === '–' || before.text === '—';
}

/**
 * Whether a word is the genitive of a given name rather than a name itself: "Ayshas" where the article also names
 * "Aysha", or the given-name list has "Peter" but not "Peters". "Thomas" is a name of its own.
 */
export function isGenitiveOfName(word: string, doc: Doc): boolean {
  if (word.length < 4 || !word.endsWith('s') || !isCapitalised(word)) return false;
  const stem = word.slice(0, -1);
  const firstNames = loadFirstNames();
  if (firstNames.has(word)) return false;
  return firstNames.has(stem) || doc.tokens!.some((token) => token.text === stem);
}

/** A weekday or month joined with a time of day (grammar `timeNouns`, `timeWords`): "Mittwochfrüh", "Freitagabend". */
function isDayTimeCompound(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  for (const time of lexicons.grammar.timeNouns) {
    if (lower.length > time.length && lower.startsWith(time) && lexicons.grammar.timeWords.has(lower.slice(time.length))) return true;
  }
  return false;
}

/**
 * Where a place's name ends that goes on from `end` over a link word and the name of a river, lake or region ("Bruck"
 * + "an der Leitha"): that name is one capitalised word that no noun, place, nationality or city list knows, and no
 * capitalised word follows it ("London am Imperial College" stays London). `end` itself otherwise.
 */
function endOfLinkedPlaceName(words: readonly string[], end: number, lexicons: CompiledLexicons): number {
  for (const link of lexicons.grammar.placeNameLinks) {
    if (!link.every((part, offset) => words[end + offset] === part)) continue;
    const position = end + link.length;
    const word = words[position];
    if (word === undefined || !/^\p{Lu}\p{Ll}+$/u.test(word) || /^\p{Lu}/u.test(words[position + 1] ?? '')) return end;
    if (lexicons.isNounOrCompound(word) || lexicons.matchPhrase([word], 0) || lexicons.adjectiveCountry(word) || lexicons.cityOfAdjective(word) || lexicons.grammar.nonNameWords.has(word)) return end;
    return position + 1;
  }
  return end;
}

/**
 * Whether a word the tagger calls a place is a listed place's adjective or demonym in -er (-erin, -ern), which names no place:
 * "in Kärntner Anzügen", "der Villacher Eishockey-Stürmer", "die Südtiroler Spitzenpolitik". The place is the
 * word without -er, or with -en or -o for it, or -n for -en ("Villacher" → Villach, "Trentiner" → Trentino,
 * "Kärntner" → Kärnten). A listed place that ends in -er ("Trier", "Hannover") is itself.
 */
function isPlaceDerivation(written: string, lexicons: CompiledLexicons, front: readonly string[] = []): boolean {
  // A demonym's feminine or dative plural: "Niederösterreicherin", "Niederösterreicherinnen", "Kärntnern".
  const word = written.replace(/erin(?:nen)?$/, 'er').replace(/ern$/, 'er');
  if (!word.endsWith('er') || word.length < 5 || lexicons.matchPhrase([...front, written], 0)?.length === front.length + 1) return false;
  if (front.length === 0 && lexicons.cityOfAdjective(word)) return true;
  const stem = word.slice(0, -2);
  const places = [stem, `${stem}en`, `${stem}o`, ...(stem.endsWith('n') ? [`${stem.slice(0, -1)}en`] : [])];
  // A name of several words derives from its last: "St. Pöltner" is of St. Pölten.
  return places.some((place) => {
    const match = lexicons.matchPhrase([...front, place], 0);
    return match !== undefined && match.length === front.length + 1 && match.targets.some((target) => target.place !== undefined);
  });
}

/**
 * "Daily Mail & General Trust", "Saatchi & Saatchi Geneva": a chunk the tagger ends at or before an ampersand, and the
 * capitalised words after it, are one organisation's name. Not two persons ("Sarah Brugner & Michael Luger"), nor a
 * chunk and common words ("Google & Co.").
 */
export function joinedAtAmpersand(chunks: readonly Chunk[], words: readonly string[]): Chunk[] {
  const joined: Chunk[] = [];
  for (let position = 0; position < chunks.length; position++) {
    const chunk = chunks[position];
    const ampersand = words[chunk.end - 1] === '&' ? chunk.end - 1 : words[chunk.end] === '&' ? chunk.end : -1;
    if (ampersand < 0 || chunk.entityClass === 'PER') {
      joined.push(chunk);
      continue;
    }
    // The rest of the name: the next chunk if it starts within two capitalised words after the ampersand, else the
    // capitalised words themselves.
    let end = ampersand + 1;
    while (end < words.length && end <= ampersand + 2 && /^\p{Lu}\p{L}*$/u.test(words[end])) end++;
    const next = chunks[position + 1];
    if (next && next.start > ampersand && next.start <= end) {
      end = Math.max(end, next.end);
      position++;
    }
    if (end === ampersand + 1) {
      joined.push({ ...chunk, end: ampersand });
      continue;
    }
    joined.push({ entityClass: 'ORG', start: chunk.start, end });
  }
  return joined;
}

/**
 * With `minimumConfidence` set, per-token marginal probabilities are computed (forward–backward, about six times
 * slower than Viterbi alone) and weak mentions dropped; without it, every Viterbi chunk counts with a fixed confidence.
 */
/** Whether the word stands somewhere with no capitalised word on either side: "sagte Newton.", not "Death Metal". */
/** "Halal-Fleisch": a hyphenated word whose last part is a common noun that announces no organisation and is no institution. */
function endsInCommonNounCompound(word: string, lexicons: CompiledLexicons): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return false;
  const head = word.slice(hyphen + 1);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(head) && lexicons.commonNouns.has(head) && !lexicons.nameTypeOf(head)?.has('ORG') && !lexicons.matchInstitution(head) && !lexicons.grammar.organisationNameEnds.has(head);
}

/** Whether a noun names a kind of work, film, book or the like: a noun of other names only (name-types.json `OTH`). */
function isKindOfWork(noun: string, lexicons: CompiledLexicons): boolean {
  const classes = lexicons.nameTypeOf(noun);
  return classes !== undefined && classes.size === 1 && classes.has('OTH');
}

/**
 * Whether a word is one of events' names (grammar `eventNameWords`) or a compound that ends in one written in lower case
 * ("Supercup", "Filmfestival", "Halbmarathon"); not by an all-capital one ("EM" ends "System").
 */
export function endsInEventWord(word: string, lexicons: CompiledLexicons): boolean {
  if (lexicons.grammar.eventNameWords.has(word)) return true;
  for (const eventWord of lexicons.grammar.eventNameWords) {
    if (eventWord.length < 3 || eventWord === eventWord.toUpperCase()) continue;
    const ending = eventWord.toLowerCase();
    if (word.length > ending.length + 2 && word.endsWith(ending) && /^\p{Lu}/u.test(word)) return true;
  }
  return false;
}

/**
 * Whether an abbreviation in brackets right after `[start, end)` spells the initials of its capitalised words, or ends
 * in them (two at least): "Monte dei Paschi di Siena (MPS)", "Tamil Eelam (LTTE)".
 */
function abbreviatesName(words: readonly string[], start: number, end: number): boolean {
  const abbreviation = words[end] === '(' && words[end + 2] === ')' ? words[end + 1] : undefined;
  if (!abbreviation || !/^\p{Lu}{2,6}$/u.test(abbreviation)) return false;
  const initials = words.slice(start, end).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials.length >= 2 && abbreviation.endsWith(initials);
}

/**
 * Whether the chunk at `position`, two or three capitalised words no list knows, stands between two chunks the tagger
 * calls persons' that open with a listed given name, with only a comma or "und" between each.
 */
function isBetweenListedPersons(chunks: readonly Chunk[], position: number, words: readonly string[], lexicons: CompiledLexicons): boolean {
  const chunk = chunks[position];
  const own = words.slice(chunk.start, chunk.end);
  if (own.length < 2 || own.length > 3 || !own.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) || lexicons.matchPhrase(own, 0)) return false;
  const joins = (from: number, to: number) => to - from === 1 && (words[from] === ',' || lexicons.grammar.coordinators.has(words[from]));
  const person = (other: Chunk | undefined) => other?.entityClass === 'PER' && other.end - other.start >= 2 && loadFirstNames().has(words[other.start]);
  const before = chunks[position - 1];
  const after = chunks[position + 1];
  return person(before) && person(after) && joins(before.end, chunk.start) && joins(chunk.end, after.start);
}

/** Whether the sentence holds a lineup's marker before a colon (grammar `lineupMarkers`: "Ersatz:", "Es fehlen:"). */
function isLineupSentence(words: readonly string[], lexicons: CompiledLexicons): boolean {
  return words.some((word, index) => lexicons.grammar.lineupMarkers.has(word) && words[index + 1] === ':');
}

const listSeparators: ReadonlySet<string> = new Set([',', '–', '-', '/', ':']);

/** Whether `[start, end)`, one word no list knows, stands in a list of names: "," "–" "/" around it, a bracket after it. */
function inNameList(words: readonly string[], start: number, end: number, lexicons: CompiledLexicons): boolean {
  if (end - start !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(words[start]) || lexicons.matchPhrase([words[start]], 0)) return false;
  const after = words[end];
  return listSeparators.has(words[start - 1] ?? '') && (after === undefined || listSeparators.has(after) || after === '(' || after === '.' || /^\p{Lu}/u.test(after));
}

/** Whether the words are a listed given name, one or two name particles ("de", "van der") and a capitalised surname. */
function isGivenParticleSurname(words: readonly string[], lexicons: CompiledLexicons): boolean {
  if (words.length < 3 || words.length > 4 || !loadFirstNames().has(words[0]) || lexicons.matchPhrase(words, 0)) return false;
  const surname = words.at(-1)!;
  return words.slice(1, -1).every((word) => lexicons.grammar.nameParticles.has(word)) && /^\p{Lu}\p{Ll}+$/u.test(surname) && !lexicons.commonNouns.has(surname);
}

/**
 * Where the given name and surname ending `[start, end)` begin, when all words before them are common nouns or
 * adjectives (a place's in -er too: "Wiener"): "Wiener Biologin Theresa Lindmayr". Undefined when a list knows the
 * whole or a word before is no such word.
 */
function personEndingName(words: readonly string[], start: number, end: number, lexicons: CompiledLexicons): number | undefined {
  const given = end - 2;
  const surname = words[end - 1];
  // The word before the given name says what the person is: a noun with an ending of nouns for people (grammar
  // `personNounEndings`: "Biologin", "Fotograf", "Physiker"), so that "Lake Forest Academy" stays a school.
  if (!lexicons.grammar.hasPersonNounEnding(words[given - 1]) || !lexicons.commonNouns.has(words[given - 1])) return undefined;
  if (!loadFirstNames().has(words[given]) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(surname) || lexicons.isNounOrCompound(surname) || lexicons.matchPhrase(words.slice(start, end), 0)) return undefined;
  const describing = (word: string) => lexicons.commonNouns.has(word) || (lexicons.isNounOrCompound(word) && !loadFirstNames().has(word)) || lexicons.cityOfAdjective(word) !== undefined || lexicons.adjectiveCountry(word) !== undefined;
  return words.slice(start, given).every(describing) ? given : undefined;
}

/**
 * Whether `[start, end)` is a listed place and one capitalised word in -s after it that no list knows, an English plural
 * ("Atlanta Hawks", "Chicago Bulls", "Los Angeles Times").
 */
function isTeamOfPlace(words: readonly string[], start: number, end: number, lexicons: CompiledLexicons): boolean {
  const last = words[end - 1];
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || lexicons.isNounOrCompound(last) || lexicons.matchPhrase([last], 0) || loadFirstNames().has(last)) return false;
  const place = lexicons.matchPhrase(words.slice(start, end - 1), 0);
  return place !== undefined && place.length === end - 1 - start && place.targets.some((target) => target.source === 'place');
}

/** A hyphenated word whose last part, its genitive ending aside, is a noun of organisations' names only: "Südamerika-Verbandes". */
function organisationOfPlace(word: string, lexicons: CompiledLexicons): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 1) return false;
  const head = word.slice(hyphen + 1);
  return [head, head.replace(/e?s$/u, '')].some((form) => form.length > 3 && announcedClass(form, lexicons) === 'ORG');
}

/** A hyphenated word whose last part is a listed noun, in no compound, that names no kind of place and no institution. */
function isPlacesThing(word: string, lexicons: CompiledLexicons): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 1) return false;
  const head = word.slice(hyphen + 1);
  return /^\p{Lu}\p{Ll}{3,}$/u.test(head) && lexicons.commonNouns.has(head) && !lexicons.nameTypeOf(head)?.has('LOC') && !lexicons.matchInstitution(head);
}

/** A hyphenated word whose last part is a noun or compound noun that names no kind of name, no institution and no organisation's end. */
function isOwnedThing(word: string, lexicons: CompiledLexicons): boolean {
  const hyphen = word.lastIndexOf('-');
  // A single letter in front makes a brand ("T-Mobile").
  if (hyphen <= 1) return false;
  const head = word.slice(hyphen + 1);
  return /^\p{Lu}\p{Ll}{3,}$/u.test(head) && lexicons.isNounOrCompound(head) && !lexicons.nameTypeOf(head) && !lexicons.matchInstitution(head) && !lexicons.grammar.organisationNameEnds.has(head) && !lexicons.grammar.eventNameWords.has(head);
}

/** A match minute ("62.") as a sports result gives it: "Name (62.)", "Name (62./Elfmeter)", "(87. Name)". */
function besideMatchMinute(words: readonly string[], start: number, end: number): boolean {
  const minute = (word: string | undefined) => word !== undefined && /^\d{1,3}\.$/.test(word);
  const after = words[end] === '(' && minute(words[end + 1]) && [')', '/', ','].includes(words[end + 2] ?? '');
  const before = minute(words[start - 1]) && words[start - 2] === '(' && words[end] === ')';
  return after || before;
}

/** A Roman numeral up to 89, as editions and rulers are counted ("XXXI", "III"); not "CCC" or "LLI", which are names. */
function isRomanNumeral(word: string): boolean {
  return word.length > 0 && /^L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(word);
}

/** Whether the word stands somewhere right after a capitalised word, as a surname after a given name does. */
function followsName(tokens: readonly Token[], word: string): boolean {
  return tokens.some((token, index) => token.text === word && index > 0 && tokens[index - 1].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[index - 1].text) && tokens[index - 1].sentence === token.sentence);
}

function standsAlone(tokens: readonly Token[], word: string): boolean {
  const capitalisedWord = (token: Token | undefined) => token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
  return tokens.some((token, index) => token.text === word && !capitalisedWord(tokens[index - 1]) && !capitalisedWord(tokens[index + 1]));
}

/** A dash standing alone between words: "Walke – Schwegler", "The Revenant – Der Rückkehrer". */
const spacedDash = /^[-–—]$/;

/**
 * The tagger's tags for a sentence's words. A name the tagger runs over a dash standing alone is mostly two or more: a
 * team sheet's "Walke – Schwegler", a pairing's "Utah Jazz – Golden State Warriors", a film's "The Revenant – Der
 * Rückkehrer"; the tagger, which rarely read such a dash, joins them into one. Those words are tagged again with a comma
 * for each such dash, which separates list items in the data the tagger learned from, and keep the names of two words or
 * more that this finds; a single word there (a team sheet's surname, which the tagger types at random once alone) is
 * left to the rules, unless it is a dateline's place. The sentence's other words keep their tags.
 */
function tagAcrossDashes(words: readonly string[], model: NerModel, withScores: boolean): { tags: string[]; confidences?: number[] } {
  const tagged = withScores ? model.tagWithScores(words) : { tags: model.tag(words), confidences: undefined };
  // "Swete –", "Point Break –": a dash at a name's end is none of its words.
  for (const chunk of extractChunks(tagged.tags)) if (chunk.end - chunk.start > 1 && spacedDash.test(words[chunk.end - 1])) tagged.tags[chunk.end - 1] = 'O';
  const crossing = extractChunks(tagged.tags).filter((chunk) => words.slice(chunk.start + 1, chunk.end - 1).some((word) => spacedDash.test(word)));
  if (crossing.length === 0) return tagged;
  const separated = words.map((word, index) => (spacedDash.test(word) && crossing.some((chunk) => index > chunk.start && index < chunk.end - 1) ? ',' : word));
  const retagged = withScores ? model.tagWithScores(separated) : { tags: model.tag(separated), confidences: undefined };
  const tags = [...tagged.tags];
  const confidences = tagged.confidences ? [...tagged.confidences] : undefined;
  for (const chunk of crossing) {
    tags.fill('O', chunk.start, chunk.end);
    for (const part of extractChunks(retagged.tags)) {
      const start = Math.max(part.start, chunk.start);
      const end = Math.min(part.end, chunk.end);
      // A dateline's one word stays: "Grosseto – Drei Tage nach …".
      const dateline = start === 0 && end === 1 && spacedDash.test(words[1] ?? '');
      if ((end - start < 2 && !dateline) || separated.slice(start, end).includes(',')) continue;
      for (let index = start; index < end; index++) {
        tags[index] = `${index === start ? 'B' : 'I'}-${part.entityClass}`;
        if (confidences && retagged.confidences) confidences[index] = retagged.confidences[index];
      }
    }
  }
  return { tags, confidences };
}

/** Whether an abbreviation of the name `[start, end)` follows it in brackets: "Oberste Gerichtshof (OGH)". */
function abbreviatedAfter(words: readonly string[], start: number, end: number): boolean {
  const inBrackets = words[end] === '(' ? words[end + 1] : undefined;
  return inBrackets !== undefined && /^\p{Lu}{2,}$/u.test(inBrackets) && inBrackets[0] === words[start][0];
}

export function findModelMentions(
  doc: Doc,
  model: NerModel,
  lexicons: CompiledLexicons,
  minimumConfidence: number | undefined,
  ruleCovered?: Uint8Array,
): Candidate[] {
  const candidates: Candidate[] = [];
  const tokens = doc.tokens!;
  for (const sentence of doc.sentences! as Sentence[]) {
    if (ruleCovered && !hasOpenNameCandidate(doc, sentence, lexicons, ruleCovered)) continue;
    const words = tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((token) => token.text);
    if (words.length === 0) continue;
    const { tags, confidences } = tagAcrossDashes(words, model, minimumConfidence !== undefined);
    // The class a noun announced for the last name of a list so far ("aus den Filmen Blade Runner, Full Metal Jacket
    // und Apocalypse Now"), and where that name ends.
    let listed: { end: number; label: EntityLabel } | undefined;
    const sentenceChunks = joinedAtAmpersand(extractChunks(tags), words);
    const lineupSentence = isLineupSentence(words, lexicons);
    for (let [position, chunk] of sentenceChunks.entries()) {
      let label = labelOfClass[chunk.entityClass];
      if (!label) continue;
      // "Stefanie Sargnagel, Barbara Markovic, Fiston Mwanza Mujila, Johannes Schrettle": a name of plain words between
      // two persons' names of the tagger's in one list, joined by commas or "und", is a person's too.
      if (label !== 'PER' && isBetweenListedPersons(sentenceChunks, position, words, lexicons)) label = 'PER';
      // "Owlchemy Labs", "Homeboy Industries": a name ending in a word of organisations' names is no person's.
      // Of two words or more: "Royals" alone are people ("Prominente und Royals").
      // So is one the tagger calls a place's or another name ("New Jersey Devils", "Tampa Bay Lightning"), but a title
      // with a lower-case word ("Assassin of Kings").
      const lowerCaseInside = words.slice(chunk.start, chunk.end).some((word) => /^\p{Ll}/u.test(word));
      if (label !== 'ORG' && !(label === 'MISC' && lowerCaseInside) && chunk.end - chunk.start >= 2 && lexicons.grammar.organisationNameEnds.has(words[chunk.end - 1]) && lexicons.matchPhrase(words.slice(chunk.start, chunk.end), 0)?.length !== chunk.end - chunk.start) label = 'ORG';
      // "mit den Atlanta Hawks": a listed town followed by an English plural is a team, whatever class the tagger gave.
      if (label === 'LOC' && chunk.end - chunk.start >= 2 && isTeamOfPlace(words, chunk.start, chunk.end, lexicons)) label = 'ORG';
      // "Australian Open", "Copa America", "Sundance-Festival": a name that opens or ends in a word of events' names
      // (grammar `eventNameWords`) is an event's.
      const lastPart = words[chunk.end - 1].slice(words[chunk.end - 1].lastIndexOf('-') + 1);
      if (endsInEventWord(lastPart, lexicons) || lexicons.grammar.eventNameWords.has(words[chunk.start].split('-')[0])) label = 'MISC';
      // "ein Team um die Wiener Biologin Theresa Lindmayr": a name of another class that ends in a listed given name and a
      // surname, with only common nouns and adjectives before them, is that person's, the rest saying what the person is.
      const personAtEnd = label !== 'PER' && chunk.end - chunk.start >= 3 ? personEndingName(words, chunk.start, chunk.end, lexicons) : undefined;
      if (personAtEnd !== undefined) {
        chunk = { ...chunk, start: personAtEnd };
        label = 'PER';
      }
      // "Monte dei Paschi di Siena (MPS)", "Tamil Eelam (LTTE)": a name with its own abbreviation in brackets after it,
      // the initials of its capitalised words or their end, is an organisation's; a person's bracket holds a party's.
      // Not after a noun for a kind of place, which makes it a place ("des Landesteils Republika Srpska (RS)").
      if (label === 'PER' && abbreviatesName(words, chunk.start, chunk.end) && !(chunk.start > 0 && isPlaceKindNoun(words[chunk.start - 1], lexicons))) label = 'ORG';
      // "die Cecilia de Arce": a listed given name, name particles and a surname are a person's name, whatever class the
      // tagger gave it; a company named after a founder bears no particle ("Hugo Boss").
      if (label !== 'PER' && isGivenParticleSurname(words.slice(chunk.start, chunk.end), lexicons)) label = 'PER';
      // "im Lower Ninth", "ins Ernst Happel": a preposition joined with its article (grammar `placeContractions`) puts a
      // place after it; a person takes no article.
      if (label === 'PER' && chunk.start > 0 && lexicons.grammar.placeContractions.has(words[chunk.start - 1].toLowerCase())) label = 'LOC';
      // "St. Ives", "Bad Ischl": a name that opens with a word of places' names (grammar `placePrefixes`) is a place.
      if (label === 'PER' && chunk.end - chunk.start > 1 && lexicons.grammar.placePrefixes.has(words[chunk.start])) label = 'LOC';
      // "11.327 Zuschauer, SR Ouschan Tore: 1:0": a match report's title abbreviation (grammar `matchReportPersonTitles`)
      // opens no organisation's name but titles the person after it, named by the surname alone or after a given name;
      // the title confirms a lone surname as a person (rule `match-report-title`).
      const titled = chunk.end - chunk.start > 1 && lexicons.grammar.matchReportPersonTitles.has(words[chunk.start]) && /^\p{Lu}\p{Ll}/u.test(words[chunk.start + 1]) && isMatchReportSentence(doc, tokens[sentence.tokenStart].sentence, lexicons.sportsWords);
      if (titled) {
        const nameLength = loadFirstNames().has(words[chunk.start + 1]) && /^\p{Lu}\p{Ll}/u.test(words[chunk.start + 2] ?? '') ? 2 : 1;
        chunk = { ...chunk, start: chunk.start + 1, end: Math.min(chunk.end, chunk.start + 1 + nameLength) };
        label = 'PER';
      }
      // "Wann Pröll sein Amt zurücklegt": a word that opens sentences but never names is no part of the name after it.
      // A month or given name among those words stays ("Gauleiter August Eigruber"), and so does an article, which
      // opens titles ("Der Pate").
      const opener = words[chunk.start];
      const keepsOpener = lexicons.grammar.timeNouns.has(opener.toLowerCase()) || lexicons.grammar.determinerCases.has(opener.toLowerCase()) || loadFirstNames().has(opener);
      const placeKind = placeKindCompoundAt(words, chunk.start, chunk.end, lexicons);
      if (chunk.end - chunk.start > 1 && lexicons.grammar.nonNameWords.has(opener) && !keepsOpener) chunk = { ...chunk, start: chunk.start + 1 };
      // "Klagenfurt – Der Kärntner Landtag hat …", "Zum Vergleich: Das Nexus 6 …": an article opening a statement opens
      // the sentence's noun phrase, not a title, which a noun of kind or quotes announce ("Unter dem Titel Der Hexer").
      else if (chunk.end - chunk.start > 1 && lexicons.grammar.determinerCases.has(opener.toLowerCase()) && /^\p{Lu}/u.test(opener) && opensStatement(tokens, sentence.tokenStart + chunk.start)) chunk = { ...chunk, start: chunk.start + 1 };
      // "nahe der Grenzstadt Fakola", "die Mittelmeerinsel Giglio": a compound of a noun for a kind of place opening a
      // name the lists do not know as a whole says what the name after it is, a place, and is none of it; so are place
      // adjectives before it ("Der Pariser Prachtboulevard Champs-Elysees").
      else if (placeKind !== undefined && !keepsOpener && !lexicons.matchPhrase(words.slice(chunk.start, chunk.end), 0)) {
        chunk = { ...chunk, start: placeKind + 1 };
        if (label !== 'PER' || !loadFirstNames().has(words[chunk.start])) label = 'LOC';
      }
      // "Chefentwickler Shigeru Miyamoto": a person's name of three words or more opened by a common noun (a compound
      // one included) that is no given name opens with the noun of what the person is, which is no part of the name.
      else if (label === 'PER' && chunk.end - chunk.start >= 3 && /^\p{Lu}/u.test(opener) && lexicons.isNounOrCompound(opener) && !keepsOpener && !lexicons.matchPhrase([opener], 0)) chunk = { ...chunk, start: chunk.start + 1 };
      // "der Bäcker Huber", "ihr einstiger Mentor Sarkozy": so is the first of two words where an article or a possessive
      // before it makes it the head of a noun phrase: a known noun after either; a word no list knows (the lexicon
      // lacks "Mentor") after a possessive, which a person's name rarely takes.
      else if (label === 'PER' && chunk.end - chunk.start === 2 && /^\p{Lu}/u.test(opener) && !keepsOpener && !lexicons.matchPhrase([opener], 0) && headsNounPhrase(words, chunk.start, lexicons)) chunk = { ...chunk, start: chunk.start + 1 };
      // "Spielbergs Thriller Bridge of Spies": a noun of a kind of work (name-types.json, other names only) opening the
      // name says what the name after it is, and is none of it; not one joined to the next word by a lower-case one
      // ("Tour de France", "Hit n Run").
      else if (label !== 'PER' && chunk.end - chunk.start >= 2 && /^\p{Lu}/u.test(opener) && /^\p{Lu}/u.test(words[chunk.start + 1]) && !keepsOpener && lexicons.commonNouns.has(opener) && isKindOfWork(opener, lexicons) && !lexicons.matchPhrase(words.slice(chunk.start, chunk.end), 0)) {
        chunk = { ...chunk, start: chunk.start + 1 };
        label = 'MISC';
      }
      // "im Besitz von Kater Robby": so after a preposition, where a bare noun opens its phrase.
      else if (label === 'PER' && chunk.end - chunk.start === 2 && chunk.start > 0 && lexicons.grammar.prepositions.has(words[chunk.start - 1]) && lexicons.commonNouns.has(opener) && !keepsOpener && !lexicons.matchPhrase([opener], 0)) chunk = { ...chunk, start: chunk.start + 1 };
      // "im Journal of Experimental Psychology": an English name the tagger began after its linking word begins with the
      // capitalised words before that word.
      if (label !== 'PER' && chunk.start >= 2 && (words[chunk.start - 1] === 'of' || words[chunk.start - 1] === 'for') && /^\p{Lu}\p{Ll}/u.test(words[chunk.start - 2])) {
        let start = chunk.start - 2;
        while (start > 0 && chunk.start - start < 5 && /^\p{Lu}\p{Ll}/u.test(words[start - 1]) && !lexicons.grammar.determinerCases.has(words[start - 1].toLowerCase()) && loadEnglishWords().has(words[start - 1].toLowerCase())) start--;
        chunk = { ...chunk, start };
      }
      const tokenStart = sentence.tokenStart + chunk.start;
      // A person's name ends before a lower-case word that is no name particle ("Maria es formulierte" → "Maria").
      let chunkEnd = nameChunkEnd(words, chunk.start, chunk.end, label, lexicons);
      // "Zivilrechtlich wird Gudenus von Christandl geklagt", "die Tore von Kalinic": a person's name with "von" opens with
      // a given name ("Werner von Moltke"); after another word "von" opens the phrase of whom or what it is.
      if (label === 'PER') {
        const von = words.slice(chunk.start + 1, chunkEnd).findIndex((word) => word === 'von' || word === 'vom');
        if (von >= 0 && !loadFirstNames().has(words[chunk.start])) chunkEnd = chunk.start + 1 + von;
      }
      // "konnte Katzian Mittwochfrüh nicht bestätigen": a weekday's or month's time of day after a person's name is no
      // part of it (a bare "Sommer" or "Freitag" may be a surname, and "Maire" is no "Mai").
      while (label === 'PER' && chunkEnd - chunk.start > 1 && isDayTimeCompound(words[chunkEnd - 1], lexicons)) chunkEnd--;
      // "Ayshas Mann befindet sich in Berlin", "Petrys Twitter-Statement": a name's genitive before a noun is the
      // possessor, the noun no surname; so before a word with an abstract noun's ending ("Salzborns Absetzung") or a
      // compound of nouns ("Von Kempelens Ingenieurskunst").
      const possessed = words[chunkEnd - 1];
      if (label === 'PER' && chunkEnd - chunk.start >= 2 && (lexicons.isNounOrCompound(possessed) || isNounOrHyphenCompound(possessed, lexicons) || lexicons.grammar.hasAbstractNounEnding(possessed)) && isGenitiveOfName(words[chunk.start], doc)) chunkEnd = chunk.start + 1;
      // "Bruck an der Leitha", "Spital am Semmering": a town's name goes on over a word that links it to its river or
      // region (grammar `placeNameLinks`) and one capitalised word no list knows.
      if (label === 'LOC') chunkEnd = endOfLinkedPlaceName(words, chunkEnd, lexicons);
      // "das Deutsche Zentrum für Luft- und Raumfahrt": a name whose last word is the front of a compound cut short
      // before a coordinator goes on over the coordinated word; a lone such front ("Mittel- und Nordeuropa", "Krisen-
      // und Kriegsgebiete") is no name, unless a list knows it ("FPÖ- und BZÖ-Konten").
      if (/\p{L}-$/u.test(words[chunkEnd - 1]) && lexicons.grammar.coordinators.has(words[chunkEnd]?.toLowerCase() ?? '')) {
        if (chunkEnd - chunk.start === 1) {
          if (!lexicons.matchPhrase([words[chunkEnd - 1].slice(0, -1)], 0)) continue;
        } else if (/^\p{Lu}/u.test(words[chunkEnd + 1] ?? '')) chunkEnd += 2;
      }
      // "beim Supreme Court of the State of New York", "Women on Twenties": an English name goes on over its linking
      // words (grammar `englishNameLinks`) and the capitalised words after them, which German text uses in no other way.
      while (lexicons.grammar.englishNameLinks.has(words[chunkEnd] ?? '')) {
        let next = chunkEnd + 1;
        while (lexicons.grammar.englishNameLinks.has(words[next] ?? '')) next++;
        if (!/^\p{Lu}/u.test(words[next] ?? '')) break;
        while (/^\p{Lu}/u.test(words[next] ?? '') && next < words.length) next++;
        chunkEnd = next;
        // Such a name is a title's, a game's or a band's more often than a person's: "Need for Speed".
        if (label === 'PER') label = 'MISC';
      }
      // "Witte de With Center for Contemporary Art": an English name the tagger ended after its linking word goes on
      // over the capitalised English words right after it.
      // So does one opened by an English article: "Nach The Sixth Sense entführt …".
      const englishArticle = /^\p{Lu}/u.test(words[chunk.start]) && lexicons.grammar.englishNameLinks.has(words[chunk.start].toLowerCase()) && label !== 'PER';
      if (englishArticle || words.slice(chunk.start + 1, chunkEnd).some((word) => lexicons.grammar.englishNameLinks.has(word))) {
        while (chunkEnd < words.length && /^\p{Lu}\p{Ll}+$/u.test(words[chunkEnd]) && loadEnglishWords().has(words[chunkEnd].toLowerCase())) chunkEnd++;
      }
      // "Dass Rewe Halal-Fleisch anbietet", "die Vorarlberger Ikea-Fans": a person's name of two words or more that opens
      // with no given name ends before a last word joined by a hyphen to a common noun (the object or the people after
      // a name). One that opens with a given name keeps a double surname whose part is a noun ("Heidi Lackner-Prinz").
      if (label === 'PER' && chunkEnd - chunk.start >= 2 && !loadFirstNames().has(words[chunk.start]) && endsInCommonNounCompound(words[chunkEnd - 1], lexicons)) chunkEnd--;
      // "werden bei Basile Themen angesprochen": a person's two words, the first a surname the text uses alone elsewhere
      // (and no given name, unless the text also writes it after another name: "Giambattista Basile"), the second a
      // common noun, are the surname and the noun after it.
      if (label === 'PER' && chunkEnd - chunk.start === 2 && lexicons.commonNouns.has(words[chunk.start + 1]) && standsAlone(tokens, words[chunk.start]) && (!loadFirstNames().has(words[chunk.start]) || followsName(tokens, words[chunk.start]))) chunkEnd--;
      // "in Austrian Bowl XXXI": a name right before a word of events' names (grammar `eventNameWords`) names the event
      // with it, and with the edition's Roman numeral after it; so across one capitalised word the tagger left out
      // ("auf der Tokyo Motor Show": the show, not the city).
      const { eventNameWords } = lexicons.grammar;
      if (!eventNameWords.has(words[chunkEnd] ?? '') && tags[chunkEnd] === 'O' && /^\p{Lu}\p{Ll}+$/u.test(words[chunkEnd] ?? '') && eventNameWords.has(words[chunkEnd + 1] ?? '')) chunkEnd++;
      if (eventNameWords.has(words[chunkEnd] ?? '')) {
        chunkEnd++;
        if (isRomanNumeral(words[chunkEnd] ?? '')) chunkEnd++;
        label = 'MISC';
      }
      const tokenEnd = sentence.tokenStart + chunkEnd;
      const chunkWords = words.slice(chunk.start, chunkEnd);
      if (chunk.start > 0 && tags[chunk.start - 1] === 'O') label = labelAnnouncedBefore(words[chunk.start - 1], chunkWords, label, lexicons);
      // A name after a comma or a coordinator that ends such a list takes the class the noun gave its first name.
      const inList = listed !== undefined && chunk.start > listed.end && words.slice(listed.end, chunk.start).every((word) => word === ',' || lexicons.grammar.coordinators.has(word));
      // A person the tagger found by a given name is one, in a list or an apposition ("der Zeitung Cumhuriyet, Can Dündar").
      const personByGivenName = label === 'PER' && chunkWords.length >= 2 && loadFirstNames().has(chunkWords[0]);
      if (inList && !personByGivenName && !lexicons.matchPhrase(chunkWords, 0)) label = listed!.label;
      const announced = chunk.start > 0 && tags[chunk.start - 1] === 'O' ? announcedClass(words[chunk.start - 1], lexicons) : undefined;
      // Only where the first name took that class: a person the tagger found after such a noun stays one, and so its list.
      listed = announced === label || inList ? { end: chunkEnd, label } : undefined;
      // The firm a company's noun announces is found by that noun as much as by the tagger (rule `company-noun`), so
      // the article's other uses of the name take it up ("Die US-Ratingagentur Moodys … Laut Moodys").
      // A noun with a name in front ("US-Ratingagentur", tagged as a part of a name) is such a noun too.
      const byCompanyNoun = label === 'ORG' && chunkWords.length === 1 && chunk.start > 0 && (tags[chunk.start - 1] === 'O' || tags[chunk.start - 1].endsWith('part')) && announcesCompany(words[chunk.start - 1], lexicons);
      // "Filme wie Roman Holiday", "Konzerne wie Nordtek": a name given as an example of a noun's kind has that kind
      // (name-types.json, one class), whatever class the tagger gave it, a person's included.
      // So do the examples after the first ("Bühnenhits wie Hair und Jesus Christ Superstar").
      if (chunk.start > 1 && words[chunk.start - 1] === 'wie' && tags[chunk.start - 2] === 'O') {
        label = labelOfExample(words[chunk.start - 2], chunkWords, label, lexicons);
        if (label === announcedClass(words[chunk.start - 2], lexicons)) listed = { end: chunkEnd, label };
      }
      if (chunkWords.length === 1 && lexicons.commonNouns.has(chunkWords[0]) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "in den Petrobras-Korruptionsskandal": an organisation's or other name of one word joined by a hyphen to a noun
      // that names no kind of name (name-types.json) and no institution is that noun, the name in front its owner.
      if ((label === 'ORG' || label === 'MISC') && chunkWords.length === 1 && isOwnedThing(chunkWords[0], lexicons) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "seinem zweiten München-Sieg", "Parma-Schinken": so is a place's, where the noun itself (no compound of it) names
      // no kind of place; "Wien-Landstraße", "Luxemburg-Stadt" and "Düsseldorf-Arena" stay places.
      // "des Südamerika-Verbandes": a place's compound with a noun of organisations (name-types.json) is an organisation.
      if (label === 'LOC' && chunkWords.length === 1 && organisationOfPlace(chunkWords[0], lexicons)) label = 'ORG';
      else if (label === 'LOC' && chunkWords.length === 1 && isPlacesThing(chunkWords[0], lexicons) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "im Südosten des Bundeslandes": so is a place's one word that is a common noun's genitive.
      if (label === 'LOC' && chunkWords.length === 1 && /\p{Ll}e?s$/u.test(chunkWords[0]) && [chunkWords[0].slice(0, -1), chunkWords[0].slice(0, -2)].some((stem) => stem.length > 3 && lexicons.commonNouns.has(stem)) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "Google Docs, Sheets und Slide", "beim Gaming": one English common word the tagger calls a place or another
      // name is that word (models/english-words.txt.gz); organisations and persons keep theirs ("Sky", "Wired").
      if (chunkWords.length === 1 && (label === 'LOC' || label === 'MISC') && loadEnglishWords().has(chunkWords[0].toLowerCase()) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "Heavy Metal", "Iron Maiden": a person's name of English common words only, the first no given name, is a
      // genre's, a band's or a title's.
      // The last word standing alone elsewhere, as a surname does ("Cam Newton" … "sagte Newton"), keeps it a person's.
      if (label === 'PER' && chunkWords.length >= 2 && !loadFirstNames().has(chunkWords[0]) && chunkWords.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word) && loadEnglishWords().has(word.toLowerCase())) && !lexicons.matchPhrase(chunkWords, 0) && !standsAlone(tokens, chunkWords.at(-1)!)) continue;
      // "des seit 1970 regierenden Sultans": a listed role noun alone is a title, no name.
      if (chunkWords.length === 1 && lexicons.matchRole(chunkWords[0]) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "„Werde mir nicht selbst ein Ablaufdatum verpassen“": an auxiliary capitalised at a quote's start names nothing.
      if (chunkWords.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(chunkWords[0]) && (lexicons.grammar.auxiliaries.has(chunkWords[0].toLowerCase()) || lexicons.grammar.seinForms.has(chunkWords[0].toLowerCase()))) continue;
      // "BILDUNGSABBRUCH: Für 6,4 Prozent …": a compound common noun in capitals heads a section; a name in capitals
      // ("STANDARD", "UNESCO") is no compound the lexicon can split.
      if (chunkWords.length === 1 && /^\p{Lu}{6,}$/u.test(chunkWords[0])) {
        const written = capitaliseFirst(chunkWords[0].toLowerCase());
        if (!lexicons.commonNouns.has(written) && lexicons.isNounOrCompound(written) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      }
      // "auf der Seite Ersterer": a word that never names is no name on its own either.
      if (chunkWords.length === 1 && lexicons.grammar.nonNameWords.has(chunkWords[0])) continue;
      // "in Prozent des BIP", "via USB": an abbreviation of a common noun (grammar `nounAbbreviations`) names nothing.
      if (chunkWords.length === 1 && lexicons.grammar.nounAbbreviations.has(chunkWords[0])) continue;
      // "STANDARD: Die Philosophie, die Art zu spielen …": an article and a common noun opening a sentence or what
      // follows a colon or dash is no title; after "unter dem Titel" or in quotes it may be one. So with a possessive:
      // "sagte er: Mein Volk will …".
      const opensWithDeterminer = lexicons.grammar.determinerCases.has(chunkWords[0].toLowerCase()) || lexicons.grammar.possessiveDeterminers.has(chunkWords[0].toLowerCase());
      if (chunkWords.length === 2 && opensWithDeterminer && lexicons.commonNouns.has(chunkWords[1]) && opensStatement(tokens, tokenStart)) continue;
      if (!/^[\p{Lu}\d"„‚»]/u.test(chunkWords[0]) && !lexicons.grammar.isHyphenatedNamePart(chunkWords[0])) continue;
      if (label === 'LOC' && chunkWords.length <= 3 && isPlaceDerivation(chunkWords[chunkWords.length - 1], lexicons, chunkWords.slice(0, -1))) continue;
      // "im Niederösterreichischen Landtag": a place's adjective, capitalised in a name, is no place.
      if (label === 'LOC' && chunkWords.length === 1 && /isch(?:e[mnrs]?)?$/.test(chunkWords[0]) && lexicons.adjectiveCountry(chunkWords[0]) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "Der Costa Ricaner", "die Italienerin": a country's demonym (places.jsonl) names no one, and no place either
      // ("Anschlag auf Israelin").
      if ((label === 'PER' || label === 'LOC') && isDemonym(chunkWords, lexicons) && !lexicons.matchPhrase(chunkWords, 0)) continue;
      // "den 27-jährigen Sachsen": after an adjective of age a place's name is one of its people.
      if (label === 'LOC' && chunkWords.length === 1 && chunk.start > 0 && isAgeAdjective(words[chunk.start - 1], lexicons)) continue;
      // "tausende Ungarn": so is one after a count.
      if (label === 'LOC' && chunkWords.length === 1 && chunk.start > 0 && isCount(words[chunk.start - 1], lexicons)) continue;
      // "von A nach B": one capital letter names nothing; "auf Arabisch": a word with an adjective's -isch is a language,
      // no place ("Garmisch" is one).
      if (chunkWords.length === 1 && /^\p{Lu}\.?$/u.test(chunkWords[0])) continue;
      // "XXXI", "III": a Roman numeral alone counts an edition or a ruler, and names nothing by itself.
      if (chunkWords.length === 1 && chunkWords[0].length >= 2 && isRomanNumeral(chunkWords[0])) continue;
      if (label === 'LOC' && chunkWords.length === 1 && /(?:[bdklnrstz]|ch|ä|e)isch$/.test(chunkWords[0])) continue;
      // "Kornilenko (62.)", "(87. Maranda)": a name the tagger found beside a match minute is a player's, whatever class
      // it gave; the minute confirms it as a person, also as one word (rule `match-minute`).
      // A label before a colon ("Tore: Krawez (12.)") is none of the name.
      const colon = chunkWords.lastIndexOf(':');
      const player = colon < chunkWords.length - 1 && !lexicons.matchPhrase(chunkWords.slice(colon + 1), 0) && besideMatchMinute(words, chunk.start + colon + 1, chunkEnd);
      if (player) label = 'PER';
      // "Ersatz: Durakovic – Schubert, Bergmann", "Es fehlen: Murg (Innenband-Teilriss)": a single name in a lineup's
      // list is a player's, whatever class the tagger gave (rule `match-lineup`).
      const lineup = lineupSentence && !player && label !== 'PER' && inNameList(words, chunk.start, chunkEnd, lexicons);
      if (lineup) label = 'PER';
      const nameStart = player ? tokenStart + colon + 1 : tokenStart;
      const mention: Mention = { ...spanOfTokens(doc, nameStart, tokenEnd), label, kind: 'name', sentence: tokens[tokenStart].sentence, tokenStart: nameStart, tokenEnd, rule: player ? 'match-minute' : lineup ? 'match-lineup' : titled ? 'match-report-title' : byCompanyNoun ? 'company-noun' : 'model:ner-de', confidence: fixedModelConfidence };
      // "Salt Lake City (Utah) – Die Golden State Warriors …", "Acapulco – Kurz vor Mitternacht …": a dateline's name
      // is a place; not one whose short name follows in brackets ("Federal Communications Commission (FCC) – …"). So is
      // a person's of two words or more that opens with no given name ("Nischnij Tagil – Daniela Iraschko-Stolz hat …").
      // Before a dash only: "Kurt Fischer (SPD) verhandelt" is a person.
      const placeLikePerson = label === 'PER' && chunkWords.length >= 2 && !loadFirstNames().has(chunkWords[0]) && /^[–—-]$/u.test(words[chunkEnd] ?? '');
      if ((label === 'ORG' || label === 'MISC' || placeLikePerson) && mention.sentence < datelineSentences && !abbreviatedAfter(words, chunk.start, chunkEnd) && isInDateline(doc, { ...mention, label: 'LOC' }, lexicons.grammar.nameParticles)) mention.label = 'LOC';
      if (confidences) {
        let confidence = 1;
        for (let index = chunk.start; index < chunk.end; index++) confidence = Math.min(confidence, confidences[index]);
        if (confidence < minimumConfidence!) continue;
        mention.confidence = Math.round(confidence * 1000) / 1000;
      }
      candidates.push({ source: 'model', packRank: 0, mention });
    }
  }
  return candidates;
}
