/**
 * Merges the rule packs a pipeline loads into one read-only view. Packs listed later take precedence
 * (a user's pack listed after the built-in one overrides it); every entry remembers its pack and rank.
 */
import type { LocatedEntry } from './read-data-file.ts';
import type { EventTypeEntry, RulePack } from './load-pack.ts';
import type { ActorCodesFile, GrammarFile, CuesFile, NameTypesFile, KnowledgeEntry, PatternEntry, PlaceEntry, RoleEntry, InstitutionEntry, TriggerEntry } from './schema.ts';

export interface RankedEntry<T> extends LocatedEntry<T> {
  pack: string;
  /** Higher wins: the position of the pack in the pipeline's list. */
  rank: number;
}

export interface MergedRules {
  packs: readonly { name: string; version: string; directory: string }[];
  abbreviations: readonly string[];
  ordinalContexts: readonly string[];
  cues: CuesFile;
  grammar: GrammarFile;
  actorCodes: ActorCodesFile;
  eventTypes: ReadonlyMap<string, EventTypeEntry>;
  places: readonly RankedEntry<PlaceEntry>[];
  knowledge: readonly RankedEntry<KnowledgeEntry>[];
  roles: readonly RankedEntry<RoleEntry>[];
  institutions: readonly RankedEntry<InstitutionEntry>[];
  triggers: readonly RankedEntry<TriggerEntry>[];
  patterns: readonly RankedEntry<PatternEntry>[];
  /** The nouns of every pack's name-types.json, by the class they announce. */
  nameTypes: NameTypesFile;
}

const emptyCues: CuesFile = { planned: [], expected: [], negation: [], negationExceptions: [], correctingConjunctions: [], comparisonPhrases: [], hypothetical: [], reportingVerbs: [], attributionPhrases: [], speechPhrases: [], reportingExceptions: [], claimModals: [], obligationModals: [], abilityModals: [], negatingInfinitiveOpeners: [], conditionOpeners: [], pastIntentionModals: [], negatingAttributes: [], evidenceNouns: [], reasonNouns: [], implicativeVerbs: { succeeded: [], failed: [] }, ruleOutVerbs: [], continuationVerbs: [], undertakingVerbs: [], preventionVerbs: [], denialVerbs: [], decisionVerbs: [], beliefVerbs: [], objectControlVerbs: [], sportsCues: [], sportsEventTypes: [] };

/** Entries with the same id: the higher-ranked pack replaces the lower one, so a user can override a built-in rule. */
function mergeById<T extends { id: string }>(packs: readonly RulePack[], pick: (pack: RulePack) => LocatedEntry<T>[]): RankedEntry<T>[] {
  const byId = new Map<string, RankedEntry<T>>();
  packs.forEach((pack, rank) => {
    for (const entry of pick(pack)) byId.set(entry.value.id, { ...entry, pack: pack.manifest.name, rank });
  });
  return [...byId.values()];
}

