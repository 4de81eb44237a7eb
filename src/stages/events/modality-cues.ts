/**
 * Modality and attribution cues, compiled once from `cues.json` and the grammar: which words make an event planned,
 * expected, negated, hypothetical or reported, and which verbs report speech.
 */
import type { Doc, Modality } from '../../doc/types.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { CuesFile, VerbForms } from '../../rules/schema.ts';
import { verbFormsOf } from './compile-triggers.ts';
import type { Segment } from './clauses.ts';

export interface CompiledCues {
  /** Single-word and multi-word cues per modality, lower case. */
  words: Record<'planned' | 'expected' | 'negation' | 'hypothetical', CueSet>;
  reportingForms: Map<string, { particle?: string }>;
  /** Forms of the object-control verbs ("warf … vor", "vorgeworfen"); a form without its particle needs it to close the clause. */
  controlForms: Map<string, { particle?: string; accusation: boolean; asks: boolean; requiresContext?: readonly string[] }>;
  attributionPhrases: CueSet;
  /** Attribution phrases of speech (cues `speechPhrases`: "hieß es"), whose source speaks. */
  speechPhrases: CueSet;
  /** Phrases whose negation word negates nothing ("nicht nur"), split into words. */
  negationExceptions: string[][];
  /** Conjunctions that open a correction of a negated phrase ("nicht in Berlin, sondern in Paris"). */
  correctingConjunctions: Set<string>;
  /** Phrases of comparison whose cue says the event went as planned or expected ("wie geplant"), split into words. */
  comparisonPhrases: string[][];
  /** Phrases whose reporting verb reports nothing of the sentence (cues `reportingExceptions`: "wie berichtet"), split. */
  reportingExceptions: string[][];
  subjunctive: Set<string>;
  /** Forms of "werden": future with an infinitive, passive with a participle. */
  future: Set<string>;
  /** The present forms of "werden" only: with an infinitive they make the future ("wird … empfangen"). */
  futureAuxiliaries: Set<string>;
  /** Modal verbs that report a claim with a perfect infinitive ("soll … gesprochen haben"), lower case. */
  claimModals: Set<string>;
  /** Present modals of obligation, lower case: "muss", "müsse". */
  obligationModals: Set<string>;
  /** Present modals of ability, lower case: "kann", "können". */
  abilityModals: Set<string>;
  /** Words that open a zu-infinitive of what does not happen ("ohne … zu"), lower case. */
  negatingInfinitiveOpeners: Set<string>;
  /** Words that state a condition opening their sentence before a comma only (cues `conditionOpeners`), lower case. */
  conditionOpeners: Set<string>;
  /** Past modals of intention ("wollte"), lower case: with an infinitive trigger, planned. */
  pastIntentionModals: Set<string>;
  /** Participles that negate the event noun they stand before ("vereitelt"), lower case, uninflected. */
  negatingAttributes: Set<string>;
  /** Nouns of evidence (cues `evidenceNouns`), as written: denied, they deny the event noun they point to. */
  evidenceNouns: Set<string>;
  /** Nouns of reason or need (cues `reasonNouns`), as written: denied, they deny the zu-infinitive they govern. */
  reasonNouns: Set<string>;
  /** Forms of verbs that tell whether the zu-infinitive they govern happened ("gelang", "versäumte"), lower case. */
  succeededForms: Set<string>;
  failedForms: Set<string>;
  /** Forms of the verbs of ruling out (cues `ruleOutVerbs`), with the particle a finite form needs later in its clause. */
  ruleOutForms: Map<string, { particle?: string }>;
  /** Forms of the verbs of ruling out that shut their object out of the event a preposition's phrase names, by it. */
  shutOutForms: Map<string, Map<string, { particle?: string }>>;
  /** Forms of the verbs that end or go on with their object's event (cues `continuationVerbs`). */
  continuationForms: Map<string, { particle?: string }>;
  /** Forms of the verbs whose subject performs the event noun that is their object (cues `undertakingVerbs`). */
  undertakingForms: Map<string, { particle?: string }>;
  /** Forms of the verbs whose object's event did not take place (cues `preventionVerbs`). */
  preventionForms: Map<string, { particle?: string }>;
  /** The same for verbs that take the event noun in a phrase of a preposition, by the preposition ("von": "absehen"). */
  prepositionalPreventionForms: Map<string, Map<string, { particle?: string }>>;
  /** Forms of the verbs of denying, whose object, zu-infinitive or dass-clause is denied (cues `denialVerbs`). */
  denialForms: Map<string, { particle?: string }>;
  /** Forms of the verbs of deciding, whose zu-infinitive or dass-clause is planned (cues `decisionVerbs`). */
  decisionForms: Map<string, { particle?: string }>;
  /** Forms of the verbs of believing (cues `beliefVerbs`): their clause's past subjunctive of "haben" reports. */
  beliefForms: Map<string, { particle?: string }>;
  /** Indicative forms of "haben" and "sein" (grammar `perfectAuxiliaries`), lower case. */
  perfectAuxiliaries: ReadonlySet<string>;
  /** Verbs whose perfect takes an infinitive for its participle (grammar `substituteInfinitives`). */
  substituteInfinitives: ReadonlySet<string>;
  /** Finite auxiliaries and forms of "sein" (grammar `auxiliaries`, `seinForms`), lower case. */
  finiteAuxiliaries: ReadonlySet<string>;
  /** Relative pronouns (grammar `relativePronouns`), lower case: a segment they open is a relative clause. */
  relativePronouns: ReadonlySet<string>;
  /** Determiners that open a genitive attribute (grammar `genitiveDeterminers`), lower case. */
  genitiveDeterminers: ReadonlySet<string>;
  /** Past subjunctives of "haben" that report amid reported speech (grammar `reportedPastSubjunctives`). */
  reportedPastSubjunctives: ReadonlySet<string>;
  /** Subordinators whose clause tells what someone says (grammar `reportingSubordinators`: "wonach"). */
  reportingSubordinators: ReadonlySet<string>;
  /** A strong verb's participle: "ge" after a separable particle or none, and -en ("angenommen", "gesprochen"). */
  strongParticiple: RegExp;
  /** Words of match reports, lower case, and the event types such sentences do not hold. */
  sportsEventTypes: Set<string>;
}

/** Cue words, and multi-word cues split into words once ("es wird erwartet" → ["es", "wird", "erwartet"]). */
export interface CueSet {
  single: Set<string>;
  phrases: string[][];
  /** A finite verb and its separable particle ("kündigte an"): the particle closes the clause, with words between or not. */
  separable: [verb: string, particle: string][];
}

/**
 * Cues split into single words and phrases; a phrase of a verb and one of `particles` is a separable verb's. One
 * written with a capital is a noun's and no verb's ("Sorge vor": the preposition follows the noun).
 */
export function splitCues(cues: readonly string[], particles: ReadonlySet<string> = new Set()): CueSet {
  const single = new Set<string>();
  const phrases: string[][] = [];
  const separable: [string, string][] = [];
  for (const cue of cues) {
    const lower = cue.toLowerCase().trim();
    const parts = lower.split(/\s+/);
    if (parts.length === 2 && particles.has(parts[1]) && !/^\p{Lu}/u.test(cue.trim())) separable.push([parts[0], parts[1]]);
    else if (parts.length > 1) phrases.push(parts);
    else single.add(lower);
  }
  return { single, phrases, separable };
}

