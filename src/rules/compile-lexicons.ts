/**
 * Compiles the merged rules of one pipeline into lookup structures, once. Stages of the same pipeline share the
 * result (cached per MergedRules object); two pipelines never share one, and nothing here changes after compiling.
 */
import type { EntityLabel } from '../doc/types.ts';
import { loadCommonNouns, type CommonNounLexicon } from '../lexicon/common-nouns.ts';
import { canStandAlone, foldDiacritics, nameKey, stripGenitive, wordKey } from '../text/name-keys.ts';
import { memoizeWord } from '../text/memoize.ts';
import { declinedNameForms } from '../text/declension.ts';
import { capitaliseFirst, isCapitalised, mayDifferBeyondFirstLetter } from '../doc/spans.ts';
import { listedCompoundHead, listedHeads } from './listed-heads.ts';
import { compileActorCodes, type CompiledActorCodes } from './compile-actor-codes.ts';
import type { MergedRules, RankedEntry } from './merge-packs.ts';
import type { InstitutionEntry, KnowledgeEntry, PlaceEntry, RoleEntry } from './schema.ts';

export interface PhraseTarget {
  source: 'place' | 'knowledge';
  /** Matched by one of a knowledge entry's `backReferences`: it counts only where the entry is named otherwise too. */
  backReference?: boolean;
  id: string;
  label: EntityLabel;
  rank: number;
  place?: PlaceEntry;
  knowledge?: KnowledgeEntry;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  targets: PhraseTarget[];
}

export interface PhraseMatch {
  /** Number of tokens matched. */
  length: number;
  targets: PhraseTarget[];
  /** The last token matched only with a genitive -s removed ("Russlands"). */
  genitive: boolean;
}

export interface RoleMatch {
  entry: RoleEntry;
  /** The role as a title: inflection removed, compound kept ("Außenministerin"). */
  title: string;
  /** For hyphenated compounds ("Kreml-Sprecher", "US-Präsident"): the part before the head. */
  modifier?: string;
}

/** Whether a matched role noun is in its feminine form ("Ministerin", "Außenministerin"; not "Minister"). */
export function isFeminineRole(role: RoleMatch): boolean {
  return role.entry.feminine !== undefined && role.title.toLowerCase().endsWith(role.entry.feminine.toLowerCase());
}

/**
 * The sex a role noun as written gives its holder: 'f' for "Präsidentin", 'm' for "Präsident" and "Vorsitzender".
 * Undefined for the -e form of a role that is an adjective ("Vorsitzende", "Gesandte": the masculine title is the
 * feminine one plus "r"), which is "der Vorsitzende" as well as "die Vorsitzende": only its determiner tells.
 */
export function roleSex(role: RoleMatch): 'f' | 'm' | undefined {
  const feminine = isFeminineRole(role);
  if (feminine && isAdjectivalRole(role)) return undefined;
  return feminine ? 'f' : 'm';
}

/** A role whose noun is an adjective: the masculine title is the feminine one plus "r" ("Vorsitzender", "Vorsitzende"). */
export function isAdjectivalRole(role: RoleMatch): boolean {
  return role.entry.feminine !== undefined && role.entry.title.toLowerCase() === `${role.entry.feminine.toLowerCase()}r`;
}

export interface InstitutionMatch {
  entry: InstitutionEntry;
  /** The noun as named: genitive removed, compound kept ("Außenministeriums" → "Außenministerium"). */
  canonical: string;
  /** The entry's gender, or `pl` when the plural matched. */
  gender: InstitutionEntry['gender'];
}

export type NameTypeClass = 'PER' | 'LOC' | 'ORG' | 'OTH';

/**
 * Case and plural endings tried when a name-type noun's form is not itself listed: `Dorfes` → `dorf`. Not "-er", which
 * makes a person of a kind ("Gewerkschafter" is no "Gewerkschaft").
 */
const nameTypeInflections = ['es', 's', 'en', 'n', 'e', 'nen'];

