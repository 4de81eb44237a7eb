/**
 * A state's or a city's institution named by a place adjective and an institution noun: "die israelische Armee",
 * "die Hamburger Polizei", "des russischen Außenministeriums", "die russische Regierung". Each is an organisation of
 * that place's country; a government is grouped with the country's other government mentions when linked.
 */
import type { Doc, Mention, Token } from '../../doc/types.ts';
import { isCapitalised, spanOfTokens } from '../../doc/spans.ts';
import { afterDateline } from '../../doc/dateline.ts';
import { isMatchReportSentence } from '../../doc/sports-sentence.ts';
import type { CompiledLexicons, InstitutionMatch } from '../../rules/compile-lexicons.ts';
import type { InstitutionEntry, PlaceEntry } from '../../rules/schema.ts';
import type { Candidate } from './candidate.ts';
import { wordKey } from '../../text/name-keys.ts';

/** Strong adjective endings of the canonical name, by the noun's gender: "Russische Armee", "Russisches Militär". */
const adjectiveEndingByGender: Record<InstitutionEntry['gender'], string> = { f: 'e', m: 'er', n: 'es', pl: 'e' };

interface Origin {
  country: string;
  place: PlaceEntry | undefined;
  /** The adjective as the canonical name starts: "Russische", "Hamburger". */
  adjective(gender: InstitutionEntry['gender']): string;
  /** The country whose government the place's adjective names, if it names one: a country, or a capital ("Kiewer"). */
  governmentOf?: string;
}

/**
 * `places`: the article's place names the gazetteer found, of which an institution alone after a definite article
 * takes the country where they name one only (`ofSoleCountry`).
 */