/** Every form of the verbs, each with the particle a finite form of a separable verb needs later ("schloss … aus"). */
function verbFormTable(verbs: readonly VerbForms[]): Map<string, { particle?: string }> {
  const forms = new Map<string, { particle?: string }>();
  for (const verb of verbs) {
    const { finite, nonFinite } = verbFormsOf(verb);
    const particle = verb.particle?.toLowerCase();
    for (const form of finite) {
      if (particle) {
        forms.set(form, { particle });
        forms.set(particle + form, {});
      } else forms.set(form, {});
    }
    for (const form of nonFinite) forms.set(form, {});
  }
  return forms;
}

/** Form tables of the verbs that name a preposition, by that preposition. */
function prepositionalVerbFormTables(verbs: readonly (VerbForms & { preposition?: string })[]): Map<string, Map<string, { particle?: string }>> {
  const tables = new Map<string, Map<string, { particle?: string }>>();
  for (const verb of verbs) {
    if (verb.preposition === undefined) continue;
    const preposition = verb.preposition.toLowerCase();
    const table = tables.get(preposition) ?? new Map<string, { particle?: string }>();
    for (const [form, value] of verbFormTable([verb])) table.set(form, value);
    tables.set(preposition, table);
  }
  return tables;
}

/**
 * Whether the words hold a form of the table's verbs; a finite form of a separable one needs its particle after it,
 * closing the clause ("schloss … nicht aus", not "schloss … aus wirtschaftlichen Gründen").
 */
export function holdsVerbForm(words: readonly string[], forms: ReadonlyMap<string, { particle?: string }>): boolean {
  return words.some((word, index) => {
    const form = forms.get(word);
    if (form?.particle === undefined) return form !== undefined;
    for (let position = index + 1; position < words.length; position++) {
      if (words[position] === form.particle && !/\p{L}/u.test(words[position + 1] ?? '')) return true;
    }
    return false;
  });
}

export function compileCues(cues: CuesFile, lexicons: CompiledLexicons, subjunctiveMarkers: readonly string[], werdenForms: readonly string[], werdenPastForms: readonly string[] = []): CompiledCues {
  const reportingForms = verbFormTable(cues.reportingVerbs);
  const controlForms = new Map<string, { particle?: string; accusation: boolean; asks: boolean; requiresContext?: readonly string[] }>();
  for (const verb of cues.objectControlVerbs ?? []) {
    const { finite, nonFinite } = verbFormsOf(verb);
    const particle = verb.particle?.toLowerCase();
    const accusation = verb.accusation ?? false;
    const asks = verb.asks ?? false;
    const requiresContext = verb.requiresContext?.length ? verb.requiresContext : undefined;
    for (const form of finite) {
      controlForms.set(form, { particle, accusation, asks, requiresContext });
      if (particle) controlForms.set(particle + form, { accusation, asks, requiresContext });
    }
    for (const form of nonFinite) controlForms.set(form, { accusation, asks, requiresContext });
  }
  return {
    controlForms,
    words: {
      planned: splitCues(cues.planned, lexicons.grammar.separableParticles),
      expected: splitCues(cues.expected, lexicons.grammar.separableParticles),
      negation: splitCues(cues.negation, lexicons.grammar.separableParticles),
      hypothetical: splitCues(cues.hypothetical, lexicons.grammar.separableParticles),
    },
    reportingForms,
    attributionPhrases: splitCues(cues.attributionPhrases ?? []),
    speechPhrases: splitCues(cues.speechPhrases ?? []),
    negationExceptions: (cues.negationExceptions ?? []).map((phrase) => phrase.toLowerCase().trim().split(/\s+/)),
    comparisonPhrases: (cues.comparisonPhrases ?? []).map((phrase) => phrase.toLowerCase().trim().split(/\s+/)),
    correctingConjunctions: new Set((cues.correctingConjunctions ?? []).map((word) => word.toLowerCase())),
    reportingExceptions: (cues.reportingExceptions ?? []).map((phrase) => phrase.toLowerCase().trim().split(/\s+/)),
    subjunctive: new Set(subjunctiveMarkers.map((word) => word.toLowerCase())),
    future: new Set(werdenForms.map((word) => word.toLowerCase())),
    futureAuxiliaries: new Set(werdenForms.map((word) => word.toLowerCase()).filter((word) => !werdenPastForms.some((past) => past.toLowerCase() === word))),
    claimModals: new Set((cues.claimModals ?? []).map((word) => word.toLowerCase())),
    obligationModals: new Set((cues.obligationModals ?? []).map((word) => word.toLowerCase())),
    abilityModals: new Set((cues.abilityModals ?? []).map((word) => word.toLowerCase())),
    negatingInfinitiveOpeners: new Set((cues.negatingInfinitiveOpeners ?? []).map((word) => word.toLowerCase())),
    conditionOpeners: new Set((cues.conditionOpeners ?? []).map((word) => word.toLowerCase())),
    pastIntentionModals: new Set((cues.pastIntentionModals ?? []).map((word) => word.toLowerCase())),
    negatingAttributes: new Set((cues.negatingAttributes ?? []).map((word) => word.toLowerCase())),
    evidenceNouns: new Set(cues.evidenceNouns ?? []),
    reasonNouns: new Set(cues.reasonNouns ?? []),
    succeededForms: new Set((cues.implicativeVerbs?.succeeded ?? []).map((word) => word.toLowerCase())),
    failedForms: new Set((cues.implicativeVerbs?.failed ?? []).map((word) => word.toLowerCase())),
    ruleOutForms: verbFormTable(cues.ruleOutVerbs ?? []),
    shutOutForms: prepositionalVerbFormTables(cues.ruleOutVerbs ?? []),
    continuationForms: verbFormTable(cues.continuationVerbs ?? []),
    undertakingForms: verbFormTable(cues.undertakingVerbs ?? []),
    preventionForms: verbFormTable((cues.preventionVerbs ?? []).filter((verb) => verb.preposition === undefined)),
    prepositionalPreventionForms: prepositionalVerbFormTables(cues.preventionVerbs ?? []),
    denialForms: verbFormTable(cues.denialVerbs ?? []),
    decisionForms: verbFormTable(cues.decisionVerbs ?? []),
    beliefForms: verbFormTable(cues.beliefVerbs ?? []),
    perfectAuxiliaries: lexicons.grammar.perfectAuxiliaries,
    substituteInfinitives: lexicons.grammar.substituteInfinitives,
    finiteAuxiliaries: new Set([...lexicons.grammar.auxiliaries, ...lexicons.grammar.seinForms]),
    reportedPastSubjunctives: lexicons.grammar.reportedPastSubjunctives,
    reportingSubordinators: lexicons.grammar.reportingSubordinators,
    relativePronouns: lexicons.grammar.relativePronouns,
    genitiveDeterminers: lexicons.grammar.genitiveDeterminers,
    sportsEventTypes: new Set(cues.sportsEventTypes ?? []),
    strongParticiple: new RegExp(`^(?:${[...lexicons.grammar.separableParticles].join('|')})?ge\\p{Ll}{3,}en$`, 'u'),
  };
}

// Lower-cased token texts, computed once per token array (a Doc's tokens never change once segmented).
const lowerCaseWords = new WeakMap<object, string[]>();

export function wordsOf(doc: Doc, tokenStart: number, tokenEnd: number): string[] {
  const tokens = doc.tokens!;
  let lower = lowerCaseWords.get(tokens);
  if (!lower) {
    lower = tokens.map((token) => token.text.toLowerCase());
    lowerCaseWords.set(tokens, lower);
  }
  return lower.slice(tokenStart, tokenEnd);
}

/** Tokens after which a capitalised word may open a statement, so its case says nothing: a colon, quote, dash, bracket. */
const statementOpeners = new Set([':', '„', '"', '»', '«', '“', '–', '—', '(']);