export interface CompiledLexicons {
  matchPhrase(words: readonly string[], start: number): PhraseMatch | undefined;
  /** A nationality adjective in any inflection ("französischen") → its country. */
  adjectiveCountry(word: string): { country: string; placeId: string } | undefined;
  matchRole(word: string): RoleMatch | undefined;
  /** An institution noun ("Armee", "Außenministeriums") from institutions.jsonl. */
  matchInstitution(word: string): InstitutionMatch | undefined;
  /** A city's adjective ("Hamburger", "Münchner") → the city, for cities of one word in the place lists. */
  /** The city or region an adjective in -er names: "Wiener", "Tiroler". */
  cityOfAdjective(word: string): PlaceEntry | undefined;
  /**
   * The classes (PER, LOC, ORG, OTH) the noun announces for a name beside it (name-types.json), as written, inflected
   * ("des Dorfes") or, for a noun the lexicon knows or splits, by its longest listed ending ("Provinzhauptstadt");
   * undefined for none.
   */
  nameTypeOf(word: string): ReadonlySet<NameTypeClass> | undefined;
  /** A country's demonym in the singular as places.jsonl lists it ("Franzose", "Schwedin") → its country and sex. */
  demonym(word: string): { country: string; sex: 'm' | 'f' } | undefined;
  placeById: ReadonlyMap<string, PlaceEntry>;
  /** Countries by their code in sports results ("NOR"). */
  placeBySportsCode: ReadonlyMap<string, PlaceEntry>;
  knowledgeById: ReadonlyMap<string, KnowledgeEntry>;
  countryPlace: ReadonlyMap<string, PlaceEntry>;
  /** Knowledge entries by the transliteration key of their name or any alias. */
  knowledgeByNameKey: ReadonlyMap<string, KnowledgeEntry[]>;
  /** Person entries by the key of their surname (last word of name and aliases). */
  knowledgeBySurnameKey: ReadonlyMap<string, KnowledgeEntry[]>;
  /** The kind of a role entry ("head-of-state", "party" …). */
  roleKind(roleId: string): string | undefined;
  /** The masculine title of a role entry, by id. */
  roleTitle(roleId: string): string | undefined;
  /** Role entries grouped by the offices they denote (title and sameAs), lower case. */
  roleGroup(title: string): ReadonlySet<string>;
  commonNouns: CommonNounLexicon;
  /** Whether the word is a known noun form or a compound a known noun ends ("Regierungssprecher"). */
  isNounOrCompound(word: string): boolean;
  /** A noun of a relation between parties (grammar `relationNouns`), or a compound ending in one ("Annäherungskurs"). */
  isRelationNoun(word: string): boolean;
  /**
   * A noun of a body or of members (grammar `bodyNouns`), as written, after a compound's last hyphen or as a
   * compound's head ("Führungsspitze", "PKK-Kämpfer").
   */
  isBodyNoun(word: string): boolean;
  /** Whether the last `headLength` letters of a compound are its head (no longer known noun ends it). */
  isHeadOfCompound(word: string, headLength: number): boolean;
  /** CAMEO actor codes and sectors (actor-codes.json). */
  actorCodes: CompiledActorCodes;
  /** Words of match reports (cues.json `sportsCues`), lower case. */
  sportsWords: ReadonlySet<string>;
  /** The kind of the organisations an institution entry or a pattern finds, by the entry's id. */
  organisationKindOfRule: ReadonlyMap<string, string>;
  grammar: {
    determinerCases: ReadonlyMap<string, readonly string[]>;
    prepositions: ReadonlySet<string>;
    subordinators: ReadonlySet<string>;
    coordinators: ReadonlySet<string>;
    nameParticles: ReadonlySet<string>;
    /** Whether the word is a name part joined to its particle by a hyphen: "al-Assad". */
    isHyphenatedNamePart(word: string): boolean;
    nonNameWords: ReadonlySet<string>;
    personPronouns: ReadonlySet<string>;
    speakerPronouns: ReadonlySet<string>;
    /** Finite forms of "sein" ("ist", "sei"), lower case. */
    seinForms: ReadonlySet<string>;
    /** Forms of "werden" (grammar `werdenForms`), lower case. */
    werdenForms: ReadonlySet<string>;
    /** Determiners opening a genitive attribute ("des", "einer"), lower case. */
    genitiveDeterminers: ReadonlySet<string>;
    /** Nouns for a state before its name, genitive ("königreichs", "republik"), lower case. */
    stateNouns: ReadonlySet<string>;
    /** Word beginnings that make a role a past one ("früher", "ex-"), lower case. */
    formerOfficeMarkers: readonly string[];
    deputyMarkers: readonly string[];
    /** Stems of ordinals capitalised in a title ("erst" for "der Ersten Landtagspräsidentin"), lower case. */
    titleOrdinals: ReadonlySet<string>;
    /** Determiners before a masculine noun in the nominative only ("der", "dieser"), lower case. */
    masculineNominativeDeterminers: ReadonlySet<string>;
    /** Forms of the indefinite article, lower case: "ein", "einem". */
    indefiniteArticles: ReadonlySet<string>;
    /** Relative pronouns in every case ("dem", "denen", "welche"), lower case. */
    relativePronouns: ReadonlySet<string>;
    /** Relative pronouns that can be their clause's subject ("der", "was"), lower case. */
    nominativeRelativePronouns: ReadonlySet<string>;
    /** Whether the word is a known noun with an abstract noun's ending ("Zynismus", "Untätigkeit"): no surname. */
    isAbstractNoun(word: string): boolean;
    /** Whether the word ends like an abstract noun ("Absetzung"), known or not. */
    hasAbstractNounEnding(word: string): boolean;
    /** Whether the word ends like a patronymic ("Jurjewitsch"). */
    isPatronymic(word: string): boolean;
    /** Whether a person's name of two or three words puts this family name first ("Li Yan"). */
    familyNameFirst: ReadonlySet<string>;
    /** Forms of "kommen", lower case: "Kritik kam von der SPÖ". */
    comingVerbForms: ReadonlySet<string>;
    /** Nouns of statements, lower case: "Angaben", "Stellungnahme". */
    statementNouns: ReadonlySet<string>;
    /** Indicative forms of "haben" and "sein", lower case: "hat", "sind". */
    perfectAuxiliaries: ReadonlySet<string>;
    /** Past subjunctives of "haben" that report in reported speech, lower case: "hätten". */
    reportedPastSubjunctives: ReadonlySet<string>;
    /** Prepositions whose phrase after a common noun is its attribute, lower case: "für", "über". */
    nounAttributePrepositions: ReadonlySet<string>;
    /** Nouns of kind after "als", as written: "Art". */
    kindNouns: ReadonlySet<string>;
    /** Prepositions of a time before, lower case: "nach", "seit". */
    precedingTimePrepositions: ReadonlySet<string>;
    /** Prepositions of a setting, lower case: "bei", "beim", "während". */
    settingPrepositions: ReadonlySet<string>;
    /** Nouns of chairing, as written: "Vorsitz", "Leitung". */
    chairNouns: ReadonlySet<string>;
    /** Nouns that act as a name's preposition right before it, as written: "Richtung". */
    prepositionNouns: ReadonlySet<string>;
    /** Prepositions joined with an article before places, lower case: "im", "ins". */
    placeContractions: ReadonlySet<string>;
    /** Forms of "sprechen", lower case. */
    speakingForms: ReadonlySet<string>;
    /** Two-part conjunctions: first word → the words between the conjuncts ("sowohl" → "als auch"), lower case. */
    correlativeConjunctions: ReadonlyMap<string, string>;
    /** Uninflected words between a preposition and a place's name ("ganz"), lower case. */
    placeQuantifiers: ReadonlySet<string>;
    /** Number words ("zwei", "hundert"), lower case. */
    numberWords: ReadonlySet<string>;
    /** Stems of verbs whose object event is not the subject's act ("befürcht", "verhinder"), lower case. */
    eventAttitudeVerbs: readonly string[];
    /** Subject pronouns that name nobody ("man"), lower case. */
    impersonalPronouns: ReadonlySet<string>;
    /** Words that make a subject its own partner ("sich", "einander", "beide"), lower case. */
    reciprocalWords: ReadonlySet<string>;
    conjunctAdverbs: ReadonlySet<string>;
    /** Nouns of a body or of an organisation's members ("Rat", "Anhänger"), as written. */
    bodyNouns: ReadonlySet<string>;
    /** Nouns of one who speaks for someone (grammar `spokespersonNouns`); the head of a compound the lexicon lacks counts ("Ministeriumssprecher"). */
    isSpokespersonNoun(word: string): boolean;
    /** The nouns of `spokespersonNouns` themselves, lower case: no compound. */
    spokespersonNouns: ReadonlySet<string>;
    /** Prepositions that bring a clause's subject to a meeting ("zu", "beim"), lower case. */
    attendancePrepositions: ReadonlySet<string>;
    /** Demonstrative pronouns that take up the last one named ("diese"), lower case. */
    demonstrativePronouns: ReadonlySet<string>;
    /** Focus phrases ("vor allem"), each as its lower-case words. */
    focusPhrases: readonly (readonly string[])[];
    placeNameLinks: readonly (readonly string[])[];
    reportingSubordinators: ReadonlySet<string>;
    /** Plural nouns that after "beide" name two parties of one kind, by lower-case form ("länder" → country). */
    pairNouns: ReadonlyMap<string, 'person' | 'country' | 'party' | 'side'>;
    /** Prepositions of time whose event noun is the clause's setting ("nach den Anschlägen"), lower case. */
    temporalPrepositions: ReadonlySet<string>;
    /** Nouns for people that are no office ("Gast", "Kollegen"), lower case. */
    personNouns: ReadonlySet<string>;
    /** Nouns for people a number counts beside `personNouns` ("personen", "zivilisten"), lower case. */
    countedPersonNouns: ReadonlySet<string>;
    /** Words that count before a noun ("drei", "tausende"), lower case; digits count too. */
    countWords: ReadonlySet<string>;
    /** Finite auxiliary and modal forms by number, lower case. */
    singularFiniteVerbs: ReadonlySet<string>;
    pluralFiniteVerbs: ReadonlySet<string>;
    /** Last words of organisations' names ("Labs", "Media"), as written. */
    organisationNameEnds: ReadonlySet<string>;
    eventNameWords: ReadonlySet<string>;
    ownAccountWords: ReadonlySet<string>;
    definiteArticles: ReadonlySet<string>;
    /** Endings of mostly neuter nouns ("um", "amt"), lower case. */
    neuterNounEndings: readonly string[];
    /** Nouns for parts, people and things of a place ("Süden", "Straßen", "Einwohner"), lower case. */
    placePartNouns: ReadonlySet<string>;
    placeKindNouns: ReadonlySet<string>;
    englishNameLinks: ReadonlySet<string>;
    postpositions: ReadonlySet<string>;
    substituteInfinitives: ReadonlySet<string>;
    /** Nouns for one unnamed person ("verkäufer", "lenkerin"), lower case, with their gender: m or f. */
    singularPersonNouns: ReadonlyMap<string, 'm' | 'f'>;
    /** Prepositions of place, where, whence, whither (lower case; see schema). */
    placePrepositions: ReadonlySet<string>;
    /** Abbreviations that title a person in a match report, as written (see schema). */
    matchReportPersonTitles: ReadonlySet<string>;
    lineupMarkers: ReadonlySet<string>;
    /** Abbreviations of common nouns, as written (see schema). */
    nounAbbreviations: ReadonlySet<string>;
    /** Nouns for the holder of the same office elsewhere, lower case, with their sex (see schema). */
    counterpartNouns: ReadonlyMap<string, 'm' | 'f'>;
    /** Singular nouns for an organisation that take up one named before, by gender (see schema). */
    organisationDescriptionNouns: ReadonlyMap<string, 'm' | 'f' | 'n'>;
    /** Lower-case endings; see the grammar schema. */
    personTraitNounEndings: readonly string[];
    /** Prepositions joined with their article → the preposition ("im" → "in"), lower case. */
    contractedPrepositions: ReadonlyMap<string, string>;
    /** Nouns for one person by party or leaning, singular, as written ("Christdemokrat"); see the grammar schema. */
    epithetNouns: ReadonlySet<string>;
    /** Heads of a compound whose listed organisation in front it names itself ("Hamas-Bewegung"); see the grammar schema. */
    organisationHeads: ReadonlySet<string>;
    /** Words after which a name follows, as written ("namens"); see the grammar schema. */
    namingWords: ReadonlySet<string>;
    /** Past-tense forms of strong and irregular verbs ("traf", "fanden"), lower case; see the grammar schema. */
    strongPastForms: ReadonlySet<string>;
    /** Title prefixes of the offices of some countries only ("Bundes" → DE, AT, CH); see the grammar schema. */
    countryPrefixes: ReadonlyMap<string, readonly string[]>;
    /** Beginnings of words before a day that put it in the past or at a span's end ("vergangen", "seit"), lower case. */
    dayOutsideWords: readonly string[];
    quantifiers: ReadonlySet<string>;
    placePrefixes: ReadonlySet<string>;
    /** Each phrase as its lower-case words. */
    eveOfPhrases: readonly (readonly string[])[];
    /** Each form as its lower-case words: one word, or a finite verb and its closing particle. */
    occurrenceVerbForms: readonly (readonly string[])[];
    placeObjectVerbForms: ReadonlySet<string>;
    /** Each phrase as its lower-case words. */
    speechSourcePhrases: readonly (readonly string[])[];
    /** Lower case, with the sex of the one they stand for. */
    objectPronouns: ReadonlyMap<string, 'm' | 'f'>;
    masculineArgumentDeterminers: ReadonlySet<string>;
    /** Whether a word ends in one of `personNounEndings`. */
    hasPersonNounEnding(word: string): boolean;
    /** Possessive determiners ("seine", "ihren"), lower case. */
    possessiveDeterminers: ReadonlySet<string>;
    reflexivePronouns: ReadonlySet<string>;
    /** Person pronouns that are nominative only ("er"), lower case. */
    nominativePronouns: ReadonlySet<string>;
    /** Neuter pronouns ("es"), lower case. */
    neuterPronouns: ReadonlySet<string>;
    /** First person singular pronouns ("ich"), lower case. */
    firstPersonSingularPronouns: ReadonlySet<string>;
    /** Subjunctive markers that are the indicative with "ich" ("habe", "werde"), lower case. */
    firstPersonIndicatives: ReadonlySet<string>;
    /** Prepositions of the same time with their article ("bei dem", "beim"), lower case. */
    simultaneityPrepositions: ReadonlySet<string>;
    /** Prepositions of cause or concession ("wegen", "trotz"), lower case. */
    causalPrepositions: ReadonlySet<string>;
    auxiliaries: ReadonlySet<string>;
    separableParticles: ReadonlySet<string>;
    /** Weekdays and months, lower case (also with a time of day: "Montagabend" starts with "montag"). */
    timeNouns: ReadonlySet<string>;
    /** Words for a day relative to today ("heute", "morgen"), lower case. */
    relativeDays: ReadonlySet<string>;
    /** Other nouns of time, lower case: "wochenende", "sommer" (grammar `timeWords`). */
    timeWords: ReadonlySet<string>;
  };
}