export function findInstitutionMentions(doc: Doc, lexicons: CompiledLexicons, places: readonly Mention[] = []): Candidate[] {
  const tokens = doc.tokens!;
  const candidates: Candidate[] = [];
  let soleCountry: { origin: Origin; subnational: boolean } | null | undefined;
  // Cities the article names as the seat of a police or judicial institution, and such institutions named bare.
  const seats = new Map<string, PlaceEntry>();
  const bareLocal: { index: number; institution: InstitutionMatch }[] = [];
  // Each institution's places of origin the article names ("die bayerische Polizei"), city or not.
  const origins = new Map<string, Set<string>>();
  const noteSeat = (institution: InstitutionMatch, place: PlaceEntry | undefined) => {
    if (place?.kind === 'city' && seatKinds.has(institution.entry.kind)) seats.set(place.id, place);
    if (place) origins.set(institution.entry.id, (origins.get(institution.entry.id) ?? new Set()).add(place.id));
  };
  for (const [sentenceIndex, sentence] of doc.sentences!.entries()) {
    // "Kairo – Ägyptische Sicherheitskräfte …": after a dateline the sentence's own words start.
    const opening = afterDateline(doc, sentenceIndex, lexicons.grammar.nameParticles) ?? sentence.tokenStart;
    let matchReport: boolean | undefined;
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      // "der US-Umweltbehörde EPA": a name right after it is the institution's own, which the noun classifies.
      const compound = index + 1 < sentence.tokenEnd && startsName(tokens[index + 1], lexicons) ? undefined : countryCompound(tokens[index], lexicons);
      if (compound) candidates.push({ mention: institutionMention(doc, index, index + 1, compound.institution, compound.origin), source: 'gazetteer', packRank: 0 });
      if (index + 1 >= sentence.tokenEnd) break;
      const nounToken = tokens[index + 1];
      if (nounToken.kind !== 'word') continue;
      const institution = lexicons.matchInstitution(nounToken.text);
      if (!institution) continue;
      // "traf per Kopf zur Kölner Führung": in a match report the noun may be the lead, no institution.
      if (institution.entry.sportsSense && (matchReport ??= isMatchReportSentence(doc, sentenceIndex, lexicons.sportsWords))) continue;
      const origin = originOf(tokens[index], index === sentence.tokenStart || index === opening, lexicons);
      if (origin) {
        // A name right after the noun is its object far more often than the institution's own name: "hat die
        // ukrainische Armee Belgorod angegriffen". Nouns that take a name of their own ("Nachrichtenagentur") are not listed.
        candidates.push({ mention: institutionMention(doc, index, index + 2, institution, origin), source: 'gazetteer', packRank: 0 });
        noteSeat(institution, origin.place);
        continue;
      }
      // The country after the noun: "die Regierung Bahrains", "die Regierung des Königreichs Bahrain".
      // "so mancher Regierung von Brasilien bis Saudi-Arabien", "jede Regierung Lettlands": after a quantifier the noun
      // names any such institution, none in particular ("jener" points at one).
      const quantified = lexicons.grammar.quantifiers.has(tokens[index].text.toLowerCase()) && !tokens[index].text.toLowerCase().startsWith('jen');
      const after = quantified ? undefined : countryAfter(tokens, index + 2, sentence.tokenEnd, lexicons, capitalKinds.has(institution.entry.kind) && institution.gender !== 'pl');
      if (after) {
        candidates.push({ mention: institutionMention(doc, index + 1, after.end, institution, after.origin), source: 'gazetteer', packRank: 0 });
        continue;
      }
      // "die Staatsanwaltschaft Stuttgart", "des Landesgerichts Innsbruck": a city right after a police or judicial
      // institution is its seat.
      const seat = seatKinds.has(institution.entry.kind) && institution.gender !== 'pl' && index + 2 < sentence.tokenEnd ? cityNamed(tokens[index + 2], lexicons) : undefined;
      if (seat?.country) {
        const mention = institutionMention(doc, index + 1, index + 3, institution, { country: seat.country, place: seat, adjective: () => '' });
        candidates.push({ mention: { ...mention, canonicalName: `${institution.canonical} ${seat.name}` }, source: 'gazetteer', packRank: 0 });
        noteSeat(institution, seat);
        continue;
      }
      // "Kabul – Die Regierung kündigte Gespräche an": alone after a definite article, a state's institution
      // (`ofSoleCountry`) is the one country's the article names.
      // Not a compound with a hyphen, whose front names whose it is ("dem US-Justizministerium", "die FPÖ-Regierung"), nor
      // a bare "Ministerium", which says not which. Where the article names a region or a city other than the capital,
      // a government, ministry or parliament may be the region's ("Linz – … Verbleib des Parteichefs in der Regierung").
      const noun = nounToken.text;
      // A plural of a singular noun names several ("die Regierungen"); a plural noun ("die Streitkräfte") names one.
      const plural = institution.gender === 'pl' && institution.entry.gender !== 'pl';
      const bare = !plural && !noun.includes('-') && isDefiniteArticle(tokens[index].text, lexicons) && !opensGenitive(tokens[index + 2], lexicons) && !namesWhoseAfter(tokens[index + 2], lexicons);
      if (bare && institution.entry.ofSoleSeat && noun === institution.entry.noun && !lexicons.grammar.prepositions.has(tokens[index + 2]?.text.toLowerCase() ?? '')) bareLocal.push({ index: index + 1, institution });
      if (institution.entry.ofSoleCountry && !plural && !noun.includes('-') && !(institution.entry.kind === 'ministry' && noun.startsWith(institution.entry.noun)) && isDefiniteArticle(tokens[index].text, lexicons) && !opensGenitive(tokens[index + 2], lexicons) && !namesWhoseAfter(tokens[index + 2], lexicons)) {
        soleCountry ??= soleCountryNamed(doc, places, lexicons) ?? null;
        if (soleCountry && !(institution.entry.ofSoleCountry === 'unless-regional' && soleCountry.subnational)) candidates.push({ mention: institutionMention(doc, index + 1, index + 2, institution, soleCountry.origin), source: 'gazetteer', packRank: 0 });
        else if (!soleCountry) {
          const scene = sceneCapitalOrigin(doc, sentenceIndex, lexicons);
          if (scene) candidates.push({ mention: institutionMention(doc, index + 1, index + 2, institution, scene), source: 'gazetteer', packRank: 0 });
        }
      }
    }
  }
  // "Hamburg – … hat die Hamburger Polizei zwei Tatverdächtige festgenommen. … Die Staatsanwaltschaft ermittelt": a
  // police or judicial institution named bare, in an article that names one city only as the seat of such
  // institutions, is that city's. A dateline alone is not enough: agencies date reports from their desk's city.
  if (seats.size === 1) {
    const [seat] = seats.values();
    for (const { index, institution } of bareLocal) {
      // "das Verwaltungsgericht München … die bayerische Polizei … die Polizei": the police named is the region's.
      if ([...(origins.get(institution.entry.id) ?? [])].some((place) => place !== seat.id)) continue;
      const mention = institutionMention(doc, index, index + 1, institution, { country: seat.country!, place: seat, adjective: () => '' });
      // "das Wiener Handelsgericht … Das Gericht": the institution named in full keeps its name.
      const named = candidates.find((candidate) => candidate.mention.key === mention.key)?.mention.canonicalName;
      candidates.push({ mention: { ...mention, canonicalName: named ?? `${institution.canonical} ${seat.name}` }, source: 'gazetteer', packRank: 0 });
    }
  }
  return candidates;
}