/**
 * The words of `[tokenStart, tokenEnd)` for cue matching: lower case, except a capitalised word inside its
 * statement, which is a noun or name and keeps its case, so that no lower-case cue matches it ("zur Würde des
 * Menschen" is no "würde", "am Morgen" no "morgen", "das Vorhaben" no "vorhaben"). Phrases still match in any case.
 */
export function cueWordsOf(doc: Doc, tokenStart: number, tokenEnd: number): string[] {
  const tokens = doc.tokens!;
  const sentences = doc.sentences!;
  return wordsOf(doc, tokenStart, tokenEnd).map((word, offset) => {
    const index = tokenStart + offset;
    const token = tokens[index];
    if (!/^\p{Lu}/u.test(token.text) || index === sentences[token.sentence].tokenStart || statementOpeners.has(tokens[index - 1]?.text ?? '')) return word;
    return token.text;
  });
}

/** The first cue of the kind among the words, as [index, length], or undefined. */
export function findCue(words: readonly string[], cue: CueSet): [number, number] | undefined {
  for (let index = 0; index < words.length; index++) {
    if (cue.single.has(words[index])) return [index, 1];
    if (cue.phrases.length === 0 && cue.separable.length === 0) continue;
    const first = words[index].toLowerCase();
    // "kündigte am Montag seinen Rücktritt an": the particle closes the clause, not opens a phrase ("hat vor dem Haus").
    for (const [verb, particle] of cue.separable) {
      if (first !== verb) continue;
      const closing = words.findIndex((word, position) => position > index && word.toLowerCase() === particle && !/\p{L}/u.test(words[position + 1] ?? ''));
      if (closing > index) return [index, 1];
    }
    for (const parts of cue.phrases) {
      if (first !== parts[0]) continue;
      const length = phraseLengthAt(words, index, parts);
      if (length > 0) return [index, length];
    }
  }
  return undefined;
}

/** Words a gap ("…") of a phrase cue spans at most: "mit … rechnen" holds "mit weiteren Streiks rechnen". */
const longestCueGap = 4;

/**
 * How many words from `index` the phrase's parts match, 0 for none. A part "…" matches one to `longestCueGap` words
 * (no punctuation), so a cue can frame a phrase: "mit … rechnen".
 */
function phraseLengthAt(words: readonly string[], index: number, parts: readonly string[], partIndex = 0): number {
  if (partIndex === parts.length) return 0;
  const part = parts[partIndex];
  if (part === '…') {
    for (let gap = 1; gap <= longestCueGap; gap++) {
      const skipped = words.slice(index, index + gap);
      if (skipped.length < gap || skipped.some((word) => !/\p{L}/u.test(word))) return 0;
      const rest = phraseLengthAt(words, index + gap, parts, partIndex + 1);
      if (rest > 0 || partIndex + 1 === parts.length) return gap + rest;
    }
    return 0;
  }
  if (words[index]?.toLowerCase() !== part) return 0;
  if (partIndex + 1 === parts.length) return 1;
  const rest = phraseLengthAt(words, index + 1, parts, partIndex + 1);
  return rest > 0 ? 1 + rest : 0;
}

/** The words with those of every negation exception ("nicht nur") blanked out, so no negation cue is found there. */
function withoutNegationExceptions(words: readonly string[], cues: CompiledCues): readonly string[] {
  return withoutPhrases(words, cues.negationExceptions);
}

/**
 * The words with those of every phrase (lower case, split into words; "…" for one to four words, as in phrase cues)
 * blanked out.
 */
export function withoutPhrases(words: readonly string[], phrases: readonly (readonly string[])[]): readonly string[] {
  let result: string[] | undefined;
  for (let index = 0; index < words.length; index++) {
    for (const parts of phrases) {
      const length = phraseLengthAt(words, index, parts);
      if (length === 0) continue;
      result ??= [...words];
      for (let offset = 0; offset < length; offset++) result[index + offset] = '';
    }
  }
  return result ?? words;
}

export interface ModalityInput {
  doc: Doc;
  segment: Segment;
  /** Segments of the same sentence before this one (the governing clause of a dass-clause among them). */
  previousSegments: readonly Segment[];
  triggerIndex: number;
  isNoun: boolean;
  negatedByVerb: boolean;
  /**
   * The noun stands in a phrase of a time before (grammar `precedingTimePrepositions`): "kündigte nach einer Sitzung
   * an" told the announcement after the meeting, so an announcing verb plans nothing of it.
   */
  inPrecedingTimePhrase?: boolean;
  /**
   * The noun stands in a phrase of a setting (grammar `settingPrepositions`): "beim Treffen am Freitag"; `indefinite`
   * when an indefinite article opens it ("bei einer Annäherung").
   */
  inSettingPhrase?: { indefinite: boolean };
  /** The noun stands in a prepositional phrase of its clause ("nach den Ermittlungen"), no object of its verb. */
  governedByPreposition?: boolean;
  /** That preposition, lower case ("von" in "sieht von Ermittlungen ab"). */
  governingPreposition?: string;
  /** The trigger is an infinitive ("wird … besuchen" is future, so planned). */
  isInfinitive?: boolean;
  /** The trigger itself is a subjunctive I form ("man treffe sich"). */
  isSubjunctive?: boolean;
  /** The trigger is a zu-infinitive ("…, nach Warschau zu reisen"), which takes the modality of the clause it depends on. */
  isZuInfinitive?: boolean;
  /** The trigger is a verb's past participle ("gesprochen"), as in a perfect infinitive ("gesprochen haben"). */
  isParticiple?: boolean;
  /** The trigger is a participle used as an adjective ("der festgenommene Mann"). */
  isAttributive?: boolean;
  /** Where the extended attribute of such a participle opens, at its determiner ("dem in Riga festgenommenen Mann"). */
  attributeStart?: number;
  /**
   * The trigger is a participle after "wie", a clause of comparison of its own ("stellt sie nicht wie verlangt zur
   * Verfügung", "wie von der Kommission gefordert"): the demand was made; the clause's negation and plans are its verb's.
   */
  isComparison?: boolean;
  /** The clause asks whether the event happens ("Treten Sie zurück?", "Hat Moskau Kiew angegriffen?"). */
  isYesNoQuestion?: boolean;
  /** Tokens `[start, end)` of an aside inside the clause, whose cues are not the clause's ("– und nicht X –"). */
  aside?: readonly [number, number];
  /**
   * Where the trigger's conjunct ends, when a coordinator after a finite trigger opens another one: "fordert einen
   * Aufbruch und will das System verändern" (the "will" is the next verb's).
   */
  conjunctEnd?: number;
  /** Where it starts, when a finite trigger follows a coordinator ("will das Filialnetz übernehmen und verhandelt …"). */
  conjunctStart?: number;
  /**
   * Where the clause starts, when the trigger's part is a later conjunct of it that shares its finite verb: "will sich
   * … treffen und ein solches Abkommen vereinbaren" (the "will" plans both infinitives).
   */
  sharedClauseStart?: number;
  /** The trigger is a noun with its support verb in the clause ("übt Kritik"), which the clause's negation negates. */
  withSupportVerb?: boolean;
  /**
   * The speaker's side ("wir", "man") performs a verbal act (CAMEO 01–05, 09–13) in the clause: with a modal of
   * obligation, saying so does it ("müssen wir entschieden zurückweisen").
   */
  performative?: boolean;
  /**
   * The cue of a conditional clause right before this main clause ("Sollte sie zurückkommen, wird sie verhaftet",
   * "Wenn …, wird …"): what the main clause tells depends on it.
   */
  conditionBefore?: string;
  /** The trigger is the object noun of a zu-infinitive clause ("…, einen Angriff vorzubereiten"). */
  inZuInfinitiveClause?: boolean;
  /** Markers of reported speech that are the indicative here, the clause having "ich" for subject ("habe ich"). */
  indicativeMarkers?: ReadonlySet<string>;
  /** Coordinators, lower case: a "nicht" right after one negates its conjunct, not the clause. */
  coordinators?: ReadonlySet<string>;
  /**
   * Prepositions, lower case, without those joined with an article ("zum", "beim"): a "nicht" before a noun's
   * preposition negates the verb ("nicht zu den Vorwürfen geäußert", "nicht an Zusagen gehalten"), while one before an
   * idiom's contraction stays the noun's ("nicht zum Vorwurf machen").
   */
  prepositions?: ReadonlySet<string>;
}