const cache = new WeakMap<MergedRules, CompiledLexicons>();

export function compiledLexicons(rules: MergedRules): CompiledLexicons {
  let lexicons = cache.get(rules);
  if (!lexicons) {
    lexicons = compileLexicons(rules);
    cache.set(rules, lexicons);
  }
  return lexicons;
}

function splitPhrase(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean);
}

function addPhrase(root: TrieNode, phrase: string, target: PhraseTarget) {
  let node = root;
  for (const word of splitPhrase(phrase)) {
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { next: new Map(), targets: [] }));
    node = child;
  }
  if (!node.targets.some((existing) => existing.id === target.id)) node.targets.push(target);
}

const adjectiveEndings = ['', 'e', 'en', 'er', 'em', 'es'];
const masculineRoleEndings = ['', 's', 'es', 'en', 'n'];
const feminineRoleEndings = ['', 'nen'];

/** "Hamburg" → "Hamburger", "Bremen" → "Bremer", "München" → "Münchner": the regular forms of a city's adjective. */
function cityAdjectiveForms(name: string): string[] {
  if (/\s/.test(name) || !isCapitalised(name)) return [];
  const forms = [`${name}er`];
  if (name.endsWith('en')) forms.push(`${name.slice(0, -2)}er`, `${name.slice(0, -2)}ner`);
  return forms;
}