/** A definite article (grammar `definiteArticles`), also one joined to a preposition (`contractedPrepositions`: "im", "vom"). */
function isDefiniteArticle(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  return lexicons.grammar.definiteArticles.has(lower) || lexicons.grammar.contractedPrepositions.has(lower);
}

/** Whether the token says whose the institution is: "die Regierung von Premier Renzi", "die Regierung Renzi". */
function namesWhoseAfter(token: Token | undefined, lexicons: CompiledLexicons): boolean {
  return token !== undefined && (token.text === 'von' || startsName(token, lexicons));
}

/** Whether the token opens a genitive attribute: "die Regierung der Region" is the region's. */
function opensGenitive(token: Token | undefined, lexicons: CompiledLexicons): boolean {
  return token !== undefined && lexicons.grammar.genitiveDeterminers.has(token.text.toLowerCase());
}

/**
 * The one country the article's places (a country, or a city or region of it) and lower-case nationality adjectives
 * name, as an institution's origin, and whether a place below the state is among them; undefined where they name
 * none or several.
 */
function soleCountryNamed(doc: Doc, places: readonly Mention[], lexicons: CompiledLexicons): { origin: Origin; subnational: boolean } | undefined {
  const countries = new Set<string>();
  // A region, or a city that is no seat of the government: the article may be about a region's institutions.
  let subnational = false;
  for (const mention of places) {
    const place = mention.label === 'LOC' && mention.key ? lexicons.placeById.get(mention.key) : undefined;
    if (!place?.country) continue;
    countries.add(place.country);
    if (place.kind !== 'country' && place.governmentOf !== place.country) subnational = true;
  }
  for (const token of doc.tokens!) {
    if (token.kind !== 'word' || isCapitalised(token.text)) continue;
    const adjective = lexicons.adjectiveCountry(token.text);
    if (adjective) countries.add(adjective.country);
  }
  if (countries.size !== 1) return undefined;
  const [country] = countries;
  const place = lexicons.countryPlace.get(country);
  const origin = place ? countryOrigin(place, country) : undefined;
  return origin ? { origin, subnational } : undefined;
}

/** Sentences before an institution's own that a scene set by "In …" reaches (a text may have no paragraphs). */
const sceneReach = 2;

/**
 * The country whose capital sets the scene of a sentence: "In Berlin rief die Abgeordnete … auf. … Ein Sprecher des
 * Verteidigungsministeriums lehnte ab" is Germany's ministry, in an article that names several countries. The nearest
 * sentence of the paragraph, this one or one of the two before, that opens with "in" and a place opens with the
 * capital (a place that is the seat of its country's government).
 */
function sceneCapitalOrigin(doc: Doc, sentenceIndex: number, lexicons: CompiledLexicons): Origin | undefined {
  const tokens = doc.tokens!;
  const sentences = doc.sentences!;
  for (let index = sentenceIndex; index >= Math.max(0, sentenceIndex - sceneReach); index--) {
    const sentence = sentences[index];
    // A paragraph's break ends the scene.
    if (index < sentenceIndex && doc.text.slice(sentence.end, sentences[index + 1].start).includes('\n\n')) break;
    const opening = afterDateline(doc, index, lexicons.grammar.nameParticles) ?? sentence.tokenStart;
    if (tokens[opening]?.text.toLowerCase() !== 'in' || opening + 1 >= sentence.tokenEnd) continue;
    const word = tokens[opening + 1].text;
    const named = lexicons.matchPhrase([word], 0);
    // A place no list knows sets a scene too ("In Tartu"), a noun none ("In Zukunft").
    if (!named?.targets.some((target) => target.place) && !startsName(tokens[opening + 1], lexicons)) continue;
    // The nearest scene counts, a capital or not ("In Hamburg …" sets no country's government).
    const capital = named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.governmentOf)?.place : undefined;
    const country = capital ? lexicons.countryPlace.get(capital.governmentOf!) : undefined;
    return country ? countryOrigin(country, capital!.governmentOf!) : undefined;
  }
  return undefined;
}

/** Kinds of institutions that a city's name right after their noun names the seat of. */
const seatKinds: ReadonlySet<string> = new Set(['police', 'judiciary']);

/** Kinds of institution that a capital after "in" makes its country's (see `countryAfter`). */
const capitalKinds: ReadonlySet<string> = new Set(['government', 'ministry', 'legislature', 'opposition']);

/** The city a word names as it is, no genitive. */
function cityNamed(token: Token, lexicons: CompiledLexicons): PlaceEntry | undefined {
  if (token.kind !== 'word') return undefined;
  const named = lexicons.matchPhrase([token.text], 0);
  return named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.kind === 'city')?.place : undefined;
}