/**
 * The object-control verb of a clause, if it has one ("warf Moskau vor", "forderte … auf"): its position among the
 * words and whether it accuses. A finite form written without its particle counts only when the particle follows.
 */
export function objectControlIn(words: readonly string[], cues: CompiledCues): { index: number; accusation: boolean; asks: boolean } | undefined {
  for (let index = 0; index < words.length; index++) {
    const form = cues.controlForms.get(words[index]);
    if (!form || (form.particle && !words.slice(index + 1).includes(form.particle))) continue;
    // "macht X für Y verantwortlich": a common verb controls only with its phrase's other word in the clause.
    if (form.requiresContext && !form.requiresContext.some((word) => words.includes(word))) continue;
    return { index, accusation: form.accusation, asks: form.asks };
  }
  return undefined;
}

/**
 * Whether the clause's last word is an infinitive, not a participle: lower case in -en, -ern or -eln, without the "ge"
 * a participle has after a particle or at its start ("stimmen", "verhandeln"; not "angenommen", "gesprochen").
 */
function endsInInfinitive(doc: Doc, segment: Segment, cues: CompiledCues): boolean {
  const tokens = doc.tokens!;
  let last = segment.tokenEnd - 1;
  while (last > segment.tokenStart && tokens[last].kind === 'punct') last--;
  const word = tokens[last].text;
  return /^\p{Ll}+(?:en|ern|eln)$/u.test(word) && !cues.strongParticiple.test(word) && word !== 'worden' && word !== 'werden';
}

/** Whether the clause ends in a perfect infinitive: a participle (lower case), or "worden", before "haben" or "sein". */
function endsInPerfectInfinitive(doc: Doc, segment: Segment): boolean {
  const tokens = doc.tokens!;
  let last = segment.tokenEnd - 1;
  while (last > segment.tokenStart && tokens[last].kind === 'punct') last--;
  if (last <= segment.tokenStart || (tokens[last].text !== 'haben' && tokens[last].text !== 'sein')) return false;
  const before = tokens[last - 1].text;
  return before === 'worden' || /^\p{Ll}+(?:t|en)$/u.test(before);
}

/**
 * Whether the clause's only hypothetical cue is a past subjunctive of "haben" that reported speech uses where the
 * present one equals the indicative (grammar `reportedPastSubjunctives`), with reported speech (a subjunctive I
 * marker) in its sentence or the one before: "2013 seien es nur 137 gewesen, bedauerte Deutsch. Vor allem im Internet
 * hätten sich Drohungen gehäuft." One that opens its clause makes a condition ("Hätte er gewartet, …").
 */
function standsInForReportedSpeech(doc: Doc, segment: Segment, clauseWords: readonly string[], cues: CompiledCues, previous: Segment | undefined, prepositions: ReadonlySet<string> | undefined): boolean {
  const hypothetical = clauseWords.filter((word) => cues.words.hypothetical.single.has(word));
  if (hypothetical.length !== 1 || !cues.reportedPastSubjunctives.has(hypothetical[0]) || clauseWords[0] === hypothetical[0]) return false;
  if (cues.words.hypothetical.phrases.some((parts) => findCue(clauseWords, { single: new Set(), phrases: [parts], separable: [] }))) return false;
  // "die Aussage, wonach die Arbeitnehmer … fordern würden": the clause tells what is said.
  if (segment.subordinator !== undefined && cues.reportingSubordinators.has(segment.subordinator)) return true;
  // "warf X vor, sie hätten ein Gespräch abgelehnt", "sagte, sie hätten …": the clause before reports or accuses, or
  // believes ("ist überzeugt, die Piloten hätten …").
  const previousWords = previous && previous.sentence === segment.sentence ? wordsOf(doc, previous.tokenStart, previous.tokenEnd) : [];
  if (previousWords.some((word) => cues.reportingForms.has(word)) || objectControlIn(previousWords, cues)?.accusation || holdsVerbForm(previousWords, cues.beliefForms)) return true;
  // "Auch würden sich Drohungen häufen, sagte X": so does a reporting verb right after the clause's comma.
  const tokens = doc.tokens!;
  const after = tokens[segment.tokenEnd];
  if (after?.text === ',' && after.sentence === segment.sentence && cues.reportingForms.has(tokens[segment.tokenEnd + 1]?.text.toLowerCase() ?? '')) return true;
  // So does a subjunctive I in its sentence or the one before, or a reporting verb in the one before ("Er verweist auf
  // Arbeitsstiftungen. Zudem hätten die Banken zugesagt, …"), unless a phrase opening the clause makes it a condition
  // ("Ohne die Polizei hätten sich Drohungen gehäuft").
  const sentences = doc.sentences!;
  const from = sentences[Math.max(0, segment.sentence - 1)].tokenStart;
  if (wordsOf(doc, from, sentences[segment.sentence].tokenEnd).some((word) => cues.subjunctive.has(word))) return true;
  if (prepositions?.has(clauseWords[0]?.toLowerCase() ?? '')) return false;
  return segment.sentence > 0 && wordsOf(doc, from, sentences[segment.sentence - 1].tokenEnd).some((word) => cues.reportingForms.has(word));
}

/** Prepositions by which a noun of evidence points to what it is evidence of. */
const evidencePrepositions = new Set(['auf', 'für']);

/**
 * Whether the noun trigger is what a denied piece of evidence in its clause points to (cues `evidenceNouns`), before
 * or after it: "keine Hinweise auf einen Terroranschlag", "Für einen Terroranschlag gebe es keine Hinweise". The
 * negation stands before the evidence noun (with an adjective between or not: "keine konkreten Anzeichen"), and the
 * trigger's own phrase opens with "auf" or "für".
 */
function pointedToByDeniedEvidence(doc: Doc, segment: Segment, triggerIndex: number, cues: CompiledCues): boolean {
  if (cues.evidenceNouns.size === 0) return false;
  const words = cueWordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const trigger = triggerIndex - segment.tokenStart;
  if (!words.slice(Math.max(0, trigger - 3), trigger).some((word) => evidencePrepositions.has(word))) return false;
  return words.some((word, index) => cues.evidenceNouns.has(word) && index !== trigger && [words[index - 1], words[index - 2]].some((before) => before !== undefined && cues.words.negation.single.has(before)));
}

/** Pronominal adverbs by which a noun of evidence points to the dass-clause after it. */
const evidenceAdverbs = new Set(['darauf', 'dafür']);

/** Whether the clause right before, in the sentence, holds denied evidence that points to the clause after it. */
function deniedEvidenceGoverns(doc: Doc, segment: Segment, governing: Segment | undefined, cues: CompiledCues): boolean {
  if (!governing || governing.sentence !== segment.sentence || cues.evidenceNouns.size === 0) return false;
  const words = cueWordsOf(doc, governing.tokenStart, governing.tokenEnd);
  return words.some(
    (word, index) =>
      cues.evidenceNouns.has(word) &&
      evidenceAdverbs.has(words[index + 1] ?? '') &&
      [words[index - 1], words[index - 2]].some((before) => before !== undefined && cues.words.negation.single.has(before)),
  );
}