/** "Tirol" → "Tiroler", "Kärnten" → "Kärntner": a region's adjective (the bare stem, "Bayer" of "Bayern", is not one). */
function regionAdjectiveForms(name: string): string[] {
  if (/\s/.test(name) || !isCapitalised(name)) return [];
  return name.endsWith('en') ? [`${name}er`, `${name.slice(0, -2)}ner`] : [`${name}er`];
}

function addToListMap<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function compileLexicons(rules: MergedRules): CompiledLexicons {
  const root: TrieNode = { next: new Map(), targets: [] };
  const placeById = new Map<string, PlaceEntry>();
  const countryPlace = new Map<string, PlaceEntry>();
  const placeBySportsCode = new Map<string, PlaceEntry>();
  const adjectives = new Map<string, { country: string; placeId: string }>();

  const demonyms = new Map<string, { country: string; sex: 'm' | 'f' }>();
  const cityAdjectives = new Map<string, PlaceEntry>();
  const regionAdjectives = new Map<string, PlaceEntry>();
  for (const { value: place, rank } of rules.places) {
    placeById.set(place.id, place);
    if (place.kind === 'city') for (const form of cityAdjectiveForms(place.name)) if (!cityAdjectives.has(form)) cityAdjectives.set(form, place);
    // A region's too ("Tiroler Polizei", "Kärntner Landesregierung"), after the cities': "Salzburger" is the city's.
    if (place.kind === 'region') for (const form of regionAdjectiveForms(place.name)) regionAdjectives.set(form, place);
    if (place.kind === 'country' && place.country) countryPlace.set(place.country, place);
    if (place.sportsCode) placeBySportsCode.set(place.sportsCode, place);
    const target: PhraseTarget = { source: 'place', id: place.id, label: 'LOC', rank, place };
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      addPhrase(root, name, target);
      for (const form of declinedNameForms(name, place.gender)) addPhrase(root, form, target);
    }
    if (place.adjective && place.country) adjectives.set(place.adjective, { country: place.country, placeId: place.id });
    // The masculine comes first, feminines end in -in ("Franzose", "Französin"); a later form in -e is an adjective's
    // ("Deutsche"), whose sex only its article tells, and is left out.
    if (place.kind === 'country' && place.country) {
      (place.demonyms ?? []).forEach((demonym, index) => {
        const sex = index > 0 && demonym.endsWith('in') ? 'f' : index === 0 || !demonym.endsWith('e') ? 'm' : undefined;
        if (sex && !demonyms.has(demonym)) demonyms.set(demonym, { country: place.country!, sex });
      });
    }
  }

  const knowledgeById = new Map<string, KnowledgeEntry>();
  const knowledgeByNameKey = new Map<string, KnowledgeEntry[]>();
  const knowledgeBySurnameKey = new Map<string, KnowledgeEntry[]>();
  const familyNamesFirst = new Set(rules.grammar.familyNamesFirst);
  for (const { value: entry, rank } of rules.knowledge as readonly RankedEntry<KnowledgeEntry>[]) {
    knowledgeById.set(entry.id, entry);
    // A regnal name ("Leo XIV.", "Frederik X.") has no surname: its aliases' last words ("Papst Leo") are first names.
    const regnal = entry.type === 'PER' && !canStandAlone(splitPhrase(entry.name).at(-1) ?? '');
    const target: PhraseTarget = { source: 'knowledge', id: entry.id, label: entry.type, rank, knowledge: entry };
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      // A single-word person alias ("Putin") is matched through the surname index in linking, not as a phrase,
      // so that a person's surname alone does not override what the text says around it.
      if (entry.type === 'PER' && splitPhrase(name).length === 1) {
        if (canStandAlone(name) && !regnal) addToListMap(knowledgeBySurnameKey, wordKey(name), entry);
        continue;
      }
      addPhrase(root, name, target);
      // "des Islamischen Staates", "der Deutschen Bank": the declined forms of a name of adjectives and a noun.
      if (entry.type !== 'PER') for (const form of declinedNameForms(name, entry.gender)) addPhrase(root, form, target);
      addToListMap(knowledgeByNameKey, nameKey(name), entry);
      // "UNESCO" is written "Unesco" too, which keys as a word; one of three letters ("BBC") is spelt out, never so.
      if (/^[\p{Lu}\d]{4,}$/u.test(name)) addToListMap(knowledgeByNameKey, nameKey(capitaliseFirst(name.toLowerCase())), entry);
      if (entry.type === 'PER') {
        const words = splitPhrase(name);
        const last = words[words.length - 1];
        // A name that puts its family name first (grammar `familyNamesFirst`) has no surname last: "Kim Jong Un" is not
        // "Un" (a French article); the family name alone, common as it is, names someone only as an alias ("Xi").
        const familyFirst = words.length >= 2 && familyNamesFirst.has(words[0]);
        if (canStandAlone(last) && !regnal && !familyFirst) addToListMap(knowledgeBySurnameKey, wordKey(last), entry);
      }
    }
    for (const name of entry.backReferences ?? []) addPhrase(root, name, { ...target, backReference: true });
  }

  const roleForms = new Map<string, { entry: RoleEntry; base: string }>();
  const compoundForms = new Map<string, { entry: RoleEntry; base: string }>();
  const roleGroups = new Map<string, Set<string>>();
  const roleKinds = new Map<string, string>();
  const roleTitles = new Map<string, string>();
  for (const { value: role } of rules.roles) {
    roleKinds.set(role.id, role.kind);
    roleTitles.set(role.id, role.title);
    const forms: [string, string][] = [];
    for (const ending of masculineRoleEndings) forms.push([role.title + ending, role.title]);
    if (role.feminine) for (const ending of feminineRoleEndings) forms.push([role.feminine + ending, role.feminine]);
    // Adjectival nouns ("der Vorsitzende", "des Vorsitzenden", "ein Abgeordneter") inflect like adjectives.
    if (role.title.endsWith('er') && role.feminine === role.title.slice(0, -1)) {
      for (const ending of ['en', 'em']) forms.push([role.title.slice(0, -2) + ending, role.title]);
    }
    const notForms = new Set((role.notForms ?? []).map((form) => form.toLowerCase()));
    for (const [form, base] of forms) {
      const lower = form.toLowerCase();
      if (notForms.has(lower)) continue;
      if (!roleForms.has(lower)) roleForms.set(lower, { entry: role, base });
      if (role.compoundHead && !compoundForms.has(lower)) compoundForms.set(lower, { entry: role, base });
    }
    const group = new Set([role.title, role.feminine, ...(role.sameAs ?? [])].filter((title): title is string => !!title).map((title) => title.toLowerCase()));
    for (const title of group) {
      const existing = roleGroups.get(title);
      if (existing) for (const other of group) existing.add(other);
      else roleGroups.set(title, new Set(group));
    }
  }

  const institutionForms = new Map<string, InstitutionMatch>();
  const institutionHeadForms = new Map<string, InstitutionMatch>();
  for (const { value: entry } of rules.institutions) {
    const named: [string, InstitutionEntry['gender']][] = [[entry.noun, entry.gender], ...(entry.forms ?? []).map((form): [string, InstitutionEntry['gender']] => [form, entry.gender])];
    if (entry.plural) named.push([entry.plural, 'pl']);
    for (const [canonical, gender] of named) {
      // Genitive singular of masculine and neuter nouns; a plural or feminine noun takes no -s, so it gets none.
      const endings = gender === 'm' || gender === 'n' ? ['', 's', 'es'] : [''];
      for (const ending of endings) {
        const lower = (canonical + ending).toLowerCase();
        if (!institutionForms.has(lower)) institutionForms.set(lower, { entry, canonical, gender });
        if (entry.compoundHead && !institutionHeadForms.has(lower)) institutionHeadForms.set(lower, { entry, canonical, gender });
      }
    }
  }

  const institutionHeads = listedHeads(institutionHeadForms);
  const roleHeads = listedHeads(compoundForms);
  const sharedNouns = loadCommonNouns();
  // The lexicon is shared by every pipeline in the process; the memo of its compound splitting is this pipeline's.
  const commonNouns: CommonNounLexicon = { has: (word) => sharedNouns.has(word), compoundHead: memoizeWord((word) => sharedNouns.compoundHead(word)), size: sharedNouns.size };
  /** Whether the last `headLength` letters of the word are its compound head, as far as the noun lexicon can tell. */
  function isHeadOfCompound(word: string, headLength: number): boolean {
    const lexiconHead = commonNouns.compoundHead(word);
    if (lexiconHead && lexiconHead.length > headLength) return false;
    // The lexicon splits off fronts of three letters or more; a two-letter noun in front ("Öl|preise") is the one
    // short front worth trying, or "Ölpreise" would end in "Reise".
    const afterTwo = word.length - 2;
    return !(afterTwo > headLength && commonNouns.has(word.slice(0, 2)) && commonNouns.has(word.charAt(2).toUpperCase() + word.slice(3)));
  }

  function matchRole(word: string): RoleMatch | undefined {
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && hyphen < word.length - 1) {
      const head = matchRole(word.slice(hyphen + 1));
      if (head) return { ...head, title: word.slice(0, hyphen + 1) + head.title, modifier: word.slice(0, hyphen) };
    }
    if (!isCapitalised(word)) return undefined;
    const lower = word.toLowerCase();
    const exact = roleForms.get(lower);
    if (exact) return { entry: exact.entry, title: exact.base };
    // The longest role noun ending the compound: "Außenministerin".
    const compound = listedCompoundHead(word, lower, roleHeads, isHeadOfCompound);
    if (!compound) return undefined;
    const { front, head } = compound;
    // "Abstiegskandidat": a compound the entry says names no such role (`notCompounds`), also inflected.
    if (head.entry.notCompounds?.some((form) => lower.startsWith(form.toLowerCase()) && lower.length - form.length <= 3)) return undefined;
    return { entry: head.entry, title: word.slice(0, front) + head.base.toLowerCase(), modifier: word.slice(0, front) };
  }

  function matchInstitution(word: string): InstitutionMatch | undefined {
    const lower = word.toLowerCase();
    const exact = institutionForms.get(lower);
    if (exact) return exact;
    // "Verteidigungsministeriums": the head names the institution, the front says which one.
    const compound = listedCompoundHead(word, lower, institutionHeads, isHeadOfCompound);
    return compound && { ...compound.head, canonical: word.slice(0, compound.front) + compound.head.canonical.toLowerCase() };
  }

  // Every inflected form of every nationality adjective, looked up directly: this runs for most tokens.
  const adjectiveForms = new Map<string, { country: string; placeId: string }>();
  for (const ending of adjectiveEndings) {
    for (const [adjective, found] of adjectives) {
      const form = adjective + ending;
      if (form !== form.toLowerCase() || adjectiveForms.has(form)) continue;
      adjectiveForms.set(form, found);
      // As it opens a sentence: "Russische Truppen …".
      if (!adjectiveForms.has(capitaliseFirst(form))) adjectiveForms.set(capitaliseFirst(form), found);
    }
  }
  function adjectiveCountry(word: string) {
    return adjectiveForms.get(word) ?? (mayDifferBeyondFirstLetter(word) ? adjectiveForms.get(word.toLowerCase()) : undefined);
  }


  function matchPhrase(words: readonly string[], start: number): PhraseMatch | undefined {
    let node = root;
    let best: PhraseMatch | undefined;
    for (let index = start; index < words.length; index++) {
      const word = words[index];
      const exact = node.next.get(word);
      const genitiveBase = exact || word.charCodeAt(word.length - 1) !== 115 /* s */ ? undefined : node.next.get(stripGenitive(word));
      if (genitiveBase && genitiveBase.targets.length) best = { length: index - start + 1, targets: genitiveBase.targets, genitive: true };
      if (!exact) break;
      node = exact;
      if (node.targets.length) best = { length: index - start + 1, targets: node.targets, genitive: false };
    }
    return best;
  }

  const nameTypeNouns = new Map<string, Set<NameTypeClass>>();
  for (const entityClass of ['PER', 'LOC', 'ORG', 'OTH'] as const) {
    for (const noun of rules.nameTypes[entityClass]) {
      const key = noun.toLowerCase().replace(/\.$/, '');
      const classes = nameTypeNouns.get(key) ?? new Set<NameTypeClass>();
      classes.add(entityClass);
      nameTypeNouns.set(key, classes);
    }
  }
  const inflectedNameType = (lower: string, shortest = 3) => {
    const own = lower.length >= shortest ? nameTypeNouns.get(lower) : undefined;
    if (own) return own;
    for (const ending of nameTypeInflections) {
      if (lower.endsWith(ending) && lower.length - ending.length >= shortest) {
        const stem = nameTypeNouns.get(lower.slice(0, -ending.length));
        if (stem) return stem;
      }
    }
    return undefined;
  };
  // A compound's head is its longest ending that is a listed noun of four letters or more: "Recherchenetzwerks" is a
  // "Netzwerk", no "Werk", and "Webportals" no "Tal".
  const shortestHead = 4;
  function nameTypeOf(word: string): ReadonlySet<NameTypeClass> | undefined {
    if (!isCapitalised(word)) return undefined;
    const lower = word.toLowerCase().replace(/\.$/, '');
    // A listed abbreviation is matched as written, however short ("Dr.", "Mr.").
    const own = (word.endsWith('.') ? nameTypeNouns.get(lower) : undefined) ?? inflectedNameType(lower);
    if (own || (!commonNouns.has(word) && commonNouns.compoundHead(word) === undefined)) return own;
    for (let start = 1; start <= lower.length - shortestHead; start++) {
      const head = inflectedNameType(lower.slice(start), shortestHead);
      if (head) return head;
    }
    return undefined;
  }

  const grammar = rules.grammar;
  const relationNouns = grammar.relationNouns.map((noun) => noun.toLowerCase());
  const grammarBodyNouns: ReadonlySet<string> = new Set(grammar.bodyNouns);
  const abstractNounEndings = grammar.abstractNounEndings;
  // Letters from which a word with an abstract noun's ending is taken for a noun though the lexicon lacks it.
  const longAbstractNoun = 10;
  const lowerSet = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));
  return Object.freeze({
    matchPhrase,
    adjectiveCountry,
    // Called for every token: a lower-case word is answered before the memo's hash lookup.
    matchInstitution: ((memoized) => (word: string) => (isCapitalised(word) ? memoized(word) : undefined))(memoizeWord(matchInstitution)),
    cityOfAdjective: (word: string) => cityAdjectives.get(word) ?? regionAdjectives.get(word),
    demonym: (word: string) => demonyms.get(word),
    nameTypeOf,
    // Most words are lower case and no role: answer those before paying for the memo's hash lookup.
    matchRole: ((memoized) => (word: string) => (isCapitalised(word) || word.includes('-') ? memoized(word) : undefined))(memoizeWord(matchRole)),
    placeById,
    placeBySportsCode,
    knowledgeById,
    countryPlace,
    knowledgeByNameKey,
    knowledgeBySurnameKey,
    roleKind: (roleId: string) => roleKinds.get(roleId),
    roleTitle: (roleId: string) => roleTitles.get(roleId),
    roleGroup: (title: string) => roleGroups.get(title.toLowerCase()) ?? new Set([title.toLowerCase()]),
    commonNouns,
    isNounOrCompound: (word: string) => commonNouns.has(word) || commonNouns.compoundHead(word) !== undefined,
    isRelationNoun: (word: string) => {
      const lower = word.toLowerCase();
      return isCapitalised(word) && relationNouns.some((noun) => lower === noun || (lower.endsWith(noun) && lower.length > noun.length + 2));
    },
    isBodyNoun: (word: string) => {
      // The dative plural adds -n: "Anhängern", "Mitgliedern".
      const listed = (form: string) => grammarBodyNouns.has(form) || (form.endsWith('n') && grammarBodyNouns.has(form.slice(0, -1)));
      if (listed(word) || listed(word.slice(word.lastIndexOf('-') + 1))) return true;
      const head = isCapitalised(word) ? commonNouns.compoundHead(word) : undefined;
      return head !== undefined && head !== word && listed(head) && isHeadOfCompound(word, head.length);
    },
    isHeadOfCompound,
    actorCodes: compileActorCodes(rules.actorCodes, isHeadOfCompound),
    sportsWords: new Set((rules.cues.sportsCues ?? []).map((word) => word.toLowerCase())),
    organisationKindOfRule: new Map([...rules.institutions, ...rules.patterns].flatMap(({ value }) => (value.kind ? [[value.id, value.kind] as const] : []))),
    grammar: {
      determinerCases: new Map(Object.entries(grammar.determiners).map(([word, cases]) => [word.toLowerCase(), cases])),
      prepositions: lowerSet(grammar.prepositions),
      subordinators: lowerSet(grammar.subordinators),
      coordinators: lowerSet(grammar.coordinators),
      nameParticles: lowerSet(grammar.nameParticles),
      isHyphenatedNamePart: hyphenatedNamePartTest(grammar.hyphenatedNameParticles),
      nonNameWords: new Set(grammar.nonNameWords),
      personPronouns: lowerSet(grammar.personPronouns),
      speakerPronouns: lowerSet(grammar.speakerPronouns),
      personNouns: lowerSet(grammar.personNouns),
      countedPersonNouns: lowerSet(grammar.countedPersonNouns),
      personTraitNounEndings: grammar.personTraitNounEndings.map((ending) => ending.toLowerCase()),
      epithetNouns: new Set(grammar.epithetNouns),
      organisationHeads: new Set(grammar.organisationHeads),
      namingWords: new Set(grammar.namingWords),
      strongPastForms: lowerSet(grammar.strongPastForms),
      countryPrefixes: new Map(Object.entries(grammar.countryPrefixes)),
      dayOutsideWords: grammar.dayOutsideWords.map((word) => word.toLowerCase()),
      quantifiers: lowerSet(grammar.quantifiers),
      placePrefixes: new Set(grammar.placePrefixes),
      eveOfPhrases: grammar.eveOfPhrases.map((phrase) => phrase.toLowerCase().split(/\s+/)),
      occurrenceVerbForms: grammar.occurrenceVerbForms.map((form) => form.toLowerCase().split(/\s+/)),
      placeObjectVerbForms: lowerSet(grammar.placeObjectVerbForms),
      speechSourcePhrases: grammar.speechSourcePhrases.map((phrase) => phrase.toLowerCase().split(/\s+/)),
      objectPronouns: new Map(Object.entries(grammar.objectPronouns).map(([word, sex]) => [word.toLowerCase(), sex])),
      masculineArgumentDeterminers: lowerSet(grammar.masculineArgumentDeterminers),
      hasPersonNounEnding: ((endings: readonly string[]) => (word: string) => endings.some((ending) => word.endsWith(ending)))(grammar.personNounEndings.map((ending) => ending.toLowerCase())),
      contractedPrepositions: new Map(Object.entries(grammar.contractedPrepositions).map(([joined, preposition]) => [joined.toLowerCase(), preposition.toLowerCase()])),
      countWords: lowerSet(grammar.countWords),
      singularFiniteVerbs: lowerSet(grammar.singularFiniteVerbs),
      pluralFiniteVerbs: lowerSet(grammar.pluralFiniteVerbs),
      organisationNameEnds: new Set(grammar.organisationNameEnds),
      eventNameWords: new Set(grammar.eventNameWords),
      ownAccountWords: lowerSet(grammar.ownAccountWords),
      definiteArticles: lowerSet(grammar.definiteArticles),
      neuterNounEndings: grammar.neuterNounEndings.map((ending) => ending.toLowerCase()),
      placePartNouns: lowerSet(grammar.placePartNouns),
      placeKindNouns: lowerSet(grammar.placeKindNouns),
      englishNameLinks: new Set(grammar.englishNameLinks),
      postpositions: lowerSet(grammar.postpositions),
      substituteInfinitives: lowerSet(grammar.substituteInfinitives),
      placePrepositions: lowerSet(grammar.placePrepositions),
      matchReportPersonTitles: new Set(grammar.matchReportPersonTitles),
      lineupMarkers: new Set(grammar.lineupMarkers),
      nounAbbreviations: new Set(grammar.nounAbbreviations),
      counterpartNouns: new Map(Object.entries(grammar.counterpartNouns).map(([noun, sex]) => [noun.toLowerCase(), sex])),
      organisationDescriptionNouns: new Map(Object.entries(grammar.organisationDescriptionNouns)),
      singularPersonNouns: new Map([
        ...grammar.singularPersonNouns.masculine.map((noun) => [noun.toLowerCase(), 'm'] as const),
        ...grammar.singularPersonNouns.feminine.map((noun) => [noun.toLowerCase(), 'f'] as const),
      ]),
      possessiveDeterminers: lowerSet(grammar.possessiveDeterminers),
      reflexivePronouns: lowerSet(grammar.reflexivePronouns),
      nominativePronouns: lowerSet(grammar.nominativePronouns),
      neuterPronouns: lowerSet(grammar.neuterPronouns),
      firstPersonSingularPronouns: lowerSet(grammar.firstPersonSingularPronouns),
      firstPersonIndicatives: lowerSet(grammar.firstPersonIndicatives),
      simultaneityPrepositions: lowerSet(grammar.simultaneityPrepositions),
      causalPrepositions: lowerSet(grammar.causalPrepositions),
      temporalPrepositions: lowerSet(grammar.temporalPrepositions),
      seinForms: lowerSet(grammar.seinForms),
      werdenForms: lowerSet(grammar.werdenForms),
      genitiveDeterminers: lowerSet(grammar.genitiveDeterminers),
      impersonalPronouns: lowerSet(grammar.impersonalPronouns),
      stateNouns: lowerSet(grammar.stateNouns),
      placeQuantifiers: lowerSet(grammar.placeQuantifiers),
      titleOrdinals: lowerSet(grammar.titleOrdinals),
      masculineNominativeDeterminers: lowerSet(grammar.masculineNominativeDeterminers),
      indefiniteArticles: lowerSet(grammar.indefiniteArticles),
      relativePronouns: lowerSet(grammar.relativePronouns),
      nominativeRelativePronouns: lowerSet(grammar.nominativeRelativePronouns),
      isPatronymic: (word: string) => grammar.patronymicEndings.some((ending) => word.endsWith(ending)),
      familyNameFirst: new Set(grammar.familyNamesFirst),
      comingVerbForms: lowerSet(grammar.comingVerbForms),
      statementNouns: lowerSet(grammar.statementNouns),
      perfectAuxiliaries: lowerSet(grammar.perfectAuxiliaries),
      reportedPastSubjunctives: lowerSet(grammar.reportedPastSubjunctives),
      nounAttributePrepositions: lowerSet(grammar.nounAttributePrepositions),
      kindNouns: new Set(grammar.kindNouns),
      precedingTimePrepositions: lowerSet(grammar.precedingTimePrepositions),
      settingPrepositions: lowerSet(grammar.settingPrepositions),
      chairNouns: new Set(grammar.chairNouns),
      prepositionNouns: new Set(grammar.prepositionNouns),
      placeContractions: lowerSet(grammar.placeContractions),
      speakingForms: lowerSet(grammar.speakingForms),
      // Known, a compound of a known noun, or a long word no name ends so ("Aktenfälschung"; a surname "Hartung" is short).
      hasAbstractNounEnding: (word: string) => abstractNounEndings.some((ending) => word.endsWith(ending)),
      isAbstractNoun: (word: string) =>
        abstractNounEndings.some((ending) => word.endsWith(ending)) && (commonNouns.has(word) || commonNouns.compoundHead(word) !== undefined || (word.length >= longAbstractNoun && !word.includes('-'))),
      correlativeConjunctions: new Map(Object.entries(grammar.correlativeConjunctions).map(([first, between]) => [first.toLowerCase(), between.join(' ').toLowerCase()])),
      numberWords: lowerSet(grammar.numberWords),
      eventAttitudeVerbs: grammar.eventAttitudeVerbs.map((stem) => stem.toLowerCase()),
      formerOfficeMarkers: grammar.formerOfficeMarkers.map((marker) => marker.toLowerCase()),
      deputyMarkers: grammar.deputyMarkers.map((marker) => marker.toLowerCase()),
      reciprocalWords: lowerSet(grammar.reciprocalWords),
      conjunctAdverbs: lowerSet(grammar.conjunctAdverbs),
      bodyNouns: new Set(grammar.bodyNouns),
      // A noun the lexicon lists on its own is its own word ("Lautsprecher", "Fürsprecher"); a compound it lacks counts by
      // its head ("Regierungssprecher").
      isSpokespersonNoun: ((nouns: readonly string[]) => (word: string) => {
        const lower = word.toLowerCase();
        return isCapitalised(word) && nouns.some((noun) => lower === noun || (lower.endsWith(noun) && !commonNouns.has(word)));
      })(grammar.spokespersonNouns.map((noun) => noun.toLowerCase())),
      spokespersonNouns: lowerSet(grammar.spokespersonNouns),
      attendancePrepositions: lowerSet(grammar.attendancePrepositions),
      demonstrativePronouns: lowerSet(grammar.demonstrativePronouns),
      focusPhrases: grammar.focusPhrases.map((phrase) => phrase.toLowerCase().split(/\s+/)),
      placeNameLinks: grammar.placeNameLinks.map((phrase) => phrase.toLowerCase().split(/\s+/)),
      reportingSubordinators: lowerSet(grammar.reportingSubordinators),
      pairNouns: new Map(Object.entries(grammar.pairNouns).map(([form, kind]) => [form.toLowerCase(), kind])),
      auxiliaries: lowerSet(grammar.auxiliaries),
      separableParticles: lowerSet(grammar.separableParticles),
      timeNouns: lowerSet([...Object.keys(grammar.weekdays), ...Object.keys(grammar.months)]),
      relativeDays: lowerSet(Object.keys(grammar.relativeDays)),
      timeWords: lowerSet(grammar.timeWords),
    },
  });
}

/** "al-Assad": a listed particle, a hyphen, and a capitalised rest. */
function hyphenatedNamePartTest(particles: readonly string[]): (word: string) => boolean {
  const known = new Set(particles.map((particle) => particle.toLowerCase()));
  return (word) => {
    const hyphen = word.indexOf('-');
    return hyphen > 0 && hyphen < word.length - 1 && known.has(word.slice(0, hyphen)) && isCapitalised(word.slice(hyphen + 1));
  };
}

export { foldDiacritics };