/** A capitalised word that is no known noun: the start of a name. */
function startsName(token: Token, lexicons: CompiledLexicons): boolean {
  return token.kind === 'word' && isCapitalised(token.text) && !lexicons.isNounOrCompound(token.text) && !lexicons.grammar.nonNameWords.has(token.text);
}

/**
 * An institution noun joined by a hyphen to its country's name: "US-Regierung", "US-Behörden", "US-Justizministerium".
 * A party or a person in front ("FPÖ-Regierung", "Tsipras-Regierung") names no country.
 */
function countryCompound(token: Token, lexicons: CompiledLexicons): { institution: InstitutionMatch; origin: Origin } | undefined {
  const hyphen = token.text.lastIndexOf('-');
  if (token.kind !== 'word' || hyphen <= 0) return undefined;
  const institution = lexicons.matchInstitution(token.text.slice(hyphen + 1));
  if (!institution) return undefined;
  const named = lexicons.matchPhrase([token.text.slice(0, hyphen)], 0);
  const place = named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.kind === 'country')?.place : undefined;
  const origin = place?.country ? countryOrigin(place, place.country) : undefined;
  return origin ? { institution, origin } : undefined;
}

/**
 * A country named right after an institution noun, as its genitive ("Bahrains"), after "von" ("von Nauru"), or after
 * "des"/"der" and a word for a state ("des Königreichs Bahrain", "der Republik Polen": grammar `stateNouns`); for a
 * government, ministry, parliament or opposition (`capitalKinds`), also its capital or itself after "in" ("die
 * Führung in Kiew", "das Außenministerium in Moskau", "die Opposition in Estland"; "die Polizei in Kiew" is the city's, "die Botschaft in Moskau" another country's, "die
 * Regierungen in Washington und Havanna" are two); with the token after it.
 */
function countryAfter(tokens: readonly Token[], start: number, sentenceEnd: number, lexicons: CompiledLexicons, inCapital: boolean): { origin: Origin; end: number } | undefined {
  if (start >= sentenceEnd) return undefined;
  if (inCapital && tokens[start].text === 'in' && start + 1 < sentenceEnd) {
    const named = lexicons.matchPhrase([tokens[start + 1].text], 0);
    const capital = named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.governmentOf)?.place : undefined;
    // "die Opposition in Estland": the country itself, as its capital.
    const place = capital ?? (named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.kind === 'country')?.place : undefined);
    const code = capital ? capital.governmentOf! : place?.country;
    const country = code ? lexicons.countryPlace.get(code) : undefined;
    const origin = country && code ? countryOrigin(country, code) : undefined;
    return origin ? { origin, end: start + 2 } : undefined;
  }
  const genitive = lexicons.matchPhrase([tokens[start].text], 0);
  const direct = genitive?.genitive && genitive.length === 1 ? genitive.targets.find((target) => target.place?.kind === 'country')?.place : undefined;
  if (direct?.country) {
    const origin = countryOrigin(direct, direct.country);
    return origin ? { origin, end: start + 1 } : undefined;
  }
  // "die Regierung von Nauru": "von" and the country's own name; not the first of a range ("von Brasilien bis …").
  if (tokens[start].text === 'von' && start + 1 < sentenceEnd && tokens[start + 2]?.text !== 'bis') {
    const named = lexicons.matchPhrase([tokens[start + 1].text], 0);
    const place = named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.kind === 'country')?.place : undefined;
    const origin = place?.country ? countryOrigin(place, place.country) : undefined;
    if (origin) return { origin, end: start + 2 };
    // "der Regierung von Präsident Biden": a listed person's country; the person stays a name of its own.
    const country = countryOfListedPerson(tokens, start + 1, sentenceEnd, lexicons);
    const countryPlace = country ? lexicons.countryPlace.get(country) : undefined;
    const personsOrigin = countryPlace && country ? countryOrigin(countryPlace, country) : undefined;
    return personsOrigin ? { origin: personsOrigin, end: start } : undefined;
  }
  const determiner = tokens[start].text.toLowerCase();
  // "die Armee der Türkei", "die Regierung des Iran": a country whose name takes an article (places.jsonl `gender`),
  // in the genitive that article's gender asks for.
  if ((determiner === 'der' || determiner === 'des') && start + 1 < sentenceEnd) {
    const named = lexicons.matchPhrase([tokens[start + 1].text], 0);
    const place = named && named.length === 1 ? named.targets.find((target) => target.place?.kind === 'country')?.place : undefined;
    const genders = determiner === 'der' ? ['f', 'pl'] : ['m', 'n'];
    const origin = place?.country && place.gender && genders.includes(place.gender) ? countryOrigin(place, place.country) : undefined;
    if (origin) return { origin, end: start + 2 };
  }
  if ((determiner !== 'des' && determiner !== 'der') || start + 2 >= sentenceEnd || !lexicons.grammar.stateNouns.has(tokens[start + 1].text.toLowerCase())) return undefined;
  const named = lexicons.matchPhrase([tokens[start + 2].text], 0);
  const place = named && !named.genitive && named.length === 1 ? named.targets.find((target) => target.place?.kind === 'country')?.place : undefined;
  const origin = place?.country ? countryOrigin(place, place.country) : undefined;
  return origin ? { origin, end: start + 3 } : undefined;
}