/**
 * The purpose clause that the segment, opening with "zu", resumes after relative clauses interrupted it: "um Goebbels, der
 * … wohnte, zu verhaften".
 */
export function resumedPurposeClause(doc: Doc, segment: Segment, previousSegments: readonly Segment[], relativePronouns: ReadonlySet<string>): Segment | undefined {
  if (doc.tokens![segment.tokenStart].text !== 'zu') return undefined;
  for (let index = previousSegments.length - 1; index >= 0; index--) {
    const earlier = previousSegments[index];
    if (earlier.sentence !== segment.sentence) return undefined;
    if (earlier.subordinator !== undefined && relativePronouns.has(earlier.subordinator)) continue;
    return earlier.subordinator === 'um' ? earlier : undefined;
  }
  return undefined;
}

/** The words of the clause that governs a zu-infinitive or dass-clause trigger, in its sentence; undefined for none. */
function ruledOutBy(input: ModalityInput, cues: CompiledCues): string[] | undefined {
  const { doc, segment } = input;
  const governed = input.isZuInfinitive || (!input.isNoun && cueWordsOf(doc, input.triggerIndex + 1, segment.tokenEnd)[0] === 'zu') || segment.subordinator === 'dass' || segment.subordinator === 'daß';
  const governor = governed ? input.previousSegments.at(-1) : undefined;
  void cues;
  return governor && governor.sentence === segment.sentence ? cueWordsOf(doc, governor.tokenStart, governor.tokenEnd) : undefined;
}

/**
 * Whether the clause states a condition: opened by a conditional subordinator ("wenn", "falls"), or, opening its
 * sentence before a comma, by a past subjunctive ("Sollten die Partner nicht bereit sein, …").
 */
function isConditionClause(doc: Doc, segment: Segment, cues: CompiledCues): boolean {
  if (segment.subordinator !== undefined) return cues.words.hypothetical.single.has(segment.subordinator);
  const tokens = doc.tokens!;
  const first = tokens[segment.tokenStart].text.toLowerCase();
  const opensSentence = segment.tokenStart === doc.sentences![segment.sentence].tokenStart;
  return opensSentence && tokens[segment.tokenEnd]?.text === ',' && (cues.words.hypothetical.single.has(first) || cues.conditionOpeners.has(first));
}

/**
 * Whether the negation at `at` among the clause's `words` denies a phrase that a correcting conjunction then replaces,
 * not the verb's event: "attackieren sie nicht … nur die imitierte Art, sondern alle", "haben sich nicht in Berlin
 * getroffen, sondern in Paris", "hat nicht die Ukraine angegriffen, sondern Polen". The words from the negation to the
 * correction (within the clause, or to its end where the next clause opens with it) must hold a capitalised word
 * besides the verb trigger at `trigger`; "hat nicht angegriffen, sondern verteidigt", "griff nicht an, sondern …"
 * negate the verb. Not for a noun trigger (-1), whose negation is its own.
 */
function negatesCorrectedPhrase(doc: Doc, segment: Segment, words: readonly string[], at: number, trigger: number, cues: CompiledCues): boolean {
  if (trigger < 0 || cues.correctingConjunctions.size === 0) return false;
  let end = words.findIndex((word, index) => index > at && cues.correctingConjunctions.has(word.toLowerCase()) && words[index - 1] === ',');
  if (end < 0) {
    const tokens = doc.tokens!;
    const correctedAfter = tokens[segment.tokenEnd]?.text === ',' && cues.correctingConjunctions.has(tokens[segment.tokenEnd + 1]?.text.toLowerCase() ?? '');
    if (!correctedAfter) return false;
    end = words.length;
  }
  return words.slice(at + 1, end).some((word, offset) => at + 1 + offset !== trigger && /^\p{Lu}/u.test(word));
}

/**
 * Decides modality. Precedence, strongest first: negated, hypothetical, expected, planned, reported, asserted.
 * For a noun trigger, cues in the words right before it count ("das anstehende Treffen", "kein Treffen").
 */