export function mergeRulePacks(packs: readonly RulePack[]): MergedRules {
  const cues: CuesFile = structuredClone(emptyCues);
  const eventTypes = new Map<string, EventTypeEntry>();
  const abbreviations = new Set<string>();
  const ordinalContexts = new Set<string>();
  const grammar: GrammarFile = { determiners: {}, prepositions: [], subordinators: [], coordinators: [], nameParticles: [], hyphenatedNameParticles: [], nonNameWords: [], personPronouns: [], nominativePronouns: [], neuterPronouns: [], firstPersonSingularPronouns: [], firstPersonIndicatives: [], simultaneityPrepositions: [], causalPrepositions: [], temporalPrepositions: [], reflexivePronouns: [], speakerPronouns: [], personNouns: [], countedPersonNouns: [], countWords: [], singularFiniteVerbs: [], pluralFiniteVerbs: [], organisationNameEnds: [], eventNameWords: [], ownAccountWords: [], definiteArticles: [], neuterNounEndings: [], placePartNouns: [], placeKindNouns: [], englishNameLinks: [], postpositions: [], substituteInfinitives: [], relationNouns: [], personTraitNounEndings: [], contractedPrepositions: {}, epithetNouns: [], organisationHeads: [], namingWords: [], strongPastForms: [], countryPrefixes: {}, dayOutsideWords: [], quantifiers: [], placePrefixes: [], eveOfPhrases: [], occurrenceVerbForms: [], placeObjectVerbForms: [], speechSourcePhrases: [], objectPronouns: {}, masculineArgumentDeterminers: [], personNounEndings: [], placePrepositions: [], matchReportPersonTitles: [], lineupMarkers: [], nounAbbreviations: [], counterpartNouns: {}, organisationDescriptionNouns: {}, singularPersonNouns: { masculine: [], feminine: [] }, possessiveDeterminers: [], auxiliaries: [], subjunctiveMarkers: [], irregularVerbForms: {}, separableParticles: [], werdenForms: [], werdenPastForms: [], seinForms: [], genitiveDeterminers: [], impersonalPronouns: [], stateNouns: [], formerOfficeMarkers: [], deputyMarkers: [], titleOrdinals: [], masculineNominativeDeterminers: [], indefiniteArticles: [], relativePronouns: [], nominativeRelativePronouns: [], abstractNounEndings: [], patronymicEndings: [], familyNamesFirst: [], comingVerbForms: [], statementNouns: [], perfectAuxiliaries: [], reportedPastSubjunctives: [], nounAttributePrepositions: [], kindNouns: [], precedingTimePrepositions: [], settingPrepositions: [], chairNouns: [], timeWords: [], prepositionNouns: [], placeContractions: [], speakingForms: [], correlativeConjunctions: {}, placeQuantifiers: [], numberWords: [], eventAttitudeVerbs: [], reciprocalWords: [], conjunctAdverbs: [], pairNouns: {}, bodyNouns: [], spokespersonNouns: [], attendancePrepositions: [], demonstrativePronouns: [], focusPhrases: [], placeNameLinks: [], reportingSubordinators: [], months: {}, weekdays: {}, relativeDays: {} };
  const actorCodes: ActorCodesFile = { countries: {}, sectors: [], legalForms: [] };
  for (const pack of packs) {
    // Countries and sectors by name take the later pack's entry; legal forms add up.
    Object.assign(actorCodes.countries, pack.actorCodes?.countries);
    for (const sector of pack.actorCodes?.sectors ?? []) {
      const index = actorCodes.sectors.findIndex((existing) => existing.sector === sector.sector);
      if (index >= 0) actorCodes.sectors[index] = sector;
      else actorCodes.sectors.push(sector);
    }
    actorCodes.legalForms!.push(...(pack.actorCodes?.legalForms ?? []));
  }
  for (const pack of packs) {
    // Word lists add up over the packs; tables (determiners, months …) take the later pack's entries.
    for (const [key, value] of Object.entries(pack.grammar ?? {}) as [keyof GrammarFile, GrammarFile[keyof GrammarFile]][]) {
      const merged = grammar[key];
      if (Array.isArray(merged) && Array.isArray(value)) merged.push(...value);
      else if (key === 'singularPersonNouns') {
        // Lists by gender add up too.
        const lists = merged as GrammarFile['singularPersonNouns'];
        const added = value as GrammarFile['singularPersonNouns'];
        lists.masculine.push(...added.masculine);
        lists.feminine.push(...added.feminine);
      } else Object.assign(merged, value);
    }
    for (const abbreviation of pack.abbreviations?.abbreviations ?? []) abbreviations.add(abbreviation);
    for (const word of pack.abbreviations?.ordinalContexts ?? []) ordinalContexts.add(word);
    for (const eventType of pack.eventTypes) eventTypes.set(eventType.type, eventType);
    if (pack.cues) {
      cues.planned.push(...pack.cues.planned);
      cues.expected.push(...pack.cues.expected);
      cues.negation.push(...pack.cues.negation);
      cues.negationExceptions!.push(...(pack.cues.negationExceptions ?? []));
      cues.correctingConjunctions!.push(...(pack.cues.correctingConjunctions ?? []));
      cues.comparisonPhrases!.push(...(pack.cues.comparisonPhrases ?? []));
      cues.hypothetical.push(...pack.cues.hypothetical);
      cues.reportingVerbs.push(...pack.cues.reportingVerbs);
      cues.attributionPhrases!.push(...(pack.cues.attributionPhrases ?? []));
      cues.speechPhrases!.push(...(pack.cues.speechPhrases ?? []));
      cues.reportingExceptions!.push(...(pack.cues.reportingExceptions ?? []));
      cues.claimModals!.push(...(pack.cues.claimModals ?? []));
      cues.obligationModals!.push(...(pack.cues.obligationModals ?? []));
      cues.abilityModals!.push(...(pack.cues.abilityModals ?? []));
      cues.negatingInfinitiveOpeners!.push(...(pack.cues.negatingInfinitiveOpeners ?? []));
      cues.conditionOpeners!.push(...(pack.cues.conditionOpeners ?? []));
      cues.pastIntentionModals!.push(...(pack.cues.pastIntentionModals ?? []));
      cues.negatingAttributes!.push(...(pack.cues.negatingAttributes ?? []));
      cues.evidenceNouns!.push(...(pack.cues.evidenceNouns ?? []));
      cues.reasonNouns!.push(...(pack.cues.reasonNouns ?? []));
      cues.implicativeVerbs!.succeeded.push(...(pack.cues.implicativeVerbs?.succeeded ?? []));
      cues.implicativeVerbs!.failed.push(...(pack.cues.implicativeVerbs?.failed ?? []));
      cues.ruleOutVerbs!.push(...(pack.cues.ruleOutVerbs ?? []));
      cues.continuationVerbs!.push(...(pack.cues.continuationVerbs ?? []));
      cues.undertakingVerbs!.push(...(pack.cues.undertakingVerbs ?? []));
      cues.preventionVerbs!.push(...(pack.cues.preventionVerbs ?? []));
      cues.denialVerbs!.push(...(pack.cues.denialVerbs ?? []));
      cues.decisionVerbs!.push(...(pack.cues.decisionVerbs ?? []));
      cues.beliefVerbs!.push(...(pack.cues.beliefVerbs ?? []));
      cues.objectControlVerbs!.push(...(pack.cues.objectControlVerbs ?? []));
      cues.sportsCues!.push(...(pack.cues.sportsCues ?? []));
      cues.sportsEventTypes!.push(...(pack.cues.sportsEventTypes ?? []));
    }
  }
  const nameTypes: NameTypesFile = { PER: [], LOC: [], ORG: [], OTH: [] };
  for (const pack of packs) for (const entityClass of ['PER', 'LOC', 'ORG', 'OTH'] as const) nameTypes[entityClass].push(...(pack.nameTypes?.[entityClass] ?? []));
  return deepFreeze({
    nameTypes,
    packs: packs.map((pack) => ({ name: pack.manifest.name, version: pack.manifest.version, directory: pack.directory })),
    abbreviations: [...abbreviations],
    ordinalContexts: [...ordinalContexts],
    cues,
    grammar,
    actorCodes,
    eventTypes,
    places: mergeById(packs, (pack) => pack.places),
    knowledge: mergeById(packs, (pack) => pack.knowledge),
    roles: mergeById(packs, (pack) => pack.roles),
    institutions: mergeById(packs, (pack) => pack.institutions),
    triggers: mergeById(packs, (pack) => pack.triggers),
    patterns: mergeById(packs, (pack) => pack.patterns),
  });
}

/** Freezes plain objects and arrays all the way down, so no stage can change shared rules at run time. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) for (const item of value.values()) deepFreeze(item);
    else for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