/** The country of the one listed person whose surname ends the name at `start`, after role titles ("Präsident Biden"). */
function countryOfListedPerson(tokens: readonly Token[], start: number, sentenceEnd: number, lexicons: CompiledLexicons): string | undefined {
  let position = start;
  while (position < sentenceEnd && lexicons.matchRole(tokens[position].text)) position++;
  let end = position;
  while (end < sentenceEnd && end - position < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[end].text) && !lexicons.isNounOrCompound(tokens[end].text)) end++;
  if (end === position) return undefined;
  const listed = lexicons.knowledgeBySurnameKey.get(wordKey(tokens[end - 1].text));
  const person = listed?.length === 1 && listed[0].type === 'PER' ? listed[0] : undefined;
  return person?.country ?? person?.roles?.find((role) => role.country)?.country;
}

function institutionMention(doc: Doc, start: number, end: number, institution: InstitutionMatch, origin: Origin): Mention {
  const { entry, canonical, gender } = institution;
  // "die europäischen Regierungen" are several: only a singular names the one government.
  const government = entry.kind === 'government' && gender !== 'pl' ? origin.governmentOf : undefined;
  return {
    ...spanOfTokens(doc, start, end),
    label: 'ORG',
    kind: 'name',
    sentence: doc.tokens![start].sentence,
    tokenStart: start,
    tokenEnd: end,
    rule: entry.id,
    // One government per country, whatever names it; other institutions by noun and place.
    key: government ? `government:${government}` : `${entry.id}@${origin.place?.id ?? origin.country}`,
    country: government ?? origin.country,
    canonicalName: government ? undefined : `${origin.adjective(gender)} ${canonical}`,
    confidence: 0.9,
  };
}

/**
 * The place an adjective names: a nationality adjective in lower case ("russischen"; capitalised only where it opens
 * the sentence, since inside one it belongs to a name such as "Deutsche Bank"), a city's adjective ("Hamburger"), or
 * a country's genitive ("Israels").
 */
function originOf(token: Token, opensSentence: boolean, lexicons: CompiledLexicons): Origin | undefined {
  if (token.kind !== 'word') return undefined;
  if (!isCapitalised(token.text) || opensSentence) {
    const found = lexicons.adjectiveCountry(token.text);
    const place = found ? lexicons.placeById.get(found.placeId) : undefined;
    if (found && place) return countryOrigin(place, found.country);
  }
  const city = lexicons.cityOfAdjective(token.text);
  if (city?.country) return { country: city.country, place: city, governmentOf: city.governmentOf, adjective: () => token.text };
  // A country's demonym in -er serves as its indeclinable adjective, as a city's does: "das Schweizer Wirtschaftsdepartement".
  const demonym = token.text.endsWith('er') ? lexicons.demonym(token.text) : undefined;
  const demonymCountry = demonym ? lexicons.countryPlace.get(demonym.country) : undefined;
  if (demonym && demonymCountry) return countryOrigin(demonymCountry, demonym.country);
  // A country's genitive does the same: "Israels Armee", "Russlands Regierung".
  const genitive = lexicons.matchPhrase([token.text], 0);
  const country = genitive?.genitive ? genitive.targets.find((target) => target.place?.kind === 'country')?.place : undefined;
  return country?.country ? countryOrigin(country, country.country) : undefined;
}

/** A country as the origin of an institution, named by its adjective ("Russische Armee"); none without one. */
function countryOrigin(place: PlaceEntry, country: string): Origin | undefined {
  if (!place.adjective) return undefined;
  const base = place.adjective.charAt(0).toUpperCase() + place.adjective.slice(1);
  // A region's adjective names the region's institutions, not its country's government: "die bayerische Landesregierung".
  return { country, place, governmentOf: place.kind === 'region' ? undefined : country, adjective: (gender) => base + adjectiveEndingByGender[gender] };
}