export function decideModality(input: ModalityInput, cues: CompiledCues): { modality: Modality; cue?: string } {
  const { doc, segment, triggerIndex, isNoun, aside } = input;
  // "traf wie geplant", "kritisierte wie erwartet": a comparison's cue tells that the event went as foreseen.
  const wordsOutsideAside = (start: number, end: number) =>
    withoutPhrases(aside && start < aside[1] && aside[0] < end ? [...cueWordsOf(doc, start, Math.max(start, aside[0])), ...cueWordsOf(doc, Math.min(end, aside[1]), end)] : cueWordsOf(doc, start, end), cues.comparisonPhrases);
  const words = wordsOutsideAside(input.conjunctStart ?? segment.tokenStart, input.conjunctEnd ?? segment.tokenEnd);
  // A noun, or a participle used as an adjective ("bei einem in Gießen festgenommenen Mann"), takes its negation
  // from its own attribute, not from the clause it stands in.
  // An extended attribute's words are all its own: "Der nicht von X kritisierte Plan".
  const localStart = input.isAttributive && input.attributeStart !== undefined ? input.attributeStart + 1 : Math.max(segment.tokenStart, triggerIndex - 3);
  const local = isNoun || input.isAttributive ? wordsOutsideAside(localStart, triggerIndex) : words;

  // "schloss einen Atomangriff nicht aus", "schloss nicht aus, Obama zu verklagen", "Ich schließe nicht aus, dass …":
  // what is not ruled out may happen; what is ruled out does not ("schließt eine Koalition aus").
  // Not a noun in a prepositional phrase: "Griechenland von der Westbalkankonferenz auszuschließen" shuts a country out of
  // a conference that takes place.
  const ruling = isNoun && !input.isAttributive ? (input.governedByPreposition === true ? undefined : wordsOutsideAside(segment.tokenStart, segment.tokenEnd)) : ruledOutBy(input, cues);
  // "will die Ermittlungen einstellen": an event a verb ends or goes on with is under way, whatever the verb's plan.
  if (isNoun && !input.isAttributive && input.governedByPreposition !== true && holdsVerbForm(wordsOutsideAside(segment.tokenStart, segment.tokenEnd), cues.continuationForms)) {
    const reported = words.some((word) => cues.subjunctive.has(word) && !input.indicativeMarkers?.has(word));
    return { modality: reported ? 'reported' : 'asserted', cue: 'continued' };
  }
  // "Sarkozy entging einem Ermittlungsverfahren", "Die Polizei verhinderte einen Anschlag": what a verb of prevention
  // takes as its object did not take place; negated ("konnte den Anschlag nicht verhindern"), it did.
  if (isNoun && !input.isAttributive && input.governedByPreposition !== true) {
    const clause = wordsOutsideAside(segment.tokenStart, segment.tokenEnd);
    // Not one before a noun, an attributive participle ("mit dem vereitelten Terroranschlag"), whose noun it negates.
    const attributive = (word: string, index: number) => {
      const stem = word.replace(/(?:e|en|er|es|em)$/, '');
      return stem !== word && /^\p{Lu}/u.test(clause[index + 1] ?? '') && cues.preventionForms.has(stem);
    };
    const verbal = clause.map((word, index) => (attributive(word, index) ? '' : word));
    if (holdsVerbForm(verbal, cues.preventionForms)) {
      const negated = findCue(withoutNegationExceptions(clause, cues), cues.words.negation) !== undefined;
      return { modality: negated ? 'asserted' : 'negated', cue: 'prevented' };
    }
  }
  // "Orbán hat ein Treffen mit Putin dementiert", "dementierte Berichte über ein Treffen": what a verb of denying takes
  // as its object, or in a phrase of "über", is denied; negated ("bestritt den Angriff nicht"), admitted.
  // (A phrase of "über" after the report's noun is that noun's attribute.)
  if (isNoun && ((!input.isAttributive && input.governedByPreposition !== true) || input.governingPreposition === 'über')) {
    const clause = wordsOutsideAside(segment.tokenStart, segment.tokenEnd);
    if (holdsVerbForm(clause, cues.denialForms)) {
      const negated = findCue(withoutNegationExceptions(clause, cues), cues.words.negation) !== undefined;
      return { modality: negated ? 'asserted' : 'negated', cue: 'denied' };
    }
  }
  // "Die Staatsanwaltschaft sieht von Ermittlungen ab": so is a noun in the phrase a verb of refraining takes.
  const refrainingForms = isNoun && !input.isAttributive && input.governingPreposition !== undefined ? cues.prepositionalPreventionForms.get(input.governingPreposition) : undefined;
  if (refrainingForms && holdsVerbForm(wordsOutsideAside(segment.tokenStart, segment.tokenEnd), refrainingForms)) {
    const negated = findCue(withoutNegationExceptions(wordsOutsideAside(segment.tokenStart, segment.tokenEnd), cues), cues.words.negation) !== undefined;
    return { modality: negated ? 'asserted' : 'negated', cue: 'prevented' };
  }
  if (ruling && holdsVerbForm(ruling, cues.ruleOutForms)) {
    const negated = findCue(withoutNegationExceptions(ruling, cues), cues.words.negation) !== undefined;
    return { modality: negated ? 'hypothetical' : 'negated', cue: 'ausschließen' };
  }
  if (input.negatedByVerb) return { modality: 'negated', cue: 'rejected' };
  // "…, ohne festgenommen zu werden", "statt zu verhandeln": what the infinitive tells does not happen.
  const opener = wordsOf(doc, segment.tokenStart, segment.tokenStart + 1)[0];
  const zuInfinitive = input.isZuInfinitive || (!isNoun && wordsOf(doc, triggerIndex + 1, segment.tokenEnd)[0] === 'zu');
  if (zuInfinitive && opener !== undefined && cues.negatingInfinitiveOpeners.has(opener)) return { modality: 'negated', cue: opener };
  // "Der ÖVP war es nicht gelungen, eine Koalition zu schmieden", "versäumte es, … zu melden": the governing verb tells
  // whether the infinitive's event happened.
  // So does a noun of refusing for the object noun of the zu-infinitive after it ("die Weigerung, mit den Gläubigern
  // Verhandlungen zu führen").
  const governor = zuInfinitive || input.inZuInfinitiveClause ? input.previousSegments.at(-1) : undefined;
  if (governor && governor.sentence === segment.sentence) {
    const governorWords = cueWordsOf(doc, governor.tokenStart, governor.tokenEnd);
    const negated = findCue(withoutNegationExceptions(governorWords, cues), cues.words.negation) !== undefined;
    if (governorWords.some((word) => cues.failedForms.has(word.toLowerCase()))) return { modality: negated ? 'asserted' : 'negated', cue: 'failed' };
    if (governorWords.some((word) => cues.succeededForms.has(word))) return { modality: negated ? 'negated' : 'asserted', cue: 'succeeded' };
    // "bestritt, Putin getroffen zu haben": the infinitive a verb of denying governs is denied; not a noun inside it
    // ("bestritt, von dem Angriff gewusst zu haben" denies the knowing).
    if (zuInfinitive && holdsVerbForm(governorWords, cues.denialForms)) return { modality: negated ? 'asserted' : 'negated', cue: 'denied' };
    // "sieht keinen Anlass, ein Ermittlungsverfahren einzuleiten": a denied reason or need denies what it would be for.
    const deniedReason = governorWords.some((word, index) => cues.reasonNouns.has(word) && [governorWords[index - 1], governorWords[index - 2]].some((before) => before !== undefined && cues.words.negation.single.has(before)));
    if (deniedReason) return { modality: 'negated', cue: 'no reason' };
  }
  if (input.isComparison) return { modality: 'asserted', cue: 'wie' };
  // "dem vereitelten Terroranschlag", "das abgesagte Treffen": an attribute says the event did not take place.
  if (isNoun) {
    const attribute = local.slice(local.findLastIndex((word) => /^\p{Lu}/u.test(word)) + 1).find((word) => cues.negatingAttributes.has(word.replace(/(?:e|en|er|es|em)$/, '')));
    if (attribute) return { modality: 'negated', cue: attribute };
    if (pointedToByDeniedEvidence(doc, segment, triggerIndex, cues)) return { modality: 'negated', cue: 'evidence' };
  }
  // "dementierte, dass es ein Treffen gegeben habe": so is what a dass-clause right after a verb of denying tells.
  const denier = input.previousSegments.at(-1);
  if ((segment.subordinator === 'dass' || segment.subordinator === 'daß') && denier && denier.sentence === segment.sentence && !input.inSettingPhrase) {
    const denierWords = cueWordsOf(doc, denier.tokenStart, denier.tokenEnd);
    if (holdsVerbForm(denierWords, cues.denialForms)) {
      const negated = findCue(withoutNegationExceptions(denierWords, cues), cues.words.negation) !== undefined;
      return { modality: negated ? 'asserted' : 'negated', cue: 'denied' };
    }
  }
  // "keinen Hinweis darauf, dass die Diplomaten getötet worden sind": so is what a dass-clause it points to tells.
  // A setting it names is taken for granted ("bei US-Luftangriffen").
  if ((segment.subordinator === 'dass' || segment.subordinator === 'daß') && !input.inSettingPhrase && deniedEvidenceGoverns(doc, segment, input.previousSegments.at(-1), cues)) return { modality: 'negated', cue: 'evidence' };
  // A noun with its support verb is negated with the verb: "Offene Kritik übt sie nicht". A "nicht" right after a
  // coordinator negates that conjunct only ("richte sich gegen Strukturen und nicht gegen das Personal").
  // "hat sich nicht zu den Vorwürfen geäußert": before the noun's preposition, a negation is the verb's.
  // "keine Hinweise auf Terroranschlag", "weder von einem Angriff": other negations deny the noun too.
  const prepositionAt = isNoun ? local.findLastIndex((word) => input.prepositions?.has(word) ?? false) : -1;
  const ownLocal = prepositionAt > 0 && local.slice(0, prepositionAt).includes('nicht') ? local.slice(prepositionAt) : local;
  const clauseNegation = ownLocal === words;
  const triggerOffset = clauseNegation ? wordsOutsideAside(input.conjunctStart ?? segment.tokenStart, triggerIndex).length : -1;
  // "miteinander und nicht übereinander zu sprechen": a "nicht" after a coordinator, with words between it and the
  // verb, negates its own conjunct, not the verb.
  // So does one after a coordinator that follows the verb ("will verhandeln und nicht kämpfen").
  const nextConjunct = !isNoun && triggerOffset >= 0 ? words.findIndex((word, index) => index > triggerOffset && (input.coordinators?.has(word) ?? false)) : -1;
  const contrastive = (word: string, index: number) =>
    (word === 'nicht' && (input.coordinators?.has(words[index - 1] ?? '') ?? false) && (input.withSupportVerb || index + 1 < triggerOffset)) || (nextConjunct >= 0 && index > nextConjunct);
  const negationWords = input.withSupportVerb || clauseNegation ? words.map((word, index) => (contrastive(word, index) ? '' : word)) : ownLocal;
  const negation = findCue(withoutNegationExceptions(negationWords, cues), cues.words.negation);
  // "Wir werden nicht locker lassen und darauf drängen": a negation before another verb and a coordinator after it
  // negates that verb's conjunct.
  // So does one before a coordinator that a finite auxiliary or form of "sein" follows, which opens a conjunct of its own
  // ("Die Volksrepublik liefere keine Waffen an die Kriegsparteien und sei bereit, …").
  const otherConjunct = (from: number) => {
    for (let position = from + 2; position < triggerOffset; position++) {
      if (!input.coordinators?.has(negationWords[position])) continue;
      if (/^\p{Ll}+$/u.test(negationWords[position - 1]) || cues.finiteAuxiliaries.has(negationWords[position + 1] ?? '')) return true;
    }
    return false;
  };
  if (negation && !(negation[0] < triggerOffset && otherConjunct(negation[0])) && !negatesCorrectedPhrase(doc, segment, negationWords, negation[0], isNoun || !clauseNegation ? -1 : triggerOffset, cues)) {
    // "Wenn Russland nicht angreift, …", "Sollten die Partner nicht bereit sein, …": a condition's own negation leaves
    // what it tells possible.
    if (!input.isAttributive && isConditionClause(doc, segment, cues)) return { modality: 'hypothetical', cue: segment.subordinator ?? opener };
    return { modality: 'negated', cue: negationWords[negation[0]] };
  }
  // "Ein Treffen ist nicht geplant", "nicht vorgesehen": a negated plan or expectation negates the event.
  const unexcepted = withoutNegationExceptions(words, cues);
  for (let index = 0; index + 1 < words.length; index++) {
    if (!cues.words.negation.single.has(unexcepted[index])) continue;
    const next = words.slice(index + 1, index + 3);
    if (findCue(next, cues.words.planned) || findCue(next, cues.words.expected)) return { modality: 'negated', cue: words[index] };
  }
  // A participle used as an adjective tells an act already done ("der angegriffene Musikclub will wiedereröffnen", "die
  // Nachfolge seines zurückgetretenen Präsidenten dürfte …"): the clause's plans, expectations and conditions are its
  // verb's, so only cues right before the participle count for it.
  // Its own words start after the last capitalised word before it: "würde Strache den verweigerten Orden anheften"
  // leaves the "würde" to the clause.
  const clauseWords = input.isAttributive ? (input.attributeStart !== undefined ? local : local.slice(local.findLastIndex((word) => /^\p{Lu}/u.test(word)) + 1)) : words;
  // A yes/no question asserts nothing: "Kann der IS durch Luftangriffe gestoppt werden?".
  if (input.isYesNoQuestion && !input.isAttributive) return { modality: 'hypothetical', cue: '?' };
  const conditional = !input.isAttributive && segment.subordinator !== undefined && cues.words.hypothetical.single.has(segment.subordinator);
  if (findCue(clauseWords, cues.words.hypothetical) || conditional) {
    // "Zu einem Kurswechsel sollte es beim Treffen am Freitag nicht kommen": the setting of what may happen is itself
    // taken for granted, and lies ahead; told in the perfect, it took place ("Bei einem Überfall haben Kämpfer
    // möglicherweise hunderte Mitarbeiter verschleppt"). One brought in by an indefinite article may be the condition
    // itself ("Bei einer Annäherung mit der EPA wären die Risiken abzusehen").
    if (input.inSettingPhrase) {
      if (words.some((word) => cues.perfectAuxiliaries.has(word)) && !words.some((word) => cues.future.has(word))) return { modality: 'asserted', cue: 'setting' };
      if (!input.inSettingPhrase.indefinite) return { modality: 'planned', cue: 'setting' };
    }
    if (!conditional && input.conditionBefore === undefined && standsInForReportedSpeech(doc, segment, clauseWords, cues, input.previousSegments.at(-1), input.prepositions)) {
      // "Dazu würden Mitarbeiter … Anfang der kommenden Woche zusammenkommen": a plan told in reported speech.
      return findCue(clauseWords, cues.words.planned) ? { modality: 'planned', cue: 'subjunctive' } : { modality: 'reported', cue: 'subjunctive' };
    }
    // "kündigte an, dass der Vorschlag am Abend besprochen werden würde": in what an announcement governs, such a
    // subjunctive tells the future the announcement plans.
    const announcing = segment.subordinator === 'dass' || segment.subordinator === 'daß' ? input.previousSegments.at(-1) : undefined;
    const hypotheticalWords = clauseWords.filter((word) => cues.words.hypothetical.single.has(word));
    if (!conditional && announcing?.sentence === segment.sentence && hypotheticalWords.every((word) => cues.reportedPastSubjunctives.has(word)) && findCue(cueWordsOf(doc, announcing.tokenStart, announcing.tokenEnd), cues.words.planned)) {
      return { modality: 'planned', cue: 'governing clause' };
    }
    return { modality: 'hypothetical', cue: segment.subordinator };
  }
  if (input.conditionBefore !== undefined && !input.isAttributive) return { modality: 'hypothetical', cue: input.conditionBefore };
  // "Wir können Menschen, die chatten, festnehmen": a present modal of ability makes what it governs possible, not done;
  // in a purpose clause it is aimed at ("damit sie gegen das Gipfeltreffen protestieren können"). Not a noun in a
  // prepositional phrase, which the modal's verb takes as it is ("kann auf das Ende von Ermittlungen hoffen").
  if (!input.isAttributive && !(isNoun && input.governedByPreposition) && words.some((word) => cues.abilityModals.has(word))) {
    return segment.subordinator === 'damit' || segment.subordinator === 'um' ? { modality: 'planned', cue: 'purpose' } : { modality: 'hypothetical', cue: 'ability' };
  }
  // "Er soll mit dem Händler gesprochen haben", "sollen getötet worden sein": a claim about the past, not a plan.
  // The perfect's "haben" may close a coordinated participle's clause: "sollen … ermordet und … verübt haben".
  const perfectFollows = () => wordsOf(doc, triggerIndex + 1, doc.sentences![segment.sentence].tokenEnd).some((word) => word === 'haben' || word === 'sein');
  // "Musk soll dem Hacker ein Jobangebot gemacht haben": a noun in a clause that ends in a perfect infinitive after a
  // claim modal is claimed, too.
  // "soll seine Exfreundin hinrichten haben lassen", "soll ihn haben festnehmen lassen": so is an infinitive that stands
  // for the participle of a perfect.
  const substitutePerfect = () => {
    const after = wordsOf(doc, triggerIndex + 1, segment.tokenEnd);
    return wordsOf(doc, segment.tokenStart, segment.tokenEnd).includes('haben') && after.some((word) => cues.substituteInfinitives.has(word));
  };
  const perfect = input.isParticiple ? perfectFollows() : isNoun ? endsInPerfectInfinitive(doc, segment) : substitutePerfect();
  if (perfect && words.some((word) => cues.claimModals.has(word))) return { modality: 'reported', cue: 'soll … haben' };
  // A dass-clause or a zu-infinitive takes the modality of the clause that governs it: "Es wird erwartet, dass …",
  // "Er kündigte an, nach Warschau zu reisen"; a purpose clause ("um … zu verhandeln") lies ahead: planned.
  // So is an event noun in it: "reiste nach Teheran, um Gespräche zu führen".
  if ((input.isZuInfinitive || input.inZuInfinitiveClause) && (segment.subordinator === 'um' || resumedPurposeClause(doc, segment, input.previousSegments, cues.relativePronouns) !== undefined)) return { modality: 'planned', cue: 'um … zu' };
  // "Tallinn warf Moskau vor, den Posten angegriffen zu haben": what an accusation says was done is alleged; so is an
  // event noun in such a clause ("unterstellt den USA, einen Angriff vorzubereiten").
  const governingClause = input.isZuInfinitive || input.inZuInfinitiveClause ? input.previousSegments.at(-1) : undefined;
  if (governingClause && objectControlIn(wordsOf(doc, governingClause.tokenStart, governingClause.tokenEnd), cues)?.accusation) {
    return { modality: 'reported', cue: 'accusation' };
  }
  const governing = segment.subordinator === 'dass' || segment.subordinator === 'daß' || input.isZuInfinitive || input.inZuInfinitiveClause ? input.previousSegments.at(-1) : undefined;
  const governingWords = governing ? cueWordsOf(doc, governing.tokenStart, governing.tokenEnd) : [];
  const expected = findCue(clauseWords, cues.words.expected) ?? (input.isAttributive ? undefined : findCue(governingWords, cues.words.expected));
  // "Erst vor fünf Wochen hatten vermutlich Krimtataren … durch Anschläge … abgeschnitten": told in the perfect, what
  // is presumed is who did it or how, not whether; the event is told as someone's account.
  if (expected && clauseWords === words && words.some((word) => cues.perfectAuxiliaries.has(word)) && !words.some((word) => cues.future.has(word))) return { modality: 'reported', cue: 'presumed' };
  if (expected) return { modality: 'expected' };
  // "Bei der geplanten Ausreise wurde er festgenommen", "üben an den geplanten Bestimmungen Kritik": an inflected cue
  // ("geplanten" of "geplant") is an adjective of some noun, and marks that noun alone.
  const planned = cues.words.planned;
  const isAttributive = (word: string) => {
    const stem = word.replace(/(?:e|en|er|es|em)$/, '');
    // Participles and adjectives only ("geplant", "anstehend", "künftig"): "sollen" is "soll" conjugated.
    return stem !== word && stem.length >= 6 && /(?:t|d|ig|en)$/.test(stem) && planned.single.has(stem);
  };
  // A word of a phrase cue stays: "im nächsten Jahr" is the clause's time ahead, though "nächsten" alone is attributive.
  const inPhrase = (list: readonly string[], position: number) =>
    planned.phrases.some((parts) => parts.some((part, offset) => part === list[position].toLowerCase() && parts.every((other, at) => list[position - offset + at]?.toLowerCase() === other)));
  const predicative = (list: readonly string[]) => list.map((word, position) => (isAttributive(word) && !inPhrase(list, position) ? '' : word));
  // "Die Minister haben sich auf Fangquoten im kommenden Jahr geeinigt": a participle in the perfect, with no modal or
  // future in the clause, tells a done act; a time ahead in the clause is another thing's.
  const toldAsDone =
    input.isParticiple && !input.isAttributive && words.some((word) => cues.perfectAuxiliaries.has(word)) && !words.some((word) => cues.future.has(word) || cues.claimModals.has(word));
  // Of the words right before it, those before another noun are that noun's: "an den geplanten Bestimmungen Kritik".
  const lastNoun = local.findLastIndex((word) => /^\p{Lu}/u.test(word));
  // An event noun in the genitive of the noun before it shares that noun's: "die nächste Runde der Friedensgespräche",
  // "die geplante Fortsetzung der Verhandlungen".
  const inGenitive = lastNoun >= 0 && lastNoun === local.length - 2 && cues.genitiveDeterminers.has(local[lastNoun + 1].toLowerCase());
  const ownWords = inGenitive ? local.slice(local.findLastIndex((word, index) => index < lastNoun && /^\p{Lu}/u.test(word)) + 1) : local.slice(lastNoun + 1);
  // An infinitive in a later conjunct has the modal or future of the conjunct that holds the finite verb.
  // So has a noun with its support verb there: "wird … kommen und Gespräche mit X führen".
  const sharedWords =
    ((input.isInfinitive && !input.isParticiple) || (isNoun && input.withSupportVerb)) && input.sharedClauseStart !== undefined ? wordsOutsideAside(input.sharedClauseStart, segment.tokenStart) : [];
  // An announcing verb (a separable one: "kündigte … an") tells a plan of its object, not of what came before it.
  const clausePlanned = input.inPrecedingTimePhrase ? { ...planned, separable: [] } : planned;
  // Any inflection of an attributive cue counts before the noun: "bis zum nächsten Gipfeltreffen" ("nächst").
  if (!toldAsDone && (findCue(predicative(clauseWords), clausePlanned) || ((isNoun || input.isAttributive) && (findCue(ownWords, planned) || ownWords.some(isAttributive))))) return { modality: 'planned' };
  if (sharedWords.length && findCue(predicative(sharedWords), planned)) return { modality: 'planned', cue: 'shared' };
  if (governing && !input.isAttributive && findCue(predicative(governingWords), planned)) return { modality: 'planned', cue: input.inZuInfinitiveClause ? 'governing clause' : undefined };
  // "hat beschlossen, die Hilfsgelder aufzustocken": what is decided lies ahead.
  if (governing && governing.sentence === segment.sentence && !input.isAttributive && holdsVerbForm(governingWords.map((word) => word.toLowerCase()), cues.decisionForms)) return { modality: 'planned', cue: 'decided' };
  // "Der US-Senat hat Waffenlieferungen an die Ukraine abgesegnet": so is an event noun a verb of deciding takes as
  // its object; not one in a genitive ("Die Teilnehmer des Gipfels beschlossen …") or a prepositional phrase.
  // Nor the subject of an active clause, before its finite verb ("Der EU-Gipfel hat beschlossen, …"); a passive's is
  // what was decided ("Eine Prüfung wurde beschlossen").
  if (isNoun && !input.isAttributive && input.governedByPreposition !== true && !inGenitive && holdsVerbForm(words.filter((word) => !/^\p{Lu}/u.test(word)), cues.decisionForms)) {
    const before = wordsOutsideAside(input.conjunctStart ?? segment.tokenStart, triggerIndex).map((word) => word.toLowerCase());
    const afterFiniteVerb = before.some((word) => cues.finiteAuxiliaries.has(word) || cues.decisionForms.has(word));
    const passive = words.some((word) => cues.future.has(word.toLowerCase()));
    if (afterFiniteVerb || passive) return { modality: 'planned', cue: 'decided' };
  }
  // "Die EU muss besser kooperieren", "eine Regierung müsse gebildet werden": what is demanded lies ahead.
  if ((!isNoun || input.withSupportVerb) && !input.isAttributive && !input.performative && !toldAsDone && words.some((word) => cues.obligationModals.has(word))) return { modality: 'planned', cue: 'obligation' };
  // Future tense: a form of "werden" with the trigger as infinitive ("Sie wird Paris besuchen").
  if (input.isInfinitive && [...words, ...sharedWords].some((word) => cues.futureAuxiliaries.has(word))) return { modality: 'planned', cue: 'future' };
  // "Eigentlich wollte Kerry schon am Montag nach Havanna reisen": an intention told in the past, not the act.
  if (input.isInfinitive && words.some((word) => cues.pastIntentionModals.has(word))) return { modality: 'planned', cue: 'intention' };
  // So is an event noun in such a clause: "wird … für das neue Hilfspaket stimmen".
  if (isNoun && !input.isAttributive && [...words, ...sharedWords].some((word) => cues.futureAuxiliaries.has(word)) && endsInInfinitive(doc, segment, cues)) return { modality: 'planned', cue: 'future' };
  // Reported speech runs over coordinated verbs ("die Tänzer seien kontrolliert und sprächen …"): the whole clause counts.
  const wholeClause = input.conjunctStart !== undefined ? wordsOutsideAside(segment.tokenStart, segment.tokenEnd) : words;
  if (input.isSubjunctive || wholeClause.some((word) => cues.subjunctive.has(word) && !input.indicativeMarkers?.has(word))) return { modality: 'reported', cue: 'subjunctive' };
  return { modality: 'asserted' };
}
