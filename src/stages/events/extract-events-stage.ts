/**
 * Event extraction. For every clause segment: find trigger words (verbs in any form, separable ones with their
 * particle; nouns, as compound heads too, with their support verb where one is needed), then fill the participant
 * slots from German case and word order (subject, object, prepositional partners; coordinated names share a slot;
 * a clause without a subject borrows the one of the clause it continues, or a pronoun's antecedent), then decide
 * modality, attribution, time and place. Types and CAMEO codes come from the trigger files.
 */
import { z } from 'zod';
import type { Doc, DocEvent, Entity, EventParticipant, Mention, ParticipantRole, TextSpan, TimeExpression, Token } from '../../doc/types.ts';
import { spanOfTokens } from '../../doc/spans.ts';
import { indexMentions, type MentionIndex } from '../../doc/mention-index.ts';
import type { Sex } from '../../lexicon/first-names.ts';
import { sexOfPerson } from '../../rules/person-sex.ts';
import { isClosedClassWord } from '../../rules/name-forms.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { compiledLexicons, roleSex, type CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { stateOfficeKinds } from '../../rules/role-kinds.ts';
import type { TriggerEntry } from '../../rules/schema.ts';
import { afterDateline } from '../../doc/dateline.ts';
import { argumentsIn, dashAsideBefore, extendedAttributeOpener, interruptedClauseStart, isFeminineOrPluralName, isTimeNoun, segmentSentence, type Argument, type Segment } from './clauses.ts';
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';
import { compileTriggers, verbFormsOf, type CompiledTriggers } from './compile-triggers.ts';
import { isSpeakerLabel } from '../../doc/speaker-label.ts';
import { compileCues, cueWordsOf, decideModality, findCue, holdsVerbForm, objectControlIn, resumedPurposeClause, splitCues, withoutPhrases, wordsOf, type CompiledCues } from './modality-cues.ts';
import { compileTimeWords, findTimeExpression, weekdayOf, type TimeWords } from './time-expressions.ts';
import { isMatchReportSentence } from '../../doc/sports-sentence.ts';

const configSchema = z.strictObject({
  /**
   * Events no participant could be found for: "always" keeps them, "never" drops them, "when-cued" keeps those a
   * modality cue, a time expression or a count of people marks as a specific occurrence ("das anstehende Treffen", "am
   * Dienstag", "protestierten rund 2000 Menschen").
   */
  eventsWithoutParticipants: z.enum(['always', 'never', 'when-cued']).default('when-cued'),
  /** How many earlier segments of the sentence a clause without a subject may borrow it from. */
  subjectLookBack: z.number().int().min(0).max(5).default(3),
  /**
   * CAMEO codes political events. An event whose actors include a sports actor (a person with a sports role, a
   * sports organisation) and no political one is a match report ("Leverkusen empfängt Stuttgart"), so it is dropped.
   */
  dropSportsEvents: z.boolean().default(true),
  /**
   * Sentences with sports words (cues.json `sportsCues`, scores, minute marks) that make the whole article a match
   * report, so that its meetings and attacks go too ("Berisha traf aus über 20 Metern"). Over the 10kGNAD articles, 2
   * took the meetings and attacks of match and tournament reports, while political articles with one sports word
   * ("Zuschauer") kept theirs.
   */
  matchReportSentences: z.number().int().positive().default(2),
  /**
   * An event whose sentence names no time takes the time of the event told just before it, in the same or the
   * previous sentence, when both lie on the same side of the publication (done or reported, or planned or
   * expected) and that time lies within a week of it: news tells one scene in a row of sentences ("Heil ist am Dienstag eingetroffen. In Nairobi wurde er
   * von Ruto empfangen."). The time span still points to the phrase that says it.
   */
  inheritTime: z.boolean().default(true),
  /**
   * The entity types that can take part in an event. Political event data has persons, organisations and places
   * (governments) for actors; works, products and events ("Tatort", "Shpock", MISC) are what is talked about.
   */
  participantTypes: z.array(z.enum(['PER', 'ORG', 'LOC', 'MISC'])).default(['PER', 'ORG', 'LOC']),
});
type Config = z.infer<typeof configSchema>;

interface Compiled {
  /** Per-document lookups, set for each document being processed. */
  index: MentionIndex;
  /** Per event type, the roles a place that is no country may fill (event-types.json `placeRoles`). */
  placeRoles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per event type that names them, the only roles its events have (event-types.json `roles`). */
  typeRoles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per event type, the role a place named as its actor takes instead (event-types.json `placeActorRole`). */
  placeActorRoles: ReadonlyMap<string, ParticipantRole>;
  /** Event types whose verbs ask for or react to the event their object names (event-types.json `objectEventOfOthers`). */
  reactingTypes: ReadonlySet<string>;
  /** Event types whose verbs ask for the event their object names (event-types.json `asksForObjectEvent`). */
  askingTypes: ReadonlySet<string>;
  /** Prepositions not joined with an article (no "zum", "beim"), lower case. */
  plainPrepositions: ReadonlySet<string>;
  /** Event type → the prepositions whose event noun is the act its verbs speak of (event-types.json `actPrepositions`). */
  actPrepositions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Event types that need a political actor (event-types.json `politicalOnly`). */
  politicalOnlyTypes: ReadonlySet<string>;
  /** Event types whose source must be political (event-types.json `politicalSource`). */
  politicalSourceTypes: ReadonlySet<string>;
  /** Ids of the triggers of demands told by a modal's subjunctive (trigger `reportedDemand`). */
  reportedDemandRules: ReadonlySet<string>;
  /** Triggers whose word has no sense in sport (`noSportsSense`): their events stay in a match report. */
  noSportsSenseRules: ReadonlySet<string>;
  /** The nouns of attribution phrases whose compounds stand for them ("Polizeiangaben"). */
  attributionHeads: ReadonlySet<string>;
  /** Per document: the ids of its place entities that are no country (cities, regions, rivers …). */
  placesNoCountry: ReadonlySet<string>;
  /** Entities that are places (LOC), countries included: not a capital read as its government, which is an ORG. */
  places: ReadonlySet<string>;
  /** Entities that are persons. */
  persons: ReadonlySet<string>;
  /** Per document: the entity each knowledge or place key of the article belongs to ("country:us" → its entity). */
  entityByKey: ReadonlyMap<string, string>;
  /** Per document: for a sentence of the paper's turn in an interview ("STANDARD: …"), the person interviewed. */
  addressees: ReadonlyMap<number, string>;
  /** Entities of a type that takes no part in events (config `participantTypes`). */
  nonParticipants: ReadonlySet<string>;
  /** The sex of a person entity where its roles or first name tell it ("Ministerin", "Anna"). */
  sexOfPerson: (entityId: string) => Sex | undefined;
  /** The role titles the article gives a person. */
  rolesOfPerson: (entityId: string) => readonly string[] | undefined;
  lexicons: CompiledLexicons;
  triggers: CompiledTriggers;
  cues: CompiledCues;
  timeWords: TimeWords;
}

interface TriggerHit {
  trigger: TriggerEntry;
  tokenIndex: number;
  /** Token of the separated particle, included in the evidence. */
  particleIndex?: number;
  isNoun: boolean;
}

const defaultPrepositionRoles: Record<string, ParticipantRole> = { mit: 'participant', zwischen: 'participant', an: 'target', gegen: 'target' };

/** Each trigger's slot prepositions with their joined forms, worked out once per trigger (and lexicons). */
const slotPrepositionsByTrigger = new WeakMap<TriggerEntry, { lexicons: CompiledLexicons; roles: Readonly<Record<string, ParticipantRole>> }>();

/** A trigger's slot prepositions with their forms joined to an article (grammar `contractedPrepositions`) added. */
function withContractedPrepositions(trigger: TriggerEntry, lexicons: CompiledLexicons): Readonly<Record<string, ParticipantRole>> {
  const cached = slotPrepositionsByTrigger.get(trigger);
  if (cached?.lexicons === lexicons) return cached.roles;
  const roles = trigger.slots?.prepositions ?? {};
  const result: Record<string, ParticipantRole> = { ...roles };
  for (const [joined, preposition] of lexicons.grammar.contractedPrepositions) if (roles[preposition] !== undefined && result[joined] === undefined) result[joined] = roles[preposition];
  slotPrepositionsByTrigger.set(trigger, { lexicons, roles: result });
  return result;
}

/** A trigger word that did not become an event, and why: shown by `depesche explain`. */
interface NearMiss {
  trigger: TriggerEntry;
  tokenIndex: number;
  reason: string;
}

/**
 * Whether one of the trigger's `requiresContext` words stands among the (lower-case) words of its sentence. A context
 * word counts as itself, inflected (up to three more letters) or as the head of a compound ("Militärbündnis" for
 * "Bündnis"), not as the start of another word ("sich" is not in "Sicherheit"). Written with a leading "=", it counts
 * as itself or inflected only: "=Haft" is not in "Gesellschaft".
 */
function requiredContextHolds(trigger: TriggerEntry, sentenceWords: () => readonly string[]): boolean {
  return (
    !trigger.requiresContext?.length ||
    trigger.requiresContext.some((context) => {
      const exact = context.startsWith('=');
      const lower = (exact ? context.slice(1) : context).toLowerCase();
      // A short word such as a preposition counts not before a figure: "bat um Hilfe", "bat darum", not "Nutzen Sie bitte
      // die S7 um 14:08 Uhr" (a time) or "um 15 Prozent".
      const beforeFigure = (word: string, index: number, words: readonly string[]) => lower.length <= 3 && word === lower && /^\d/.test(words[index + 1] ?? '');
      return sentenceWords().some((word, index, words) => ((!exact && word.endsWith(lower)) || (word.startsWith(lower) && word.length - lower.length <= 3)) && !beforeFigure(word, index, words));
    })
  );
}

/**
 * The (lower-case) word opening the clause that follows the verb at `index`, past up to two words that close its own
 * clause: "demonstriert, wie …", "schloss aus, dass …", "Nicht ausgeschlossen wird, dass …".
 */
function clauseOpenerAfter(tokens: readonly Token[], index: number): string | undefined {
  for (let next = index + 1; next <= index + 3 && next < tokens.length; next++) {
    if (tokens[next].text === ',') return tokens[next + 1]?.text.toLowerCase();
    if (tokens[next].kind !== 'word') return undefined;
  }
  return undefined;
}

/** Reflexive pronouns by the subject pronoun they belong to; "sich" belongs to any third person. */
const reflexiveOfPerson: readonly [subject: string | undefined, reflexives: readonly string[]][] = [
  [undefined, ['sich']],
  ['wir', ['uns']],
  ['ich', ['mich', 'mir']],
  ['du', ['dich', 'dir']],
  ['ihr', ['euch']],
];

/** Whether the (lower-case) clause holds a reflexive pronoun of its subject: "sich", or "uns" beside "wir". */
function hasReflexiveOfSubject(words: readonly string[]): boolean {
  return reflexiveOfPerson.some(([subject, reflexives]) => (subject === undefined || words.includes(subject)) && reflexives.some((word) => words.includes(word)));
}

/**
 * Whether the speaker, a person, holds an office of the country whose government or name is the event's source: the
 * Polish prime minister saying "Polen sei bereit" speaks for Poland.
 */
function speakerSpeaksFor(speaker: string, participants: readonly { entity: string; role: ParticipantRole }[], entities: readonly Entity[]): boolean {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const person = byId.get(speaker);
  const countries = new Set((person?.type === 'PER' ? (person.roles ?? []) : []).map((role) => role.country).filter((country): country is string => country !== undefined));
  // A ministry or department speaks for its country's government as its officeholders do.
  if (person?.type === 'ORG' && person.sector === 'government' && person.country) countries.add(person.country);
  if (countries.size === 0) return false;
  return participants.some((participant) => {
    if (participant.role !== 'source') return false;
    const entity = byId.get(participant.entity);
    if (!entity?.country || entity.type === 'PER' || !countries.has(entity.country)) return false;
    return entity.type === 'LOC' ? entity.rule?.startsWith('country:') === true || entity.rule === 'metonym-government' : entity.sector === 'government';
  });
}

/** Whether the trigger names a verbal act, cooperative or hostile (CAMEO roots 01–05 and 09–13), no material one. */
function isVerbalAct(trigger: Pick<TriggerEntry, 'cameo'>): boolean {
  const root = Number(trigger.cameo.slice(0, 2));
  return (root >= 1 && root <= 5) || (root >= 9 && root <= 13);
}

/** Whether tokens `[tokenStart, tokenEnd)` hold a capitalised common noun that no mention covers and names no one: a thing to be about. */
function hasFreeNoun(doc: Doc, tokenStart: number, tokenEnd: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  for (let index = tokenStart; index < tokenEnd; index++) {
    const text = tokens[index].text;
    if (tokens[index].kind !== 'word' || !/^\p{Lu}/u.test(text) || compiled.index.at(index)) continue;
    // A role ("Klubobfrau Helga Krismer") names who, not what.
    if (compiled.lexicons.matchRole(text) !== undefined || isPersonNoun(text, compiled.lexicons)) continue;
    if (compiled.lexicons.isNounOrCompound(text)) return true;
  }
  return false;
}

/** `interruptedPart`: tokens `[clauseStart, clauseEnd)` of the clause a relative clause interrupts before `segment` resumes it. */
/** Letters a compound's front and an `excludesContext` word as its head need at least: "Tagesoption" is an "Option", "Senator" no "Tor". */
const minimumContextFront = 3;
const minimumContextHead = 4;

function findTriggers(doc: Doc, segment: Segment, compiled: Compiled, nearMisses?: NearMiss[], interruptedPart?: { clauseStart: number; clauseEnd: number }): TriggerHit[] {
  const tokens = doc.tokens!;
  const sentence = doc.sentences![segment.sentence];
  let sentenceWordsCache: string[] | undefined;
  const sentenceWords = () => (sentenceWordsCache ??= wordsOf(doc, sentence.tokenStart, sentence.tokenEnd));
  let clauseWordsCache: string[] | undefined;
  // A clause resumed after an aside ("zu drei Jahren Haft (nicht rechtskräftig) verurteilt") includes its words before
  // it, and so does a verb tail that commas split from its clause ("zu 24 Monaten, davon 16 auf Bewährung, verurteilt worden").
  // So does a clause a relative clause interrupts, without the relative clause's words.
  const beforeRelative = () => (interruptedPart ? wordsOf(doc, interruptedPart.clauseStart, interruptedPart.clauseEnd) : []);
  const clauseWords = () =>
    (clauseWordsCache ??= [
      ...beforeRelative(),
      ...wordsOf(doc, interruptedClauseStart(tokens, segment, sentence.tokenStart) ?? (isVerbTail(tokens, segment, sentence.tokenEnd) ? sentence.tokenStart : segment.tokenStart), segment.tokenEnd),
    ]);
  const contextHolds = (trigger: TriggerEntry) => requiredContextHolds(trigger, trigger.requiresContextInClause ? clauseWords : sentenceWords);
  // As itself or inflected, also after a compound's last hyphen ("EU-Strafe" for "Strafe"), though not as the end of
  // an unhyphenated word ("Senator" holds no "Tor").
  // A relative clause's antecedent belongs to it: "die Verordnung, die er am Freitag unterzeichnet hat".
  const relative = isRelativeClause(doc, segment, compiled.lexicons);
  const antecedent = relative && segment.tokenStart >= 2 ? [tokens[segment.tokenStart - 2].text.toLowerCase()] : [];
  // "Klubobfrau Krismer und Petrovic hatten selbst unterschrieben": a sentence with no common noun of its own acts on
  // what the sentence before names (there, "einen FPÖ-Antrag").
  let objectlessCache: string[] | undefined;
  const wordsBeforeObjectless = () =>
    (objectlessCache ??=
      segment.sentence === 0 || hasFreeNoun(doc, sentence.tokenStart, sentence.tokenEnd, compiled)
        ? []
        : wordsOf(doc, doc.sentences![segment.sentence - 1].tokenStart, doc.sentences![segment.sentence - 1].tokenEnd));
  // "bereit, alle Maßnahmen zu ergreifen": an adjective's zu-infinitive after the comma is its complement.
  let infinitiveCache: string[] | undefined;
  const infinitiveAfter = () => {
    if (infinitiveCache) return infinitiveCache;
    infinitiveCache = [];
    if (tokens[segment.tokenEnd]?.text !== ',' || tokens[segment.tokenEnd].sentence !== segment.sentence) return infinitiveCache;
    let end = segment.tokenEnd + 1;
    while (end < sentence.tokenEnd && tokens[end].kind !== 'punct') end++;
    const words = wordsOf(doc, segment.tokenEnd + 1, end);
    if (words.at(-2) === 'zu') infinitiveCache = words;
    return infinitiveCache;
  };
  const excludedBy = (trigger: TriggerEntry, verb = false, adjective = false) =>
    trigger.excludesContext?.find((context) => {
      const lower = context.toLowerCase();
      const isForm = (word: string) => word.startsWith(lower) && word.length - lower.length <= 3;
      // "Tagesoption" for "Option": a compound whose front is a noun itself, maybe with its joining "s" or "n".
      const isCompound = (word: string) => {
        const at = word.lastIndexOf(lower);
        if (at < minimumContextFront || lower.length < minimumContextHead || word.length - at - lower.length > 3) return false;
        const front = word.slice(0, at);
        return [front, front.replace(/e?[sn]$/, '')].some((stem) => stem.length >= minimumContextFront && compiled.lexicons.commonNouns.has(stem));
      };
      return [...clauseWords(), ...antecedent, ...(verb ? wordsBeforeObjectless() : []), ...(adjective ? infinitiveAfter() : [])].some((word) => isForm(word) || isForm(word.slice(word.lastIndexOf('-') + 1)) || isCompound(word));
    });
  const hits: TriggerHit[] = [];
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    const token = tokens[index];
    if (token.kind !== 'word') continue;
    const covering = compiled.index.at(index);
    if (covering && covering.kind !== 'role') continue;
    // Capitalised inside a sentence, a verb form is a noun ("das Treffen"), so only nouns are looked for.
    const couldBeVerb = !/^\p{Lu}/u.test(token.text) || index === sentence.tokenStart || tokens[index - 1].kind === 'punct';
    for (const hit of couldBeVerb ? compiled.triggers.verbForm(token.text) : []) {
      if (!contextHolds(hit.trigger) && !(hit.trigger.zuInfinitiveAsContext && zuInfinitiveClauseAfter(doc, index, compiled.lexicons))) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `none of its context words (${hit.trigger.requiresContext!.map((context) => context.replace(/^=/, '')).join(', ')}) in the sentence` });
        continue;
      }
      const excluding = excludedBy(hit.trigger, true);
      if (excluding) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `"${excluding}" in the clause gives it another reading` });
        continue;
      }
      const following = tokens[index + 1]?.text.toLowerCase();
      if (following !== undefined && hit.trigger.excludesFollowedBy?.includes(following)) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `"${following}" right after it gives it another reading` });
        continue;
      }
      if (hit.trigger.excludesReflexive && hasReflexiveOfSubject(clauseWords())) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: 'a reflexive pronoun in the clause gives it another reading' });
        continue;
      }
      const clauseOpener = clauseOpenerAfter(tokens, index);
      if (clauseOpener !== undefined && hit.trigger.excludesClauseAfter?.includes(clauseOpener)) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `a clause with "${clauseOpener}" right after it gives it another reading` });
        continue;
      }
      // "Danke für Ihr Feedback!": a first-person form opening the sentence without "ich" is a formula or a request.
      if (index === sentence.tokenStart && hit.trigger.verb && token.text.toLowerCase() === `${hit.trigger.verb.present}e` && tokens[index + 1]?.text.toLowerCase() !== 'ich') {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `"${token.text}" opening the sentence is a formula, not a report` });
        continue;
      }
      if (isDeterminerHere(doc, index, segment.tokenEnd, compiled.lexicons)) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `"${token.text}" is a determiner here` });
        continue;
      }
      const foreignParticle = hit.needsParticle ? undefined : closingParticle(doc, index, segment.tokenEnd, compiled.lexicons);
      if (foreignParticle) {
        nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `the clause ends with "${foreignParticle}": the verb is "${foreignParticle}${hit.trigger.verb?.lemma ?? ''}"` });
        continue;
      }
      let particleIndex: number | undefined;
      if (hit.needsParticle) {
        // The particle closes the clause ("rief … auf."), so "forderte … auf dem Land" is not "auffordern".
        const offset = wordsOf(doc, segment.tokenStart, segment.tokenEnd).lastIndexOf(hit.needsParticle);
        if (offset <= index - segment.tokenStart || !endsClause(doc, segment.tokenStart + offset, segment.tokenEnd, compiled.lexicons)) {
          nearMisses?.push({ trigger: hit.trigger, tokenIndex: index, reason: `its particle "${hit.needsParticle}" does not close the clause` });
          continue;
        }
        particleIndex = segment.tokenStart + offset;
      }
      hits.push({ trigger: hit.trigger, tokenIndex: index, particleIndex, isNoun: false });
      break;
    }
    const adjectiveTrigger = compiled.triggers.adjective(token.text);
    if (adjectiveTrigger && contextHolds(adjectiveTrigger) && !excludedBy(adjectiveTrigger, false, true) && tokens.slice(segment.tokenStart, segment.tokenEnd).some((other) => compiled.triggers.isSupportVerb(adjectiveTrigger, other.text))) {
      hits.push({ trigger: adjectiveTrigger, tokenIndex: index, isNoun: false });
    }
    // Of a noun's readings, the first whose context words the sentence holds.
    const listedNoun = compiled.triggers.noun(token.text);
    const nounTrigger = listedNoun ? (compiled.triggers.nounReadings(listedNoun).find(contextHolds) ?? listedNoun) : undefined;
    // A compound the context list names excludes the noun in longer compounds too ("Vorzugsstimmenwahlkämpfe"); so does
    // a word right before it (`excludesPrecededBy`: "ins Treffen führen").
    const preceding = index > sentence.tokenStart ? tokens[index - 1].text.toLowerCase() : undefined;
    const precededBy = preceding !== undefined && nounTrigger?.excludesPrecededBy?.includes(preceding) ? preceding : undefined;
    // … or a word right after it (`excludesFollowedBy`: "eine Drohung für Beschäftigung" is a danger, no threat).
    const following = tokens[index + 1]?.sentence === token.sentence ? tokens[index + 1].text.toLowerCase() : undefined;
    const followedBy = following !== undefined && nounTrigger?.excludesFollowedBy?.includes(following) ? following : undefined;
    const nounExcluded = nounTrigger ? (precededBy ?? followedBy ?? excludedBy(nounTrigger) ?? excludingCompound(token.text, nounTrigger)) : undefined;
    if (nounTrigger && nounExcluded) nearMisses?.push({ trigger: nounTrigger, tokenIndex: index, reason: `"${nounExcluded}" in the clause gives it another reading` });
    else if (nounTrigger && contextHolds(nounTrigger)) {
      const needsVerb = nounTrigger.supportVerbs && nounTrigger.supportVerbs.length > 0;
      if (!needsVerb || hasSupportVerb(doc, segment, nounTrigger, compiled) || comesFromPhrase(doc, segment, index, compiled.lexicons)) {
        hits.push({ trigger: nounTrigger, tokenIndex: index, isNoun: true });
      } else nearMisses?.push({ trigger: nounTrigger, tokenIndex: index, reason: `no support verb (${nounTrigger.supportVerbs!.join(', ')}) in the clause` });
    }
  }
  // A verb and a noun of the same event type in one clause are one event ("an dem Treffen teilnehmen"): keep the verb.
  return hits.filter((hit) => !hit.isNoun || !hits.some((other) => !other.isNoun && other.trigger.type === hit.trigger.type));
}

/**
 * Whether the event noun at `nounIndex` "comes from" someone: a form of "kommen" in its clause (grammar
 * `comingVerbForms`) and a von-phrase after the noun ("Kritik kam von der SPÖ", "Scharfe Kritik kam am Samstag auch
 * von den Grünen"). Like a support verb, that makes the noun an act of the von-phrase's.
 */
function comesFromPhrase(doc: Doc, segment: Segment, nounIndex: number, lexicons: CompiledLexicons): boolean {
  // The verb before the noun too: "kam Ablehnung vom Präsidenten". The noun is the verb's subject, in no phrase:
  // "kam bei der Hinrichtung von X zum Einsatz" keeps X the one executed.
  if (governingPreposition(doc, nounIndex, segment, lexicons) !== undefined) return false;
  const words = wordsOf(doc, nounIndex + 1, segment.tokenEnd);
  return wordsOf(doc, segment.tokenStart, segment.tokenEnd).some((word) => lexicons.grammar.comingVerbForms.has(word)) && words.some((word) => word === 'von' || word === 'vom');
}

/** The `excludesContext` compound of a noun trigger ("Wahlkampf" for "Kämpfe") that ends the word, inflected or not. */
function excludingCompound(word: string, trigger: TriggerEntry): string | undefined {
  const lower = word.toLowerCase();
  const noun = trigger.noun!.toLowerCase();
  return trigger.excludesContext?.find((context) => {
    const compound = context.toLowerCase();
    if (compound.length <= noun.length) return false;
    for (let extra = 0; extra <= 3 && extra < lower.length; extra++) if (lower.slice(0, lower.length - extra).endsWith(compound)) return true;
    return false;
  });
}

/**
 * Whether a support verb of the noun trigger carries it in the clause (or, with `kind` agentVerbs, one of the verbs
 * through which the subject performs it). A clause that ends with a separable particle has the particle verb: "schloss
 * ein Abkommen aus" is "ausschließen", which carries no agreement, unless the trigger lists that particle verb ("schloss
 * ein Abkommen ab": "abschließen").
 */
/**
 * Whether a meeting, visit or talks noun (CAMEO 04) with a neuter article ("ein Treffen", "das Gespräch") is taken up by
 * the next sentence's opening "Es" and said not to take place there: "Ursprünglich war auch ein Treffen mit Han Zheng
 * geplant. Es wurde nach Angaben der Delegation kurzfristig abgesagt." (cues `negatingAttributes`, or a negated form of
 * grammar `occurrenceVerbForms`). The noun must be the last event noun of its sentence.
 */
function cancelledInNextSentence(doc: Doc, event: DocEvent, compiled: Compiled): boolean {
  if (!/^04/.test(event.cameo) || event.modality === 'negated') return false;
  const tokens = doc.tokens!;
  const next = doc.sentences![event.sentence + 1];
  if (!next || tokens[next.tokenStart]?.text !== 'Es') return false;
  const trigger = tokens.findIndex((token) => token.start === event.trigger.start);
  const determiner = tokens[trigger - 1]?.text.toLowerCase();
  if (determiner !== 'ein' && determiner !== 'das') return false;
  const sentence = doc.sentences![event.sentence];
  for (let index = trigger + 1; index < sentence.tokenEnd; index++) if (compiled.triggers.noun(tokens[index].text)) return false;
  const words = wordsOf(doc, next.tokenStart, next.tokenEnd);
  const last = words.findLast((word) => /^\p{L}/u.test(word)) ?? '';
  const cancelled = compiled.cues.negatingAttributes.has(last) || (words.some((word) => compiled.cues.words.negation.single.has(word)) && hasOccurrenceVerb(doc, { ...next, sentence: event.sentence + 1 } as Segment, compiled.lexicons));
  return cancelled;
}

/**
 * Whether the clause holds a verb that tells whether its event noun took place (grammar `occurrenceVerbForms`): one word,
 * or a finite form and the particle that closes the clause ("fand … statt").
 */
function hasOccurrenceVerb(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const last = words.findLast((word) => /^\p{L}/u.test(word));
  return lexicons.grammar.occurrenceVerbForms.some((form) => (form.length === 1 ? words.includes(form[0]) : words.includes(form[0]) && last === form[1]));
}

function hasSupportVerb(doc: Doc, segment: Segment, trigger: TriggerEntry, compiled: Compiled, kind: 'supportVerbs' | 'agentVerbs' = 'supportVerbs'): boolean {
  const tokens = doc.tokens!;
  const isForm = kind === 'supportVerbs' ? compiled.triggers.isSupportVerb : compiled.triggers.isAgentVerb;
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    if (!isForm(trigger, tokens[index].text)) continue;
    const particle = closingParticle(doc, index, segment.tokenEnd, compiled.lexicons);
    if (!particle || trigger[kind]!.some((verb) => verb.toLowerCase().startsWith(particle))) return true;
  }
  return false;
}

/** The first form of the noun trigger's support verb in the clause before the noun ("machte … den Vorwurf"), if any. */
function supportVerbBefore(doc: Doc, segment: Segment, hit: TriggerHit, compiled: Compiled): number | undefined {
  const tokens = doc.tokens!;
  for (let index = segment.tokenStart; index < hit.tokenIndex; index++) if (compiled.triggers.isSupportVerb(hit.trigger, tokens[index].text)) return index;
  return undefined;
}

/**
 * A verb form that is also a determiner ("einige": "man einige sich" but "einige Fahrer") is the determiner when a
 * word other than a reflexive pronoun or an auxiliary follows it ("… einigen können" is the verb).
 */
function isDeterminerHere(doc: Doc, index: number, segmentEnd: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (!lexicons.grammar.determinerCases.has(tokens[index].text.toLowerCase())) return false;
  const next = tokens[index + 1];
  if (index + 1 >= segmentEnd || next.kind !== 'word') return false;
  const lower = next.text.toLowerCase();
  return !lexicons.grammar.reflexivePronouns.has(lower) && !lexicons.grammar.auxiliaries.has(lower);
}

/**
 * The separable particle that closes the clause after a finite verb without one of its own: "Boehner schloss es
 * nicht aus" is "ausschließen", not "schließen"; "Die Gäste trafen am Abend ein" is "eintreffen".
 */
function closingParticle(doc: Doc, verbIndex: number, segmentEnd: number, lexicons: CompiledLexicons): string | undefined {
  const tokens = doc.tokens!;
  let last = segmentEnd - 1;
  while (last > verbIndex && tokens[last].kind === 'punct') last--;
  if (last <= verbIndex + 1) return undefined;
  const word = tokens[last].text.toLowerCase();
  if (!lexicons.grammar.separableParticles.has(word)) return undefined;
  // "bestritt die Vorwürfe und kündigte an": a coordinator and a finite verb in the past open a conjunct of their own,
  // whose verb the particle is.
  for (let index = verbIndex + 1; index < last - 1; index++) {
    const next = tokens[index + 1].text;
    if (lexicons.grammar.coordinators.has(tokens[index].text) && /^\p{Ll}/u.test(next) && (lexicons.grammar.strongPastForms.has(next) || /\p{Ll}{2}te[nt]?$/u.test(next))) return undefined;
  }
  return word;
}

/** Whether only punctuation, or a coordinator starting the next clause, follows the token in the segment. */
function endsClause(doc: Doc, tokenIndex: number, segmentEnd: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  for (let index = tokenIndex + 1; index < segmentEnd; index++) {
    if (tokens[index].kind === 'punct') continue;
    return lexicons.grammar.coordinators.has(tokens[index].text.toLowerCase());
  }
  return true;
}

const definiteWords = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'beim', 'vom', 'zum', 'zur', 'im', 'am']);

/** A noun introduced by a definite article or demonstrative, adjectives allowed in between. */
function isDefiniteReference(doc: Doc, nounIndex: number): boolean {
  const tokens = doc.tokens!;
  for (let index = nounIndex - 1; index >= 0 && index >= nounIndex - 3; index--) {
    const word = tokens[index].text.toLowerCase();
    if (definiteWords.has(word)) return true;
    if (!looksLikeInflectedAdjective(tokens[index].text)) return false;
  }
  return false;
}

/**
 * "zu reisen", "abzulehnen": an infinitive with zu, separate or inside a separable verb; also a perfect one,
 * "angegriffen zu haben", "gereist zu sein".
 */
function isZuInfinitive(doc: Doc, tokenIndex: number, trigger: TriggerEntry): boolean {
  if (!trigger.verb) return false;
  const word = doc.tokens![tokenIndex].text.toLowerCase();
  const previous = doc.tokens![tokenIndex - 1]?.text.toLowerCase();
  const particle = trigger.verb.particle?.toLowerCase();
  if (isParticiple(word, trigger) && doc.tokens![tokenIndex + 1]?.text === 'zu' && /^(haben|sein|werden)$/.test(doc.tokens![tokenIndex + 2]?.text ?? '')) return true;
  return (previous === 'zu' && isInfinitive(word, trigger)) || (!!particle && word === particle + 'zu' + trigger.verb.present.toLowerCase() + 'en');
}

/** Whether the clause ends in "zu" and a verb: "…, den Anschlag verübt zu haben", "…, eine Reise anzutreten" is not seen. */
function endsInZuInfinitive(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  const last = lastWordIndex(doc, segment);
  const word = doc.tokens![last].text;
  if (last <= segment.tokenStart || !/^\p{Ll}+$/u.test(word)) return false;
  // A particle verb takes its "zu" inside: "einen Angriff vorzubereiten", "die Grenze abzuriegeln".
  return doc.tokens![last - 1].text === 'zu' || [...lexicons.grammar.separableParticles].some((particle) => word.startsWith(particle + 'zu') && word.length > particle.length + 4 && word.endsWith('en'));
}

/**
 * Whether a dash-enclosed aside right after the segment leads to the rest of its clause, which ends in a
 * zu-infinitive: "…, entführte Staatsbürger – Stichwort Jemen – wieder heimzuholen".
 */
function endsInZuInfinitiveAfterAside(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const isDash = (index: number) => /^[–—-]$/.test(tokens[index]?.text ?? '');
  const sentenceEnd = doc.sentences![segment.sentence].tokenEnd;
  let open = segment.tokenEnd;
  while (open < sentenceEnd && !isDash(open) && tokens[open].kind !== 'word') open++;
  if (!isDash(open)) return false;
  let close = open + 1;
  while (close < sentenceEnd && !isDash(close)) close++;
  let end = close + 1;
  while (end < sentenceEnd && tokens[end].kind === 'word') end++;
  return close < sentenceEnd && end > close + 1 && endsInZuInfinitive(doc, { ...segment, tokenStart: close + 1, tokenEnd: end }, lexicons);
}

/** A participle trigger with a form of "werden" in its clause: "wurde … kritisiert", "soll … empfangen werden". */
function isPassive(doc: Doc, hit: TriggerHit, segment: Segment, werdenForms: ReadonlySet<string>, lexicons: CompiledLexicons): boolean {
  const { coordinators, seinForms, auxiliaries, subordinators } = lexicons.grammar;
  if (hit.isNoun || !hit.trigger.verb) return false;
  const word = doc.tokens![hit.tokenIndex].text.toLowerCase();
  const participle = ((hit.trigger.verb.particle ?? '') + hit.trigger.verb.participle).toLowerCase();
  if (word !== participle) return false;
  // "FPÖ und ÖVP, unterstützt von Neos": a participle opening its clause with a von- or durch-phrase after it
  // describes the noun before the comma, which is acted on.
  const next = doc.tokens![hit.tokenIndex + 1]?.text;
  if (hit.tokenIndex === segment.tokenStart && (next === 'von' || next === 'durch')) return true;
  // "wie von der Kommission gefordert": a comparison with a von-phrase is passive too.
  const comparison = comparisonStart(doc, hit.tokenIndex, segment, lexicons);
  if (comparison !== undefined && wordsOf(doc, comparison, hit.tokenIndex).some((other) => other === 'von' || other === 'vom')) return true;
  // "Angeklagt sind zwei Ex-Mitarbeiter": a verb with an object, its participle opening the clause before "sein", states
  // what was done to the subject (a perfect of such a verb takes "haben").
  if (hit.tokenIndex === segment.tokenStart && hit.trigger.slots?.object && next !== undefined && seinForms.has(next.toLowerCase())) return true;
  // "Toifl selbst ist der Beweismittelfälschung beschuldigt": a verb with an object takes "haben" in the perfect, so its
  // participle with "sein" and no "haben" states what was done to the subject.
  // So in a verb-final clause, before its "sein": "…, in der Grasser beschuldigt ist".
  const clauseWords = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const last = lastWordIndex(doc, segment);
  const closing = hit.tokenIndex === last || (hit.tokenIndex + 1 === last && seinForms.has(doc.tokens![last].text.toLowerCase()));
  if (hit.trigger.slots?.object && closing && clauseWords.some((other) => seinForms.has(other)) && !clauseWords.some((other) => auxiliaries.has(other) && !seinForms.has(other))) return true;
  // "IS-Kommandant Omar al-Shishani, bei einem Angriff getötet.": a participle that is no finite form, ending a sentence
  // without any auxiliary, is a headline's passive; so is one that is also a finite form after its von-phrase, where a
  // finite verb could not stand ("Deutschland deswegen von EU-Kommission verklagt").
  const sentence = doc.sentences![segment.sentence];
  const sentenceWords = wordsOf(doc, sentence.tokenStart, sentence.tokenEnd);
  const agentBefore = () => segment.subordinator === undefined && wordsOf(doc, segment.tokenStart, hit.tokenIndex).some((other) => other === 'von' || other === 'vom' || other === 'durch');
  if (hit.tokenIndex === lastWordIndex(doc, { ...segment, tokenStart: sentence.tokenStart, tokenEnd: sentence.tokenEnd }) && (!finiteFormsOf(hit.trigger.verb).has(word) || agentBefore()) && !sentenceWords.some((other) => auxiliaries.has(other) || werdenForms.has(other) || seinForms.has(other))) {
    return true;
  }
  // A form of "werden" in the participle's own clause, not one that opens a clause coordinated after it ("ist nicht
  // zurückgetreten und wird weiterhin … tätig sein").
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const at = hit.tokenIndex - segment.tokenStart;
  if (words.some((other, index) => werdenForms.has(other) && !(index > at && coordinators.has(words[index - 1])))) return true;
  // "… wurde der Kriegsminister des IS, Omar al-Shishani, bei einem Angriff getötet": an apposition split the clause,
  // and its "werden" stands before the commas. Only a segment with no auxiliary of its own continues the main clause.
  if (words.some((other) => auxiliaries.has(other) || seinForms.has(other)) || segment.subordinator) return false;
  // A form that is also finite counts only closing its clause: "…, kritisiert die EU-Kommission" is the present tense.
  if (finiteFormsOf(hit.trigger.verb).has(word) && hit.tokenIndex !== lastWordIndex(doc, segment)) return false;
  const before = wordsOf(doc, sentence.tokenStart, segment.tokenStart);
  // Not a "werden" of a subordinate clause before ("…, der gewählt wurde, …").
  return before.some((other) => werdenForms.has(other)) && !before.some((other, index) => index > 0 && before[index - 1] === ',' && subordinators.has(other));
}

/**
 * The participle with an adjective ending, before a noun: "festgenommenen", "getöteter". A form that is also the
 * verb's past tense ("kritisierte", "besuchten": verbs without ge- in the participle) is read as the verb.
 */
function isAttributiveParticiple(word: string, trigger: TriggerEntry): boolean {
  return looksAttributive(word, trigger) && !finiteFormsOf(trigger.verb!).has(word.toLowerCase());
}

/** The participle with an adjective's ending ("festgenommenen", "kritisierten"), which may also be a finite form. */
function looksAttributive(word: string, trigger: TriggerEntry): boolean {
  if (!trigger.verb) return false;
  const participle = ((trigger.verb.particle ?? '') + trigger.verb.participle).toLowerCase();
  const lower = word.toLowerCase();
  return lower.length > participle.length && lower.startsWith(participle) && ['e', 'en', 'er', 'es', 'em'].includes(lower.slice(participle.length));
}

/**
 * Whether the trigger at `index` is an attributive participle here. A weak verb's participle with an ending is also
 * its past tense ("kritisierten"); inside a noun phrase, after a determiner or a preposition with only adverbs and
 * adjectives between and before a noun, it is the participle ("mit international scharf kritisierten Luftangriffen").
 */
function isAttributiveHere(doc: Doc, index: number, trigger: TriggerEntry, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const word = tokens[index].text;
  if (isAttributiveParticiple(word, trigger)) return true;
  if (!looksAttributive(word, trigger)) return false;
  const next = tokens[index + 1];
  if (!next || index + 1 >= segment.tokenEnd || !/^\p{Lu}/u.test(next.text)) return false;
  // "dem in Riga kritisierten Plan": a phrase of its own between the determiner and the participle.
  if (extendedAttributeOpener(tokens, index - 1, segment.tokenStart, lexicons) !== undefined) return true;
  // "…, entführte Staatsbürger wieder heimzuholen": a zu-infinitive's clause holds no finite verb.
  if (index === segment.tokenStart && (endsInZuInfinitive(doc, segment, lexicons) || endsInZuInfinitiveAfterAside(doc, segment, lexicons))) return true;
  for (let position = index - 1; position >= segment.tokenStart && position >= index - 4; position--) {
    const lower = tokens[position].text.toLowerCase();
    if (lexicons.grammar.determinerCases.has(lower) || lexicons.grammar.prepositions.has(lower)) return true;
    // "…, dass inhaftierte Mitangeklagte nicht … gebracht werden konnten": right after the subordinator, a verb-final
    // clause holds no finite verb, so the form is its first noun's adjective.
    if (position === segment.tokenStart && position === index - 1 && lexicons.grammar.subordinators.has(lower)) return true;
    // A number before it counts its noun: "hat sechs inhaftierte Oppositionsführer begnadigt".
    if (tokens[position].kind === 'number' || lexicons.grammar.numberWords.has(lower)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[position].text) || lexicons.grammar.auxiliaries.has(lower)) return false;
  }
  return false;
}

const finiteForms = new WeakMap<object, Set<string>>();

function finiteFormsOf(verb: NonNullable<TriggerEntry['verb']>): Set<string> {
  let forms = finiteForms.get(verb);
  if (!forms) {
    const particle = (verb.particle ?? '').toLowerCase();
    forms = new Set(verbFormsOf(verb).finite.flatMap((form) => [form, particle + form]));
    finiteForms.set(verb, forms);
  }
  return forms;
}

/**
 * Whether the noun at `nounIndex` stands in a phrase that opens the clause with a preposition of a time before (grammar
 * `precedingTimePrepositions`): only prepositions, determiners, adjectives and nouns between ("Nach SPÖ-Rochade um den
 * Rücktritt").
 */
function inFrontedPrecedingTime(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (!lexicons.grammar.precedingTimePrepositions.has(tokens[segment.tokenStart].text.toLowerCase()) || nounIndex === segment.tokenStart) return false;
  for (let position = segment.tokenStart + 1; position < nounIndex; position++) {
    if (!isPhraseWord(tokens[position].text, lexicons)) return false;
  }
  return true;
}

/**
 * Whether the noun stands in a phrase of a time before ("nach", "seit") inside a clause told in the perfect, with no
 * auxiliary of the future or a modal: "hat nach einem Telefonat mit Putin neue Gespräche angekündigt". The call came
 * before an act that is done, so it happened, whatever that act announced.
 */
function inPrecedingTimeOfPerfect(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const { grammar } = lexicons;
  const preposition = governingPreposition(doc, nounIndex, segment, lexicons);
  if (preposition === undefined || !grammar.precedingTimePrepositions.has(preposition)) return false;
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const closing = doc.tokens![lastWordIndex(doc, segment)]?.text ?? '';
  const participle = /^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$|^\p{Ll}{3,}iert$/u.test(closing);
  const modal = words.some((word) => grammar.auxiliaries.has(word) && !grammar.perfectAuxiliaries.has(word));
  return participle && !modal && words.some((word) => grammar.perfectAuxiliaries.has(word));
}

/**
 * Whether the event noun stands in a phrase that is another noun's attribute ("die Verantwortlichen für Angriffe mit
 * Chlorgas … ausfindig machen soll"; grammar `nounAttributePrepositions`): what that noun's clause plans is not the
 * event, which it takes as given.
 */
/**
 * Whether the noun at `nounIndex` is the genitive attribute of a common noun before it: "Der Drahtzieher der Anschläge
 * könnte X sein" (the attacks took place; who led them is the guess).
 */
function inGenitiveOfNoun(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons, index: MentionIndex): boolean {
  const tokens = doc.tokens!;
  const start = beforeAdjectives(doc, nounIndex, segment, lexicons);
  if (start <= segment.tokenStart || !lexicons.grammar.genitiveDeterminers.has(tokens[start].text.toLowerCase())) return false;
  const head = tokens[start - 1].text;
  // A capitalised word after a determiner is a noun, known to the lexicon or not ("Der Drahtzieher der Anschläge").
  const noun = lexicons.isNounOrCompound(head) || lexicons.grammar.determinerCases.has(tokens[start - 2]?.text.toLowerCase() ?? '');
  return /^\p{Lu}/u.test(head) && !index.at(start - 1) && noun && !lexicons.grammar.timeNouns.has(head.toLowerCase());
}

function inAttributeOfNoun(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons, index: MentionIndex): boolean {
  const tokens = doc.tokens!;
  for (let position = nounIndex - 1; position > segment.tokenStart && position >= nounIndex - 4; position--) {
    const word = tokens[position].text;
    const lower = word.toLowerCase();
    if (lexicons.grammar.nounAttributePrepositions.has(lower)) {
      // Not a time ("am Freitag für das neue Hilfspaket stimmen"): the phrase is the verb's.
      const head = tokens[position - 1].text;
      return /^\p{Lu}/u.test(head) && !index.at(position - 1) && lexicons.isNounOrCompound(head) && !lexicons.grammar.timeNouns.has(head.toLowerCase());
    }
    if (!lexicons.grammar.determinerCases.has(lower) && !looksLikeInflectedAdjective(word)) return false;
  }
  return false;
}

/**
 * Whether the verb trigger is its clause's finite verb ("fordert", not "fordern" or "gefordert"). A form that is also
 * the participle ("kritisiert") is finite unless an auxiliary before it in the clause makes it the participle; right
 * after a coordinator with words after it, it opens a conjunct of its own ("will … übernehmen und verhandelt mit …"),
 * while a participle sharing the auxiliary closes its clause ("hat X gelobt und Y kritisiert").
 */
function isFiniteHere(doc: Doc, hit: TriggerHit, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const word = tokens[hit.tokenIndex].text;
  const { trigger } = hit;
  if (!trigger.verb || !finiteFormsOf(trigger.verb).has(word.toLowerCase()) || isInfinitive(word, trigger)) return false;
  if (!isParticiple(word, trigger)) return true;
  const opensConjunct = hit.tokenIndex > segment.tokenStart && lexicons.grammar.coordinators.has(tokens[hit.tokenIndex - 1].text.toLowerCase()) && hit.tokenIndex < lastWordIndex(doc, segment);
  return opensConjunct || !wordsOf(doc, segment.tokenStart, hit.tokenIndex).some((before) => lexicons.grammar.auxiliaries.has(before));
}

/** The first coordinator after the verb at `verbIndex` in the segment: where the verb's conjunct ends. */
function nextConjunctStart(doc: Doc, verbIndex: number, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  for (let position = verbIndex + 1; position < segment.tokenEnd; position++) if (lexicons.grammar.coordinators.has(doc.tokens![position].text.toLowerCase())) return position;
  return undefined;
}

/** The verb's past participle, with its particle ("gesprochen", "angegriffen"). */
function isParticiple(word: string, trigger: TriggerEntry): boolean {
  return !!trigger.verb && word.toLowerCase() === ((trigger.verb.particle ?? '') + trigger.verb.participle).toLowerCase();
}

function isInfinitive(word: string, trigger: TriggerEntry): boolean {
  const lower = word.toLowerCase();
  return !!trigger.verb && (lower === trigger.verb.lemma.toLowerCase() || lower === trigger.verb.present.toLowerCase() + 'en');
}

/** Third-person subjunctive I: present stem + e ("treffe", "lehne … ab"), which the indicative never uses. */
function isSubjunctiveForm(word: string, trigger: TriggerEntry): boolean {
  if (!trigger.verb) return false;
  const lower = word.toLowerCase();
  const stem = trigger.verb.present.toLowerCase();
  return lower === stem + 'e' || lower === (trigger.verb.particle ?? '').toLowerCase() + stem + 'e';
}

function canBeSubject(argument: Argument): boolean {
  return !argument.preposition && (!argument.cases || argument.cases.includes('nom'));
}

/** Whether the segment is a relative clause: opened by a relative pronoun right after a comma ("…, der …"). */
function isRelativeClause(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  return segment.subordinator !== undefined && lexicons.grammar.relativePronouns.has(segment.subordinator) && doc.tokens![segment.tokenStart - 1]?.text === ',';
}

/** Whether only commas stand between tokens `end` and `start`. */
function onlyCommaBetween(tokens: readonly Token[], end: number, start: number): boolean {
  if (start <= end) return false;
  for (let index = end; index < start; index++) if (tokens[index].text !== ',') return false;
  return true;
}

/**
 * The named phrase that a relative clause interrupts before the finite verb at `verbIndex` resumes its main clause:
 * "Der PSOE-Vorsitzende Pedro Sanchez, der von König Felipe VI. … betraut worden war, lehnte …". It is the whole of the
 * sentence's first part, one noun phrase and nothing else; undefined otherwise.
 */
function prefieldBeforeRelativeClause(doc: Doc, segment: Segment, verbIndex: number, previous: readonly Segment[], compiled: Compiled): Argument[] | undefined {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  if (verbIndex !== segment.tokenStart || segment.subordinator !== undefined || previous.length < 2) return undefined;
  const relative = previous.at(-1)!;
  const prefield = previous.at(-2)!;
  if (!isRelativeClause(doc, relative, lexicons)) return undefined;
  // (A sentence's first part has its article as "subordinator"; being one noun phrase, checked below, is what counts.)
  if (prefield.tokenStart !== doc.sentences![segment.sentence].tokenStart) return undefined;
  if (!onlyCommaBetween(tokens, prefield.tokenEnd, relative.tokenStart) || !onlyCommaBetween(tokens, relative.tokenEnd, segment.tokenStart)) return undefined;
  const phrase = groups(argumentsIn(doc, compiled.index, prefield.tokenStart, prefield.tokenEnd, lexicons));
  if (phrase.length !== 1) return undefined;
  const group = phrase[0];
  return group[0].phraseStart === prefield.tokenStart && group.at(-1)!.mention.tokenEnd === prefield.tokenEnd ? group : undefined;
}

/** Coordination groups in order: each group is the arguments that share one function. */
function groups(argumentsInSegment: readonly Argument[]): Argument[][] {
  const byHead = new Map<number, Argument[]>();
  for (const argument of argumentsInSegment) {
    const group = byHead.get(argument.coordinationHead);
    if (group) group.push(argument);
    else byHead.set(argument.coordinationHead, [argument]);
  }
  return [...byHead.values()];
}

interface ParticipantResult {
  participants: EventParticipant[];
  /** How many participants the clause gives besides its subject: objects and prepositional partners. */
  partnerCount: number;
  /** The event is what an accusation says someone did ("warf Russland Angriffe vor"): alleged, so reported. */
  alleged?: boolean;
  evidenceStart: number;
  pronounMentions: { entity: string; mention: Mention }[];
  agent?: string;
  theme?: TextSpan;
}

/** The position of a neuter pronoun right after the clause's subordinator or conjunction, before the trigger. */
function neuterPronounOpeningClause(doc: Doc, segment: Segment, triggerIndex: number, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  const first = tokens[segment.tokenStart].text.toLowerCase();
  if (!lexicons.grammar.subordinators.has(first) && !lexicons.grammar.coordinators.has(first)) return undefined;
  const position = segment.tokenStart + 1;
  return position < triggerIndex && lexicons.grammar.neuterPronouns.has(tokens[position].text.toLowerCase()) ? position : undefined;
}

/** The entity of the last country before the clause, in its sentence or the one before, whose name takes no article. */
function neuterCountryBefore(doc: Doc, segment: Segment, compiled: Compiled): string | undefined {
  const from = doc.sentences![Math.max(0, segment.sentence - 1)].tokenStart;
  const mentions = compiled.index.within(from, segment.tokenStart);
  for (let index = mentions.length - 1; index >= 0; index--) {
    const place = mentions[index].key ? compiled.lexicons.placeById.get(mentions[index].key!) : undefined;
    if (place?.kind === 'country' && place.gender === undefined && mentions[index].entity) return mentions[index].entity;
  }
  return undefined;
}

/**
 * The position of a personal pronoun ("er", "sie") that opens the clause, or follows its subordinator, conjunction or
 * (after a fronted clause) auxiliary, before the trigger: "Sie bezichtigt …", "…, weil er … kritisiert hatte", "Falls
 * …, könnten sie ausgewiesen werden".
 */
function pronounOpeningClause(doc: Doc, segment: Segment, triggerIndex: number, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  for (let position = segment.tokenStart; position < Math.min(segment.tokenStart + 2, triggerIndex); position++) {
    const lower = tokens[position].text.toLowerCase();
    if (lexicons.grammar.personPronouns.has(lower) && tokens[position].kind === 'word') return position;
    if (tokens[position].kind === 'punct') continue;
    // "Falls …, könnten sie ausgewiesen werden": after a fronted clause the auxiliary comes first, then the subject.
    const frontedAuxiliary = position === segment.tokenStart && position > 0 && tokens[position - 1].text === ',' && lexicons.grammar.auxiliaries.has(lower);
    if (!lexicons.grammar.subordinators.has(lower) && !lexicons.grammar.coordinators.has(lower) && !frontedAuxiliary) return undefined;
  }
  return undefined;
}

/** Whether a word no lexicon, list or linked mention knows follows the clause's subordinator (no relative pronoun). */
function opensWithUnknownName(doc: Doc, segment: Segment, triggerIndex: number, compiled: Compiled): boolean {
  const { grammar } = compiled.lexicons;
  const subordinator = segment.subordinator;
  if (subordinator === undefined || grammar.relativePronouns.has(subordinator) || grammar.determinerCases.has(subordinator)) return false;
  const position = segment.tokenStart + 1;
  if (position >= triggerIndex) return false;
  const word = doc.tokens![position].text;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !compiled.lexicons.isNounOrCompound(word) &&
    // A mention there that links to no one (a name the model alone found) is such a name too.
    !compiled.index.at(position)?.entity &&
    !grammar.nonNameWords.has(word) &&
    !grammar.personPronouns.has(word.toLowerCase()) &&
    !grammar.determinerCases.has(word.toLowerCase())
  );
}

/**
 * The head of an actor phrase without a name that opens the clause and can be its subject: a determiner that allows
 * the nominative, inflected adjectives, then a role or institution noun ("Das Militär des Landes drohte Südkorea",
 * "…, dass die Polizei Pernell Harris festgenommen habe"). Such a phrase is the subject, so the name after it is
 * not. The phrase opens the sentence or follows a conjunction; a determiner after a comma is a relative pronoun.
 * A name right after the noun is its apposition ("Die Kanzlerin Merkel"), which the caller sees as the subject.
 */
function unnamedActorOpening(doc: Doc, segment: Segment, triggerIndex: number, trigger: TriggerEntry, argumentsHere: readonly Argument[], lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  const sentenceStart = doc.sentences![segment.sentence].tokenStart;
  let position = segment.tokenStart;
  const first = tokens[position].text.toLowerCase();
  // "…, den die Führung in Kiew mit der EU geschlossen hat": a relative pronoun before a determiner is the object, and
  // the phrase after it opens the clause.
  const relativeObject =
    tokens[segment.tokenStart - 1]?.text === ',' &&
    lexicons.grammar.relativePronouns.has(first) &&
    lexicons.grammar.determinerCases.has(tokens[segment.tokenStart + 1]?.text.toLowerCase() ?? '');
  const opensWithConjunction = (lexicons.grammar.subordinators.has(first) && !lexicons.grammar.determinerCases.has(first)) || lexicons.grammar.coordinators.has(first) || relativeObject;
  // "Dubai/Washington – Die Menschenrechtsorganisation … forderte": the clause opens after the dateline.
  const dateline = afterDateline(doc, segment.sentence, lexicons.grammar.nameParticles);
  const afterRelative = afterPrepositionalRelative(doc, segment, lexicons);
  if (afterRelative !== undefined) position = afterRelative;
  else if (opensWithConjunction) position++;
  else if (dateline !== undefined && position <= dateline) position = dateline;
  else if (position !== sentenceStart) return undefined;
  if (position >= triggerIndex) return undefined;
  // "Kritiker werfen Erdogan vor", "Westliche Regierungen werfen Russland vor", "5.000 Zuseher empfingen Strasser": a
  // bare plural role, institution or person noun right before the verb, adjectives or a number before it, is its
  // subject too.
  let noun = position;
  const countOrAdjective = (word: string) => looksLikeInflectedAdjective(word.toLowerCase()) || /^\d[\d.,]*$/.test(word) || lexicons.grammar.numberWords.has(word.toLowerCase());
  while (noun + 1 < triggerIndex && countOrAdjective(tokens[noun].text)) noun++;
  const word = tokens[noun].text;
  const bare = noun + 1 === triggerIndex && /^\p{Lu}/u.test(word) && (lexicons.matchRole(word) !== undefined || lexicons.matchInstitution(word) !== undefined || lexicons.grammar.personNouns.has(word.toLowerCase()));
  if (bare && !lexicons.grammar.determinerCases.has(tokens[position].text.toLowerCase()) && !argumentsHere.some((argument) => argument.mention.tokenStart <= noun && argument.mention.tokenEnd > position)) return noun;
  if (!lexicons.grammar.determinerCases.get(tokens[position].text.toLowerCase())?.includes('nom')) return undefined;
  position++;
  while (position < triggerIndex && looksLikeInflectedAdjective(tokens[position].text)) position++;
  if (position >= triggerIndex) return undefined;
  const head = tokens[position].text;
  // A role, an institution, a person, or an organisation of a known sector ("Die Menschenrechtsorganisation … forderte").
  // So is a body of members with no genitive after it ("Die Kommission hat Papst Franziskus gedankt", grammar
  // `bodyNouns`; "Der Rat der EZB" is the EZB).
  const genitiveAfter = lexicons.grammar.genitiveDeterminers.has(tokens[position + 1]?.text.toLowerCase() ?? '');
  const body = lexicons.isBodyNoun(head) && !genitiveAfter;
  // "Die Staaten der Europäischen Union hatten sich geeinigt": a body noun with a named genitive is that genitive's
  // organisation (see `isAffiliationOfOpeningRole`), though the noun alone names a kind of actor.
  if (lexicons.isBodyNoun(head) && genitiveAfter && !lexicons.matchRole(head) && argumentsHere.some((argument) => argument.phraseStart === position + 1)) return undefined;
  if (!lexicons.matchRole(head) && !lexicons.matchInstitution(head) && !isPersonNoun(head, lexicons) && !lexicons.actorCodes.ofNoun(head) && !body) return undefined;
  // "Der Konflikt hat … verschärft und Polen fordert …": a finite verb after a conjunction may head a clause of its
  // own; a participle shares the subject ("hatte … angestrebt und Holmes angeklagt").
  const verb = tokens[triggerIndex].text;
  const finite = !isParticiple(verb, trigger) && !isInfinitive(verb, trigger);
  for (let between = position + 1; between < triggerIndex && finite; between++) if (lexicons.grammar.coordinators.has(tokens[between].text.toLowerCase())) return undefined;
  const namedEarlier = argumentsHere.some(
    (argument) => argument.mention.tokenStart <= position + 1 && !argument.preposition && !argument.cases?.every((grammaticalCase) => grammaticalCase === 'gen'),
  );
  return namedEarlier ? undefined : position;
}

/**
 * Whether the clause tells what a part someone plays does: "als" inside it before a person's name ("Udo Kier, der als
 * Rolf Rauchensteiner sein Vermögen verspricht"). A film's or novel's plot holds no event.
 */
function playsNamedPart(doc: Doc, segment: Segment, index: MentionIndex): boolean {
  const tokens = doc.tokens!;
  for (let position = segment.tokenStart + 1; position + 1 < segment.tokenEnd; position++) {
    if (tokens[position].text !== 'als') continue;
    // Its name, or a role with the name in apposition ("als Präsident Mikko Rantanen").
    const after = tokens[position + 1];
    const named = index
      .within(position + 1, Math.min(segment.tokenEnd, position + 5))
      .find((mention) => mention.label === 'PER' && mention.kind === 'name' && (mention.tokenStart === position + 1 || mention.appositiveRole?.span.start === after.start));
    if (named) return true;
  }
  return false;
}

/** Whether the argument's phrase opens with "der" before a feminine or plural name, so "der" may be its dative: "der griechischen Regierung". */
function mayBeFeminineDative(doc: Doc, argument: Argument, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  return tokens[argument.phraseStart].text.toLowerCase() === 'der' && argument.mention.label !== 'PER' && isFeminineOrPluralName(tokens, argument.mention, lexicons);
}

/**
 * Whether the "über" phrase of the noun at `nounIndex` follows the noun of talks (a trigger of CAMEO 04: consultations,
 * negotiations): "Verhandlungen über ein drittes Hilfspaket".
 */
function talksNounBefore(doc: Doc, nounIndex: number, segment: Segment, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  let position = nounIndex - 1;
  while (position > segment.tokenStart && tokens[position].text.toLowerCase() !== 'über') position--;
  if (position <= segment.tokenStart || nounIndex - position > 4) return false;
  const talks = compiled.triggers.noun(tokens[position - 1].text);
  return talks !== undefined && /^04/.test(talks.cameo);
}

/**
 * The country an unnamed holder of a state office (roles.jsonl kinds of `stateOfficeKinds`) at `headIndex` serves, by a
 * nationality adjective before the role noun or a country in front of it ("der israelische UNO-Botschafter", "ein
 * US-Diplomat"), where the article names that country.
 */
function stateOfUnnamedOfficial(doc: Doc, headIndex: number, segment: Segment, compiled: Compiled): string | undefined {
  const word = doc.tokens![headIndex].text;
  const role = compiled.lexicons.matchRole(word);
  if (!role || !stateOfficeKinds.has(role.entry.kind ?? '')) return undefined;
  const hyphen = word.indexOf('-');
  const front = hyphen > 0 ? entityOfCompoundFront(word.slice(0, hyphen), compiled, true) : undefined;
  return front && compiled.places.has(front) ? front : countryOfAdjectiveBefore(doc, headIndex, segment, compiled);
}

/**
 * The state of an unnamed official (a role noun of a state's office, no name after it) in the clause that an accusative
 * or dative determiner opens, never a subject's, a nationality adjective between: "bestellte den chinesischen
 * Botschafter ein", "hat den estnischen Botschafter einbestellt". Not in a prepositional phrase.
 */
function stateOfUnnamedOfficialObject(doc: Doc, verbIndex: number, segment: Segment, compiled: Compiled): string | undefined {
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    // An object's determiner: of no nominative and no genitive ("den", "dem", "einen", "einem").
    const cases = grammar.determinerCases.get(tokens[index].text.toLowerCase());
    if (index === verbIndex || !cases || cases.includes('nom') || cases.includes('gen') || grammar.prepositions.has(tokens[index].text.toLowerCase())) continue;
    if (grammar.prepositions.has(tokens[index - 1]?.text.toLowerCase() ?? '')) continue;
    let head = index + 1;
    while (head < segment.tokenEnd && /^\p{Ll}/u.test(tokens[head].text) && looksLikeInflectedAdjective(tokens[head].text)) head++;
    if (head >= segment.tokenEnd || compiled.index.at(head)?.entity || compiled.index.at(head + 1)?.entity) continue;
    const state = stateOfUnnamedOfficial(doc, head, { ...segment, tokenStart: index }, compiled);
    if (state) return state;
  }
  return undefined;
}

/**
 * The entity a spokesperson's noun at `headIndex` speaks for: the first name of the genitive or "von" phrase right
 * after it ("Ein Sprecher der lettischen Regierung", "ein Sprecher von Bürgermeister Berzins").
 */
function entitySpokenFor(doc: Doc, headIndex: number, argumentsHere: readonly Argument[], lexicons: CompiledLexicons): string | undefined {
  const opener = doc.tokens![headIndex + 1]?.text.toLowerCase() ?? '';
  // "Ein Sprecher Orbáns": a name's genitive right after the noun.
  const genitiveName = argumentsHere.find((argument) => argument.mention.tokenStart === headIndex + 1 && !argument.preposition && /s$/u.test(argument.mention.text) && argument.cases?.includes('gen'));
  if (genitiveName) return genitiveName.entity;
  if (!lexicons.grammar.genitiveDeterminers.has(opener) && opener !== 'von' && opener !== 'vom') return undefined;
  // A preposition's phrase starts after it.
  return argumentsHere.find((argument) => argument.phraseStart === headIndex + 1 || (argument.preposition !== undefined && argument.phraseStart === headIndex + 2))?.entity;
}

/**
 * Where a relative clause opened by a preposition and its relative pronoun ("…, in dem", "…, mit denen") goes on with
 * a determiner: the clause's own phrases start there ("…, in dem der Diplomat Warschau vorwarf").
 */
function afterPrepositionalRelative(doc: Doc, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  const start = segment.tokenStart;
  const opens =
    tokens[start - 1]?.text === ',' &&
    lexicons.grammar.prepositions.has(tokens[start].text.toLowerCase()) &&
    lexicons.grammar.relativePronouns.has(tokens[start + 1]?.text.toLowerCase() ?? '') &&
    lexicons.grammar.determinerCases.has(tokens[start + 2]?.text.toLowerCase() ?? '') &&
    start + 2 < segment.tokenEnd;
  return opens ? start + 2 : undefined;
}

/**
 * Whether a passive clause's "werden" has a noun phrase of a common noun after it in the nominative, before the
 * participle at `triggerIndex`: a determiner that can be nominative but not dative ("eine", "die", "das"), adjectives,
 * a known noun that is no name ("wurde eine Bank … überfallen").
 */
function unnamedPassiveSubject(doc: Doc, segment: Segment, triggerIndex: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  let werden = -1;
  for (let position = segment.tokenStart; position < triggerIndex; position++) if (compiled.cues.future.has(tokens[position].text.toLowerCase())) werden = position;
  // "…, eine Regierung müsse gebildet werden": with "werden" after the participle the subject opens the clause.
  const werdenAfter = werden < 0 && compiled.cues.future.has(tokens[triggerIndex + 1]?.text.toLowerCase() ?? '');
  if (werden < 0 && !werdenAfter) return false;
  // A relative pronoun opening the clause is no determiner: "…, das von der Gruppe angegriffen worden war".
  const relative = isRelativeClause(doc, segment, lexicons);
  if (opensWithCommonNounSubject(doc, segment, triggerIndex, compiled)) return true;
  // "…, dass von Riga aus Flüchtlinge abgeschoben werden": a bare common noun right before a verb-final participle in a
  // subordinate clause, in no prepositional phrase (a "von … aus" frame is closed by its "aus"), is the subject.
  if (werdenAfter && segment.subordinator !== undefined && bareNounSubjectBefore(doc, segment, triggerIndex, compiled)) return true;
  for (let position = werdenAfter ? segment.tokenStart + (relative ? 1 : 0) : werden + 1; position < triggerIndex - 1; position++) {
    const cases = lexicons.grammar.determinerCases.get(tokens[position].text.toLowerCase());
    if (!cases?.includes('nom') || cases.includes('dat') || lexicons.grammar.prepositions.has(tokens[position - 1]?.text.toLowerCase() ?? '')) continue;
    let head = position + 1;
    while (head < triggerIndex && looksLikeInflectedAdjective(tokens[head].text)) head++;
    const word = tokens[head]?.text ?? '';
    return head < triggerIndex && /^\p{Lu}/u.test(word) && !compiled.index.at(head) && lexicons.isNounOrCompound(word);
  }
  return false;
}

/** Whether the word right before the participle is a bare common noun outside any prepositional phrase. */
function bareNounSubjectBefore(doc: Doc, segment: Segment, triggerIndex: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  const noun = triggerIndex - 1;
  const word = tokens[noun]?.text ?? '';
  if (noun <= segment.tokenStart || !/^\p{Lu}/u.test(word) || compiled.index.at(noun) || !lexicons.isNounOrCompound(word)) return false;
  const before = tokens[noun - 1].text.toLowerCase();
  if (lexicons.grammar.determinerCases.has(before) || looksLikeInflectedAdjective(tokens[noun - 1].text)) return false;
  if (!lexicons.grammar.prepositions.has(before)) return true;
  // "von dort aus", "von Riga aus": the "aus" closes a frame "von" opened.
  return before === 'aus' && wordsOf(doc, Math.max(segment.tokenStart, noun - 4), noun - 1).includes('von');
}

/**
 * Whether the clause opens, after its subordinator if any, with an article that can be nominative, adjectives and a
 * common noun no mention covers, before a finite auxiliary where no subordinator opens it: "…, der Mann sei aus dem
 * Gefängnis entlassen worden", "…, dass der Mann verhaftet wurde". "der" may be a dative too, but seldom opens a clause
 * as one.
 */
function opensWithCommonNounSubject(doc: Doc, segment: Segment, triggerIndex: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  // The subordinator, where the segment opens with it (a conjunct of a subordinate clause holds none of its own).
  const opensWithSubordinator = segment.subordinator !== undefined && tokens[segment.tokenStart].text.toLowerCase() === segment.subordinator && !isRelativeClause(doc, segment, compiled.lexicons);
  const first = segment.tokenStart + (opensWithSubordinator ? 1 : 0);
  const determiner = grammar.determinerCases.get(tokens[first]?.text.toLowerCase() ?? '');
  if (determiner && !determiner.includes('nom')) return false;
  // A bare plural is a subject too ("…, dass die Lager ausgebaut werden und Flüchtlinge abgeschoben werden"), though
  // not a capitalised word opening the sentence, which may be anything.
  if (!determiner && (first === doc.sentences![segment.sentence].tokenStart || segment.subordinator === undefined)) return false;
  let head = determiner ? first + 1 : first;
  while (head < triggerIndex && looksLikeInflectedAdjective(tokens[head].text)) head++;
  const word = tokens[head]?.text ?? '';
  // A role noun that names no one here ("der Politiker") is a common noun too.
  if (head >= triggerIndex || !/^\p{Lu}/u.test(word) || compiled.index.at(head)?.entity !== undefined || !compiled.lexicons.isNounOrCompound(word)) return false;
  const next = tokens[head + 1]?.text.toLowerCase() ?? '';
  // After a comma "der" may open a relative clause, whose verb is last: a finite auxiliary right after the noun, with
  // the clause going on, makes it a main clause ("AFP, der Mann sei … entlassen worden").
  if (isRelativeClause(doc, segment, compiled.lexicons)) return head + 1 < lastWordIndex(doc, segment) && (grammar.auxiliaries.has(next) || grammar.seinForms.has(next));
  return segment.subordinator !== undefined || grammar.auxiliaries.has(next) || grammar.seinForms.has(next) || compiled.cues.future.has(next);
}

/**
 * The head of an actor phrase right after a finite verb that is its subject: "der", "ein" … with a masculine role or
 * institution noun ("Seine Heimat Argentinien besucht der Papst", "…, kritisierte der Landeschef die Vorgangsweise
 * von X"). With a feminine noun "der" is a dative or genitive ("dankte der Ministerin"), so only masculine ones count.
 * After a plural verb, "die" with a plural role or person noun is the subject too (`pluralActorAfter`).
 */
function subjectActorAfterVerb(doc: Doc, hit: TriggerHit, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  const verb = tokens[hit.tokenIndex].text;
  // "besucht" is a participle and a finite form alike; a determiner right after it makes it the finite one.
  if (hit.isNoun || !hit.trigger.verb || !finiteFormsOf(hit.trigger.verb).has(verb.toLowerCase())) return undefined;
  let position = hit.tokenIndex + 1;
  // "Und doch werfen einige Blogs Microsoft Scheinheiligkeit vor": after a plural verb, a quantifier (grammar
  // `numberWords`), adjectives and a common noun are an unnamed subject.
  if (position < segment.tokenEnd && isPluralForm(verb, hit.trigger.verb) && lexicons.grammar.numberWords.has(tokens[position].text.toLowerCase())) {
    let head = position + 1;
    while (head < segment.tokenEnd && looksLikeInflectedAdjective(tokens[head].text)) head++;
    if (head < segment.tokenEnd && /^\p{Lu}/u.test(tokens[head].text) && lexicons.isNounOrCompound(tokens[head].text)) return head;
  }
  // "Als die Guerilla versuchte, …, ermordeten rechte Paramilitärs 3.000 Menschen": a plural verb opening the main
  // clause after a fronted clause has its subject right after it; adjectives and a noun without article are one.
  // So after a fronted prepositional phrase, the one phrase before the verb ("Am Montag griffen lettische Soldaten
  // Estland an"), or one that a postposition closes ("Dem Bericht zufolge griffen …").
  const first = tokens[segment.tokenStart].text.toLowerCase();
  const frontedPhrase =
    hit.tokenIndex > segment.tokenStart + 1 &&
    (lexicons.grammar.prepositions.has(first) || (lexicons.grammar.determinerCases.get(first)?.every((grammaticalCase) => grammaticalCase === 'dat') ?? false)) &&
    !tokens.slice(segment.tokenStart, hit.tokenIndex).some((token) => token.text === ',') &&
    /^\p{Ll}/u.test(tokens[position]?.text ?? '') &&
    !lexicons.grammar.determinerCases.has(tokens[position]?.text ?? '');
  if (position < segment.tokenEnd && ((hit.tokenIndex === segment.tokenStart && tokens[hit.tokenIndex - 1]?.text === ',') || frontedPhrase) && isPluralForm(verb, hit.trigger.verb) && looksLikeInflectedAdjective(tokens[position].text)) {
    let head = position;
    while (head < segment.tokenEnd && looksLikeInflectedAdjective(tokens[head].text)) head++;
    if (head < segment.tokenEnd && /^\p{Lu}/u.test(tokens[head].text) && !lexicons.grammar.determinerCases.has(tokens[head].text.toLowerCase())) return head;
  }
  // A determiner that is nominative but never accusative ("der", "dieser"): before a masculine noun, the subject.
  const cases = position < segment.tokenEnd ? lexicons.grammar.determinerCases.get(tokens[position].text.toLowerCase()) : undefined;
  if (cases?.includes('nom') && cases.includes('acc') && isPluralForm(verb, hit.trigger.verb)) return pluralActorAfter(doc, position, segment, lexicons);
  if (!cases?.includes('nom') || cases.includes('acc')) return undefined;
  position++;
  while (position < segment.tokenEnd && looksLikeInflectedAdjective(tokens[position].text)) position++;
  if (position >= segment.tokenEnd) return undefined;
  const head = tokens[position].text;
  const role = lexicons.matchRole(head);
  // After a nominative "der" the -e form of an adjectival role is masculine: "der Vorsitzende".
  const masculineRole = role !== undefined && roleSex(role) !== 'f';
  return masculineRole || lexicons.matchInstitution(head)?.gender === 'm' ? position : undefined;
}

/**
 * Whether the clause is a question to be answered yes or no: its sentence ends in "?" and opens, after a speaker's
 * label ("STANDARD: …"), with a finite verb, an auxiliary (grammar `singularFiniteVerbs`, `pluralFiniteVerbs`) or the
 * trigger itself ("Treten Sie zurück?"). A question of who, why or when ("Warum kritisieren Sie die Regierung?") takes
 * its event as given.
 */
function isYesNoQuestion(doc: Doc, segment: Segment, hit: TriggerHit, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const sentence = doc.sentences![segment.sentence];
  if (tokens[sentence.tokenEnd - 1]?.text !== '?') return false;
  let first = sentence.tokenStart;
  const label = tokens.slice(sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + 4)).findIndex((token) => token.text === ':');
  if (label >= 0) first = sentence.tokenStart + label + 1;
  if (segment.tokenStart > first) return false;
  const word = tokens[first]?.text.toLowerCase() ?? '';
  return first === hit.tokenIndex || lexicons.grammar.singularFiniteVerbs.has(word) || lexicons.grammar.pluralFiniteVerbs.has(word);
}

/**
 * Whether the clause's finite verb is singular: a singular auxiliary and no plural one (grammar `singularFiniteVerbs`,
 * `pluralFiniteVerbs`), or the trigger's own singular form.
 */
function clauseVerbIsSingular(doc: Doc, segment: Segment, hit: TriggerHit, lexicons: CompiledLexicons): boolean {
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  if (words.some((word) => lexicons.grammar.pluralFiniteVerbs.has(word))) return false;
  if (words.some((word) => lexicons.grammar.singularFiniteVerbs.has(word))) return true;
  const verb = hit.trigger.verb;
  if (!verb) return false;
  const form = doc.tokens![hit.tokenIndex].text.toLowerCase();
  const present = verb.present.toLowerCase();
  return form === `${present}t` || form === `${present}et` || form === verb.past.toLowerCase() || (verb.presentIrregular ?? []).some((irregular) => irregular.toLowerCase() === form && !irregular.endsWith('st'));
}

/**
 * Whether a relative clause ends in a plural finite verb (grammar `pluralFiniteVerbs`) and holds no singular one: "…,
 * die Kurz in den ersten Tagen kritisiert hatten". Verb-final, its last word is the finite verb, so its subject is
 * plural; an infinitive before a singular auxiliary ("die er hätte auffordern müssen") is ruled out by that auxiliary.
 */
function relativeClauseVerbIsPlural(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (!isRelativeClause(doc, segment, lexicons)) return false;
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  if (words.some((word) => lexicons.grammar.singularFiniteVerbs.has(word))) return false;
  return lexicons.grammar.pluralFiniteVerbs.has(tokens[lastWordIndex(doc, segment)].text.toLowerCase());
}

/** A name of a plural: an institution in a plural form ("Behörden", "Streitkräfte") or a place or entry listed as plural ("die USA"). */
function isPluralArgument(argument: Argument, lexicons: CompiledLexicons): boolean {
  const { mention } = argument;
  const lastWord = mention.text.slice(mention.text.lastIndexOf(' ') + 1);
  if (lexicons.matchInstitution(lastWord)?.gender === 'pl') return true;
  const key = mention.key;
  return key !== undefined && (lexicons.placeById.get(key)?.gender ?? lexicons.knowledgeById.get(key)?.gender) === 'pl';
}

/** A third-person plural form: the present stem or the past with -en or -n ("werfen", "forderten"). */
function isPluralForm(word: string, verb: NonNullable<TriggerEntry['verb']>): boolean {
  const lower = word.toLowerCase();
  const present = verb.present.toLowerCase();
  const past = verb.past.toLowerCase();
  return lower === present + 'en' || lower === present + 'n' || lower === past + 'n' || lower === past + 'en';
}

/**
 * "In der Begründung werfen die Abgeordneten Schaunig vor": after a plural verb, a determiner that can be nominative,
 * adjectives and a role, person or institution noun in a plural form (no feminine -in) make the subject, so a single
 * name after it is none. The head's position, or undefined.
 */
function pluralActorAfter(doc: Doc, determiner: number, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  let position = determiner + 1;
  while (position < segment.tokenEnd && looksLikeInflectedAdjective(tokens[position].text)) position++;
  if (position >= segment.tokenEnd) return undefined;
  const head = tokens[position].text;
  if (!/^\p{Lu}/u.test(head) || /in$/.test(head)) return undefined;
  return lexicons.matchRole(head) !== undefined || isPersonNoun(head, lexicons) ? position : undefined;
}

/**
 * Whether `argument` is a von-phrase right after a role noun that opens the clause, before the verb, with at most a
 * determiner and adjectives in front: "Politiker von CSU und SPD hatten gefordert"; or a genitive after a role or
 * a body's noun there (grammar `bodyNouns`): "Der Rat der Europäischen Zentralbank kommt … zusammen".
 */
function isAffiliationOfOpeningRole(doc: Doc, argument: Argument, segment: Segment, triggerIndex: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const genitive = !argument.preposition && argument.cases?.every((grammaticalCase) => grammaticalCase === 'gen') === true && compiled.lexicons.grammar.genitiveDeterminers.has(tokens[argument.phraseStart].text.toLowerCase());
  if ((argument.preposition !== 'von' && !genitive) || argument.phraseStart >= triggerIndex) return false;
  // The von-phrase starts after its preposition, the genitive at its article.
  const roleIndex = argument.phraseStart - (genitive ? 1 : 2);
  const covering = compiled.index.at(roleIndex);
  const word = tokens[roleIndex]?.text ?? '';
  const isRole = compiled.lexicons.matchRole(word) !== undefined || (genitive && compiled.lexicons.isBodyNoun(word));
  if (roleIndex < segment.tokenStart || (covering && covering.kind !== 'role') || !isRole) return false;
  let phraseStart = roleIndex;
  while (phraseStart > segment.tokenStart && looksLikeInflectedAdjective(tokens[phraseStart - 1].text) && !compiled.lexicons.grammar.determinerCases.has(tokens[phraseStart - 1].text.toLowerCase())) phraseStart--;
  if (phraseStart > segment.tokenStart && compiled.lexicons.grammar.determinerCases.has(tokens[phraseStart - 1].text.toLowerCase())) phraseStart--;
  if (phraseStart === segment.tokenStart) return true;
  // "Zuvor hatten sich die Regierungschefs von Polen und Tschechien …": after the verb, the phrase with its nominative
  // article, only an opening adverb and lower-case words before it.
  const article = tokens[phraseStart].text.toLowerCase();
  if (!compiled.lexicons.grammar.determinerCases.get(article)?.includes('nom')) return false;
  for (let index = segment.tokenStart + 1; index < phraseStart; index++) if (!/^\p{Ll}/u.test(tokens[index].text)) return false;
  return true;
}

/** The position of a person pronoun right after the finite trigger verb that is its subject (see the caller). */
function pronounAfterVerb(doc: Doc, triggerIndex: number, segment: Segment, argumentsHere: readonly Argument[], lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  // "Kunden hat er Klarheit versprochen": with the trigger last, the finite verb is an auxiliary before it.
  let afterAuxiliary = -1;
  for (let position = segment.tokenStart; position < triggerIndex; position++) {
    if (!lexicons.grammar.auxiliaries.has(tokens[position].text.toLowerCase())) continue;
    afterAuxiliary = position + 1;
    break;
  }
  if (afterAuxiliary > segment.tokenStart + 1 && afterAuxiliary < triggerIndex && lexicons.grammar.nominativePronouns.has(tokens[afterAuxiliary].text) && !lexicons.grammar.subordinators.has(tokens[segment.tokenStart].text.toLowerCase())) {
    return afterAuxiliary;
  }
  // "Dort wollen sie Russland kritisieren": so any person pronoun right after the finite auxiliary where an adverb or
  // a phrase with a preposition, no name or noun that could be the subject, stands before it, and no nominative
  // article follows it ("Dort will sie der Präsident treffen").
  if (afterAuxiliary > segment.tokenStart && afterAuxiliary < triggerIndex && lexicons.grammar.personPronouns.has(tokens[afterAuxiliary].text) && adverbialBefore(doc, segment.tokenStart, afterAuxiliary - 1, argumentsHere, lexicons)) {
    const next = tokens[afterAuxiliary + 1]?.text.toLowerCase() ?? '';
    if (!lexicons.grammar.masculineNominativeDeterminers.has(next)) return afterAuxiliary;
  }
  const position = triggerIndex + 1;
  const token = tokens[position];
  if (position >= segment.tokenEnd || token.kind !== 'word') return undefined;
  const lower = token.text.toLowerCase();
  if (!lexicons.grammar.personPronouns.has(lower)) return undefined;
  // "Merkel lobte sie": with a name before the verb, "sie" is its object.
  if (!lexicons.grammar.nominativePronouns.has(lower) && argumentsHere.some((argument) => argument.mention.tokenEnd <= triggerIndex)) return undefined;
  return position;
}

/**
 * Whether the words from `start` up to the finite verb at `verbIndex` are an adverb ("Dort", "Dabei") or a phrase a
 * preposition opens ("Am Montag", "Bei dem Treffen"), with no argument: nothing there can be the clause's subject.
 */
function adverbialBefore(doc: Doc, start: number, verbIndex: number, argumentsHere: readonly Argument[], lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (verbIndex <= start || argumentsHere.some((argument) => argument.mention.tokenStart < verbIndex)) return false;
  const first = tokens[start].text;
  if (lexicons.grammar.prepositions.has(first.toLowerCase())) return true;
  return verbIndex - start === 1 && tokens[start].kind === 'word' && !lexicons.isNounOrCompound(first) && !isClosedClassWord(first, lexicons) && !lexicons.grammar.personPronouns.has(first.toLowerCase());
}

/** The sex of each person the article tells it of (`sexOfPerson`), by entity id, worked out once. */
function sexOfPersonIn(entities: readonly Entity[], lexicons: CompiledLexicons): (entityId: string) => Sex | undefined {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const known = new Map<string, Sex | undefined>();
  return (entityId) => {
    if (!known.has(entityId)) {
      const entity = byId.get(entityId);
      known.set(entityId, entity?.type === 'PER' ? sexOfPerson(entity, lexicons) : undefined);
    }
    return known.get(entityId);
  };
}

function rolesOfPersonIn(entities: readonly Entity[]): (entityId: string) => readonly string[] | undefined {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return (entityId) => byId.get(entityId)?.roles?.map((role) => role.title);
}

/** The last word token of a segment (its verb in a verb-final clause). */
function lastWordIndex(doc: Doc, segment: Segment): number {
  const tokens = doc.tokens!;
  for (let position = segment.tokenEnd - 1; position > segment.tokenStart; position--) if (tokens[position].kind === 'word') return position;
  return segment.tokenStart;
}

/**
 * Whether the clause's finite verb is plural: an auxiliary decides ("sind", "sollen" against "ist", "soll"), else the
 * verb whose subject the pronoun is ("Sie begrüßen", "forderten sie"; singular "begrüßt", "forderte").
 */
function hasPluralVerb(doc: Doc, segment: Segment, verbIndex: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  let plural = false;
  for (let position = segment.tokenStart; position < segment.tokenEnd; position++) {
    const lower = tokens[position].text.toLowerCase();
    if (!lexicons.grammar.auxiliaries.has(lower)) continue;
    if (lower !== 'sind' && !lower.endsWith('en')) return false;
    plural = true;
  }
  return plural || tokens[verbIndex].text.endsWith('en');
}

/**
 * The person a personal pronoun in the clause stands for: the most recent one named before the clause. A "sie" whose
 * verb is plural stands for several ("Die Neos … Sie begrüßen die Kandidatur"), so for no single person; inside a
 * sentence or after a colon a capitalised "Sie" addresses someone ("Warum kritisieren Sie …", "STANDARD: Sie
 * fordern …"), whatever the verb's number.
 */
/** The mention a pronoun or possessive makes of the one it stands for. */
function referringMention(token: Token, entity: string, label: Mention['label'], rule: string, confidence: number): Mention {
  return { start: token.start, end: token.end, text: token.text, label, kind: 'pronoun', sentence: token.sentence, tokenStart: token.index, tokenEnd: token.index + 1, rule, confidence, entity };
}

/**
 * The person opening the sentence's first clause, a main clause, as its subject, where the pronoun at `pronounIndex`
 * comes right after "und" opening its own clause and a subordinate clause stands between the two: the "und" goes on
 * with the main clause. Undefined otherwise, or where that person does not fit.
 */
function subjectResumedAfterSubordinate(doc: Doc, segment: Segment, pronounIndex: number, compiled: Compiled, fits: (mention: Mention) => boolean): Mention | undefined {
  const tokens = doc.tokens!;
  if (pronounIndex !== segment.tokenStart + 1 || tokens[segment.tokenStart].text !== 'und') return undefined;
  const segments = segmentSentence(doc, segment.sentence, compiled.lexicons);
  const before = segments.filter((other) => other.tokenEnd <= segment.tokenStart);
  if (before.length < 2 || before[0].subordinator !== undefined || !before.slice(1).some((other) => other.subordinator !== undefined)) return undefined;
  const opening = argumentsIn(doc, compiled.index, before[0].tokenStart, before[0].tokenEnd, compiled.lexicons)[0];
  const mention = opening?.mention;
  if (!mention || mention.label !== 'PER' || mention.entity === undefined || !canBeSubject(opening) || opening.phraseStart !== before[0].tokenStart || !fits(mention)) return undefined;
  return mention;
}

function resolvePronoun(doc: Doc, segment: Segment, compiled: Compiled, verbIndex: number): { entity: string; mention: Mention } | undefined {
  const { lexicons, index } = compiled;
  const tokens = doc.tokens!;
  for (let position = segment.tokenStart; position < segment.tokenEnd; position++) {
    const token = tokens[position];
    if (!lexicons.grammar.personPronouns.has(token.text.toLowerCase()) || token.kind !== 'word') continue;
    // Capitalised inside a sentence, or after a colon, "Sie" is the polite address, plural in form only.
    const opensSentence = position === doc.sentences![segment.sentence].tokenStart;
    const addressed = token.text === 'Sie' && (!opensSentence || tokens[position - 1]?.text === ':');
    if (token.text.toLowerCase() === 'sie' && !addressed && hasPluralVerb(doc, segment, verbIndex, lexicons)) return undefined;
    // In the paper's turn of an interview, "Sie" is the person interviewed.
    const addressee = addressed ? compiled.addressees.get(segment.sentence) : undefined;
    if (addressee) {
      return { entity: addressee, mention: referringMention(token, addressee, 'PER', 'pronoun-interviewee', 0.7) };
    }
    // "er" stands for a man, a singular "sie" for a woman: a person known to be the other is passed over.
    const sex: Sex | undefined = addressed ? undefined : token.text.toLowerCase() === 'er' ? 'm' : 'f';
    const fits = (mention: Mention) => !sex || (compiled.sexOfPerson(mention.entity!) ?? sex) === sex;
    // The most recent person mentioned before the pronoun's clause: a name in the same clause is another of the
    // verb's arguments ("Schäuble warf er vor": he accused Schäuble), never what the pronoun stands for.
    // "Pilz hegt den Verdacht, dass das Ministerium unter Kurz … – und er fordert": after "und", past a subordinate
    // clause, it is the subject that opens the sentence's main clause.
    const person = subjectResumedAfterSubordinate(doc, segment, position, compiled, fits) ?? index.lastPersonBefore(tokens[segment.tokenStart].start, fits);
    // "Die HDP wirft … Erdogan … vor. Sie bezichtigt die AKP …": a "sie" opening a sentence also takes up an
    // organisation that opened the sentence before with a feminine article, when no woman was named after it.
    // So does one later in the sentence that organisation opens: "Die israelische Armee erklärte, sie habe …".
    const ownOpening = sex === 'f' && !opensSentence ? organisationOpeningSentence(doc, segment.sentence, compiled) : undefined;
    const organisation = sex === 'f' && opensSentence ? organisationOpeningSentence(doc, segment.sentence - 1, compiled) : ownOpening && ownOpening.tokenEnd <= segment.tokenStart ? ownOpening : undefined;
    const antecedent = organisation && (!person || person.start < organisation.start) ? organisation : person;
    if (!antecedent) return undefined;
    if (antecedent === organisation) {
      return { entity: organisation.entity!, mention: referringMention(token, organisation.entity!, 'ORG', 'pronoun-opening-organisation', 0.6) };
    }
    if (sex && someoneElseIntroduced(doc, antecedent, segment.tokenStart, sex, compiled)) return undefined;
    return { entity: antecedent.entity!, mention: referringMention(token, antecedent.entity!, 'PER', 'pronoun-most-recent-person', 0.6) };
  }
  return undefined;
}

/**
 * The organisation that opens sentence `sentenceIndex` as its subject after "Die" (adjectives between): "Die HDP
 * wirft …", "Die ungarische Regierung hatte …". A singular "sie" opening the next sentence may take it up.
 */
function organisationOpeningSentence(doc: Doc, sentenceIndex: number, compiled: Compiled): Mention | undefined {
  const sentence = doc.sentences![sentenceIndex];
  if (!sentence || doc.tokens![sentence.tokenStart]?.text !== 'Die') return undefined;
  let position = sentence.tokenStart + 1;
  while (position < sentence.tokenEnd && !compiled.index.at(position) && looksLikeInflectedAdjective(doc.tokens![position].text)) position++;
  const mention = compiled.index.at(position);
  return mention?.entity !== undefined && mention.tokenStart === position && mention.label === 'ORG' ? mention : undefined;
}

/**
 * The clause a relative clause interrupts between its finite auxiliary and its closing verb, when segment
 * `segmentIndex` resumes it: "2014 wurde Al-Asir von einem Militärgericht wegen der Gründung einer Gruppe, [die
 * Armeeangehörige getötet hat,] sowie wegen der Aufhetzung verurteilt". The part before holds a finite auxiliary and
 * the resumed part none, and ends in a lower-case word. `[clauseStart, clauseEnd)` is the part before, `asideStart` the
 * relative clause's comma.
 */
function relativeClauseInterrupting(doc: Doc, segments: readonly Segment[], segmentIndex: number, lexicons: CompiledLexicons): { clauseStart: number; clauseEnd: number; asideStart: number } | undefined {
  if (segmentIndex < 2) return undefined;
  const tokens = doc.tokens!;
  const resumed = segments[segmentIndex];
  const relative = segments[segmentIndex - 1];
  const main = segments[segmentIndex - 2];
  if (resumed.subordinator !== undefined || !/^\p{Ll}/u.test(tokens[resumed.tokenStart].text)) return undefined;
  if (!isRelativeClause(doc, relative, lexicons)) return undefined;
  if (!onlyCommaBetween(tokens, main.tokenEnd, relative.tokenStart) || !onlyCommaBetween(tokens, relative.tokenEnd, resumed.tokenStart)) return undefined;
  if (isSubordinateClause(doc, main, lexicons)) return undefined;
  const isAuxiliary = (word: string) => lexicons.grammar.auxiliaries.has(word);
  if (!wordsOf(doc, main.tokenStart, main.tokenEnd).some(isAuxiliary) || wordsOf(doc, resumed.tokenStart, resumed.tokenEnd).some(isAuxiliary)) return undefined;
  return /^\p{Ll}/u.test(tokens[lastWordIndex(doc, resumed)].text) ? { clauseStart: main.tokenStart, clauseEnd: main.tokenEnd, asideStart: relative.tokenStart - 1 } : undefined;
}

/**
 * The entity named as subject of the relative clause right after an event noun, when that clause's verb undertakes the
 * event (cues `undertakingVerbs`): "der Staatsbesuch in China, den Erdogan am Mittwoch begann", "den Anschlag, den
 * der IS verübt hatte". The noun ends its clause but for a phrase of names ("in China"); the relative pronoun is an
 * accusative form and the name stands right after it, so the name is the clause's subject.
 */
function agentOfUndertakingClause(doc: Doc, hit: TriggerHit, segment: Segment, relative: Segment | undefined, compiled: Compiled): string | undefined {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  if (!relative || !isRelativeClause(doc, relative, lexicons) || !onlyCommaBetween(tokens, segment.tokenEnd, relative.tokenStart)) return undefined;
  // The relative pronoun can be the verb's object (its article's cases hold the accusative: "den", "die", "das").
  if (!(lexicons.grammar.determinerCases.get(relative.subordinator ?? '') ?? []).includes('acc')) return undefined;
  for (let position = hit.tokenIndex + 1; position < segment.tokenEnd; position++) {
    const word = tokens[position].text;
    const lower = word.toLowerCase();
    if (!compiled.index.at(position) && !lexicons.grammar.prepositions.has(lower) && !lexicons.grammar.determinerCases.has(lower) && !looksLikeInflectedAdjective(word)) return undefined;
  }
  if (!holdsVerbForm(wordsOf(doc, relative.tokenStart, relative.tokenEnd), compiled.cues.undertakingForms)) return undefined;
  const subject = argumentsIn(doc, compiled.index, relative.tokenStart + 1, relative.tokenEnd, lexicons)[0];
  if (!subject || subject.preposition !== undefined || subject.phraseStart !== relative.tokenStart + 1) return undefined;
  return compiled.nonParticipants.has(subject.entity) ? undefined : subject.entity;
}

/**
 * Where the clause goes on after a relative clause, when segment `segmentIndex` is only the noun phrase that opens it
 * (articles, prepositions, adjectives, numbers and capitalised words): "[Ein Treffen mit dem Regierungschef Robert
 * Fico,] über das Medien zuvor spekuliert hatten, [fand nicht statt]". `[asideStart, asideEnd)` is the relative clause
 * with its commas, `resumedEnd` the end of the part after it, which opens with a lower-case verb and no subordinator.
 */
function nounPhraseResumedAfterRelative(doc: Doc, segments: readonly Segment[], segmentIndex: number, lexicons: CompiledLexicons): { asideStart: number; asideEnd: number; resumedEnd: number } | undefined {
  const tokens = doc.tokens!;
  const [phrase, relative, resumed] = [segments[segmentIndex], segments[segmentIndex + 1], segments[segmentIndex + 2]];
  if (!relative || !resumed || phrase.subordinator !== undefined || resumed.subordinator !== undefined) return undefined;
  if (phrase.tokenStart !== doc.sentences![phrase.sentence].tokenStart || relative.sentence !== phrase.sentence || resumed.sentence !== phrase.sentence) return undefined;
  // A relative clause, also one a preposition opens ("über das …").
  const prepositional = lexicons.grammar.prepositions.has(tokens[relative.tokenStart].text) && lexicons.grammar.relativePronouns.has(tokens[relative.tokenStart + 1]?.text ?? '');
  if (!(isRelativeClause(doc, relative, lexicons) || prepositional) || !onlyCommaBetween(tokens, phrase.tokenEnd, relative.tokenStart) || !onlyCommaBetween(tokens, relative.tokenEnd, resumed.tokenStart)) return undefined;
  if (!/^\p{Ll}/u.test(tokens[resumed.tokenStart].text) || lexicons.grammar.coordinators.has(tokens[resumed.tokenStart].text)) return undefined;
  const { grammar } = lexicons;
  // The phrase is the clause's subject: no preposition opens it ("Bei dem Staatsbesuch in China, den …, sollen …").
  if (grammar.prepositions.has(tokens[phrase.tokenStart].text.toLowerCase())) return undefined;
  for (let index = phrase.tokenStart; index < phrase.tokenEnd; index++) {
    const word = tokens[index].text;
    const lower = word.toLowerCase();
    if (/^\p{Lu}/u.test(word) && index > phrase.tokenStart) continue;
    if (!(grammar.determinerCases.has(lower) || grammar.prepositions.has(lower) || looksLikeInflectedAdjective(word) || grammar.numberWords.has(lower) || tokens[index].kind === 'number' || (index === phrase.tokenStart && /^\p{Lu}/u.test(word)))) return undefined;
  }
  return { asideStart: relative.tokenStart - 1, asideEnd: resumed.tokenStart, resumedEnd: resumed.tokenEnd };
}

/** The clause an aside interrupted, as one segment from its start to `resumed`'s end, opened by its own first word. */
function resumedSegment(doc: Doc, resumed: Segment, clauseStart: number, segments: readonly Segment[], lexicons: CompiledLexicons): Segment {
  const opening = segments.find((segment) => segment.tokenStart === clauseStart);
  const first = doc.tokens![clauseStart].text.toLowerCase();
  return { ...resumed, tokenStart: clauseStart, subordinator: opening ? opening.subordinator : lexicons.grammar.subordinators.has(first) ? first : undefined };
}

/**
 * Whether the segment is only the end of a verbal bracket that asides split from its clause: at most three lower-case
 * words closing the sentence ("…, zu 24 Monaten, davon 16 auf Bewährung, verurteilt worden."). Its clause began before.
 */
function isVerbTail(tokens: readonly Token[], segment: Segment, sentenceEnd: number): boolean {
  const words = tokens.slice(segment.tokenStart, segment.tokenEnd).filter((token) => token.kind === 'word');
  const closesSentence = tokens.slice(segment.tokenEnd, sentenceEnd).every((token) => token.kind === 'punct');
  return closesSentence && words.length > 0 && words.length <= 3 && words.every((token) => /^\p{Ll}/u.test(token.text));
}

/**
 * Whether, between the named person a pronoun would take up and the pronoun's clause, a noun phrase for one unnamed
 * person of the pronoun's gender (grammar `singularPersonNouns`) introduces someone else: so it does when the named
 * person has a role that is not that noun ("Polizeisprecher Roman H. … der 37-jährige Verkäufer … Erst wurde er
 * festgenommen"). A person named without a role may be what the noun describes ("Karl M. … Der Verkäufer …"), and a
 * noun in apposition right after the name is that person.
 */
function someoneElseIntroduced(doc: Doc, antecedent: Mention, clauseStart: number, sex: Sex, compiled: Compiled): boolean {
  const { lexicons } = compiled;
  const titles = (compiled.rolesOfPerson(antecedent.entity!) ?? []).map((title) => title.toLowerCase());
  const tokens = doc.tokens!;
  for (let position = antecedent.tokenEnd; position < clauseStart; position++) {
    const word = tokens[position].text;
    if (!/^\p{Lu}/u.test(word) || compiled.index.at(position)) continue;
    const head = lexicons.commonNouns.compoundHead(word);
    const determiner = nearestDeterminer(tokens, position, lexicons);
    const apposition = position - antecedent.tokenEnd <= 4 && tokens[antecedent.tokenEnd]?.text === ',';
    // "sprachen wir mit einem hochrangigen Politiker. Er lobte …": a role or person noun with an indefinite article
    // brings in someone new, whatever role the named person has; not as a predicate ("ist ein Politiker") or apposition.
    if (determiner !== undefined && lexicons.grammar.indefiniteArticles.has(determiner) && !apposition) {
      const role = lexicons.matchRole(word);
      const introduced = lexicons.grammar.singularPersonNouns.get(word.toLowerCase()) ?? (role ? roleSex(role) : undefined);
      if (introduced === sex && !isPredicativePhrase(tokens, position, lexicons, compiled.cues.future)) return true;
    }
    if (titles.length === 0) continue;
    const gender = lexicons.grammar.singularPersonNouns.get(word.toLowerCase()) ?? (head ? lexicons.grammar.singularPersonNouns.get(head.toLowerCase()) : undefined);
    if (gender !== sex) continue;
    // A masculine singular and its plural are one form ("der Verkäufer", "die Verkäufer"): "die" makes it a group.
    if (determiner === undefined || (gender === 'm' && determiner === 'die')) continue;
    if (apposition) continue;
    const lower = word.toLowerCase();
    if (titles.some((title) => title.endsWith(lower) || lower.endsWith(title) || (head !== undefined && title.endsWith(head.toLowerCase())))) continue;
    return true;
  }
  return false;
}

/** Whether the noun phrase of the noun at `nounIndex` is a predicate: after a form of "sein" or "werden", or "als". */
function isPredicativePhrase(tokens: readonly Token[], nounIndex: number, lexicons: CompiledLexicons, werdenForms: ReadonlySet<string>): boolean {
  for (let position = nounIndex - 1; position >= Math.max(0, nounIndex - 5); position--) {
    const lower = tokens[position].text.toLowerCase();
    if (lexicons.grammar.indefiniteArticles.has(lower)) {
      const before = tokens[position - 1]?.text.toLowerCase() ?? '';
      return before === 'als' || lexicons.grammar.seinForms.has(before) || werdenForms.has(before);
    }
  }
  return false;
}

/** The determiner opening the noun phrase whose noun stands at `nounIndex`: up to three adjectives or numbers back. */
function nearestDeterminer(tokens: readonly Token[], nounIndex: number, lexicons: CompiledLexicons): string | undefined {
  for (let position = nounIndex - 1; position >= Math.max(0, nounIndex - 4); position--) {
    const lower = tokens[position].text.toLowerCase();
    if (lexicons.grammar.determinerCases.has(lower)) return lower;
    if (!/^[\p{Ll}\d]/u.test(tokens[position].text)) return undefined;
  }
  return undefined;
}

/**
 * Two verb phrases joined by "und" in one clause ("… ein Telefongespräch mit X geführt und den Y zu Z aufgerufen")
 * are two clauses sharing a subject: split between two triggers at a coordinator that follows a verb or adverb
 * (after a name, "und" joins names, not clauses). The later part finds the shared subject by looking back.
 */
function splitCoordinatedClauses(doc: Doc, segment: Segment, hits: readonly TriggerHit[], index: MentionIndex, lexicons: CompiledLexicons): Segment[] {
  const { auxiliaries } = lexicons.grammar;
  const tokens = doc.tokens!;
  const triggerPositions = [...new Set(hits.map((hit) => hit.tokenIndex))].sort((a, b) => a - b);
  const cuts: number[] = [];
  // Where a conjunct of the subordinate clause starts, which stays subordinate.
  let clauseCut: number | undefined;
  // "…, dass der Iran die Möglichkeit habe und die iranische Führung zur Zerstörung Israels aufrufe": "und" right after
  // a finite auxiliary before the first trigger closes a clause of its own, whose subject is not the trigger's.
  if (segment.subordinator !== undefined && triggerPositions.length > 0) {
    for (let position = triggerPositions[0] - 1; position > segment.tokenStart + 1; position--) {
      const word = tokens[position].text;
      if ((word === 'und' || word === 'oder') && auxiliaries.has(tokens[position - 1].text)) {
        cuts.push(position);
        clauseCut = position;
        break;
      }
    }
  }
  // "Die Regierung hat die Lage verschärft und Estland fordert …": "und" after a verb that closes a clause with a finite
  // auxiliary before the first trigger opens that trigger's own clause, with its own subject.
  if (clauseCut === undefined && triggerPositions.length > 0) {
    const first = triggerPositions[0];
    for (let position = first - 1; position > segment.tokenStart + 2; position--) {
      const word = tokens[position].text;
      if (word !== 'und' && word !== 'oder') continue;
      const before = tokens[position - 1].text;
      const closesClause = /^\p{Ll}/u.test(before) && !index.at(position - 1) && !looksLikeInflectedAdjective(before) && !auxiliaries.has(before);
      const hasAuxiliary = wordsOf(doc, segment.tokenStart, position - 1).some((other) => auxiliaries.has(other));
      // The new clause's subject right after "und", its verb (the trigger) right after that: "und Estland fordert".
      const next = tokens[position + 1].text;
      // A finite verb, no participle the first conjunct's auxiliary also governs ("hatte … angestrebt und Holmes angeklagt").
      const firstHit = hits.find((hit) => hit.tokenIndex === first);
      const finite = firstHit !== undefined && !firstHit.isNoun && firstHit.trigger.verb !== undefined && finiteFormsOf(firstHit.trigger.verb).has(tokens[first].text.toLowerCase());
      const subjectThenVerb = finite && (/^\p{Lu}/u.test(next) || lexicons.grammar.determinerCases.has(next.toLowerCase())) && first - position <= 4;
      if (closesClause && hasAuxiliary && subjectThenVerb) cuts.push(position);
      break;
    }
  }
  const verbHitAt = new Set(hits.filter((hit) => !hit.isNoun).map((hit) => hit.tokenIndex));
  for (let pair = 1; pair < triggerPositions.length; pair++) {
    for (let position = triggerPositions[pair] - 1; position > triggerPositions[pair - 1]; position--) {
      const word = tokens[position].text;
      const before = tokens[position - 1];
      if ((word === 'und' || word === 'oder' || word === 'sowie') && ((/^\p{Ll}/u.test(before.text) && !index.at(position - 1)) || verbHitAt.has(position + 1) || opensVerbConjunct(tokens[position + 1].text, lexicons))) {
        cuts.push(position);
        break;
      }
      if ((word === 'und' || word === 'oder') && isMainClause(doc, segment, lexicons) && opensSubjectConjunct(doc, position, triggerPositions[pair], hits, index, lexicons)) {
        cuts.push(position);
        break;
      }
    }
  }
  if (!cuts.length) return [segment];
  const parts: Segment[] = [];
  let start = segment.tokenStart;
  for (const cut of cuts) {
    parts.push({ ...segment, tokenStart: start, tokenEnd: cut, subordinator: start === segment.tokenStart || (clauseCut !== undefined && start === clauseCut + 1) ? segment.subordinator : undefined });
    start = cut + 1;
  }
  parts.push({ ...segment, tokenStart: start, tokenEnd: segment.tokenEnd, subordinator: clauseCut !== undefined && start === clauseCut + 1 ? segment.subordinator : undefined });
  return parts;
}

/**
 * Whether a segment is a main clause: it has no subordinator, or the "subordinator" is the article opening the sentence
 * ("Die Ministerin kritisierte …", whose "Die" is also a relative pronoun's form).
 */
function isMainClause(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  if (segment.subordinator === undefined) return true;
  return segment.tokenStart === doc.sentences![segment.sentence].tokenStart && lexicons.grammar.determinerCases.has(segment.subordinator);
}

/** How many tokens a subject may take between a coordinator and the finite verb of its own conjunct. */
const conjunctSubjectReach = 6;

/**
 * Whether the coordinator at `position` in a main clause opens a conjunct with a subject and a finite verb of its own:
 * an article, a name or role of at most a few words ending right before the verb ("Die Ministerin kritisierte Lettland
 * wegen der Zölle und die Regierung Estlands lobte den Plan": the government praises, not the minister).
 */
function opensSubjectConjunct(doc: Doc, position: number, verbIndex: number, hits: readonly TriggerHit[], index: MentionIndex, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (verbIndex - position - 1 > conjunctSubjectReach || !lexicons.grammar.determinerCases.has(tokens[position + 1].text.toLowerCase())) return false;
  const hit = hits.find((candidate) => candidate.tokenIndex === verbIndex && !candidate.isNoun);
  if (hit?.trigger.verb === undefined || !finiteFormsOf(hit.trigger.verb).has(tokens[verbIndex].text.toLowerCase())) return false;
  const subject = index.at(verbIndex - 1);
  return subject !== undefined && subject.tokenStart > position && /^\p{Lu}/u.test(tokens[verbIndex - 1].text);
}

/**
 * Whether a coordinator opening a verb conjunct of its own stands between two tokens: before a finite verb (see
 * `opensVerbConjunct`) or a trigger verb of `hits`.
 */
function verbConjunctBetween(doc: Doc, one: number, other: number, lexicons: CompiledLexicons, hits: readonly TriggerHit[]): boolean {
  const tokens = doc.tokens!;
  for (let index = Math.min(one, other) + 1; index < Math.max(one, other) - 1; index++) {
    if (!lexicons.grammar.coordinators.has(tokens[index].text)) continue;
    if (opensVerbConjunct(tokens[index + 1].text, lexicons) || hits.some((hit) => !hit.isNoun && hit.tokenIndex === index + 1)) return true;
  }
  return false;
}

/** Whether the verb at `verbIndex` opens its segment right after a coordinator, in the segment or before it. */
function opensCoordinatedVerbConjunct(doc: Doc, segment: Segment, verbIndex: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const coordinatorAt = (index: number) => index >= 0 && lexicons.grammar.coordinators.has(tokens[index].text.toLowerCase()) && tokens[index].sentence === tokens[verbIndex].sentence;
  // "Die USA begrüßten den Schritt, kritisierten aber Russland": after a comma, an adverb of grammar `conjunctAdverbs`
  // right after the verb makes the clause a conjunct, not a clause with its subject after the verb.
  const commaConjunct = verbIndex === segment.tokenStart && tokens[verbIndex - 1]?.text === ',' && segment.subordinator === undefined && lexicons.grammar.conjunctAdverbs.has(tokens[verbIndex + 1]?.text.toLowerCase() ?? '');
  return commaConjunct || (verbIndex === segment.tokenStart && coordinatorAt(verbIndex - 1)) || (verbIndex === segment.tokenStart + 1 && coordinatorAt(segment.tokenStart));
}

/**
 * Whether the word after a coordinator is a finite verb that opens a conjunct of its own rather than another name
 * ("besucht die UNO in New York und richtet … einen Appell an die Welt"; a trigger verb there does so whatever its
 * form: "lobte Litauen und kritisierte Estland"). Names are joined by a name, an article, a possessive, a preposition,
 * a number or an adjective ("Merkel und ihr Amtskollege", "und letzte Woche").
 */
function opensVerbConjunct(word: string, lexicons: CompiledLexicons): boolean {
  const { determinerCases, possessiveDeterminers, prepositions, numberWords, countWords, quantifiers } = lexicons.grammar;
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word) || determinerCases.has(lower) || possessiveDeterminers.has(lower) || prepositions.has(lower) || numberWords.has(lower) || countWords.has(lower) || quantifiers.has(lower)) return false;
  return !looksLikeInflectedAdjective(word) && (lexicons.grammar.strongPastForms.has(word) || /\p{Ll}{2}(?:te[nt]?|t)$/u.test(word));
}

/** Whether a preposition of cause or concession governs the noun: "wegen des Anschlags", "trotz der Kritik seines …". */
function governedByPreposition(doc: Doc, nounIndex: number, segment: Segment, prepositions: ReadonlySet<string>, lexicons: CompiledLexicons, possessiveAllowed = true): boolean {
  const tokens = doc.tokens!;
  // Walk left over a determiner, possessives, adjectives and "von": "angesichts von Protesten", "trotz der scharfen Kritik".
  let limit = nounIndex - 4;
  let nestedOnce = false;
  for (let index = nounIndex - 1; index >= segment.tokenStart && index >= limit; index--) {
    const lower = tokens[index].text.toLowerCase();
    if (prepositions.has(lower)) return true;
    // A preposition of two or three words: "auf Druck der Proteste", "unter Verweis auf die Anschläge", "als Reaktion auf den Angriff".
    if (index - 1 >= segment.tokenStart && prepositions.has(`${tokens[index - 1].text} ${lower}`.toLowerCase())) return true;
    if (index - 2 >= segment.tokenStart && prepositions.has(`${tokens[index - 2].text} ${tokens[index - 1].text} ${lower}`.toLowerCase())) return true;
    // The phrase of a noun the governed phrase attaches to: "wegen Beteiligung an terroristischen Morden" (once).
    if (!nestedOnce && lexicons.grammar.prepositions.has(lower) && index - 1 >= segment.tokenStart && /^\p{Lu}/u.test(tokens[index - 1].text) && lexicons.isNounOrCompound(tokens[index - 1].text)) {
      nestedOnce = true;
      index--;
      limit = index - 4;
      continue;
    }
    if (!possessiveAllowed && lexicons.grammar.possessiveDeterminers.has(lower)) return false;
    // A noun whose genitive the event noun is belongs to the phrase: "nach Beginn einer Offensive", "nach dem Ende der Kämpfe".
    const headOfGenitive = /^\p{Lu}/u.test(tokens[index].text) && lexicons.grammar.genitiveDeterminers.has(tokens[index + 1]?.text.toLowerCase() ?? '');
    const attributive = lexicons.grammar.determinerCases.has(lower) || lower === 'von' || looksLikeInflectedAdjective(tokens[index].text) || headOfGenitive;
    if (!attributive) return false;
  }
  return false;
}

/**
 * Where "wie" opens the participle's own clause of comparison, over its von-phrase: "nicht wie verlangt", "wie von
 * der Kommission gefordert"; undefined where none does.
 */
function comparisonStart(doc: Doc, index: number, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  for (let position = index - 1; position >= segment.tokenStart && position >= index - 8; position--) {
    const word = tokens[position].text;
    const lower = word.toLowerCase();
    if (lower === 'wie') return position;
    const inVonPhrase = lower === 'von' || lower === 'vom' || lexicons.grammar.determinerCases.has(lower) || looksLikeInflectedAdjective(word) || /^\p{Lu}/u.test(word);
    if (!inVonPhrase) return undefined;
  }
  return undefined;
}

/**
 * The cue of a conditional clause that opens the sentence right before the main clause `segmentIndex`, which its
 * verb opens: a "wenn", "falls" or "sofern" clause, or one that a hypothetical verb form opens ("Sollte sie
 * zurückkommen, wird sie verhaftet"). "auch wenn" concedes (the clause then opens with "auch", no subordinator).
 */
function conditionBefore(doc: Doc, segments: readonly Segment[], segmentIndex: number, compiled: Compiled): string | undefined {
  const segment = segments[segmentIndex];
  const before = segments[segmentIndex - 1];
  if (!before || segment.subordinator !== undefined || before.tokenEnd + 1 !== segment.tokenStart) return undefined;
  const tokens = doc.tokens!;
  if (tokens[before.tokenEnd].text !== ',' || before.tokenStart !== doc.sentences![segment.sentence].tokenStart) return undefined;
  // "Angenommen, Estland greift an, …": the clause after a condition's opener alone before the comma (cues
  // `conditionOpeners`) is the condition.
  const openerWord = tokens[before.tokenStart].text.toLowerCase();
  if (before.tokenEnd - before.tokenStart === 1 && compiled.cues.conditionOpeners.has(openerWord)) return openerWord;
  // The main clause after a fronted clause opens with its finite verb ("wird", "droht") or "dann"/"so".
  const opener = tokens[segment.tokenStart].text;
  if (!/^\p{Ll}/u.test(opener)) return undefined;
  const hypothetical = compiled.cues.words.hypothetical.single;
  // "Ob das … geschah, wird noch untersucht": a clause of whether is the main clause's subject, no condition.
  if (before.subordinator !== undefined) return hypothetical.has(before.subordinator) && before.subordinator !== 'ob' ? before.subordinator : undefined;
  const first = tokens[before.tokenStart].text.toLowerCase();
  return hypothetical.has(first) && !compiled.lexicons.grammar.subordinators.has(first) ? first : undefined;
}

/**
 * Whether the event noun is what something is called, after "als" inside the clause, past nouns of kind (grammar
 * `kindNouns`: "bezeichnete die Behandlung der Uiguren als eine Art Völkermord"): a name for an act of others, not one
 * of the clause's subject. An "als" opening the clause is a conjunction ("als die Angriffe begannen").
 */
function namedAs(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  for (let position = nounIndex - 1; position > segment.tokenStart && position >= nounIndex - 5; position--) {
    const word = tokens[position].text;
    if (word === 'als') return true;
    if (!lexicons.grammar.determinerCases.has(word.toLowerCase()) && !looksLikeInflectedAdjective(word) && !lexicons.grammar.kindNouns.has(word)) return false;
  }
  return false;
}

/**
 * Where the finite verb that follows a fronted phrase stands: the verb trigger itself when finite, else the first
 * auxiliary or modal of the clause ("Nach seinem Besuch in Washington wollte Xi … weiterreisen").
 */
function finiteVerbAfterFronted(doc: Doc, hit: TriggerHit, segment: Segment, lexicons: CompiledLexicons): number {
  if (isFiniteHere(doc, hit, segment, lexicons)) return hit.tokenIndex;
  for (let position = segment.tokenStart + 1; position < hit.tokenIndex; position++) {
    if (lexicons.grammar.auxiliaries.has(doc.tokens![position].text.toLowerCase())) return position;
  }
  return segment.tokenStart;
}

/**
 * Whether the clause closes with a participle that says its event did not take place (cues `negatingAttributes`), before
 * at most an auxiliary: "Bis zum 4. Jänner sind … Kundgebungen untersagt", "Das Treffen wurde abgesagt".
 */
function endsInNegatingParticiple(doc: Doc, segment: Segment, compiled: Compiled): boolean {
  let last = lastWordIndex(doc, segment);
  const { auxiliaries, seinForms } = compiled.lexicons.grammar;
  const auxiliary = (word: string) => auxiliaries.has(word) || seinForms.has(word) || compiled.cues.future.has(word) || word === 'worden';
  while (last > segment.tokenStart && auxiliary(doc.tokens![last].text.toLowerCase())) last--;
  // Not a participle that governs an infinitive before it: "die Ablehnung … zu entkräften versucht".
  if (doc.tokens![last - 2]?.text === 'zu') return false;
  return compiled.cues.negatingAttributes.has(doc.tokens![last].text.toLowerCase());
}

/** Whether a segment is a subordinate clause: its subordinator is no article opening the sentence ("Die KPÖ erteilte …"). */
function isSubordinateClause(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  if (segment.subordinator === undefined) return false;
  const opensSentence = segment.tokenStart === doc.sentences![segment.sentence].tokenStart;
  return !(opensSentence && lexicons.grammar.determinerCases.has(segment.subordinator));
}

/**
 * Whether the clause is in the passive: a form of "werden" and, last, a participle ("wurde … verübt", "wird …
 * erhoben"), not an infinitive of the future ("wird … verüben").
 */
function isPassiveClause(doc: Doc, segment: Segment, compiled: Compiled): boolean {
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  if (!words.some((word) => compiled.cues.future.has(word))) return false;
  const last = doc.tokens![lastWordIndex(doc, segment)].text;
  return /^\p{Ll}+t$/u.test(last) || compiled.cues.strongParticiple.test(last) || last === 'worden';
}

/** "ein Telefongespräch (geführt)": a noun with an indefinite article is the object of the clause's verb. */
function isIndefiniteObject(doc: Doc, nounIndex: number, segment: Segment): boolean {
  const tokens = doc.tokens!;
  // Right after the clause's subordinator, "ein" and "eine" are the subject's: "…, ob ein Mord ein zerrüttetes Leben
  // retten kann".
  const clauseOpening = segment.subordinator !== undefined ? segment.tokenStart + 1 : -1;
  for (let index = nounIndex - 1; index >= segment.tokenStart && index >= nounIndex - 3; index--) {
    const word = tokens[index].text.toLowerCase();
    if ((word === 'ein' || word === 'eine') && index === clauseOpening) return false;
    if (word === 'ein' || word === 'eine' || word === 'einen') return true;
    if (!/^\p{Ll}+(e|en|er|es)$/u.test(tokens[index].text)) return false;
  }
  return false;
}

/**
 * The one named after "unter" and a noun of chairing (grammar `chairNouns`) in the clause: "unter Vorsitz von
 * Bundeskanzler X", "unter der Leitung des Y".
 */
function chairedBy(doc: Doc, segment: Segment, argumentsHere: readonly Argument[], lexicons: CompiledLexicons): Argument | undefined {
  const tokens = doc.tokens!;
  for (let index = segment.tokenStart; index + 1 < segment.tokenEnd; index++) {
    if (tokens[index].text.toLowerCase() !== 'unter') continue;
    const noun = lexicons.grammar.determinerCases.has(tokens[index + 1].text.toLowerCase()) ? index + 2 : index + 1;
    if (!lexicons.grammar.chairNouns.has(tokens[noun]?.text ?? '')) continue;
    // Its genitive or von-phrase, with a role and adjectives before the name: "des griechischen Regierungschefs X".
    return argumentsHere.find((argument) => argument.mention.tokenStart > noun && argument.mention.tokenStart <= noun + 5);
  }
  return undefined;
}

/**
 * Whether the genitive name of `argument` stands right before a common noun (adjectives between) that no mention
 * covers, in the trigger's clause and not the trigger itself: the owner of the verb's object ("Estlands Haltung").
 */
function possessesObjectNoun(doc: Doc, argument: Argument, hit: TriggerHit, segment: Segment, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  // A genitive after a common noun is that noun's attribute ("nach dem Beitritt Kroatiens die Regeln"), and one before
  // a determiner owns nothing after it: a possessor stands right before its noun's adjectives.
  const before = tokens[argument.mention.tokenStart - 1];
  // A capitalised word inside the clause that is no name counts as a noun even where the lexicon lacks it ("im
  // Nordosten Nigerias").
  if (before && argument.mention.tokenStart - 1 > segment.tokenStart && /^\p{Lu}/u.test(before.text) && !compiled.index.at(before.index) && !isTimeNoun(before.text, lexicons)) return false;
  let noun = argument.mention.tokenEnd;
  while (noun < segment.tokenEnd && looksLikeInflectedAdjective(tokens[noun].text) && !/^\p{Lu}/u.test(tokens[noun].text) && !lexicons.grammar.determinerCases.has(tokens[noun].text)) noun++;
  const word = tokens[noun]?.text ?? '';
  return noun < segment.tokenEnd && noun !== hit.tokenIndex && /^\p{Lu}/u.test(word) && !compiled.index.at(noun) && compiled.lexicons.isNounOrCompound(word) && !compiled.lexicons.matchRole(word) && !isTimeNoun(word, compiled.lexicons);
}

/**
 * Whether the verb's object noun stands right before the genitive at `phraseStart` and is a thing someone owns, made
 * or did: no event noun, role, noun for people or body of members.
 */
function ownedObjectNounBefore(doc: Doc, phraseStart: number, verbIndex: number, segment: Segment, compiled: Compiled, outer?: TriggerEntry): boolean {
  if (!isObjectNounBefore(doc, phraseStart, segment, compiled)) return false;
  const tokens = doc.tokens!;
  const noun = phraseStart - 1;
  const word = tokens[noun].text;
  const { lexicons } = compiled;
  // An event noun's genitive is its own part, but one who praises, criticises or rejects an act whose genitive is its
  // agent (no `slots.genitive`) reacts to that agent: "wies die Forderung des Finanzministers X zurück".
  const event = compiled.triggers.noun(word);
  const reactsToAgent = event !== undefined && outer !== undefined && /^(?:05|11|12)/.test(outer.cameo) && event.slots?.genitive === undefined && !event.symmetric;
  if ((event && !reactsToAgent) || lexicons.matchRole(word) || lexicons.grammar.personNouns.has(word) || lexicons.isBodyNoun(word) || isTimeNoun(word, lexicons)) return false;
  // The object itself, not an apposition between commas ("verteidigt X, Chefredakteur der Y, die Vorgehensweise") nor
  // a genitive of another noun ("die Aberkennung der Ehrendoktorwürde des Biologen X").
  // Nor one in another conjunct ("dass ich die Politik von X unterstütze oder die der Stadt kritisiere").
  for (let position = Math.min(verbIndex, noun) + 1; position < Math.max(verbIndex, noun); position++) {
    if (tokens[position].text === ',' || lexicons.grammar.coordinators.has(tokens[position].text)) return false;
  }
  let start = noun;
  while (start - 1 > segment.tokenStart && (looksLikeInflectedAdjective(tokens[start - 1].text) || lexicons.grammar.determinerCases.has(tokens[start - 1].text.toLowerCase()))) start--;
  // A measure ("960.000 Euro von FPÖ-Konten") owns nothing.
  if (tokens[start - 1]?.kind === 'number' || lexicons.grammar.numberWords.has(tokens[start - 1]?.text.toLowerCase() ?? '')) return false;
  return !(lexicons.grammar.genitiveDeterminers.has(tokens[start].text.toLowerCase()) && /^\p{Lu}/u.test(tokens[start - 1]?.text ?? ''));
}

/** Whether an indefinite article (grammar `indefiniteArticles`) opens the noun's phrase, over adjectives: "bei einer raschen Annäherung". */
function hasIndefiniteArticleBefore(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  for (let index = nounIndex - 1; index >= segment.tokenStart && index >= nounIndex - 3; index--) {
    if (lexicons.grammar.indefiniteArticles.has(tokens[index].text.toLowerCase())) return true;
    if (!looksLikeInflectedAdjective(tokens[index].text)) return false;
  }
  return false;
}

/** The sex a possessive determiner before the noun points to ("ihrer Verhaftung": f, "seiner Festnahme": m), over adjectives. */
/** The possessive before an attributive participle, past adverbs and adjectives ("seine mehrfach angedrohte"): its sex. */
function possessiveBeforeParticiple(doc: Doc, participleIndex: number, segment: Segment, lexicons: CompiledLexicons): Sex | undefined {
  const tokens = doc.tokens!;
  for (let index = participleIndex - 1; index >= segment.tokenStart && index >= participleIndex - 3; index--) {
    const word = tokens[index].text;
    if (lexicons.grammar.possessiveDeterminers.has(word)) return word.startsWith('sein') ? 'm' : word.startsWith('ihr') ? 'f' : undefined;
    if (!/^\p{Ll}/u.test(word) || tokens[index].kind !== 'word') return undefined;
  }
  return undefined;
}

/** The person a possessive opening the clause stands for: the last one of its sex named before the clause. */
function resolvePossessive(doc: Doc, segment: Segment, compiled: Compiled, sex: Sex): { entity: string; mention: Mention } | undefined {
  const tokens = doc.tokens!;
  const token = tokens[segment.tokenStart];
  const person = compiled.index.lastPersonBefore(token.start, (mention) => (compiled.sexOfPerson(mention.entity!) ?? sex) === sex);
  if (!person || someoneElseIntroduced(doc, person, segment.tokenStart, sex, compiled)) return undefined;
  return { entity: person.entity!, mention: referringMention(token, person.entity!, 'PER', 'possessive-most-recent-person', 0.6) };
}

function possessiveBeforeNoun(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): Sex | undefined {
  const tokens = doc.tokens!;
  for (let index = nounIndex - 1; index >= segment.tokenStart && index >= nounIndex - 3; index--) {
    const word = tokens[index].text;
    if (lexicons.grammar.possessiveDeterminers.has(word)) return word.startsWith('sein') ? 'm' : word.startsWith('ihr') ? 'f' : undefined;
    if (!looksLikeInflectedAdjective(word)) return undefined;
  }
  return undefined;
}

/** `aside`: tokens `[start, end)` inside the clause whose names take no part (a dash-enclosed aside). */
function findParticipants(
  doc: Doc,
  hit: TriggerHit,
  segment: Segment,
  previous: readonly Segment[],
  compiled: Compiled,
  config: Config,
  excludedSegment?: Segment,
  speaker?: string,
  reportingSource?: Mention,
  aside?: readonly [number, number],
): ParticipantResult {
  const { lexicons } = compiled;
  const slots = hit.trigger.slots;
  const symmetric = hit.trigger.symmetric ?? false;
  // Passive ("X wurde von Y kritisiert"): the grammatical subject is the one acted on, the von/durch phrase the actor.
  const passive = !symmetric && isPassive(doc, hit, segment, compiled.cues.future, lexicons);
  const activeSubjectRole: ParticipantRole = symmetric ? 'participant' : (slots?.subject ?? 'source');
  const subjectRole: ParticipantRole = passive ? (slots?.object ?? 'target') : activeSubjectRole;
  const objectRole: ParticipantRole = symmetric ? 'participant' : (slots?.object ?? 'target');
  // The phrases the trigger asks for, also with the preposition joined to its article ("im Iran" for "in").
  const slotPrepositions = withContractedPrepositions(hit.trigger, lexicons);
  const prepositionRoles: Record<string, ParticipantRole> = { ...defaultPrepositionRoles, ...slotPrepositions, ...(passive ? { von: activeSubjectRole, durch: activeSubjectRole } : {}) };

  // "Nach der Genehmigung von Lieferungen an die Emirate prangert Pilz … an": a fronted phrase of a time before is the
  // setting of the verb after it; its names take no part.
  const frontedTime = !hit.isNoun && lexicons.grammar.precedingTimePrepositions.has(doc.tokens![segment.tokenStart].text.toLowerCase()) ? finiteVerbAfterFronted(doc, hit, segment, lexicons) : segment.tokenStart;
  // "im Vorfeld der Tagung der griechischen Regierung … vorgeworfen": the accusation's dative is none of the noun's.
  const accusingClause = hit.isNoun ? objectControlIn(wordsOf(doc, segment.tokenStart, segment.tokenEnd), compiled.cues)?.accusation === true : false;
  const accusedDative = (argument: Argument) =>
    accusingClause && !argument.preposition && argument.cases?.every((grammaticalCase) => grammaticalCase === 'gen') && mayBeFeminineDative(doc, argument, lexicons) && !objectOfControlVerb(doc, segment, compiled)?.object;
  const argumentsHere = argumentsIn(doc, compiled.index, segment.tokenStart, segment.tokenEnd, lexicons).filter(
    (argument) =>
      !accusedDative(argument) &&
      !(argument.mention.tokenStart <= hit.tokenIndex && hit.tokenIndex < argument.mention.tokenEnd) &&
      argument.mention !== reportingSource &&
      !(aside && aside[0] <= argument.mention.tokenStart && argument.mention.tokenStart < aside[1]) &&
      argument.mention.tokenStart >= frontedTime,
  );
  const participants: EventParticipant[] = [];
  const placeRoles = compiled.placeRoles.get(hit.trigger.type);
  const placeActorRole = compiled.placeActorRoles.get(hit.trigger.type);
  const typeRoles = compiled.typeRoles.get(hit.trigger.type);
  const add = (entity: string, asRole: ParticipantRole) => {
    const role = placeActorRole && asRole === activeSubjectRole && compiled.places.has(entity) ? placeActorRole : asRole;
    // A resignation is done to nobody (event-types.json `roles`).
    if (typeRoles && !typeRoles.has(role)) return;
    // A city is visited or attacked, but nobody arrests or praises it (event-types.json `placeRoles`).
    if (compiled.placesNoCountry.has(entity) && !placeRoles?.has(role)) return;
    // A work or a product is what is talked about, no actor (config `participantTypes`).
    if (compiled.nonParticipants.has(entity)) return;
    if (!participants.some((participant) => participant.entity === entity)) participants.push({ entity, role });
  };
  let evidenceStart = doc.tokens![segment.tokenStart].start;
  const pronounMentions: { entity: string; mention: Mention }[] = [];

  // An attributive participle ("den am Freitag festgenommenen Rabah N.", "von dutzenden getöteten Terroristen")
  // describes the noun it stands before, and the clause's subject did not act. That noun is the one acted on when
  // the verb takes an object, else the actor ("des zurückgetretenen Sepp Blatter").
  if (!hit.isNoun && isAttributiveHere(doc, hit.tokenIndex, hit.trigger, segment, lexicons)) {
    // The noun phrase the participle describes follows it, with nothing but nouns and adjectives between ("des
    // zurückgetretenen FIFA-Chefs Sepp Blatter"), not a name after the next verb ("dem kritisierten Plan sah Estland").
    const tokens = doc.tokens!;
    // "ein am Donnerstag festgenommener Mann namens Fayçal C.": "namens" gives the noun's name.
    const inPhrase = (argument: Argument) => {
      for (let position = hit.tokenIndex + 1; position < argument.mention.tokenStart; position++) {
        const word = tokens[position].text;
        if (!/^\p{Lu}/u.test(word) && !looksLikeInflectedAdjective(word) && word !== 'namens') return false;
      }
      return true;
    };
    const reach = (argument: Argument) => (tokens[argument.mention.tokenStart - 1]?.text === 'namens' ? 4 : 3);
    const described = argumentsHere.find((argument) => argument.mention.tokenStart > hit.tokenIndex && argument.mention.tokenStart <= hit.tokenIndex + reach(argument) && inPhrase(argument));
    if (described) add(described.entity, slots?.object ? objectRole : activeSubjectRole);
    // Its agent is a von- or durch-phrase right before it: "der von Kalnina kritisierte Plan".
    const agent = argumentsHere.find((argument) => (argument.preposition === 'von' || argument.preposition === 'durch') && argument.mention.tokenEnd === hit.tokenIndex);
    if (agent && slots?.object) add(agent.entity, activeSubjectRole);
    // "Seehofer habe seine mehrfach angedrohte Klage nicht eingereicht": a possessive before it names its agent, the
    // clause's subject before it that the possessive can refer to, when the noun it describes is an act of the
    // possessor's (an event noun), not a person ("seine festgenommene Tochter").
    const describedNoun = tokens[hit.tokenIndex + 1]?.text ?? '';
    const possessor = !agent && !described && compiled.triggers.noun(describedNoun) ? possessiveBeforeParticiple(doc, hit.tokenIndex, segment, lexicons) : undefined;
    if (possessor) {
      const subject = groups(argumentsHere).find((group) => canBeSubject(group[0]) && group.at(-1)!.mention.tokenEnd <= hit.tokenIndex);
      for (const argument of subject ?? []) {
        if (!compiled.persons.has(argument.entity) || (compiled.sexOfPerson(argument.entity) ?? possessor) === possessor) add(argument.entity, activeSubjectRole);
      }
    }
    return { participants, partnerCount: participants.length, evidenceStart, pronounMentions };
  }

  const coordinationGroups = groups(argumentsHere);
  // A genitive name right before or after a noun trigger is its agent: "Putins Besuch", "der Rücktritt Jazenjuks".
  // A noun of an act done to someone takes its genitive as the one it is done to (`slots.genitive`: "die Festnahme
  // Nawalnys"); that genitive is then no agent.
  const genitiveRole: ParticipantRole = symmetric ? 'participant' : (slots?.genitive ?? activeSubjectRole);
  const genitiveIsAgent = genitiveRole === activeSubjectRole;
  // A von-phrase right after the noun stands for its genitive: "der Besuch von Präsident Obama", "die Festnahme von X",
  // "einer Telefonkonferenz vom ehemaligen griechischen Finanzminister Yanis Varoufakis" (a role phrase may be long).
  // Not a place ("der Anschlag von Paris": where), nor where from ("von Belgien aus").
  // "Ablehnung kam von X": with a verb of coming the von-phrase is the agent whatever the noun's genitive is (below).
  const comingFrom = hit.isNoun && comesFromPhrase(doc, segment, hit.tokenIndex, lexicons);
  const vonPhrase = (argument: Argument) =>
    !comingFrom &&
    (argument.preposition === 'von' || argument.preposition === 'vom') &&
    (doc.tokens![hit.tokenIndex + 1]?.text === 'von' || doc.tokens![hit.tokenIndex + 1]?.text === 'vom') &&
    argument.phraseStart <= hit.tokenIndex + 2 &&
    (argument.mention.tokenStart <= hit.tokenIndex + 4 || (argument.mention.appositiveRole !== undefined && argument.mention.appositiveRole.span.start <= doc.tokens![hit.tokenIndex + 5]?.start)) &&
    !compiled.places.has(argument.entity) &&
    doc.tokens![argument.mention.tokenEnd]?.text !== 'aus';
  // One before the noun is not the attribute of a common noun before it: "mit Unterstützung Großbritanniens Luftangriffe".
  const attributeOfNounBefore = (argument: Argument) => {
    const before = doc.tokens![argument.mention.tokenStart - 1];
    return before !== undefined && /^\p{Lu}/u.test(before.text) && !compiled.index.at(before.index) && lexicons.isNounOrCompound(before.text);
  };
  // A phrase in the genitive right after the noun: "der Angriff der Türkei auf Syrien", "die Kritik des Kanzlers X".
  // So is the genitive of a body noun in the genitive right after it: "der Rückzug der Truppen der Hamas".
  const body = hit.isNoun ? bodyInGenitiveAfter(doc, hit.tokenIndex, segment, lexicons) : undefined;
  const genitivePhraseAfter = (argument: Argument) =>
    argument.preposition === undefined &&
    (argument.phraseStart === hit.tokenIndex + 1 || (body !== undefined && argument.phraseStart === body + 1)) &&
    lexicons.grammar.genitiveDeterminers.has(doc.tokens![argument.phraseStart].text.toLowerCase()) &&
    (argument.cases?.includes('gen') ?? false);
  const adjacentGenitive = hit.isNoun
    ? argumentsHere.find(
        (argument) =>
          ((argument.mention.tokenEnd === hit.tokenIndex && !attributeOfNounBefore(argument)) || argument.mention.tokenStart === hit.tokenIndex + 1) && /s$/.test(argument.mention.text) ||
          vonPhrase(argument) ||
          genitivePhraseAfter(argument),
      )
    : undefined;
  const genitiveAgent = genitiveIsAgent ? adjacentGenitive : undefined;
  // "Bashir hält sich zu einem Gipfeltreffen der Afrikanischen Union auf": the clause's subject before a meeting that a
  // preposition of attendance governs (grammar `attendancePrepositions`) takes part in it beside the genitive's body.
  // Only a meeting or consultation (CAMEO 04) has attendees: the one who mediates "bei der Annäherung der Erzfeinde USA
  // und Kuba" is no party to it.
  if (genitiveAgent && symmetric && /^04/.test(hit.trigger.cameo) && lexicons.grammar.attendancePrepositions.has(governingPreposition(doc, hit.tokenIndex, segment, lexicons) ?? '')) {
    const attendee = groups(argumentsHere).find((group) => group[0] !== genitiveAgent && canBeSubject(group[0]) && group[0].mention.tokenEnd <= hit.tokenIndex);
    for (const argument of attendee ?? []) add(argument.entity, 'participant');
  }
  // "an einer Dringlichkeitssitzung unter Vorsitz des Regierungschefs Alexis Tsipras teilgenommen": who chairs a
  // meeting (grammar `chairNouns`) takes part in it.
  if (/^04/.test(hit.trigger.cameo)) {
    const chair = chairedBy(doc, segment, argumentsHere, lexicons);
    if (chair) add(chair.entity, 'participant');
  }
  if (adjacentGenitive && !genitiveIsAgent) add(adjacentGenitive.entity, genitiveRole);
  // "der Rückzug der PKK-Kämpfer", "der Abzug der US-Truppen": the body's owner in front of its noun.
  const bodyWord = body !== undefined ? doc.tokens![body].text : '';
  const bodyOwner = adjacentGenitive || !bodyWord.includes('-') ? undefined : entityOfCompoundFront(bodyWord.slice(0, bodyWord.lastIndexOf('-')), compiled, true);
  if (bodyOwner) add(bodyOwner, genitiveRole);
  const frontActors = adjacentGenitive || bodyOwner ? [] : compoundFrontActors(doc, hit, compiled);
  const frontActor = frontActors[0];
  for (const actor of frontActors) add(actor, genitiveIsAgent ? activeSubjectRole : genitiveRole);
  // "die türkischen Angriffe auf PKK-Stellungen": a nationality adjective before an event noun names its agent, where
  // the article names the country.
  const nationalActor = hit.isNoun && !adjacentGenitive && !bodyOwner && !frontActor ? countryOfAdjectiveBefore(doc, hit.tokenIndex, segment, compiled) : undefined;
  if (nationalActor) add(nationalActor, activeSubjectRole);
  // "Strache erklärte angesichts von Protesten gegen den Ball …": an event noun that a preposition of cause or
  // concession governs is what the clause reacts to; only the noun's own partners right after it take part.
  // Likewise an event noun that opens the clause is its subject ("Die Anschläge auf X haben die Regierung veranlasst"):
  // the clause's other names are not its agents.
  // And one that the clause's verb asks for or reacts to ("forderte eine Untersuchung", "verurteilte den Anschlag") is
  // not the subject's act.
  // A violent event (CAMEO 18–20: assault, fight, mass violence) named in a phrase of time ("nach den Anschlägen in
  // Paris dachte die Ministerin …") is the clause's setting, not the subject's act, unless a possessive names its agent
  // ("nach seinem Angriff"). Visits and meetings there are the subject's own ("sagte Kerry bei einem Besuch in Kairo").
  const setting = isViolent(hit.trigger) && governedByPreposition(doc, hit.tokenIndex, segment, lexicons.grammar.temporalPrepositions, lexicons, false);
  // "Experten machen die Gruppe Sofacy für die Angriffe verantwortlich": what someone is blamed for is that one's act.
  const blamedFor =
    hit.isNoun && governingPreposition(doc, hit.tokenIndex, segment, lexicons) === 'für' && objectControlIn(wordsOf(doc, segment.tokenStart, segment.tokenEnd), compiled.cues)?.accusation === true;
  // "lud Rantanen zu einem Besuch nach Riga ein": what an object-control verb that asks (cues `asks`) invites its object
  // to in a zu-phrase is that object's act, still ahead.
  const invitedTo = hit.isNoun && isInvitedTo(doc, hit.tokenIndex, segment, compiled);
  // "Die SN hatten von einer Festnahme berichtet", "Die PKK machte zu den Anschlägen keine Angaben": an event noun a
  // report or statement is about (a reporting verb, or a noun of grammar `statementNouns`, and "von", "über", "zu") is
  // not the reporter's act.
  const aboutPreposition = hit.isNoun ? governingPreposition(doc, hit.tokenIndex, segment, lexicons) : undefined;
  const clauseHas = (test: (word: string) => boolean) => wordsOf(doc, segment.tokenStart, segment.tokenEnd).some(test);
  // So is a violent act someone speaks of ("spricht von einem Frontalangriff auf den Hyperlink", grammar `speakingForms`).
  const reportedOn =
    ((aboutPreposition === 'von' || aboutPreposition === 'über') && clauseHas((word) => compiled.cues.reportingForms.has(word))) ||
    ((aboutPreposition === 'von' || aboutPreposition === 'über' || aboutPreposition === 'zu') && clauseHas((word) => lexicons.grammar.statementNouns.has(word))) ||
    (aboutPreposition === 'von' && isViolent(hit.trigger) && clauseHas((word) => lexicons.grammar.speakingForms.has(word)));
  // "liebäugelt mit einem Demoverbot für die geplante Kundgebung": an event noun in another noun's attribute is that
  // noun's topic, and the clause's subject none of its agents.
  const attributeOfNoun = hit.isNoun && inAttributeOfNoun(doc, hit.tokenIndex, segment, lexicons, compiled.index);
  const circumstance =
    blamedFor ||
    invitedTo ||
    reportedOn ||
    attributeOfNoun ||
    (hit.isNoun && namedAs(doc, hit.tokenIndex, segment, lexicons)) ||
    (hit.isNoun && (governedByPreposition(doc, hit.tokenIndex, segment, lexicons.grammar.causalPrepositions, lexicons) || setting || opensClause(doc, hit.tokenIndex, segment, lexicons) || objectEventOfOthers(doc, hit, segment, compiled)));
  // Its partners stand in its own phrase: nothing but a preposition, an article, adjectives or nouns between ("als
  // Reaktion auf den Angriff schloss die Regierung …": the government is no partner of the attack).
  const inNounPhrase = (position: number) => {
    const word = doc.tokens![position].text;
    const lower = word.toLowerCase();
    // A noun that classifies the name after it is in the phrase too: "zu Streiks beim US-Versandhändler Amazon".
    // An auxiliary ("hatte") only looks like an adjective: the clause's verb comes next.
    if (lexicons.grammar.auxiliaries.has(lower)) return false;
    return lexicons.grammar.prepositions.has(lower) || lexicons.grammar.determinerCases.has(lower) || looksLikeInflectedAdjective(word) || (/^\p{Lu}/u.test(word) && lexicons.isNounOrCompound(word));
  };
  // The noun's phrase goes on after a genitive or von-phrase agent right after it: "des Besuchs von US-Präsident Barack
  // Obama in Kuba", where Kuba is as near the phrase as "in" after the noun.
  const phraseTail = genitiveAgent && genitiveAgent.mention.tokenStart > hit.tokenIndex ? genitiveAgent.mention.tokenEnd - 1 : hit.tokenIndex;
  const measuredFrom = (start: number) => (start > phraseTail ? phraseTail : hit.tokenIndex);
  const ownPartner = (group: Argument[]) => {
    const start = group[0].phraseStart;
    // The genitive that ends its target phrase: "Luftangriff auf ein Lager der Extremistenmiliz IS".
    if (hit.isNoun && !group[0].preposition && roleOfGenitiveInPhraseAfter(doc, hit.tokenIndex, start, prepositionRoles, compiled)) return true;
    const from = measuredFrom(start);
    if (start <= from || start - from > 3) return false;
    for (let position = from + 1; position < start; position++) if (!inNounPhrase(position)) return false;
    return true;
  };
  // "Kurz vor dem Besuch von Präsident Obama in Vietnam ist der Priester Nguyen Van Ly entlassen worden": a noun in a
  // prepositional phrase with its own agent has only its own phrase's partners; the clause's names are the clause's.
  const agentInOwnPhrase = hit.isNoun && phraseTail !== hit.tokenIndex && governingPreposition(doc, hit.tokenIndex, segment, lexicons) !== undefined;
  // "bei Tumulten im Umfeld einer Demonstration der rechten Identitären": a genitive of people right after the noun
  // names its agents, though no name; the clause's subject is none of them. Not a body ("der Abzug der Truppen"), whose
  // owner the subject may be.
  const unnamedGenitiveAgent = hit.isNoun && !symmetric && genitiveIsAgent && !adjacentGenitive && body === undefined && unnamedGenitiveAfter(doc, hit.tokenIndex, segment, compiled);
  // "Die Hamas bestätigte den Rückzug der Hisbollah": a noun with its agent after it has no part for a name before it,
  // which is another verb's.
  const agentAfterNoun = hit.isNoun && (bodyOwner !== undefined || unnamedGenitiveAgent || (genitiveAgent !== undefined && genitiveAgent.mention.tokenStart > hit.tokenIndex));
  const partnerGroups =
    circumstance || agentInOwnPhrase ? coordinationGroups.filter(ownPartner)
    : agentAfterNoun ? coordinationGroups.filter((group) => group.at(-1)!.mention.tokenEnd > hit.tokenIndex)
    : coordinationGroups;
  // A noun whose subject acts only through certain verbs (`agentVerbs`), without one of them here.
  const subjectIdle = hit.isNoun && (hit.trigger.agentVerbs?.length ?? 0) > 0 && !hasSupportVerb(doc, segment, hit.trigger, compiled, 'agentVerbs');
  // "…, Präsident Obama zu verklagen": a zu-infinitive clause of its own names no subject; its subject is the governing
  // clause's (borrowed below), and a name in it is an object.
  // So is a conjunct that opens with its finite verb after "und": "lobte Litauen und kritisierte Estland" criticised
  // Estland, whose name after the verb is no inverted subject.
  const subjectless = !hit.isNoun && ((segment.tokenStart > 0 && doc.tokens![segment.tokenStart - 1].text === ',' && isZuInfinitive(doc, hit.tokenIndex, hit.trigger)) || opensCoordinatedVerbConjunct(doc, segment, hit.tokenIndex, lexicons));
  // A singular verb takes no plural subject: "Nils Muiznieks, hatte die türkischen Behörden aufgerufen" calls on them.
  const singularVerb = !hit.isNoun && clauseVerbIsSingular(doc, segment, hit, lexicons);
  // And a plural one no single name: "…, die Kurz … kritisiert hatten" criticised Kurz.
  const pluralVerb = !hit.isNoun && !singularVerb && relativeClauseVerbIsPlural(doc, segment, lexicons);
  const agrees = (group: Argument[]) => (!singularVerb || (group.length === 1 && !isPluralArgument(group[0], lexicons))) && (!pluralVerb || group.length > 1 || isPluralArgument(group[0], lexicons));
  // "John W. Kluge Preis würdigt …": a name opening the clause with a common noun between it and the verb names that
  // noun's kind, and the noun phrase is the subject.
  const modifiesNoun = (group: Argument[]) => {
    const end = group.at(-1)!.mention.tokenEnd;
    const noun = doc.tokens![end];
    return !hit.isNoun && group[0].phraseStart === segment.tokenStart && end + 1 === hit.tokenIndex && /^\p{Lu}/u.test(noun.text) && !compiled.index.at(end) && lexicons.isNounOrCompound(noun.text);
  };
  // "Der Botschafter, der Estland kritisiert hatte": after a masculine antecedent, the relative "der" can only be the
  // nominative, so it is the subject and the name after it is not.
  const pronounIsSubject = !hit.isNoun && !passive && relativePronounIsSubject(doc, segment, compiled, singularVerb);
  let subjectGroup = genitiveAgent ? [genitiveAgent] : bodyOwner || nationalActor || unnamedGenitiveAgent || circumstance || subjectIdle || subjectless || pronounIsSubject ? undefined : coordinationGroups.find((group) => canBeSubject(group[0]) && agrees(group) && !modifiesNoun(group));
  // "Der PSOE-Vorsitzende Pedro Sanchez, der …, lehnte Iglesias Forderung ab": a main clause resumed with its finite
  // verb after a relative clause has its subject before that clause; a name after the verb is an object or a genitive.
  if (subjectGroup && !hit.isNoun && !genitiveAgent && !passive) {
    const prefield = prefieldBeforeRelativeClause(doc, segment, hit.tokenIndex, previous, compiled);
    if (prefield && canBeSubject(prefield[0]) && agrees(prefield)) subjectGroup = prefield;
  }
  // "Kritik kam von der SPÖ", "Lob kommt vom Welternährungsprogramm": with a verb of coming (grammar
  // `comingVerbForms`), a von-phrase after a noun trigger names whose act it is.
  const comesFrom =
    comingFrom && !genitiveAgent
      ? coordinationGroups.find((group) => (group[0].preposition === 'von' || group[0].preposition === 'vom') && group[0].phraseStart > hit.tokenIndex)
      : undefined;
  if (comesFrom) subjectGroup = comesFrom;
  // "Auch Österreich muss man den Vorwurf machen": with "man" the subject is someone unnamed, and no name is it; in an
  // interview turn or a speaker's quote, "man" is the speaker's side ("Neisser: Auch Österreich muss man …").
  // "kritisiere ich die Regierung in Riga": a speaker's "ich" or "wir" is nominative, so no name in the clause is its
  // subject either.
  const impersonal = genitiveAgent
    ? undefined
    : wordsOf(doc, segment.tokenStart, segment.tokenEnd).find((word) => lexicons.grammar.impersonalPronouns.has(word) || lexicons.grammar.speakerPronouns.has(word));
  if (impersonal !== undefined) {
    subjectGroup = [];
    // Not in a condition ("Es ist gut, wenn man seine Forschung rechtfertigen muss"): that "man" is anyone.
    const condition = segment.subordinator !== undefined && compiled.cues.words.hypothetical.single.has(segment.subordinator);
    // Nor "man" doing a violent or material act ("…, dass man die Flüchtlinge nicht erschießen könne"): anyone, where "ich"
    // and "wir" stay the speaker's; "man" suffering one in the passive is the speaker's side ("dass man nicht entführt wurde").
    const anyone = lexicons.grammar.impersonalPronouns.has(impersonal) && !isVerbalAct(hit.trigger) && !passive;
    if (speaker && !circumstance && !condition && !anyone && lexicons.grammar.speakerPronouns.has(impersonal)) add(speaker, subjectRole);
  }
  // "Sie bezichtigt die regierende AKP …": a personal pronoun opening the clause, before any name, is its subject.
  const openingPronoun = !hit.isNoun && !genitiveAgent ? pronounOpeningClause(doc, segment, hit.tokenIndex, lexicons) : undefined;
  // "Abschließend forderte sie Strache auf", "Schäuble warf er vor": a pronoun right after the finite verb is its
  // subject when it can only be nominative ("er"), or when nothing but an adverb stands before the verb.
  const invertedPronoun = !hit.isNoun && !genitiveAgent && openingPronoun === undefined ? pronounAfterVerb(doc, hit.tokenIndex, segment, argumentsHere, lexicons) : undefined;
  // A name's phrase may be read from the pronoun on ("weil sie Estland kritisiert habe"): the name itself comes after it.
  if (invertedPronoun !== undefined || (openingPronoun !== undefined && (!subjectGroup || subjectGroup[0].mention.tokenStart > openingPronoun))) {
    // "warf den DFB-Präsidenten X und Y vor, sie hätten … abgelehnt": a plural "sie" opening the clause an accusation
    // governs takes up the accused.
    const accused = openingPronoun !== undefined ? accusedTakenUpByPlural(doc, segment, openingPronoun, previous.at(-1), compiled) : undefined;
    // "Merkel und Macron trafen sich in Paris. Dort unterzeichneten sie …": a plural "sie" takes up the group that
    // opened the sentence before as its subject.
    const pronounIndex = openingPronoun ?? invertedPronoun!;
    const group = accused ? undefined : groupTakenUpByPlural(doc, segment, pronounIndex, hit.tokenIndex, compiled);
    const pronoun = accused || group ? undefined : resolvePronoun(doc, segment, compiled, hit.tokenIndex);
    for (const argument of accused ?? []) add(argument.entity, subjectRole);
    for (const entity of group ?? []) add(entity, subjectRole);
    if (pronoun) {
      add(pronoun.entity, subjectRole);
      pronounMentions.push(pronoun);
    }
    // The pronoun is the subject even where it stands for someone unnamed ("die Studentin … forderte sie Strache
    // auf"): the name after the verb is then its object.
    subjectGroup = [];
  }
  // "…, wenn es Flüchtlinge nach Slowenien zurückweist": a neuter pronoun (grammar `neuterPronouns`) after the clause's
  // subordinator, with an active verb, is its subject: a country named without an article just before, else someone
  // unnamed, never the subject of the clause before.
  if (!subjectGroup && !hit.isNoun && !passive) {
    const neuter = neuterPronounOpeningClause(doc, segment, hit.tokenIndex, lexicons);
    if (neuter !== undefined) {
      subjectGroup = [];
      const country = neuterCountryBefore(doc, segment, compiled);
      if (country) add(country, subjectRole);
    }
  }
  // "Politiker von CSU und SPD hatten gefordert": a von-phrase after a role noun opening the clause names the side of
  // an unnamed subject, and stands for it; before the verb, it outranks a name after the verb ("Die Kommission der EU
  // hat Präsident X kritisiert").
  // So for an event noun without a subject of its own: "Die Regierungschefs von Polen und Tschechien haben bei einem
  // Treffen in Prag …".
  const affiliation = (hit.isNoun ? !subjectGroup && !circumstance : !subjectGroup || (!passive && subjectGroup.length > 0)) ? coordinationGroups.find((group) => isAffiliationOfOpeningRole(doc, group[0], segment, hit.tokenIndex, compiled)) : undefined;
  if (affiliation && (!subjectGroup || subjectGroup[0].phraseStart > affiliation[0].phraseStart)) subjectGroup = affiliation;
  // "Seine Heimat Argentinien besucht der Papst": a masculine actor right after the verb is the subject, named (a role
  // mention, or a name in apposition) or not; what stands before the verb is then the object.
  // Not in a conjunct that opens with its verb, whose subject is the clause's before ("…, kritisierten aber Russland").
  const actorAfterVerb = !genitiveAgent && !subjectless && openingPronoun === undefined && invertedPronoun === undefined ? subjectActorAfterVerb(doc, hit, segment, lexicons) : undefined;
  if (actorAfterVerb !== undefined) {
    const named = coordinationGroups.find((group) => group[0].mention.tokenStart <= actorAfterVerb + 1 && group[0].mention.tokenEnd > actorAfterVerb);
    // After a plural verb one name is no apposition of the plural noun ("werfen die Abgeordneten Schaunig vor"); two
    // or more are ("kritisierten die Abgeordneten Kalnina und Berzins").
    const pluralVerb = !!hit.trigger.verb && isPluralForm(doc.tokens![hit.tokenIndex].text, hit.trigger.verb);
    subjectGroup = named && (!pluralVerb || named.length > 1) ? named : [];
  }
  // "Das Militär des Landes drohte Südkorea": the subject has no name, and the name after it is no subject.
  // So with a noun and its support verb: "Die Ministerin machte Lettland den Vorwurf".
  const supportVerb = hit.isNoun && hit.trigger.supportVerbs?.length ? supportVerbBefore(doc, segment, hit, compiled) : undefined;
  const verbIndex = hit.isNoun ? supportVerb : hit.tokenIndex;
  // A zu-infinitive has no subject of its own: "…, die Rebellen angegriffen zu haben" (the rebels were attacked).
  // So has a noun's clause that ends in one ("…, den Anschlag verübt zu haben").
  // Not one with "sein", a passive of what must be done: "dass das Grundgehalt in Ziffern auszuweisen ist".
  // ("verhaftet worden zu sein" is the infinitive's own "sein").
  const clauseWords = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const modalPassive = clauseWords.some((word, index) => lexicons.grammar.seinForms.has(word) && clauseWords[index - 1] !== 'zu');
  const zuInfinitive = !hit.isNoun && !modalPassive && isZuInfinitive(doc, hit.tokenIndex, hit.trigger);
  const infinitiveClause = zuInfinitive || (hit.isNoun && !modalPassive && endsInZuInfinitive(doc, segment, lexicons));
  // "Eines ist Präsident X nicht zum Vorwurf zu machen": "sein" with the support verb's zu-infinitive tells what may be
  // done, and names no agent; a name there is the object.
  const closingSupportVerb = hit.isNoun && hit.trigger.supportVerbs?.length && modalPassive ? lastWordIndex(doc, segment) : undefined;
  const ofWhatMayBeDone =
    closingSupportVerb !== undefined && doc.tokens![closingSupportVerb - 1]?.text === 'zu' && compiled.triggers.isSupportVerb(hit.trigger, doc.tokens![closingSupportVerb].text);
  if (ofWhatMayBeDone && subjectGroup?.length) subjectGroup = [];
  const unnamedActor = verbIndex !== undefined && !genitiveAgent && actorAfterVerb === undefined && !infinitiveClause ? unnamedActorOpening(doc, segment, verbIndex, hit.trigger, argumentsHere, lexicons) : undefined;
  // Of a meeting or call, the von-phrase or genitive of that actor's own role noun names the side that takes part, and
  // stays ("Die Regierungschefs von Polen und Litauen treffen sich"); not for one who suffers an act ("Der Spieler von
  // Juventus wurde festgenommen").
  const affiliationOfActor = symmetric && affiliation !== undefined && subjectGroup === affiliation && !passive;
  if (unnamedActor !== undefined && !affiliationOfActor && (!subjectGroup || subjectGroup[0].phraseStart > unnamedActor)) {
    subjectGroup = [];
    // "Der israelische UNO-Botschafter warf dem UNHRC vor": an official of a state no name fills acts for the state.
    const state = stateOfUnnamedOfficial(doc, unnamedActor, segment, compiled);
    // "Die DFB-Führung hatte Beckenbauer gerügt": a body whose organisation its front names acts for it.
    const head = doc.tokens![unnamedActor].text;
    // So do the holders of an office of it no name fills: "Die EU-Außenminister trafen sich in Brüssel".
    const ownedRole = head.includes('-') && lexicons.matchRole(head.slice(head.lastIndexOf('-') + 1)) !== undefined;
    const owner = !state && head.includes('-') && (lexicons.isBodyNoun(head) || ownedRole) ? entityOfCompoundFront(head.slice(0, head.lastIndexOf('-')), compiled, true) : undefined;
    // "Ein Sprecher des Verteidigungsministeriums lehnte eine Stellungnahme ab": a spokesperson (grammar
    // `spokespersonNouns`) acts for the one named in the genitive or "von" phrase right after the noun.
    const spokenFor = !state && !owner && lexicons.grammar.isSpokespersonNoun(head) ? entitySpokenFor(doc, unnamedActor, argumentsHere, lexicons) : undefined;
    if (state ?? owner ?? spokenFor) add((state ?? owner ?? spokenFor)!, subjectRole);
  }
  // "…, weil Narziss sie zurückweist": a capitalised word no lexicon knows right after the subordinator is a name the
  // tagger missed, the clause's own subject; nothing is borrowed.
  if (!subjectGroup && !hit.isNoun && opensWithUnknownName(doc, segment, hit.tokenIndex, compiled)) subjectGroup = [];
  // "Am 14. Juni 1993 wurde eine Bank in Wien-Döbling überfallen": a passive clause whose subject is a common noun has
  // its own subject, and borrows none from the clause before.
  // So for a symmetric event: "…, eine Regierung müsse gebildet werden" names none of its parties.
  if (!subjectGroup && (passive || (symmetric && isPassive(doc, hit, segment, compiled.cues.future, lexicons))) && unnamedPassiveSubject(doc, segment, hit.tokenIndex, compiled)) subjectGroup = [];
  // A relative clause after a preposition: a name before its comma takes the preposition's part ("Andrew Lloyd Webber,
  // mit dem Stigwood zusammenarbeitete"); so with a noun and its support verb ("Abgeordnete, gegen die Vorwürfe
  // erhoben werden": the clause before lends no accuser).
  const prepositional = hit.isNoun && !hit.trigger.supportVerbs?.length ? undefined : prepositionalRelative(doc, segment, compiled);
  // "Jesenská schrieb bis zu ihrer Verhaftung": a possessive before a noun of an act done to someone (`slots.genitive`)
  // names who it was done to. A person subject it can refer back to (same sex, or unknown) is that one, not the actor.
  // With a genitive of its own ("seine Festnahme des Demonstranten") the possessive is the actor after all.
  const genitiveAfter = adjacentGenitive !== undefined || lexicons.grammar.genitiveDeterminers.has(doc.tokens![hit.tokenIndex + 1]?.text.toLowerCase() ?? '');
  const possessor = hit.isNoun && !genitiveIsAgent && !genitiveAfter ? possessiveBeforeNoun(doc, hit.tokenIndex, segment, lexicons) : undefined;
  const isPossessor = (entity: string) =>
    possessor !== undefined && compiled.persons.has(entity) && (compiled.sexOfPerson(entity) ?? possessor) === possessor;
  // "Der 51-Jährige, der … gerettet hatte, erklärte seinen Rücktritt": a main clause resumed with its verb after a
  // relative clause borrows from the part before that clause, never from the relative clause; so does an event noun
  // with a possessive there, whose possessor that part names.
  // (A relative clause opens after a comma; after a dash, "der" opens an apposition: "– der Finanzminister X –".)
  const interrupting = previous.at(-1);
  const resumesMainClause =
    segment.subordinator === undefined &&
    /^\p{Ll}/u.test(doc.tokens![segment.tokenStart].text) &&
    interrupting?.sentence === segment.sentence &&
    isRelativeClause(doc, interrupting, lexicons);
  // "…, solange diese mit der Partei Ciudadanos spricht": a demonstrative pronoun after the subordinator is the subject,
  // and takes up the last one named before it (grammar `demonstrativePronouns`), not the subject of the clause before.
  if (!subjectGroup && !hit.isNoun) {
    const demonstrative = demonstrativeSubject(doc, segment, compiled);
    if (demonstrative) {
      subjectGroup = [];
      if (demonstrative.entity) add(demonstrative.entity, subjectRole);
    }
  }
  // "Er betonte bei einem Besuch in Kiew, …", "Sie sagte bei ihrem Besuch …": the pronoun opening the clause is the
  // agent of an event noun the clause brings in as its setting (grammar `settingPrepositions`, an indefinite article or
  // a possessive), as a name there would be. A definite one is an event told before, which others may hold.
  if (
    hit.isNoun &&
    !subjectGroup &&
    !circumstance &&
    !subjectIdle &&
    lexicons.grammar.settingPrepositions.has(governingPreposition(doc, hit.tokenIndex, segment, lexicons) ?? '') &&
    (hasIndefiniteArticleBefore(doc, hit.tokenIndex, segment, lexicons) || lexicons.grammar.possessiveDeterminers.has(doc.tokens![beforeAdjectives(doc, hit.tokenIndex, segment, lexicons)]?.text.toLowerCase() ?? ''))
  ) {
    // Also one right after the verb that comes second: "Nun belässt er es bei einem Treffen mit X".
    const second = segment.tokenStart + 2;
    const inverted =
      second < hit.tokenIndex && lexicons.grammar.nominativePronouns.has(doc.tokens![second].text) && /^\p{Ll}/u.test(doc.tokens![second - 1].text) && doc.tokens![second - 1].kind === 'word' ? second : undefined;
    const opening = pronounOpeningClause(doc, segment, hit.tokenIndex, lexicons) ?? inverted;
    const pronoun = opening !== undefined && opening + 1 < hit.tokenIndex ? resolvePronoun(doc, segment, compiled, opening + 1) : undefined;
    if (pronoun) {
      add(pronoun.entity, subjectRole);
      pronounMentions.push(pronoun);
      subjectGroup = [];
    }
  }
  // In a relative clause the relative pronoun may be the subject; a following name without article is still the likelier one.
  if (subjectGroup) for (const argument of subjectGroup) add(argument.entity, isPossessor(argument.entity) ? genitiveRole : subjectRole);
  else if (!circumstance && !subjectIdle && (!hit.isNoun || hit.trigger.supportVerbs?.length || isIndefiniteObject(doc, hit.tokenIndex, segment) || (hit.isNoun && resumesMainClause && possessiveBeforeNoun(doc, hit.tokenIndex, segment, lexicons) !== undefined))) {
    // "Tallinn warf Moskau vor, … angegriffen zu haben", "forderte die Regierung auf, … zu verhandeln": the
    // infinitive's subject is the governing verb's object, not its subject.
    // A control verb whose object cannot be told leaves the subject open rather than lend its own subject.
    // So with an event noun in a clause that ends in the zu-infinitive: "warf den USA vor, einen Angriff vorzubereiten".
    const governing = (!hit.isNoun && isZuInfinitive(doc, hit.tokenIndex, hit.trigger)) || (hit.isNoun && infinitiveClause) ? previous.at(-1) : undefined;
    const control = governing ? objectOfControlVerb(doc, governing, compiled) : undefined;
    if (control?.object) {
      subjectGroup = control.object;
      for (const argument of control.object) add(argument.entity, subjectRole);
      evidenceStart = Math.min(evidenceStart, control.object[0].mention.start);
    }
    // A clause without a subject continues the one before it ("Macron hatte, erstmals seit Jahren, … geführt");
    // a bare noun has no subject of its own to borrow. The reporting clause ("Wie X mitteilte") is not borrowed from.
    // "…des Mannes, der drei Menschen tötete": a relative pronoun with no other subject in its clause is the subject and
    // stands for the noun before the comma: a name there is the subject, a common noun leaves it unnamed.
    // "…, die Soldaten angegriffen zu haben": a zu-infinitive after a comma and "die" is no relative clause.
    const antecedent = control || infinitiveClause ? undefined : relativeAntecedent(doc, segment, compiled);
    if (antecedent) {
      subjectGroup = [];
      if (antecedent.mention?.entity) {
        add(antecedent.mention.entity, subjectRole);
        evidenceStart = Math.min(evidenceStart, antecedent.mention.start);
      }
      // "Der israelische UNO-Botschafter in Genf, der dem UNHRC Parteilichkeit vorwirft": an unnamed state official.
      const state = antecedent.head !== undefined ? stateOfUnnamedOfficial(doc, antecedent.head, { ...segment, tokenStart: doc.sentences![segment.sentence].tokenStart }, compiled) : undefined;
      if (state) add(state, subjectRole);
    }
    // "einen FPÖ-Antrag, in dem gefordert wurde": a relative clause after a preposition tells of its noun, and borrows
    // no subject from the clause before.
    // "Auf das Kulturzentrum wurde ein Bombenanschlag verübt": a noun in the passive of its support verb is the clause's
    // subject; the clause before names no agent of it.
    const nounInPassive = hit.isNoun && isPassiveClause(doc, segment, compiled);
    // "Andererseits unterstreicht er, wie sehr ihm Österreich am Herzen liege, und appelliert …": a conjunct that opens
    // with "und" continues the main clause, and borrows nothing from a subordinate clause between.
    const continuesMainClause = lexicons.grammar.coordinators.has(doc.tokens![segment.tokenStart].text.toLowerCase()) && segment.subordinator === undefined;
    // "Russland gibt an, Stellungen des IS zu bombardieren": a reporting clause's subject is the subject of the
    // zu-infinitive it governs, though no subject of what it reports otherwise.
    // "Ein Rapper wollte die US-Behörden austricksen: Um …, ohne festgenommen zu werden, setzte der Musiker …": a
    // zu-infinitive after a colon belongs to the clauses after it, and borrows no subject from before it.
    const colon = !hit.isNoun && isZuInfinitive(doc, hit.tokenIndex, hit.trigger) ? lastColonBefore(doc, segment) : -1;
    const lookBack =
      control || antecedent || prepositional || nounInPassive
        ? []
        : [...previous]
            .reverse()
            .filter((candidate) => candidate.tokenStart > colon)
            // Nor from a zu-infinitive between, whose names are its objects ("kündigten an, X nicht zu unterstützen, und
            // forderten …").
            .filter((candidate) => (candidate !== excludedSegment || infinitiveClause) && !((continuesMainClause || resumesMainClause) && (isSubordinateClause(doc, candidate, lexicons) || endsInZuInfinitive(doc, candidate, lexicons))))
            .slice(0, config.subjectLookBack);
    for (const earlier of lookBack) {
      const earlierGroup = groups(argumentsIn(doc, compiled.index, earlier.tokenStart, earlier.tokenEnd, lexicons)).find((group) => canBeSubject(group[0]));
      if (earlierGroup) {
        subjectGroup = earlierGroup;
        for (const argument of earlierGroup) add(argument.entity, subjectRole);
        evidenceStart = Math.min(evidenceStart, earlierGroup[0].mention.start);
        break;
      }
      // "Er kündigte an, nach Warschau zu reisen": a pronoun opening the governing clause is its subject, and so the
      // zu-infinitive's.
      const governs = !hit.isNoun && earlier === previous.at(-1) && isZuInfinitive(doc, hit.tokenIndex, hit.trigger);
      const earlierPronoun = governs ? pronounOpeningClause(doc, earlier, earlier.tokenEnd, lexicons) : undefined;
      if (earlierPronoun !== undefined) {
        // Its finite verb: right after the pronoun in a main clause, last in a subordinate one ("weil sie … abstiegen").
        const verbFinal = earlierPronoun > earlier.tokenStart;
        const pronoun = resolvePronoun(doc, earlier, compiled, verbFinal ? lastWordIndex(doc, earlier) : earlierPronoun + 1);
        subjectGroup = [];
        if (pronoun) {
          add(pronoun.entity, subjectRole);
          pronounMentions.push(pronoun);
        }
        break;
      }
    }
    // "Tusk sagte, man sei bereit": the speaker's "man" or "wir" is the speaker's side.
    if (!subjectGroup && speaker && wordsOf(doc, segment.tokenStart, segment.tokenEnd).some((word) => lexicons.grammar.speakerPronouns.has(word))) {
      add(speaker, subjectRole);
      subjectGroup = [];
    }
    if (!subjectGroup) {
      const pronoun = resolvePronoun(doc, segment, compiled, hit.tokenIndex);
      if (pronoun) {
        add(pronoun.entity, subjectRole);
        pronounMentions.push(pronoun);
      }
    }
  }
  // "Tallinn warf Moskau Angriffe vor": the accused is who the accusation says did it (in the passive, "Moskau wurde
  // der Angriffe beschuldigt", the subject, found above), and what it says was done is alleged.
  const accusation = blamedFor || (hit.isNoun && isObjectEvent(doc, hit, segment, compiled) && objectControlIn(wordsOf(doc, segment.tokenStart, segment.tokenEnd), compiled.cues)?.accusation === true);
  if ((accusation || invitedTo) && circumstance) for (const argument of objectOfControlVerb(doc, segment, compiled)?.object ?? []) add(argument.entity, activeSubjectRole);
  const alleged = accusation && participants.length > 0;
  const subjectCount = participants.length;
  if (prepositional?.antecedent?.entity && prepositionRoles[prepositional.preposition]) {
    add(prepositional.antecedent.entity, prepositionRoles[prepositional.preposition]);
    evidenceStart = Math.min(evidenceStart, prepositional.antecedent.start);
  }
  // "… vereinbart und den Nachbarstaaten mitgeteilt werden": names after a coordinator right after a verb trigger are
  // the next verb's; not after one that is an adverb there ("kritisierte aber Russland", grammar `conjunctAdverbs`).
  const wordAfterVerb = doc.tokens![hit.tokenIndex + 1]?.text ?? '';
  const nextConjunctStart = !hit.isNoun && lexicons.grammar.coordinators.has(wordAfterVerb) && !lexicons.grammar.conjunctAdverbs.has(wordAfterVerb) ? hit.tokenIndex + 1 : undefined;
  for (const group of partnerGroups) {
    if (group === subjectGroup || modifiesNoun(group)) continue;
    const head = group[0];
    if (nextConjunctStart !== undefined && head.phraseStart > nextConjunctStart) continue;
    // "Joachim Feher von der MediaCom": a von-phrase right after a person's name says where the person works.
    if (head.preposition === 'von' && argumentsHere.some((argument) => argument.mention.tokenEnd === head.phraseStart - 1 && argument.mention.label === 'PER')) continue;
    // A prepositional partner of a noun follows it directly ("Treffen mit X", "Gespräche zwischen X und Y");
    // a PP further away belongs to another noun ("… Bahnstrecke zwischen Ostrava und Katowice"), and one before it to
    // the clause ("In der Türkei hofften Menschen auf die Weiterreise nach Europa"), except the one the noun's target
    // is fronted in ("Gegen X seien Ermittlungen eingeleitet worden").
    const distance = head.phraseStart - measuredFrom(head.phraseStart);
    const fronted = distance < 0 && head.preposition !== 'gegen';
    // "Ermittlungen wegen Verhetzung gegen Konvička": a gegen-phrase the noun asks for may follow another of its phrases
    // (no other preposition: "die Reise nach Brüssel wegen des Anschlags in Ankara" is the attack's place).
    const slotAfterPhrases = distance > 2 && head.preposition === 'gegen' && slotPrepositions.gegen !== undefined && phrasesOnlyBetween(doc, hit.tokenIndex + 1, head.phraseStart, lexicons);
    if (hit.isNoun && head.preposition && !hit.trigger.supportVerbs?.length && !isIndefiniteObject(doc, hit.tokenIndex, segment) && ((distance > 2 && !slotAfterPhrases) || fronted)) continue;
    // "während des Besuchs von Papst Franziskus": a von-phrase right after a common noun belongs to that noun, it is
    // no passive agent.
    // But "…, welche Drittländer von der EU untersucht werden sollen": after the noun that opens the clause, its subject,
    // a von-phrase right before the participle is the agent.
    const agentAfterSubject = passive && head.preposition === 'von' && agentAfterOpeningSubject(doc, head, hit, segment, lexicons);
    if (passive && head.preposition === 'von' && followsCommonNoun(doc, head.phraseStart, lexicons, compiled.index) && !agentAfterSubject) continue;
    // "auf eine Verlängerung der Sanktionen gegen Russland geeinigt", "lobt die Partnerschaft mit Microsoft": a PP the
    // trigger does not ask for (its role is only the default one), right after a common noun, belongs to that noun. One
    // the trigger asks for stays the verb's ("protestierten Tausende Menschen gegen die Regierung"); so does "an" after
    // a message, whose addressee the verb's act has too ("in einer Verbalnote an das Außenministerium gefordert").
    // "Der Vertrag zwischen Wien und Bratislava wurde unterzeichnet": the parties of a relation noun are a symmetric
    // act's (grammar `relationNouns`).
    const prepositionAt = doc.tokens![head.phraseStart].text.toLowerCase() === head.preposition ? head.phraseStart : head.phraseStart - 1;
    const partiesOfRelation = symmetric && head.preposition === 'zwischen' && lexicons.isRelationNoun(doc.tokens![prepositionAt - 1]?.text ?? '');
    if (!hit.isNoun && head.preposition && head.preposition !== 'an' && !slotPrepositions[head.preposition] && !partiesOfRelation && !agentAfterSubject && followsCommonNoun(doc, head.phraseStart, lexicons, compiled.index, head.preposition)) {
      // "gegen die Regierung von Premier Matteo Renzi demonstriert": the von-phrase after an institution the verb's
      // phrase names stands for that institution, in that phrase's part.
      const institutionRole = head.preposition === 'von' ? roleOfInstitutionBefore(doc, head.phraseStart, lexicons, prepositionRoles, objectRole) : undefined;
      if (institutionRole) for (const argument of group) add(argument.entity, institutionRole);
      // "begrüßt den Vorschlag von Bundeskanzler X": a von-phrase after the verb's object noun names its owner, as a
      // genitive does (below), who takes the object's part.
      else if (head.preposition === 'von' && slots?.object && !passive && participants.some((participant) => participant.role === activeSubjectRole) && ownedObjectNounBefore(doc, prepositionAt, hit.tokenIndex, segment, compiled, hit.trigger)) {
        for (const argument of group) add(argument.entity, objectRole);
      } else if (head.preposition === 'von') {
        // "protestierten gegen die Politik von Ministerpräsident X": so after the noun of a phrase the verb asks for.
        const ownerRole = roleOfGenitiveInSlotPhrase(doc, prepositionAt, segment, slotPrepositions, compiled);
        if (ownerRole) for (const argument of group) add(argument.entity, ownerRole);
      }
      continue;
    }
    const genitive = !head.preposition && head.cases?.every((grammaticalCase) => grammaticalCase === 'gen');
    // The genitive right after a noun trigger says whose event it is: "die Annäherung der Erzfeinde USA und Kuba", also
    // in a second conjunct after a genitive no name fills ("Appelle des Frauenzentrums und seiner Gründerin Guo Jianmei").
    if (hit.isNoun && !head.preposition && head.cases?.includes('gen') && conjoinedToGenitiveAfter(doc, hit.tokenIndex, head.phraseStart, lexicons)) {
      for (const argument of group) add(argument.entity, genitiveRole);
      continue;
    }
    if (genitive && hit.isNoun && head.phraseStart === hit.tokenIndex + 1) {
      for (const argument of group) add(argument.entity, genitiveRole);
      continue;
    }
    // "bei einem Luftangriff auf ein Lager der Extremistenmiliz IS", "Kritik an der Politik der Regierung": the genitive
    // of the noun in the event noun's target phrase is its target too.
    const targetRole = genitive && hit.isNoun ? roleOfGenitiveInPhraseAfter(doc, hit.tokenIndex, head.phraseStart, prepositionRoles, compiled) : undefined;
    if (targetRole) {
      for (const argument of group) add(argument.entity, targetRole);
      continue;
    }
    // "hat gegen aggressive Werbung der Raiffeisen geklagt", "protestierten gegen die Politik der Regierung": the
    // genitive of the noun in a phrase the verb asks for (`slots.prepositions`) takes that phrase's part.
    const slotRole = genitive && !hit.isNoun ? roleOfGenitiveInSlotPhrase(doc, head.phraseStart, segment, slotPrepositions, compiled) : undefined;
    if (slotRole) {
      for (const argument of group) add(argument.entity, slotRole);
      continue;
    }
    // "Die Armee hatte Stellungen der YPG beschossen": an attack on what is someone's is an attack on them. A genitive
    // after the object noun of a fight (CAMEO 19) is its target, where the clause's agent is named or an unnamed actor
    // opens it, so that noun is no subject ("Kämpfer der YPG beschossen …").
    const agentStated = participants.some((participant) => participant.role === activeSubjectRole) || unnamedActor !== undefined;
    if (genitive && !hit.isNoun && slots?.object && /^19/.test(hit.trigger.cameo) && agentStated && isObjectNounBefore(doc, head.phraseStart, segment, compiled)) {
      for (const argument of group) add(argument.entity, objectRole);
      continue;
    }
    // "traf die Unterhändler der kolumbianischen Regierung und der FARC": a genitive after the verb's object that is a
    // body of members or a role names whose they are, and takes the object's part; of a violent act also where an
    // unnamed actor opens the clause ("Die Armee tötete 260 Kämpfer der PKK").
    if (genitive && !hit.isNoun && !passive && (participants.length > 0 || (isViolent(hit.trigger) && unnamedActor !== undefined)) && isMembersNounBefore(doc, head.phraseStart, compiled) && isObjectNounBefore(doc, head.phraseStart, segment, compiled)) {
      for (const argument of group) add(argument.entity, objectRole);
      continue;
    }
    // "kritisierte Estlands Haltung", "begrüßte Österreichs Verzicht": a name in the genitive before the verb's object
    // noun, where the agent is named, owns what the act is aimed at and takes the object's part.
    if (genitive && !head.preposition && !hit.isNoun && slots?.object && !passive && participants.some((participant) => participant.role === activeSubjectRole) && possessesObjectNoun(doc, head, hit, segment, compiled)) {
      for (const argument of group) add(argument.entity, objectRole);
      continue;
    }
    // So does a genitive right after that noun: "kritisierte die Entscheidung Merkels", "lehnte den Vorschlag der
    // Kommission ab". Not after an event noun, whose genitive is its own ("forderte die Freilassung des Journalisten"),
    // nor after a role or a noun for people ("traf den Chef der SPD": the party is his, no party to the act).
    if (genitive && !head.preposition && !hit.isNoun && slots?.object && !passive && participants.some((participant) => participant.role === activeSubjectRole) && ownedObjectNounBefore(doc, head.phraseStart, hit.tokenIndex, segment, compiled, hit.trigger)) {
      for (const argument of group) add(argument.entity, objectRole);
      continue;
    }
    // "hat Berichte über Lieferungen an Russland zurückgewiesen": a phrase of a preposition the trigger does not name
    // (only a default one) right after another event's noun is that noun's; the verb rejects the reports, not Russia.
    if (head.preposition && !hit.isNoun && !partiesOfRelation && slotPrepositions[head.preposition] === undefined && followsOtherEventNoun(doc, prepositionAt, hit, compiled)) continue;
    const role = head.preposition ? prepositionRoles[head.preposition] : genitive ? undefined : objectRole;
    if (!role) continue;
    for (const argument of group) add(argument.entity, role);
  }
  // "So hat Ungarn im Vorfeld der Tagung der griechischen Regierung mangelnde Grenzsicherung vorgeworfen": an accusation's
  // dative object looks like a genitive after a noun when its name is feminine or plural; with the accuser named and no
  // other object, the last such phrase is the accused.
  if (!hit.isNoun && !passive && !participants.some((participant) => participant.role === objectRole) && participants.some((participant) => participant.role === activeSubjectRole)) {
    if (objectControlIn(wordsOf(doc, segment.tokenStart, segment.tokenEnd), compiled.cues)?.accusation) {
      const dative = [...argumentsHere].reverse().find((argument) => !argument.preposition && argument.cases?.every((grammaticalCase) => grammaticalCase === 'gen') && mayBeFeminineDative(doc, argument, lexicons));
      if (dative && !participants.some((participant) => participant.entity === dative.entity)) add(dative.entity, objectRole);
    }
  }
  // "Israel greift Hamas-Trainingslager im Gazastreifen an": the organisation a violent verb's compound object names in
  // front is its target, where the agent stands before the verb and nothing else is attacked.
  if (!hit.isNoun && isViolent(hit.trigger) && slots?.object && !passive && !participants.some((participant) => participant.role === objectRole)) {
    const agentFirst = participants.some((participant) => participant.role === activeSubjectRole) && subjectGroup?.[0] !== undefined && subjectGroup[0].mention.tokenEnd <= hit.tokenIndex;
    const front = agentFirst ? compoundObjectFront(doc, hit, segment, compiled) : undefined;
    if (front && !participants.some((participant) => participant.entity === front)) add(front, objectRole);
  }
  // "bei den Luftangriffen seien 260 PKK-Kämpfer getötet worden": so is the one in front of a violent passive's
  // compound subject, before the participle.
  if (!hit.isNoun && isViolent(hit.trigger) && passive && !participants.some((participant) => participant.role === objectRole)) {
    const front = compoundObjectFront(doc, hit, segment, compiled, segment.tokenStart, hit.tokenIndex, true);
    if (front && !participants.some((participant) => participant.entity === front)) add(front, objectRole);
  }
  // "Im März waren bei einem IS-Anschlag auf das Nationalmuseum 21 Touristen getötet worden": a violent passive with no
  // agent has the agent of the violent act in its setting phrase (grammar `settingPrepositions`), named in front of
  // that act's compound noun.
  if (!hit.isNoun && isViolent(hit.trigger) && passive && !participants.some((participant) => participant.role === activeSubjectRole)) {
    const agent = agentOfViolentSetting(doc, hit, segment, compiled);
    if (agent && !participants.some((participant) => participant.entity === agent)) add(agent, activeSubjectRole);
  }
  // "um Goebbels, der … wohnte, zu verhaften": the object of an infinitive whose purpose clause relative clauses
  // interrupted stands before them (where "um" reads as its preposition).
  const purposeClause = !hit.isNoun && slots?.object && !participants.some((participant) => participant.role === objectRole) ? resumedPurposeClause(doc, segment, previous, lexicons.grammar.relativePronouns) : undefined;
  if (purposeClause) {
    const object = groups(argumentsIn(doc, compiled.index, purposeClause.tokenStart, purposeClause.tokenEnd, lexicons)).find((group) => !group[0].preposition || group[0].preposition === purposeClause.subordinator);
    for (const argument of object ?? []) add(argument.entity, objectRole);
  }
  // "…, der vor der Angelobung Kerns diesen mehrfach kritisiert hatte": a demonstrative pronoun as the verb's object
  // takes up the last one named before it who takes no part yet.
  if (!hit.isNoun && slots?.object && !passive && !participants.some((participant) => participant.role === objectRole)) {
    const taken = demonstrativeObject(doc, hit.tokenIndex, segment, compiled, (entity) => participants.some((participant) => participant.entity === entity));
    if (taken) add(taken, objectRole);
  }
  // "Die Ministerin kritisierte ihn scharf": a personal pronoun that can only be an object (grammar `objectPronouns`)
  // takes up the last person of its sex named before who takes no part yet; in the passive too, where it is a dative
  // ("Ihm werden Kriegsverbrechen vorgeworfen").
  if (!hit.isNoun && (!slots || slots.object) && !participants.some((participant) => participant.role === objectRole)) {
    const taken = personalObject(doc, hit.tokenIndex, segment, compiled, (entity) => participants.some((participant) => participant.entity === entity));
    if (taken) {
      add(taken.entity, objectRole);
      pronounMentions.push(taken);
    }
  }
  // "bestellte den chinesischen Botschafter ein": an unnamed official of a state as the verb's object stands for the
  // state, as one in the subject does.
  if (!hit.isNoun && slots?.object && !passive && !participants.some((participant) => participant.role === objectRole)) {
    const state = stateOfUnnamedOfficialObject(doc, hit.tokenIndex, segment, compiled);
    if (state && !participants.some((participant) => participant.entity === state)) add(state, objectRole);
  }
  // "Luftangriffe auf mutmaßliche PKK-Stellungen": so is the one in front of the compound noun of an event noun's
  // target phrase.
  if (hit.isNoun && !participants.some((participant) => participant.role === 'target')) {
    const front = compoundFrontInTargetPhrase(doc, hit.tokenIndex, segment, prepositionRoles, compiled);
    if (front && !participants.some((participant) => participant.entity === front)) add(front, 'target');
  }
  // "Doch beide Länder hätten ihre militärische Zusammenarbeit verstärkt", "das letzte Telefonat der beiden Politiker":
  // a symmetric event whose clause names its parties only as a pair (grammar `pairNouns`) has the last two of that kind.
  if (symmetric && participants.length < 2) for (const entity of pairNamedInClause(doc, segment, compiled) ?? []) add(entity, 'participant');
  // "Beide verurteilten die Angriffe": "beide" opening the clause, its subject, is that pair for any act.
  const pairSubject = !symmetric && !hit.isNoun && !passive && !participants.some((participant) => participant.role === activeSubjectRole) && opensWithBeide(doc, segment, lexicons);
  if (pairSubject) for (const entity of pairNamedInClause(doc, segment, compiled) ?? []) add(entity, activeSubjectRole);
  // "Seine strikte Ablehnung von FPÖ-Chef Strache …": a possessive opening the clause right before the noun of a verbal
  // act, where the clause names no agent, stands for the last person of its sex named before.
  const opening = doc.tokens![segment.tokenStart].text.toLowerCase();
  const possessiveOpens =
    hit.isNoun &&
    hit.tokenIndex - segment.tokenStart <= 3 &&
    lexicons.grammar.possessiveDeterminers.has(opening) &&
    doc.tokens!.slice(segment.tokenStart + 1, hit.tokenIndex).every((token) => looksLikeInflectedAdjective(token.text));
  if (possessiveOpens && isVerbalAct(hit.trigger) && !participants.some((participant) => participant.role === activeSubjectRole)) {
    const sex: Sex | undefined = opening.startsWith('sein') ? 'm' : opening.startsWith('ihr') ? 'f' : undefined;
    const possessor = sex ? resolvePossessive(doc, segment, compiled, sex) : undefined;
    if (possessor) {
      add(possessor.entity, activeSubjectRole);
      pronounMentions.push(possessor);
    }
  }
  // "Umweltverbände kritisierten, dass die Bundesregierung das Abkommen vorantreibe": a verb whose dass-clause tells
  // the act it is about (`slots.clause`) has that clause's subject as its target where it has no object of its own.
  const clauseRole = slots?.clause;
  if (clauseRole && !hit.isNoun && !passive && !participants.some((participant) => participant.role === clauseRole)) {
    const subject = subjectOfDassClauseAfter(doc, segment, compiled);
    for (const argument of subject ?? []) if (!participants.some((participant) => participant.entity === argument.entity)) add(argument.entity, clauseRole);
  }
  // "sprach von einer Annäherung zwischen Lettland und Estland": an event noun whose zwischen-phrase right after it
  // names its parties has them alone; the clause's subject speaks of it, or brings it about, and is none of them.
  const parties = hit.isNoun ? partnerGroups.find((group) => group[0].preposition === 'zwischen' && group.length >= 2 && group[0].phraseStart - hit.tokenIndex <= 2 && group[0].phraseStart > hit.tokenIndex) : undefined;
  let subjectsLeft = subjectCount;
  if (parties && parties.every((argument) => participants.some((participant) => participant.entity === argument.entity))) {
    for (let position = subjectCount - 1; position >= 0; position--) {
      if (parties.some((argument) => argument.entity === participants[position].entity)) continue;
      participants.splice(position, 1);
      subjectsLeft--;
    }
  }
  return { participants, partnerCount: participants.length - subjectsLeft, evidenceStart, pronounMentions, alleged };
}

/**
 * The subject of the dass-clause right after the segment's comma, as its coordinated names: the first names that are
 * no prepositional object and may be nominative, before the clause's next comma. None in a passive clause, whose
 * subject is acted on ("dass Estland benachteiligt werde", "… worden sei").
 */
function subjectOfDassClauseAfter(doc: Doc, segment: Segment, compiled: Compiled): Argument[] | undefined {
  const tokens = doc.tokens!;
  const opener = tokens[segment.tokenEnd + 1]?.text.toLowerCase();
  if (tokens[segment.tokenEnd]?.text !== ',') return undefined;
  if (opener !== 'dass' && opener !== 'daß') return subjectOfReportedClauseAfter(doc, segment, compiled);
  const sentenceEnd = doc.sentences![segment.sentence].tokenEnd;
  let end = segment.tokenEnd + 2;
  while (end < sentenceEnd && tokens[end].text !== ',') end++;
  const words = wordsOf(doc, segment.tokenEnd + 2, end);
  const participle = (word: string | undefined) => word !== undefined && /^\p{Ll}/u.test(word) && (/t$/.test(word) || word.startsWith('ge'));
  if (words.some((word, index) => word === 'worden' || (compiled.cues.future.has(word) && participle(words[index - 1])))) return undefined;
  const subject = groups(argumentsIn(doc, compiled.index, segment.tokenEnd + 2, end, compiled.lexicons))[0];
  return subject && canBeSubject(subject[0]) ? subject : undefined;
}

/**
 * The subject of reported speech right after the segment's comma, in the order of a main clause: a name, an article
 * before it at most, opening the clause, with a subjunctive I right after it ("kritisierte, die Slowakei blockiere
 * Munitionslieferungen": the Slovak government's act is criticised).
 */
function subjectOfReportedClauseAfter(doc: Doc, segment: Segment, compiled: Compiled): Argument[] | undefined {
  const tokens = doc.tokens!;
  const sentenceEnd = doc.sentences![segment.sentence].tokenEnd;
  let end = segment.tokenEnd + 1;
  while (end < sentenceEnd && tokens[end].text !== ',') end++;
  const subject = groups(argumentsIn(doc, compiled.index, segment.tokenEnd + 1, end, compiled.lexicons))[0];
  if (!subject || !canBeSubject(subject[0])) return undefined;
  const opensClause = subject[0].phraseStart === segment.tokenEnd + 1;
  const verb = tokens[subject.at(-1)!.mention.tokenEnd]?.text ?? '';
  const subjunctive = compiled.cues.subjunctive.has(verb) || (/^\p{Ll}+e$/u.test(verb) && !compiled.lexicons.grammar.determinerCases.has(verb));
  return opensClause && subjunctive ? subject : undefined;
}

/**
 * Whether a role mention's text is a definite article, a nationality adjective and a title: a country's officeholder
 * ("Die deutsche Außenministerin"), not "ein US-Außenamtssprecher" who reports on others.
 */
function isCountryOfficeholderPhrase(text: string, lexicons: CompiledLexicons): boolean {
  const [article, adjective] = text.split(/\s+/);
  const lower = article?.toLowerCase() ?? '';
  return lexicons.grammar.determinerCases.has(lower) && !lexicons.grammar.indefiniteArticles.has(lower) && adjective !== undefined && lexicons.adjectiveCountry(adjective) !== undefined;
}

/** Whether the clause opens with "beide" or "die beiden" (a pair noun may follow): its subject. */
function opensWithBeide(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const first = tokens[segment.tokenStart].text.toLowerCase();
  if (first === 'beide') return true;
  return lexicons.grammar.determinerCases.has(first) && tokens[segment.tokenStart + 1]?.text.toLowerCase() === 'beiden';
}

/** Sentences back, before the pair's own, where the two parties "beide" takes up may be named. */
const pairLookBackSentences = 3;

/**
 * The two parties a pair noun after "beide" or "die beiden" takes up (grammar `pairNouns`): the last two of its kind named
 * before it, in its sentence or the three before, or earlier where the article names no third; persons with a name. Countries count once each, by their government
 * too ("Moskau" after "Russland"). Undefined where no pair noun stands in the clause, where a preposition other than "zwischen" governs it
 * ("auf beiden Seiten", "in beiden Ländern" is where), or where fewer than two are named.
 */
function pairNamedInClause(doc: Doc, segment: Segment, compiled: Compiled): readonly string[] | undefined {
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  for (let index = segment.tokenStart; index + 1 < segment.tokenEnd; index++) {
    const word = tokens[index].text.toLowerCase();
    if (word !== 'beide' && word !== 'beiden') continue;
    // "Beide sprachen über …", "Die beiden einigten sich": alone, opening the clause before its verb, two persons.
    const next = tokens[index + 1].text;
    // So right after the verb that opens the clause: "Wie das Amt mitteilte, sprachen beide auch über …".
    const first = tokens[segment.tokenStart].text;
    const afterOpeningVerb = index === segment.tokenStart + 1 && /^\p{Ll}/u.test(first) && !grammar.prepositions.has(first) && !grammar.subordinators.has(first) && !grammar.coordinators.has(first);
    // And right after a trigger's verb or an auxiliary past a phrase opening the clause: "Bei dem Treffen unterzeichneten
    // beide eine Absichtserklärung", "Am Abend haben beide … unterzeichnet".
    const previous = tokens[index - 1].text;
    const afterVerb = index > segment.tokenStart + 1 && /^\p{Ll}/u.test(previous) && (grammar.auxiliaries.has(previous) || compiled.triggers.verbForm(previous).length > 0);
    const opening = index === segment.tokenStart || (index === segment.tokenStart + 1 && grammar.determinerCases.has(first.toLowerCase())) || afterOpeningVerb || afterVerb;
    const kind = grammar.pairNouns.get(next.toLowerCase()) ?? (opening && /^\p{Ll}/u.test(next) && !grammar.prepositions.has(next) ? 'person' : undefined);
    if (!kind) continue;
    let before = index - 1;
    if (before >= segment.tokenStart && grammar.determinerCases.has(tokens[before].text.toLowerCase())) before--;
    const preposition = before >= segment.tokenStart ? tokens[before].text.toLowerCase() : undefined;
    if (preposition !== undefined && preposition !== 'zwischen' && grammar.prepositions.has(preposition)) return undefined;
    const entities = new Map((doc.entities ?? []).map((entity) => [entity.id, entity]));
    const sideOf = (id: string): string | undefined => {
      const entity = entities.get(id);
      if (!entity) return undefined;
      // A person named only by a role ("sagte ein US-Außenamtssprecher") reports on the pair, and is none of it; a
      // country's officeholder the story is about is ("Die deutsche Außenministerin hat China aufgefordert …").
      if (kind === 'person') return entity.type === 'PER' && entity.mentions.some((mention) => mention.kind === 'name' || isCountryOfficeholderPhrase(mention.text, compiled.lexicons)) ? id : undefined;
      if (kind === 'party') return entity.type === 'ORG' && entity.sector === 'party' ? id : undefined;
      // "beide Seiten": named persons and political organisations, a person standing for the country of their role, so
      // that a president and his government are one side. A place is none: "im Norden Jemens" names where, not who.
      if (kind === 'side') {
        if (entity.type === 'ORG') return entity.sector && compiled.lexicons.actorCodes.ofSector(entity.sector)?.political ? (entity.country ?? id) : undefined;
        if (entity.type !== 'PER' || !entity.mentions.some((mention) => mention.kind === 'name')) return undefined;
        return entity.country ?? entity.roles?.find((role) => role.country)?.country ?? id;
      }
      const country = (entity.type === 'LOC' && !compiled.placesNoCountry.has(id)) || (entity.type === 'ORG' && entity.sector === 'government');
      return country ? (entity.country ?? id) : undefined;
    };
    const firstSentence = doc.sentences![Math.max(0, segment.sentence - pairLookBackSentences)];
    const sides = new Map<string, string>();
    for (const mention of compiled.index.within(firstSentence.tokenStart, index).reverse()) {
      const side = mention.entity === undefined ? undefined : sideOf(mention.entity);
      if (side !== undefined && !sides.has(side)) sides.set(side, mention.entity!);
      if (sides.size === 2) return [...sides.values()];
    }
    // Further back only where the article has named just two of that kind before: "Die beiden Staatsführer" long after
    // Xi Jinping's meeting with Erdoğan, with no other person named.
    for (const mention of compiled.index.within(0, firstSentence.tokenStart).reverse()) {
      const side = mention.entity === undefined ? undefined : sideOf(mention.entity);
      if (side !== undefined && !sides.has(side)) sides.set(side, mention.entity!);
      if (sides.size > 2) return undefined;
    }
    return sides.size === 2 ? [...sides.values()] : undefined;
  }
  return undefined;
}

/**
 * The part of a genitive phrase at `phraseStart` that ends the prepositional phrase right after the noun at
 * `nounIndex`, when that phrase's preposition gives a target and holds only its article, adjectives and one common
 * noun before it: "Luftangriff auf [ein mutmaßliches Lager] der Extremistenmiliz IS". Undefined otherwise.
 */
function roleOfGenitiveInPhraseAfter(doc: Doc, nounIndex: number, phraseStart: number, prepositionRoles: Record<string, ParticipantRole>, compiled: Compiled): ParticipantRole | undefined {
  const tokens = doc.tokens!;
  if (!compiled.lexicons.grammar.genitiveDeterminers.has(tokens[phraseStart].text.toLowerCase())) return undefined;
  const noun = targetPhraseNoun(doc, nounIndex, phraseStart, prepositionRoles, compiled);
  return noun === phraseStart - 1 && compiled.lexicons.isNounOrCompound(tokens[noun].text) ? 'target' : undefined;
}

/**
 * The role of a genitive or von-phrase at `phraseStart` after the noun of a prepositional phrase that the verb's slots
 * name ("gegen aggressive Werbung [der Raiffeisen]", "gegen die Politik [von X]"): that preposition's role. Not after a
 * noun that names an event of its own ("gegen die Festnahme des Journalisten"), whose genitive is that event's, nor
 * after a role, whose holder is the one meant ("gegen den Chef der Partei HDP, Selahattin Demirtaş").
 */
function roleOfGenitiveInSlotPhrase(doc: Doc, phraseStart: number, segment: Segment, slotPrepositions: Readonly<Record<string, ParticipantRole>>, compiled: Compiled, nested = false): ParticipantRole | undefined {
  const tokens = doc.tokens!;
  const noun = phraseStart - 1;
  const opener = tokens[phraseStart].text.toLowerCase();
  if (noun <= segment.tokenStart || (!compiled.lexicons.grammar.genitiveDeterminers.has(opener) && opener !== 'von')) return undefined;
  const word = tokens[noun].text;
  if (!/^\p{Lu}/u.test(word) || compiled.index.at(noun) || !compiled.lexicons.isNounOrCompound(word) || compiled.triggers.noun(word) || compiled.lexicons.matchRole(word)) return undefined;
  let position = noun - 1;
  while (position > segment.tokenStart && (looksLikeInflectedAdjective(tokens[position].text) || compiled.lexicons.grammar.determinerCases.has(tokens[position].text.toLowerCase())) && !compiled.lexicons.grammar.prepositions.has(tokens[position].text.toLowerCase())) position--;
  // "gegen die Bildungspolitik der Regierung von X": the noun may itself be the genitive of the phrase's noun, once.
  if (!nested && slotPrepositions[tokens[position].text.toLowerCase()] === undefined && position + 1 < noun) {
    return roleOfGenitiveInSlotPhrase(doc, position + 1, segment, slotPrepositions, compiled, true);
  }
  return slotPrepositions[tokens[position].text.toLowerCase()];
}

/** Articles and adjectives a target phrase may hold before its noun: "auf ein mutmaßliches Lager". */
const targetPhraseReach = 4;

/**
 * The noun of the phrase right after the event noun at `nounIndex` whose preposition gives a target, with only its
 * article and adjectives before it, before token `end`: "Luftangriff auf ein mutmaßliches [Lager]". A capitalised word
 * that no mention covers; undefined otherwise.
 */
function targetPhraseNoun(doc: Doc, nounIndex: number, end: number, prepositionRoles: Record<string, ParticipantRole>, compiled: Compiled): number | undefined {
  const tokens = doc.tokens!;
  if (prepositionRoles[tokens[nounIndex + 1]?.text.toLowerCase() ?? ''] !== 'target') return undefined;
  for (let position = nounIndex + 2; position < end && position <= nounIndex + 2 + targetPhraseReach; position++) {
    const word = tokens[position].text;
    if (compiled.lexicons.grammar.determinerCases.has(word.toLowerCase()) || looksLikeInflectedAdjective(word)) continue;
    return /^\p{Lu}/u.test(word) && !compiled.index.at(position) ? position : undefined;
  }
  return undefined;
}

/** A word of a prepositional or noun phrase: a preposition, a determiner, a capitalised word or an adjective. */
function isPhraseWord(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  return lexicons.grammar.prepositions.has(lower) || lexicons.grammar.determinerCases.has(lower) || /^\p{Lu}/u.test(word) || (looksLikeInflectedAdjective(word) && !lexicons.grammar.auxiliaries.has(lower));
}

/**
 * The position of the first word before the noun at `nounIndex` that is no adjective of it (its determiner or
 * preposition, typically), or the clause's first word.
 */
function beforeAdjectives(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): number {
  const tokens = doc.tokens!;
  let position = nounIndex - 1;
  while (position > segment.tokenStart && looksLikeInflectedAdjective(tokens[position].text) && !lexicons.grammar.determinerCases.has(tokens[position].text.toLowerCase())) position--;
  return position;
}

/** Whether `[from, to)` holds one or two prepositional phrases and nothing else: "wegen Verhetzung", "wegen Betrugs in Wien". */
function phrasesOnlyBetween(doc: Doc, from: number, to: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (to - from > 8 || !lexicons.grammar.prepositions.has(tokens[from]?.text.toLowerCase() ?? '')) return false;
  for (let position = from; position < to; position++) {
    if (!isPhraseWord(tokens[position].text, lexicons)) return false;
  }
  return true;
}

/**
 * Whether a common noun, in no prepositional phrase and not opening the clause, stands right before the genitive
 * phrase at `phraseStart`: "hatte [Stellungen] der YPG beschossen".
 */
/**
 * Whether the word before the genitive at `phraseStart` is a body of members ("Vertreter") or a role noun in the
 * plural ("die Unterhändler"), not one person ("den Chef der SPD": the party is his, no party to the act).
 */
function isMembersNounBefore(doc: Doc, phraseStart: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const word = tokens[phraseStart - 1]?.text ?? '';
  const head = word.slice(word.lastIndexOf('-') + 1);
  if (compiled.lexicons.isBodyNoun(word)) return true;
  const role = compiled.lexicons.matchRole(head);
  if (!role || roleSex(role) === 'f') return false;
  let determiner = phraseStart - 2;
  while (determiner >= 0 && looksLikeInflectedAdjective(tokens[determiner].text) && !compiled.lexicons.grammar.determinerCases.has(tokens[determiner].text.toLowerCase())) determiner--;
  return tokens[determiner]?.text.toLowerCase() === 'die';
}

function isObjectNounBefore(doc: Doc, phraseStart: number, segment: Segment, compiled: Compiled): boolean {
  const noun = phraseStart - 1;
  if (noun <= segment.tokenStart) return false;
  const word = doc.tokens![noun].text;
  if (!/^\p{Lu}/u.test(word) || compiled.index.at(noun) || !compiled.lexicons.isNounOrCompound(word)) return false;
  let start = noun;
  while (start - 1 > segment.tokenStart && (looksLikeInflectedAdjective(doc.tokens![start - 1].text) || compiled.lexicons.grammar.determinerCases.has(doc.tokens![start - 1].text.toLowerCase()))) start--;
  if (start === segment.tokenStart) return false;
  return !compiled.lexicons.grammar.prepositions.has(doc.tokens![start - 1].text.toLowerCase()) && !compiled.lexicons.grammar.prepositions.has(doc.tokens![start].text.toLowerCase());
}

/**
 * Whether the phrase at `phraseStart` is the second conjunct of a genitive attribute that opens right after the noun at
 * `nounIndex`: "Appelle [des Frauenzentrums] und [seiner Gründerin …]". Between them only nouns and adjectives.
 */
function conjoinedToGenitiveAfter(doc: Doc, nounIndex: number, phraseStart: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const coordinator = phraseStart - 1;
  if (coordinator <= nounIndex + 2 || !lexicons.grammar.coordinators.has(tokens[coordinator].text)) return false;
  if (!lexicons.grammar.genitiveDeterminers.has(tokens[nounIndex + 1].text.toLowerCase())) return false;
  for (let index = nounIndex + 2; index < coordinator; index++) {
    const word = tokens[index].text;
    if (!/^\p{Lu}/u.test(word) && !looksLikeInflectedAdjective(word)) return false;
  }
  return /^\p{Lu}/u.test(tokens[coordinator - 1].text);
}

/**
 * Whether the clause counts people: a number (digits or grammar `countWords`) before a person noun (grammar
 * `personNouns` and `countedPersonNouns`: "drei Personen", "rund 2000 Menschen"). That tells of one occurrence, not a
 * general claim; counts of anything else ("73 Prozent") say nothing of it.
 */
function countsPeople(doc: Doc, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  for (let index = segment.tokenStart; index + 1 < segment.tokenEnd; index++) {
    const noun = tokens[index + 1].text;
    const count = tokens[index].text;
    const counts = /^\d[\d.,]*$/.test(count) || lexicons.grammar.countWords.has(count.toLowerCase());
    if (counts && (isPersonNoun(noun, lexicons) || lexicons.grammar.countedPersonNouns.has(noun.toLowerCase()))) return true;
  }
  return false;
}

/** The last colon of the segment's sentence before the segment, or -1. */
function lastColonBefore(doc: Doc, segment: Segment): number {
  const tokens = doc.tokens!;
  for (let index = segment.tokenStart - 1; index >= doc.sentences![segment.sentence].tokenStart; index--) if (tokens[index].text === ':') return index;
  return -1;
}

/**
 * Whether a zu-infinitive follows the verb in its clause: "zu scheitern", or a particle verb with "zu" inside
 * ("abzutreiben", "einzustürzen").
 */
/**
 * Whether a zu-infinitive clause follows the verb at `verbIndex` after a comma, past up to two words that close the
 * verb's own clause: "bestritt, … genommen zu haben", "bestreitet jedoch, daran beteiligt gewesen zu sein".
 */
function zuInfinitiveClauseAfter(doc: Doc, verbIndex: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const sentenceEnd = doc.sentences![tokens[verbIndex].sentence].tokenEnd;
  let comma = verbIndex + 1;
  while (comma < sentenceEnd && comma <= verbIndex + 3 && tokens[comma].text !== ',') comma++;
  if (tokens[comma]?.text !== ',' || comma >= sentenceEnd) return false;
  let end = comma + 1;
  while (end < sentenceEnd && tokens[end].kind !== 'punct') end++;
  return hasZuInfinitiveAfter(doc, comma, { sentence: tokens[verbIndex].sentence, tokenStart: comma + 1, tokenEnd: end }, lexicons);
}

function hasZuInfinitiveAfter(doc: Doc, verbIndex: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const infinitive = /^\p{Ll}+(?:en|ern|eln)$/u;
  for (let index = verbIndex + 1; index < segment.tokenEnd; index++) {
    const word = tokens[index].text;
    if (word === 'zu' && infinitive.test(tokens[index + 1]?.text ?? '') && index + 1 < segment.tokenEnd) return true;
    const inner = word.indexOf('zu', 1);
    if (inner > 0 && infinitive.test(word) && lexicons.grammar.separableParticles.has(word.slice(0, inner))) return true;
  }
  // Verb-final: the zu-infinitive right before the verb ("…, die unter das Gesetz zu fallen drohen").
  const before = tokens[verbIndex - 1];
  return verbIndex - 2 >= segment.tokenStart && tokens[verbIndex - 2].text === 'zu' && infinitive.test(before.text);
}

/**
 * Whether the trigger is a bare participle ("gefordert", not "geforderte") in a clause with a form of "sein" and
 * without "worden", which makes it the act again ("ist gefordert worden").
 */
function isStateWithSein(doc: Doc, hit: TriggerHit, segment: Segment, lexicons: CompiledLexicons): boolean {
  if (hit.isNoun || !isParticiple(doc.tokens![hit.tokenIndex].text, hit.trigger)) return false;
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  return words.some((word) => lexicons.grammar.seinForms.has(word)) && !words.includes('worden');
}

/**
 * For a relative clause opened by a pronoun that may be nominative (", der …"), what the pronoun stands for: the word
 * right before the comma, with its mention when it is part of a name. Undefined for other clauses.
 */
function relativeAntecedent(doc: Doc, segment: Segment, compiled: Compiled): { mention?: Mention; head?: number } | undefined {
  const tokens = doc.tokens!;
  const sentenceStart = doc.sentences![segment.sentence].tokenStart;
  if (segment.tokenStart === sentenceStart || !segment.subordinator || !compiled.lexicons.grammar.nominativeRelativePronouns.has(segment.subordinator) || tokens[segment.tokenStart - 1]?.text !== ',') return undefined;
  const before = segment.tokenStart - 2;
  if (before < sentenceStart || tokens[before].kind !== 'word') return undefined;
  const mention = compiled.index.at(before);
  // The pronoun agrees with a person's role noun: "den Bürgermeister, die Oppositionsparteien …" has no relative
  // clause ("die" is a determiner here), "die Ministerin, der …" none either.
  const roleTitle = mention?.role?.title ?? mention?.appositiveRole?.title;
  const role = roleTitle ? compiled.lexicons.matchRole(roleTitle.replace(/^.*-/, '')) : undefined;
  if (role) {
    // "der Vorsitzende, die …" and "die Vorsitzende, der …": an adjectival role's -e form agrees with either.
    const sex = roleSex(role);
    if ((segment.subordinator === 'die' && sex === 'm') || (segment.subordinator === 'der' && sex === 'f')) return undefined;
  }
  // A common noun before the comma, or before a place's phrase there ("der UNO-Botschafter in Genf, der …", "der
  // Bürgermeister von Riga, der …"), heads the antecedent that no name fills.
  // Only after "der", which agrees with a masculine head but not with a country ("Premierminister von Norwegen, das …").
  const placePhrase =
    segment.subordinator === 'der' && mention?.label === 'LOC' && mention.tokenStart - 2 >= sentenceStart && ['in', 'von'].includes(tokens[mention.tokenStart - 1].text) ? mention.tokenStart - 2 : undefined;
  const head = placePhrase ?? (mention?.entity ? undefined : before);
  const headWord = head !== undefined ? tokens[head].text : '';
  const commonHead = head !== undefined && /^\p{Lu}/u.test(headWord) && !compiled.index.at(head)?.entity && compiled.lexicons.isNounOrCompound(headWord) ? head : undefined;
  if (placePhrase !== undefined && commonHead !== undefined) return { head: commonHead };
  return { mention: mention?.entity ? mention : undefined, head: commonHead };
}

/**
 * Whether the clause is a relative clause whose pronoun is its subject: "der" after a man or a masculine role noun, "die"
 * with a singular verb after a woman or a feminine role noun.
 */
function relativePronounIsSubject(doc: Doc, segment: Segment, compiled: Compiled, singularVerb = false): boolean {
  // "Bürgermeisterin Anna Ozola, die Estland kritisiert hatte": after a woman, "die" with a singular verb is as much
  // the nominative (the unmarked order puts the relative pronoun's subject first).
  const sex = segment.subordinator === 'der' ? 'm' : segment.subordinator === 'die' && singularVerb ? 'f' : undefined;
  if (!sex) return false;
  const antecedent = relativeAntecedent(doc, segment, compiled);
  if (!antecedent) return false;
  if (antecedent.mention?.entity) return compiled.persons.has(antecedent.mention.entity) && compiled.sexOfPerson(antecedent.mention.entity) === sex;
  const role = antecedent.head !== undefined ? compiled.lexicons.matchRole(doc.tokens![antecedent.head].text) : undefined;
  return role !== undefined && roleSex(role) === sex;
}

/**
 * A relative clause opened by a preposition and a relative pronoun after a comma ("der Antrag, in dem …", "Webber,
 * mit dem …", or after the verb: "einen Antrag unterstützten, in dem …"): its preposition and the mention right before
 * the comma. Not a PP opening another kind of clause: before a common noun or an adjective the pronoun is an article
 * ("nach der Wahl", "mit den Gläubigern"), and a zu-infinitive has none.
 */
function prepositionalRelative(doc: Doc, segment: Segment, compiled: Compiled): { preposition: string; antecedent?: Mention } | undefined {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  const comma = segment.tokenStart - 1;
  if (tokens[comma]?.text !== ',' || segment.tokenStart + 2 >= segment.tokenEnd) return undefined;
  const preposition = tokens[segment.tokenStart].text.toLowerCase();
  if (!lexicons.grammar.prepositions.has(preposition) || !lexicons.grammar.relativePronouns.has(tokens[segment.tokenStart + 1].text.toLowerCase())) return undefined;
  const after = tokens[segment.tokenStart + 2].text;
  const article = (/^\p{Lu}/u.test(after) && lexicons.isNounOrCompound(after)) || (looksLikeInflectedAdjective(after) && !lexicons.grammar.determinerCases.has(after));
  if (article) return undefined;
  // "…, mit der SPÖ zu verhandeln": a zu-infinitive clause, its "der" an article.
  if (tokens[segment.tokenEnd - 2]?.text === 'zu' || endsInZuInfinitive(doc, segment, lexicons)) return undefined;
  const mention = compiled.index.at(comma - 1);
  return { preposition, antecedent: mention?.entity ? mention : undefined };
}

/** Pronouns that name a partner after "mit": "habe mit ihm gesprochen". */
const partnerPronouns = new Set(['ihm', 'ihr', 'ihnen']);
/** How far after "mit" its noun may stand: "mit dem zuständigen Ministerium". */
const partnerPhraseReach = 4;

/**
 * Whether the event noun can be what a reacting verb is about: no reacting event itself, and in no phrase but the
 * object's or a "zu" phrase ("rief zu Verhandlungen auf"); "bei der Sondersitzung", "im Vorfeld der Tagung" are settings.
 */
function isObjectEvent(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled, prepositions?: ReadonlySet<string>): boolean {
  if (compiled.reactingTypes.has(hit.trigger.type)) return false;
  const preposition = governingPreposition(doc, hit.tokenIndex, segment, compiled.lexicons);
  // A requested act is another's ("ersuchte Estland um die Festnahme"), a requested meeting one the clause's parties
  // hold together ("bat Präsident X um ein Treffen"): it keeps them.
  return preposition === undefined || (prepositions ?? (hit.trigger.symmetric ? objectEventPrepositions : requestedEventPrepositions)).has(preposition);
}

/** Prepositions whose phrase names what an appeal asks for: "rief zu Verhandlungen auf", "forderte zum Rücktritt auf". */
const objectEventPrepositions = new Set(['zu', 'zum', 'zur']);

/** And those of a request: "ersuchte um seine Festnahme", "bat Präsident X um ein Treffen". */
const requestedEventPrepositions = new Set([...objectEventPrepositions, 'um']);

/**
 * Whether a verb in the clause asks for or reacts to the event the noun names (a trigger of an `objectEventOfOthers`
 * type: "forderte eine Untersuchung", "rief zu Verhandlungen auf", "verurteilte den Anschlag"). A noun in another phrase
 * is the setting ("bei der Sondersitzung").
 */
function objectEventOfOthers(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled): boolean {
  return reactionToObjectEvent(doc, hit, segment, compiled) !== undefined;
}

/**
 * Whether a verb of the clause asks for the event the noun names (event-types.json `asksForObjectEvent`); not for a
 * noun in the genitive of another ("forderte eine Untersuchung des Angriffs": the attack happened).
 */
function askingVerbOf(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled): number | undefined {
  const tokens = doc.tokens!;
  const start = beforeAdjectives(doc, hit.tokenIndex, segment, compiled.lexicons);
  const genitive = compiled.lexicons.grammar.genitiveDeterminers.has(tokens[start]?.text.toLowerCase() ?? '') && start - 1 >= segment.tokenStart && /^\p{Lu}/u.test(tokens[start - 1].text);
  if (genitive) return undefined;
  const reaction = reactionToObjectEvent(doc, hit, segment, compiled, requestedEventPrepositions);
  if (reaction === undefined || reaction === 'attitude' || !compiled.askingTypes.has(reaction.trigger.type)) return undefined;
  // A verb, not a noun of asking ("trotz Aufrufen zur Ruhe kam es zu Demonstrationen").
  return /^\p{Ll}/u.test(tokens[reaction.tokenIndex].text) || reaction.tokenIndex === doc.sentences![segment.sentence].tokenStart ? reaction.tokenIndex : undefined;
}

/**
 * "forderte den Rückzug der PKK-Kämpfer", "verlangte eine Entschuldigung der Türkei": a demand or appeal that names no
 * target is addressed to the one who is to perform the act it asks for, that act's source. Not its own source, nor
 * the one an act is done to ("die Freilassung des Journalisten").
 */
function addressAskedActors(askedFor: ReadonlyMap<DocEvent, number>, sentenceEvents: readonly DocEvent[], tokens: readonly Token[]): void {
  for (const [asked, verbIndex] of askedFor) {
    const asking = sentenceEvents.find((event) => event.trigger.start === tokens[verbIndex].start);
    if (!asking || asking.participants.some((participant) => participant.role === 'target')) continue;
    const performers = asked.participants.filter((participant) => participant.role === 'source' && !asking.participants.some((own) => own.entity === participant.entity));
    asking.participants.push(...performers.map((participant) => ({ entity: participant.entity, role: 'target' as const })));
  }
}

/**
 * Whether the clause that governs a zu-infinitive holds a verb of asking (a trigger of an event-types.json
 * `asksForObjectEvent` type): "hatte Südafrika aufgerufen, …", "forderte Estland auf, …", "verlangte, …"; or an
 * object-control verb that asks (cues `asks`: "empfiehlt seinem Volk, …").
 */
function governedByAskingVerb(doc: Doc, segment: Segment, governing: Segment | undefined, compiled: Compiled): boolean {
  if (!governing || governing.sentence !== segment.sentence) return false;
  if (objectControlIn(wordsOf(doc, governing.tokenStart, governing.tokenEnd), compiled.cues)?.asks) return true;
  const tokens = doc.tokens!;
  const sentence = doc.sentences![segment.sentence];
  const sentenceWords = () => wordsOf(doc, sentence.tokenStart, sentence.tokenEnd);
  for (let index = governing.tokenStart; index < governing.tokenEnd; index++) {
    const word = tokens[index].text;
    if (!/^\p{Ll}/u.test(word) && index !== sentence.tokenStart) continue;
    if (compiled.triggers.verbForm(word).some((verbHit) => compiled.askingTypes.has(verbHit.trigger.type) && requiredContextHolds(verbHit.trigger, sentenceWords))) return true;
  }
  return false;
}

/**
 * The verb that asks for or reacts to the event the noun names ("attitude" for a verb of grammar `eventAttitudeVerbs`),
 * or undefined; see `objectEventOfOthers`.
 */
function reactionToObjectEvent(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled, prepositions?: ReadonlySet<string>): { trigger: TriggerEntry; tokenIndex: number } | 'attitude' | undefined {
  if (!isObjectEvent(doc, hit, segment, compiled, prepositions)) return undefined;
  const tokens = doc.tokens!;
  const words = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
  const sentence = doc.sentences![segment.sentence];
  const sentenceWords = () => wordsOf(doc, sentence.tokenStart, sentence.tokenEnd);
  // "werden" with an infinitive closing the clause is the future ("Wir werden diesen Angriff nicht hinnehmen").
  const closing = tokens[lastWordIndex(doc, segment)]?.text.toLowerCase() ?? '';
  const futureInfinitive = /en$/.test(closing) && !closing.startsWith('ge') && !compiled.cues.strongParticiple.test(closing);
  const passive = words.some((word) => (compiled.cues.future.has(word) && !futureInfinitive) || compiled.lexicons.grammar.seinForms.has(word));
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    if (index === hit.tokenIndex) continue;
    // "Die HDP befürchtet die Festnahme von Abgeordneten": fearing, expecting or preventing an event is no doing it
    // (grammar `eventAttitudeVerbs`, stems of verbs in lower case). In the passive the subject is the one expected to
    // act: "Obama wird zu einem Besuch in Hanoi erwartet".
    const word = tokens[index].text;
    if (!passive && /^\p{Ll}/u.test(word) && compiled.lexicons.grammar.eventAttitudeVerbs.some((stem) => word.startsWith(stem))) return 'attitude';
    // A verb that reacts only in a phrase ("macht … verantwortlich") needs the phrase's word: "macht ein Angebot" does not.
    const reacting = compiled.triggers.verbForm(word).find((verbHit) => compiled.reactingTypes.has(verbHit.trigger.type) && requiredContextHolds(verbHit.trigger, sentenceWords));
    if (!reacting) continue;
    // "mit international scharf kritisierten Luftangriffen": an attributive participle describes a noun; it is no
    // verb of the clause.
    if (isAttributiveHere(doc, index, reacting.trigger, segment, compiled.lexicons)) continue;
    // "Holmes ist des Mordes angeklagt", "Russland wurde für die Angriffe kritisiert": the subject of a passive reaction
    // is the one accused or criticised, who did what the noun names.
    if (passive && isParticiple(tokens[index].text, reacting.trigger)) return undefined;
    return { trigger: reacting.trigger, tokenIndex: index };
  }
  return undefined;
}

/** The speaker label opening the sentence ("Poposki: …", "STANDARD: …"), if a linked mention is one. */
function speakerLabelOf(doc: Doc, sentenceIndex: number, compiled: Compiled): Mention | undefined {
  const sentence = doc.sentences![sentenceIndex];
  return compiled.index.within(sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + 4)).find((mention) => mention.tokenStart === sentence.tokenStart && isSpeakerLabel(doc, mention));
}

/**
 * For each sentence of the paper's turns in an interview ("STANDARD: Gestern trafen Sie …"), the person it addresses:
 * the one whose speaker label came last before, else the first after.
 */
function interviewees(doc: Doc, compiled: Compiled): Map<number, string> {
  const labels: { sentence: number; entity: string | undefined }[] = [];
  const tokens = doc.tokens!;
  doc.sentences!.forEach((sentence, index) => {
    const label = speakerLabelOf(doc, index, compiled);
    // The paper's label need not be a name the article links: "STANDARD:", "Frage:".
    const unnamed = !label && /^\p{Lu}/u.test(tokens[sentence.tokenStart].text) && tokens[sentence.tokenStart + 1]?.text === ':' && tokens[sentence.tokenStart + 1].sentence === index;
    if (label || unnamed) labels.push({ sentence: index, entity: label?.label === 'PER' ? label.entity : undefined });
  });
  const addressees = new Map<number, string>();
  if (!labels.some((label) => label.entity) || !labels.some((label) => !label.entity)) return addressees;
  labels.forEach((label, position) => {
    if (label.entity) return;
    const before = labels.slice(0, position).findLast((other) => other.entity)?.entity;
    const person = before ?? labels.slice(position + 1).find((other) => other.entity)?.entity;
    const end = labels[position + 1]?.sentence ?? doc.sentences!.length;
    if (person) for (let sentence = label.sentence; sentence < end; sentence++) addressees.set(sentence, person);
  });
  return addressees;
}

/** The entity of each knowledge or place key the article's linked mentions and entities carry. */
function entitiesByKey(doc: Doc): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const mention of doc.mentions ?? []) if (mention.key && mention.entity && !byKey.has(mention.key)) byKey.set(mention.key, mention.entity);
  for (const entity of doc.entities ?? []) if (entity.knowledgeId && !byKey.has(entity.knowledgeId)) byKey.set(entity.knowledgeId, entity.id);
  // A government the article names only by its seat ("der Kreml") is that country's government too.
  for (const entity of doc.entities ?? []) if (entity.rule === 'metonym-government' && entity.country && !byKey.has(`government:${entity.country}`)) byKey.set(`government:${entity.country}`, entity.id);
  return byKey;
}

/**
 * The subject a demonstrative pronoun right after a subordinator stands for, with no noun after it ("…, solange diese
 * mit … spricht"): the last participant named before it in the sentence, if any.
 */
function demonstrativeSubject(doc: Doc, segment: Segment, compiled: Compiled): { entity?: string } | undefined {
  const pronoun = segment.tokenStart + 1;
  if (segment.subordinator === undefined || !isDemonstrativePronoun(doc, pronoun, compiled)) return undefined;
  return { entity: lastNamedBefore(doc, pronoun, compiled, () => false) };
}

/**
 * The entity a demonstrative pronoun in the verb's clause stands for as its object, not after the subordinator where it
 * is the subject ("…, der … diesen mehrfach kritisiert hatte"): the last one named before it that `takesPart` rejects.
 */
function demonstrativeObject(doc: Doc, verbIndex: number, segment: Segment, compiled: Compiled, takesPart: (entity: string) => boolean): string | undefined {
  const start = segment.subordinator !== undefined ? segment.tokenStart + 2 : segment.tokenStart + 1;
  for (let index = start; index < segment.tokenEnd; index++) {
    if (index !== verbIndex && isDemonstrativePronoun(doc, index, compiled)) return lastNamedBefore(doc, index, compiled, takesPart);
  }
  return undefined;
}

/**
 * The person an object pronoun of the clause (grammar `objectPronouns`) stands for: not after a preposition ("mit
 * ihm"), nor before a postposition ("ihm zufolge"); the last person of its sex named before the clause who takes no part
 * in the act yet, unless the text brought in someone else of that sex since.
 */
function personalObject(doc: Doc, verbIndex: number, segment: Segment, compiled: Compiled, takesPart: (entity: string) => boolean): { entity: string; mention: Mention } | undefined {
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    const sex = grammar.objectPronouns.get(tokens[index].text.toLowerCase());
    if (sex === undefined || index === verbIndex) continue;
    const before = tokens[index - 1]?.text.toLowerCase() ?? '';
    const after = tokens[index + 1]?.text.toLowerCase() ?? '';
    if ((index > segment.tokenStart && grammar.prepositions.has(before)) || grammar.postpositions.has(after)) return undefined;
    const fits = (mention: Mention) => !takesPart(mention.entity!) && (compiled.sexOfPerson(mention.entity!) ?? sex) === sex;
    const person = compiled.index.lastPersonBefore(tokens[index].start, fits);
    if (!person || someoneElseIntroduced(doc, person, segment.tokenStart, sex, compiled)) return undefined;
    // "lobte den Plan. X lobte ihn auch": a thing's noun of that gender named since may be what the pronoun means.
    if (sex === 'm' && masculineThingBetween(doc, person.tokenEnd, index, compiled)) return undefined;
    return { entity: person.entity!, mention: referringMention(tokens[index], person.entity!, 'PER', 'pronoun-object-person', 0.6) };
  }
  return undefined;
}

/**
 * Whether a noun phrase of a thing that may be masculine stands in `[from, to)`, as a subject or object (no preposition
 * before its determiner, grammar `masculineArgumentDeterminers`): a common noun, no person's or role's, no time's, in
 * no mention.
 */
function masculineThingBetween(doc: Doc, from: number, to: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  for (let index = from; index < to; index++) {
    const lower = tokens[index].text.toLowerCase();
    if (!lexicons.grammar.masculineArgumentDeterminers.has(lower) || lexicons.grammar.prepositions.has(tokens[index - 1]?.text.toLowerCase() ?? '')) continue;
    let noun = index + 1;
    while (noun < to && looksLikeInflectedAdjective(tokens[noun].text)) noun++;
    const word = tokens[noun]?.text ?? '';
    if (noun >= to || !/^\p{Lu}/u.test(word) || compiled.index.at(noun) || isTimeNoun(word, lexicons)) continue;
    if (lexicons.matchRole(word) || lexicons.grammar.personNouns.has(word.toLowerCase()) || lexicons.grammar.singularPersonNouns.has(word.toLowerCase())) continue;
    if (lexicons.isNounOrCompound(word)) return true;
  }
  return false;
}

/** A demonstrative of grammar `demonstrativePronouns` with no noun or adjective after it: a pronoun, no determiner. */
function isDemonstrativePronoun(doc: Doc, index: number, compiled: Compiled): boolean {
  const tokens = doc.tokens!;
  const next = tokens[index + 1]?.text ?? '';
  return compiled.lexicons.grammar.demonstrativePronouns.has(tokens[index]?.text ?? '') && !/^\p{Lu}/u.test(next) && !looksLikeInflectedAdjective(next);
}

/** The last participant-type entity named in the sentence before token `index` that `skip` does not reject. */
function lastNamedBefore(doc: Doc, index: number, compiled: Compiled, skip: (entity: string) => boolean): string | undefined {
  const sentenceStart = doc.sentences![doc.tokens![index].sentence].tokenStart;
  return compiled.index
    .within(sentenceStart, index)
    .filter((mention) => mention.entity && !compiled.nonParticipants.has(mention.entity) && !skip(mention.entity))
    .at(-1)?.entity;
}

/** Whether the noun at `nounIndex` stands in an attribution phrase of one word: "laut der Studie", "dem Bericht zufolge". */
function isAttributionSource(doc: Doc, nounIndex: number, segment: Segment, compiled: Compiled): boolean {
  const single = compiled.cues.attributionPhrases.single;
  return single.has(governingPreposition(doc, nounIndex, segment, compiled.lexicons) ?? '') || single.has(doc.tokens![nounIndex + 1]?.text.toLowerCase() ?? '');
}

/**
 * The country entity of a nationality adjective among the adjectives right before the noun at `nounIndex` ("die
 * jüngsten türkischen Angriffe"), where the article names that country, or else its government.
 */
function countryOfAdjectiveBefore(doc: Doc, nounIndex: number, segment: Segment, compiled: Compiled): string | undefined {
  const tokens = doc.tokens!;
  for (let index = nounIndex - 1; index >= segment.tokenStart && /^\p{Ll}/u.test(tokens[index].text) && looksLikeInflectedAdjective(tokens[index].text); index--) {
    const adjective = compiled.lexicons.adjectiveCountry(tokens[index].text);
    // The country, else its government ("Moskau", "der Kreml" in actor position).
    if (adjective) return compiled.entityByKey.get(adjective.placeId) ?? compiled.entityByKey.get(`government:${adjective.country}`);
  }
  return undefined;
}

/**
 * Whether a genitive of a common noun for people follows the noun at `nounIndex`, adjectives between, and no name:
 * "einer Demonstration der rechten Identitären", "der Angriff der Rebellen".
 */
function unnamedGenitiveAfter(doc: Doc, nounIndex: number, segment: Segment, compiled: Compiled): boolean {
  const { lexicons } = compiled;
  const index = genitiveNounAfter(doc, nounIndex, segment, lexicons);
  if (index === undefined || compiled.index.at(index)) return false;
  const word = doc.tokens![index].text;
  // A capitalised adjective stands for people too: "der Identitären", "der Aufständischen".
  const nominalisedAdjective = /^\p{Lu}\p{Ll}+(?:en|er)$/u.test(word) && looksLikeInflectedAdjective(word.toLowerCase()) && !lexicons.isNounOrCompound(word);
  return isPersonNoun(word, lexicons) || lexicons.actorCodes.ofNoun(word) !== undefined || nominalisedAdjective;
}

/** The capitalised word of a genitive phrase right after the noun at `nounIndex`, past adjectives: its index. */
function genitiveNounAfter(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  const tokens = doc.tokens!;
  if (!lexicons.grammar.genitiveDeterminers.has(tokens[nounIndex + 1]?.text.toLowerCase() ?? '')) return undefined;
  let index = nounIndex + 2;
  while (index < segment.tokenEnd && /^\p{Ll}/u.test(tokens[index].text) && looksLikeInflectedAdjective(tokens[index].text)) index++;
  return index < segment.tokenEnd && /^\p{Lu}/u.test(tokens[index].text) ? index : undefined;
}

/**
 * The body noun of grammar `bodyNouns` ("Truppen", "PKK-Kämpfer") in a genitive right after the event noun at
 * `nounIndex`, with only adjectives between: its index, or undefined.
 */
function bodyInGenitiveAfter(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): number | undefined {
  const index = genitiveNounAfter(doc, nounIndex, segment, lexicons);
  const word = index !== undefined ? doc.tokens![index].text : '';
  // So is a role compound whose front names the body: "beim Treffen der EU-Innenminister".
  return index !== undefined && (lexicons.isBodyNoun(word) || (word.includes('-') && lexicons.matchRole(word) !== undefined)) ? index : undefined;
}

/**
 * The entities the front of a compound event noun names, where the article names them too: "die US-Luftangriffe", "der
 * PKK-Anschlag" (their agent), "der EU-Gipfel" (its participant), "beim FPÖ-Protest" (the protester). Only a country or
 * organisation in front of a violent act, and only an organisation in front of a meeting or protest, speaks for the
 * actor: a city in front is where ("die Paris-Anschläge"), a country in front of a meeting its subject ("die
 * Syrien-Konferenz"). A meeting's front of two parties joined by a hyphen, each a country or organisation, names both
 * ("des EU-Türkei-Gipfels", "das USA-China-Treffen"); so does one that is a person's surname the article names.
 */
function compoundFrontActors(doc: Doc, hit: TriggerHit, compiled: Compiled): string[] {
  const word = doc.tokens![hit.tokenIndex].text;
  const hyphen = word.lastIndexOf('-');
  if (!hit.isNoun || hyphen <= 0) return [];
  const violent = isViolent(hit.trigger);
  if (!violent && !hit.trigger.symmetric && !isProtest(hit.trigger)) return [];
  const front = word.slice(0, hyphen);
  const parts = front.split('-');
  // A meeting's front may name persons the article names: "beim Cameron-Gipfel", "das Merkel-Putin-Treffen".
  const partyOf = (part: string) => entityOfCompoundFront(part, compiled, true) ?? (hit.trigger.symmetric ? personOfSurname(doc, part) : undefined);
  if (hit.trigger.symmetric && parts.length === 2) {
    const parties = parts.map(partyOf);
    if (parties.every((party) => party !== undefined) && parties[0] !== parties[1]) return parties as string[];
  }
  const actor = entityOfCompoundFront(front, compiled, violent) ?? (hit.trigger.symmetric && parts.length === 1 ? personOfSurname(doc, front) : undefined);
  return actor ? [actor] : [];
}

/** The person of the article whose name ends in `surname` ("Cameron" for David Cameron), if exactly one. */
function personOfSurname(doc: Doc, surname: string): string | undefined {
  const persons = doc.entities!.filter((entity) => entity.type === 'PER' && entity.name.split(/\s+/).length > 1 && entity.name.split(/\s+/).at(-1) === surname);
  return persons.length === 1 ? persons[0].id : undefined;
}

/**
 * The entity of the article that a compound's front names: an organisation the knowledge file lists, or with
 * `countries` a country too ("US-", "PKK-").
 */
function entityOfCompoundFront(front: string, compiled: Compiled, countries: boolean): string | undefined {
  for (const target of compiled.lexicons.matchPhrase([front], 0)?.targets ?? []) {
    if (target.knowledge?.type !== 'ORG' && !(countries && target.place?.kind === 'country')) continue;
    const entity = compiled.entityByKey.get(target.knowledge?.id ?? target.place?.id ?? '');
    if (entity) return entity;
  }
  return undefined;
}

/**
 * The organisation the front of a compound common noun after the verb (or in `[from, to)`) names, where the article
 * names it: "greift Hamas-Trainingslager an", "bombardierte IS-Stellungen". Not a noun in a prepositional phrase.
 */
function compoundObjectFront(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled, from = hit.tokenIndex + 1, to = segment.tokenEnd, conjuncts = false): string | undefined {
  const tokens = doc.tokens!;
  for (let index = from; index < to; index++) {
    const word = tokens[index].text;
    const hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || compiled.index.at(index) || !/^\p{Lu}/u.test(word) || !compiled.lexicons.isNounOrCompound(word.slice(hyphen + 1))) continue;
    const start = beforeAdjectives(doc, index, segment, compiled.lexicons);
    const opener = tokens[start]?.text.toLowerCase() ?? '';
    const before = tokens[start - 1]?.text.toLowerCase() ?? '';
    const determiner = compiled.lexicons.grammar.determinerCases.has(opener);
    if (compiled.lexicons.grammar.prepositions.has(opener) || (determiner && compiled.lexicons.grammar.prepositions.has(before))) continue;
    // With `conjuncts`, not a later conjunct of a prepositional phrase either: "Bei Kämpfen von Armee und UN-Soldaten".
    if (conjuncts && inPrepositionalConjunct(doc, start, segment, compiled.lexicons)) continue;
    const entity = entityOfCompoundFront(word.slice(0, hyphen), compiled, false);
    if (entity) return entity;
  }
  return undefined;
}

/**
 * The organisation or country in front of a violent compound noun ("IS-Anschlag", "US-Luftangriff") that a preposition of
 * setting (grammar `settingPrepositions`) governs in the clause, before the trigger; undefined if none or several.
 */
function agentOfViolentSetting(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled): string | undefined {
  const tokens = doc.tokens!;
  const agents = new Set<string>();
  for (let index = segment.tokenStart; index < hit.tokenIndex; index++) {
    const word = tokens[index].text;
    const hyphen = word.lastIndexOf('-');
    if (hyphen <= 0 || compiled.index.at(index)) continue;
    const noun = compiled.triggers.noun(word);
    if (!noun || !isViolent(noun)) continue;
    const preposition = governingPreposition(doc, index, segment, compiled.lexicons);
    if (!compiled.lexicons.grammar.settingPrepositions.has(preposition ?? '')) continue;
    const agent = entityOfCompoundFront(word.slice(0, hyphen), compiled, true);
    if (agent) agents.add(agent);
  }
  return agents.size === 1 ? [...agents][0] : undefined;
}

/**
 * Whether the noun phrase that starts at `start` is a later conjunct of a prepositional phrase: walking left over
 * nouns, adjectives, determiners, numbers, coordinators and commas, a preposition comes first.
 */
function inPrepositionalConjunct(doc: Doc, start: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const isCount = (position: number) => tokens[position].kind === 'number' || lexicons.grammar.numberWords.has(tokens[position].text.toLowerCase());
  // The phrase's own determiner or count opens it ("… Sirnak 680 PKK-Kämpfer"); only a coordinator or comma before it
  // makes it a conjunct.
  const opener = lexicons.grammar.determinerCases.has(tokens[start].text.toLowerCase()) || isCount(start) ? start - 1 : start;
  const joiner = tokens[opener]?.text ?? '';
  if (opener < segment.tokenStart || (joiner !== ',' && !lexicons.grammar.coordinators.has(joiner.toLowerCase()))) return false;
  for (let position = opener - 1; position >= segment.tokenStart; position--) {
    const word = tokens[position].text;
    const lower = word.toLowerCase();
    if (lexicons.grammar.prepositions.has(lower)) return true;
    const phraseWord =
      lexicons.grammar.determinerCases.has(lower) || lexicons.grammar.coordinators.has(lower) || word === ',' || isCount(position) || /^\p{Lu}/u.test(word) || (looksLikeInflectedAdjective(word) && !lexicons.grammar.auxiliaries.has(lower));
    if (!phraseWord) return false;
  }
  return false;
}

/**
 * The organisation in front of the compound noun that ends the target phrase right after the event noun at
 * `nounIndex`, with only an article and adjectives between: "Luftangriffe auf mutmaßliche PKK-Stellungen".
 */
function compoundFrontInTargetPhrase(doc: Doc, nounIndex: number, segment: Segment, prepositionRoles: Record<string, ParticipantRole>, compiled: Compiled): string | undefined {
  const noun = targetPhraseNoun(doc, nounIndex, segment.tokenEnd, prepositionRoles, compiled);
  if (noun === undefined) return undefined;
  const word = doc.tokens![noun].text;
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && compiled.lexicons.isNounOrCompound(word.slice(hyphen + 1)) ? entityOfCompoundFront(word.slice(0, hyphen), compiled, false) : undefined;
}

/**
 * Whether a meeting, consultation or visit (CAMEO 04) told in the present names a day in its clause: "Der EU-Gipfel
 * findet am Donnerstag statt", "Am Dienstag kommen die Bewerber … zusammen", "beim Opec-Treffen am Freitag". News
 * tells what was done in the past tense, so such a meeting with its day lies ahead. Not where the clause holds a
 * past or perfect form (an auxiliary, grammar `strongPastForms`, a weak verb's "-te"), nor a day after a word of grammar
 * `dayOutsideWords`: one gone by or one that opens or closes a span ("am vergangenen Montag", "seit Montag", "bis zum
 * 24. März").
 */
/**
 * Whether a meeting, visit or talks noun (CAMEO 04) stands in the genitive of a phrase of the time just before it
 * (grammar `eveOfPhrases`): "im Vorfeld der Tagung", "vor Beginn des EU-Afrika-Gipfels". It lies ahead.
 */
function onEveOf(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled): boolean {
  if (!hit.isNoun || !/^04/.test(hit.trigger.cameo)) return false;
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  const opener = beforeAdjectives(doc, hit.tokenIndex, segment, compiled.lexicons);
  if (!grammar.genitiveDeterminers.has(tokens[opener]?.text.toLowerCase() ?? '')) return false;
  return grammar.eveOfPhrases.some((phrase) => phrase.every((word, offset) => {
    const token = tokens[opener - phrase.length + offset];
    return token !== undefined && token.sentence === tokens[hit.tokenIndex].sentence && token.text.toLowerCase() === word;
  }));
}

function dayAheadInPresent(doc: Doc, hit: TriggerHit, segment: Segment, compiled: Compiled): boolean {
  if (!/^04/.test(hit.trigger.cameo)) return false;
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  // "aus einem Mitschnitt einer Telefonkonferenz … am 16. Juli": a noun in another noun's genitive is that noun's
  // story, whatever the clause's tense.
  if (hit.isNoun) {
    const opener = beforeAdjectives(doc, hit.tokenIndex, segment, compiled.lexicons);
    const owner = tokens[opener - 1]?.text ?? '';
    if (grammar.genitiveDeterminers.has(tokens[opener]?.text.toLowerCase() ?? '') && /^\p{Lu}/u.test(owner) && compiled.lexicons.isNounOrCompound(owner) && !compiled.triggers.noun(owner)) return false;
  }
  let day = false;
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    const word = tokens[index].text;
    const lower = word.toLowerCase();
    // Capitalised inside the sentence it is a name or noun: "in Las Vegas" holds no "las".
    const verbCase = /^\p{Ll}/u.test(word) || index === doc.sentences![segment.sentence].tokenStart;
    if (verbCase && (grammar.perfectAuxiliaries.has(lower) || grammar.strongPastForms.has(lower))) return false;
    // A weak verb's past ("sagte Kerry", "lehnten"), not an adjective after an article or a preposition and before its
    // noun ("am späten Montagnachmittag").
    const before = tokens[index - 1]?.text.toLowerCase() ?? '';
    // Second in its clause it is the verb: "Das kündigte Vizekanzler X an".
    const attributive =
      index !== segment.tokenStart + 1 && /^\p{Lu}/u.test(tokens[index + 1]?.text ?? '') && (grammar.determinerCases.has(before) || grammar.prepositions.has(before));
    if (/^\p{Ll}{3,}te[nt]?$/u.test(word) && !attributive && !grammar.relativeDays.has(lower)) return false;
    // A strong verb's past after its separable particle: "zusammentrat".
    if ([...grammar.separableParticles].some((particle) => lower.length > particle.length + 2 && lower.startsWith(particle) && grammar.strongPastForms.has(lower.slice(particle.length)))) return false;
    const isDate = /^\d{1,2}\.$/.test(word) && compiled.timeWords.months.has(tokens[index + 1]?.text ?? '');
    if (weekdayOf(word, compiled.timeWords) === undefined && !isDate) continue;
    const previous = tokens[index - 1]?.text.toLowerCase() ?? '';
    if (grammar.dayOutsideWords.some((stem) => previous.startsWith(stem))) return false;
    day = true;
  }
  return day;
}

/** CAMEO's root 14: protests, demonstrations, strikes. */
function isProtest(trigger: TriggerEntry): boolean {
  return /^14/.test(trigger.cameo);
}

/** CAMEO's violent roots: 18 assault, 19 fight, 20 unconventional mass violence. */
function isViolent(trigger: TriggerEntry): boolean {
  return /^(?:18|19|20)/.test(trigger.cameo);
}

/**
 * Whether the noun at `nounIndex` opens its sentence after a determiner, with only adjectives or numbers between
 * ("Die beiden Anschläge auf …"). After a comma a determiner may be a relative pronoun, so only sentence openings count.
 */
function opensClause(doc: Doc, nounIndex: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const first = tokens[segment.tokenStart].text.toLowerCase();
  if (segment.tokenStart !== doc.sentences![segment.sentence].tokenStart || !lexicons.grammar.determinerCases.has(first)) return false;
  // "Seine Reden … hält Doskozil": a possessive points to the agent, named later in the clause.
  if (lexicons.grammar.possessiveDeterminers.has(first)) return false;
  for (let index = segment.tokenStart + 1; index < nounIndex; index++) {
    const word = tokens[index].text;
    if (!lexicons.grammar.determinerCases.has(word.toLowerCase()) && !looksLikeInflectedAdjective(word) && !/^\d/.test(word)) return false;
  }
  return true;
}

/**
 * Whether the preposition at `index` opens a phrase of the verb: a word follows that is no conjunction ("teilte … mit
 * und sprach": a particle), and no noun stands before it, which would take the phrase ("im Zusammenhang mit").
 */
function isPartnerPhrase(doc: Doc, index: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const next = tokens[index + 1];
  if (index + 1 >= segment.tokenEnd || next.kind !== 'word' || lexicons.grammar.coordinators.has(next.text.toLowerCase())) return false;
  const before = tokens[index - 1];
  return index === segment.tokenStart || before.kind !== 'word' || !/^\p{Lu}/u.test(before.text) || !lexicons.isNounOrCompound(before.text);
}

/**
 * The preposition governing the noun at `index`, with only determiners, adjectives and genitive names between ("in der
 * Familie", "am Rande des Umweltgipfels" → "am"), lower case; undefined when none does.
 */
/** A preposition, lower case, with its article taken off ("vom" → "von", grammar `contractedPrepositions`). */
function plainPreposition(preposition: string | undefined, lexicons: CompiledLexicons): string | undefined {
  const lower = preposition?.toLowerCase();
  return lower === undefined ? undefined : (lexicons.grammar.contractedPrepositions.get(lower) ?? lower);
}

function governingPreposition(doc: Doc, index: number, segment: Segment, lexicons: CompiledLexicons): string | undefined {
  const tokens = doc.tokens!;
  for (let position = index - 1; position >= segment.tokenStart; position--) {
    const lower = tokens[position].text.toLowerCase();
    // "…, um Gespräche zu führen": the "um" opening a purpose clause is its conjunction, no preposition of the noun.
    if (lower === 'um' && position === segment.tokenStart && endsInZuInfinitive(doc, segment, lexicons)) return undefined;
    if (lexicons.grammar.prepositions.has(lower)) return lower;
    // A noun with a genitive attribute after it ("Rande des …") belongs to the same phrase.
    const headOfGenitive = /^\p{Lu}/u.test(tokens[position].text) && /^(?:des|der)$/.test(tokens[position + 1]?.text ?? '');
    // A number counts the noun: "zu 48 Sitzungen".
    const numeral = /^\d[\d.,]*$/.test(lower);
    if (!lexicons.grammar.determinerCases.has(lower) && !looksLikeInflectedAdjective(tokens[position].text) && !headOfGenitive && !numeral) return undefined;
  }
  return undefined;
}

/**
 * Where the phrase of the noun at `index` ends: past the names, nouns, articles, adjectives, numbers, prepositions and
 * coordinators after it ("die Selbstmordattentate im Flughafen und in der U-Bahn am Dienstag voriger Woche"), before
 * the clause's verb or a comma.
 */
function nounPhraseEnd(doc: Doc, index: number, segment: Segment, lexicons: CompiledLexicons): number {
  const tokens = doc.tokens!;
  const { determinerCases, prepositions, coordinators } = lexicons.grammar;
  let end = index + 1;
  while (end < segment.tokenEnd) {
    const word = tokens[end].text;
    const lower = word.toLowerCase();
    const inPhrase = /^\p{Lu}/u.test(word) || /^\d/u.test(word) || determinerCases.has(lower) || prepositions.has(lower) || coordinators.has(lower) || looksLikeInflectedAdjective(word);
    if (!inPhrase || lexicons.grammar.auxiliaries.has(lower)) break;
    end++;
  }
  return end;
}

/** Whether the noun at `index` stands in a phrase of "zu" ("zum", "zur"). */
function isZuPhrase(doc: Doc, index: number, segment: Segment, lexicons: CompiledLexicons): boolean {
  const preposition = governingPreposition(doc, index, segment, lexicons);
  return preposition !== undefined && (lexicons.grammar.contractedPrepositions.get(preposition) ?? preposition) === 'zu';
}

/** Whether the event noun at `index` stands in a zu-phrase of its clause's object-control verb that asks (see the caller). */
function isInvitedTo(doc: Doc, index: number, segment: Segment, compiled: Compiled): boolean {
  if (!isZuPhrase(doc, index, segment, compiled.lexicons)) return false;
  const control = objectControlIn(wordsOf(doc, segment.tokenStart, segment.tokenEnd), compiled.cues);
  // A verb, not a noun of asking: "kam es trotz Aufrufen zur Ruhe zu weiteren Demonstrationen".
  return control?.asks === true && /^\p{Ll}/u.test(doc.tokens![segment.tokenStart + control.index].text);
}

/** A noun for people that is no office (grammar `personNouns`: "Gast", "Delegation"), alone or heading a compound. */
function isPersonNoun(word: string, lexicons: CompiledLexicons): boolean {
  const head = /^\p{Lu}/u.test(word) ? lexicons.commonNouns.compoundHead(word) : undefined;
  return lexicons.grammar.personNouns.has(word.toLowerCase()) || (head !== undefined && lexicons.grammar.personNouns.has(head.toLowerCase()));
}

/**
 * Whether a trigger that needs a partner (`needsPartner`) has one: a named one; a reciprocal word; a role,
 * institution or person noun (grammar `personNouns`: "Gast", "Delegation") that names no one, after the verb and in
 * no other phrase ("traf die Unterhändler der Regierung") or after "mit" ("will mit dem Bildungsministerium
 * sprechen"); a pronoun after "mit"; or a phrase of one of the trigger's `partnerPrepositions`.
 */
function hasPartner(doc: Doc, hit: TriggerHit, segment: Segment, found: ParticipantResult, compiled: Compiled): boolean {
  // Two names are two sides, even where both were read as the subject ("Der Bundespräsident traf Merkel und Gauck").
  if (found.partnerCount > 0 || found.participants.length > 1) return true;
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  const namesSomeone = (word: string) => lexicons.matchRole(word) !== undefined || lexicons.matchInstitution(word) !== undefined || isPersonNoun(word, lexicons);
  // The role in front of a participant's name belongs to that name ("spricht die EU-Abgeordnete Julia Reda"): no
  // partner of its own.
  const participating = new Set(found.participants.map((participant) => participant.entity));
  const rolePhrases = compiled.index
    .within(segment.tokenStart, segment.tokenEnd)
    .flatMap((mention) => (mention.appositiveRole && mention.entity && participating.has(mention.entity) ? [mention.appositiveRole.span] : []));
  const inRolePhrase = (index: number) => rolePhrases.some((span) => span.start <= tokens[index].start && tokens[index].end <= span.end);
  let afterMit = -1;
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    const word = tokens[index].text;
    const lower = word.toLowerCase();
    if (lexicons.grammar.reciprocalWords.has(lower)) return true;
    if (hit.trigger.partnerPrepositions?.includes(lower) && isPartnerPhrase(doc, index, segment, lexicons)) return true;
    if (lower === 'mit') afterMit = index;
    const inPartnerPhrase = afterMit >= 0 && index - afterMit <= partnerPhraseReach;
    if (inPartnerPhrase && partnerPronouns.has(lower)) return true;
    // A name, or a role description linked to someone, counted above already; an unresolved one names no one here.
    if (!namesSomeone(word) || compiled.index.at(index)?.entity || inRolePhrase(index)) continue;
    if (inPartnerPhrase || (index > hit.tokenIndex && governingPreposition(doc, index, segment, lexicons) === undefined)) return true;
  }
  return false;
}

/**
 * Whether the clause has an object-control verb ("warf … vor", "forderte … auf"), and its object: the second
 * argument without a preposition after the subject ("Tallinn warf Moskau vor"), or the only one when a pronoun is
 * the subject ("Sie warf Moskau vor") or the clause is passive ("Moskau wurde vorgeworfen").
 */
/**
 * The accused a plural "sie" opening the clause takes up, where the clause right before in its sentence accuses (cues
 * `objectControlVerbs` with `accusation`) two or more named objects: "warf X und Y vor, sie hätten …".
 */
function accusedTakenUpByPlural(doc: Doc, segment: Segment, pronounIndex: number, governing: Segment | undefined, compiled: Compiled): Argument[] | undefined {
  if (doc.tokens![pronounIndex].text.toLowerCase() !== 'sie' || !governing || governing.sentence !== segment.sentence) return undefined;
  if (!objectControlIn(wordsOf(doc, governing.tokenStart, governing.tokenEnd), compiled.cues)?.accusation) return undefined;
  const object = objectOfControlVerb(doc, governing, compiled)?.object;
  return object && object.length >= 2 ? object : undefined;
}

/**
 * The group a plural "sie" as its clause's subject takes up: the two or more persons, organisations or countries
 * joined as the subject opening the sentence right before ("Die Präsidentin und der Premier telefonierten. Dabei
 * vereinbarten sie …"), or the pair "die beiden" and a pair noun named there ("Die beiden Politiker vereinbarten ein
 * Treffen. Dort wollen sie …"). Only in the first clause of its sentence, where nothing nearer is taken up.
 */
function groupTakenUpByPlural(doc: Doc, segment: Segment, pronounIndex: number, verbIndex: number, compiled: Compiled): string[] | undefined {
  const tokens = doc.tokens!;
  // "Sie" opening the sentence is the pronoun too; inside it, capitalised, the polite address.
  const pronoun = tokens[pronounIndex]?.text;
  const opensSentence = pronounIndex === doc.sentences![segment.sentence].tokenStart;
  if ((pronoun !== 'sie' && !(pronoun === 'Sie' && opensSentence)) || segment.sentence === 0 || !hasPluralVerb(doc, segment, verbIndex, compiled.lexicons)) return undefined;
  const own = segmentSentence(doc, segment.sentence, compiled.lexicons)[0];
  if (own.tokenStart !== segment.tokenStart && compiled.index.within(own.tokenStart, segment.tokenStart).length > 0) return undefined;
  const opening = segmentSentence(doc, segment.sentence - 1, compiled.lexicons)[0];
  if (!opening) return undefined;
  const pair = opensWithBeide(doc, opening, compiled.lexicons) ? pairNamedInClause(doc, opening, compiled) : undefined;
  if (pair) return [...pair];
  const openingGroups = groups(argumentsIn(doc, compiled.index, opening.tokenStart, opening.tokenEnd, compiled.lexicons));
  // "Die Außenminister Lettlands und Estlands trafen sich": the von-phrase or genitive of a role noun opening the clause.
  const verbOfOpening = openingGroups.length ? opening.tokenEnd : opening.tokenStart;
  const affiliated = openingGroups.find((group) => isAffiliationOfOpeningRole(doc, group[0], opening, verbOfOpening, compiled));
  const joined = affiliated ?? openingGroups[0];
  if (!joined || joined.length < 2 || (!affiliated && (joined[0].phraseStart !== opening.tokenStart || joined.some((argument) => argument.preposition)))) return undefined;
  const entities = new Map((doc.entities ?? []).map((entity) => [entity.id, entity]));
  const actor = (id: string) => {
    const entity = entities.get(id);
    return entity !== undefined && (entity.type === 'PER' || entity.type === 'ORG' || (entity.type === 'LOC' && !compiled.placesNoCountry.has(id)));
  };
  const members = [...new Set(joined.map((argument) => argument.entity))];
  return members.length >= 2 && members.every(actor) ? members : undefined;
}

function objectOfControlVerb(doc: Doc, clause: Segment, compiled: Compiled): { object?: Argument[] } | undefined {
  const words = wordsOf(doc, clause.tokenStart, clause.tokenEnd);
  const control = objectControlIn(words, compiled.cues);
  if (!control) return undefined;
  const bare = groups(argumentsIn(doc, compiled.index, clause.tokenStart, clause.tokenEnd, compiled.lexicons)).filter((group) => !group[0].preposition && !group[0].cases?.every((grammaticalCase) => grammaticalCase === 'gen'));
  if (bare.length >= 2) return { object: bare[1] };
  const { lexicons } = compiled;
  // "Der Provinzgouverneur machte die PKK … verantwortlich": a subject no name fills stands before the verb (a
  // determiner and its noun open the clause), so the one name after the verb is its object.
  const verbIndex = clause.tokenStart + control.index;
  const tokens = doc.tokens!;
  const unnamedSubject =
    control.index > 1 &&
    lexicons.grammar.determinerCases.get(words[0])?.includes('nom') === true &&
    !compiled.index.at(clause.tokenStart + 1)?.entity &&
    /^\p{Lu}/u.test(tokens[verbIndex - 1].text) &&
    lexicons.isNounOrCompound(tokens[verbIndex - 1].text);
  if (bare.length === 1 && unnamedSubject && bare[0][0].phraseStart > verbIndex) return { object: bare[0] };
  // "…, in dem der Diplomat Warschau vorwarf": in a relative clause, an actor phrase without a name before the one name
  // is the subject.
  const afterRelative = afterPrepositionalRelative(doc, clause, lexicons);
  if (bare.length === 1 && afterRelative !== undefined && lexicons.grammar.determinerCases.get(tokens[afterRelative].text.toLowerCase())?.includes('nom') && bare[0][0].phraseStart > afterRelative + 1) {
    let head = afterRelative + 1;
    while (head < bare[0][0].phraseStart && looksLikeInflectedAdjective(tokens[head].text)) head++;
    const word = tokens[head].text;
    const actor = head < bare[0][0].phraseStart && !compiled.index.at(head)?.entity && (lexicons.matchRole(word) !== undefined || lexicons.matchInstitution(word) !== undefined || isPersonNoun(word, lexicons));
    if (actor) return { object: bare[0] };
  }
  const subjectElsewhere = words.some((word) => lexicons.grammar.personPronouns.has(word) || compiled.cues.future.has(word));
  // "Mehta lud sie zu einem Besuch ein": the one name opening the clause before its verb is the subject, and the
  // pronoun after the verb the object.
  const nameOpensClause = bare.length === 1 && bare[0][0].phraseStart === clause.tokenStart && bare[0][0].phraseStart < verbIndex;
  return bare.length === 1 && subjectElsewhere && !nameOpensClause ? { object: bare[0] } : {};
}

/** Whether the preposition opening the phrase at `phraseStart` ("von") follows a capitalised common noun ("Besuchs von"). */
function followsCommonNoun(doc: Doc, phraseStart: number, lexicons: CompiledLexicons, index: MentionIndex, prepositionWord = 'von'): boolean {
  const tokens = doc.tokens!;
  // The phrase starts at its preposition, or at its determiner right after it.
  const preposition = tokens[phraseStart].text.toLowerCase() === prepositionWord ? phraseStart : phraseStart - 1;
  const before = tokens[preposition - 1];
  if (before === undefined || before.sentence !== tokens[phraseStart].sentence || !/^\p{Lu}/u.test(before.text)) return false;
  // A name is no common noun, though it ends in one ("Lettland von der EU-Kommission verklagt").
  if (index.at(preposition - 1)) return false;
  // "am Montag von der Regierungschefin kritisiert": a time noun takes no von-attribute.
  return !isTimeNoun(before.text, lexicons) && lexicons.isNounOrCompound(before.text);
}

/**
 * Whether the von-phrase `head` ends right before the trigger and follows the noun that opens the clause, with only a
 * subordinator, determiners and adjectives before that noun: "dass Drittländer von der EU untersucht werden".
 */
function agentAfterOpeningSubject(doc: Doc, head: Argument, hit: TriggerHit, segment: Segment, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (head.mention.tokenEnd !== hit.tokenIndex) return false;
  const von = tokens[head.phraseStart].text.toLowerCase() === 'von' ? head.phraseStart : head.phraseStart - 1;
  let position = von - 2;
  while (position >= segment.tokenStart && (lexicons.grammar.determinerCases.has(tokens[position].text.toLowerCase()) || looksLikeInflectedAdjective(tokens[position].text))) position--;
  return position < segment.tokenStart || (position === segment.tokenStart && lexicons.grammar.subordinators.has(tokens[position].text.toLowerCase()));
}

/**
 * The part of a prepositional phrase ("gegen die Regierung") whose institution noun a von-phrase at `phraseStart`
 * follows: the role `roles` give its preposition, when they give one.
 */
function roleOfInstitutionBefore(doc: Doc, phraseStart: number, lexicons: CompiledLexicons, roles: Readonly<Record<string, ParticipantRole>>, objectRole: ParticipantRole): ParticipantRole | undefined {
  const tokens = doc.tokens!;
  const von = tokens[phraseStart].text.toLowerCase() === 'von' ? phraseStart : phraseStart - 1;
  const noun = von - 1;
  // So does one after a body of members: "werfen den Truppen von Staatschef X vor".
  if (noun < 0 || (!lexicons.matchInstitution(tokens[noun].text) && !lexicons.isBodyNoun(tokens[noun].text))) return undefined;
  // Left over the noun's determiner and adjectives to its preposition ("gegen" ends like an adjective: asked first).
  for (let position = noun - 1; position >= 0 && position >= noun - 4; position--) {
    const word = tokens[position].text.toLowerCase();
    if (lexicons.grammar.prepositions.has(word)) return roles[word];
    // A determiner that is never nominative, with no preposition before it, opens the verb's object.
    const cases = lexicons.grammar.determinerCases.get(word);
    if (cases && !cases.includes('nom') && !cases.includes('gen') && !lexicons.grammar.prepositions.has(tokens[position - 1]?.text.toLowerCase() ?? '')) return objectRole;
    if (!cases && !looksLikeInflectedAdjective(tokens[position].text)) return undefined;
  }
  return undefined;
}

/** The thing appealed for or rejected when it is not an entity: "zu einem Waffenstillstand", "eine Waffenruhe, die …". */
function findTheme(doc: Doc, hit: TriggerHit, segment: Segment, previous: readonly Segment[], lexicons: CompiledLexicons, mentionIndex: MentionIndex): TextSpan | undefined {
  const tokens = doc.tokens!;
  const isFreeNoun = (index: number) =>
    tokens[index].kind === 'word' && /^\p{Lu}/u.test(tokens[index].text) && index !== hit.tokenIndex && lexicons.isNounOrCompound(tokens[index].text) && !mentionIndex.at(index) && !isTimeNoun(tokens[index].text, lexicons);
  // A demand's theme is its direct object ("forderte mehr Geld für die Schulen" → Geld): the first free noun after
  // the verb that no preposition governs.
  if (hit.trigger.type === 'demand' && !hit.isNoun) {
    let insidePhrase = false;
    for (let index = hit.tokenIndex + 1; index < segment.tokenEnd; index++) {
      if (lexicons.grammar.prepositions.has(tokens[index].text.toLowerCase())) {
        insidePhrase = true;
        continue;
      }
      // A prepositional phrase ("am Montag") ends with its first capitalised word.
      if (insidePhrase) {
        if (/^\p{Lu}/u.test(tokens[index].text)) insidePhrase = false;
        continue;
      }
      if (isFreeNoun(index)) return spanOfTokens(doc, index, index + 1);
    }
  }
  if (hit.trigger.type === 'appeal' || hit.trigger.type === 'demand') {
    for (let index = segment.tokenStart; index < segment.tokenEnd - 1; index++) {
      if (!/^(zu|zum|zur|für|nach)$/.test(tokens[index].text)) continue;
      for (let noun = index + 1; noun < Math.min(segment.tokenEnd, index + 5); noun++) if (isFreeNoun(noun)) return spanOfTokens(doc, noun, noun + 1);
    }
  }
  if (hit.trigger.negatesObject) {
    // A relative clause ("…, die Moskau abgelehnt hat") is about the last noun of the clause before it.
    const relativePronoun = segment.subordinator && lexicons.grammar.determinerCases.has(segment.subordinator);
    if (relativePronoun && previous.length) {
      const before = previous[previous.length - 1];
      for (let index = before.tokenEnd - 1; index >= before.tokenStart; index--) if (isFreeNoun(index)) return spanOfTokens(doc, index, index + 1);
    }
    // The object follows the finite verb ("Ein Sprecher … wies die Kritik zurück"); verb-final, it stands before it.
    for (let index = hit.tokenIndex + 1; index < segment.tokenEnd; index++) if (isFreeNoun(index)) return spanOfTokens(doc, index, index + 1);
    for (let index = segment.tokenStart; index < hit.tokenIndex; index++) if (isFreeNoun(index)) return spanOfTokens(doc, index, index + 1);
  }
  return undefined;
}

/** Reporting verbs ("teilte mit", "sagte") and phrases ("laut", "zufolge") in the sentence, with who reports. */
interface Attribution {
  segmentIndex: number;
  span: TextSpan;
  entity?: string;
  /** Whether a phrase attributes ("laut X", "X zufolge"): it attributes the clause it stands in, too. */
  byPhrase: boolean;
  /**
   * Whether that phrase is one of speech (cues `speechPhrases`: "hieß es aus dem Ministerium") or of one's own account
   * ("nach eigenen Angaben"): its source speaks.
   */
  bySpeech?: boolean;
  /** The source named by an attribution phrase ("Dem Militär zufolge", "laut X"): it reports, it takes no part. */
  phraseSource?: Mention;
}

/** The person a reporting clause named, and in which sentence. */
interface Speaker {
  entity: string;
  sentence: number;
}

/**
 * The nouns of the attribution phrases that compounds end in (cues `attributionPhrases`): a phrase's last word, or the
 * one before its "zufolge", of six letters or more ("angaben", "informationen", "bericht", "berichten", "kreisen").
 */
function attributionHeadsOf(phrases: readonly (readonly string[])[]): Set<string> {
  const heads = new Set<string>();
  for (const words of phrases) {
    const noun = words.at(-1) === 'zufolge' ? words.at(-2) : words.at(-1);
    if (noun !== undefined && noun.length >= 6) heads.add(noun);
  }
  return heads;
}

/** The words with each compound of an attribution noun written as that noun: "polizeiangaben" → "angaben". */
function withAttributionHeads(words: readonly string[], heads: ReadonlySet<string>): string[] {
  return words.map((word) => {
    for (const head of heads) if (word.length >= head.length + 2 && word.endsWith(head)) return head;
    return word;
  });
}

/**
 * The parties of a demand told by a modal's subjunctive in reported speech (trigger `reportedDemand`): the clause's
 * subject asked, the speaker asking. The speaker is the one of the sentence's reporting clause ("Japan müsse aufhören,
 * sagte Mao Ning"), or, in a sentence that has none, the one whose reported speech it goes on, named at most
 * `speakerReach` sentences before. None in the passive ("solle geheim gehalten werden"), where no one acts.
 */
function reportedDemandParties(
  doc: Doc,
  segment: Segment,
  modalIndex: number,
  subjectParticipants: readonly EventParticipant[],
  speakerOfSentence: string | undefined,
  sentenceHasAttribution: boolean,
  recentSpeaker: Speaker | undefined,
  sentenceIndex: number,
  stateOf: (entity: string) => StateActor | undefined,
  compiled: Compiled,
): EventParticipant[] | undefined {
  // A subordinate clause tells what must be, no one's demand: "gesagt, dass ein politischer Prozess folgen müsse". Its
  // finite verb closes it; the modal of reported speech stands second ("…, der Botschafter solle Stellung nehmen").
  const subordinate = segment.subordinator !== undefined && !compiled.lexicons.grammar.relativePronouns.has(segment.subordinator);
  if (subordinate || !wordsOf(doc, modalIndex + 1, segment.tokenEnd).some((word) => /\p{L}/u.test(word))) return undefined;
  if (wordsOf(doc, segment.tokenStart, segment.tokenEnd).some((word) => compiled.cues.future.has(word))) return undefined;
  const asked = subjectParticipants.find((participant) => participant.role === 'source')?.entity;
  const speaker = sentenceHasAttribution ? speakerOfSentence : recentSpeaker && sentenceIndex - recentSpeaker.sentence <= speakerReach ? recentSpeaker.entity : undefined;
  if (asked === undefined || speaker === undefined || speaker === asked) return undefined;
  // "Deutschland müsse diese Aufgabe bewältigen", said by its chancellor: what one's own state must do is its intent.
  const speakersState = stateOf(speaker)?.country;
  if (speakersState !== undefined && speakersState === stateOf(asked)?.country) return undefined;
  return [
    { entity: speaker, role: 'source' },
    { entity: asked, role: 'target' },
  ];
}

/** Sentences back a speaker still holds the floor for a "…, sagte er" after their reported speech. */
const speakerReach = 3;

/**
 * Whether the person a "…, sagte er" would take up was only spoken of in the speaker's reported speech: named after the
 * speaker's own reporting clause, in a sentence in reported speech (a subjunctive marker) of its own. "… sagte Bsirske
 * weiter. Das Management mit Konzernchef Frank Appel fahre … Wir werden … nicht hinnehmen, unterstrich er": Bsirske.
 */
function spokenOfBy(doc: Doc, person: string, speaker: Speaker, before: number, sex: Sex, compiled: Compiled): boolean {
  if (speaker.entity === person || (compiled.sexOfPerson(speaker.entity) ?? sex) !== sex) return false;
  const sentenceIndex = doc.tokens![before].sentence;
  if (sentenceIndex - speaker.sentence > speakerReach) return false;
  const mention = compiled.index.lastPersonBefore(doc.tokens![before].start, (candidate) => candidate.entity === person);
  if (!mention || mention.sentence <= speaker.sentence) return false;
  const sentence = doc.sentences![mention.sentence];
  return wordsOf(doc, sentence.tokenStart, sentence.tokenEnd).some((word) => compiled.cues.subjunctive.has(word));
}

/** Words an attribution phrase's source may stand away from it: "nach Angaben der örtlichen Polizei". */
const phraseSourceReach = 3;

/**
 * The attributions of a sentence's clauses: each reporting clause or attribution phrase with who reports. A relative
 * clause that reports ("Patzelt, der die Absichten als fragwürdig bezeichnete") tells of its antecedent, and attributes
 * no other clause.
 */
function findAttributions(doc: Doc, segments: readonly Segment[], compiled: Compiled, recentSpeaker?: Speaker): Attribution[] {
  const tokens = doc.tokens!;
  const found: Attribution[] = [];
  for (let segmentIndex = 0; segmentIndex < segments.length; segmentIndex++) {
    const segment = segments[segmentIndex];
    if (isRelativeClause(doc, segment, compiled.lexicons)) continue;
    // "Die Polizei bat darum, dass sich weitere Opfer melden": a dass-clause is what its governing clause says or asks,
    // no source of it.
    if (segment.subordinator === 'dass' || segment.subordinator === 'daß') continue;
    // "wie berichtet": as the paper reported before, no source of this sentence.
    // A capitalised word inside the sentence is a noun, no reporting verb ("nach Angaben" holds no "angaben").
    const words = withoutPhrases(cueWordsOf(doc, segment.tokenStart, segment.tokenEnd), compiled.cues.reportingExceptions);
    const lowerWords = wordsOf(doc, segment.tokenStart, segment.tokenEnd);
    const reporting = words.findIndex((word, offset) => {
      const form = compiled.cues.reportingForms.get(word);
      if (!form || (form.particle && words.lastIndexOf(form.particle) <= offset)) return false;
      // "Berichten zufolge …" opening a sentence: a noun before a postposition, no verb.
      if (compiled.cues.attributionPhrases.single.has(words[offset + 1] ?? '')) return false;
      // "sagte … zu" is zusagen, a promise, not a report: a separable trigger verb with its particle wins.
      const separable = compiled.triggers.verbForm(word).some((hit) => hit.needsParticle && words.lastIndexOf(hit.needsParticle) > offset && endsClause(doc, segment.tokenStart + words.lastIndexOf(hit.needsParticle), segment.tokenEnd, compiled.lexicons));
      return !separable;
    });
    // Phrases in any case: "Laut Medienberichten" after a quote that lacks its full stop. A compound of a phrase's noun
    // stands for it: "nach Polizeiangaben", "nach Pentagon-Angaben", "einem Zeitungsbericht zufolge".
    const headedWords = withAttributionHeads(lowerWords, compiled.attributionHeads);
    const phrase = reporting < 0 ? findCue(headedWords, compiled.cues.attributionPhrases) : undefined;
    // Such a compound names its source in front ("Polizei"): no name after it is the source.
    const compoundPhrase = phrase !== undefined && lowerWords.slice(phrase[0], phrase[0] + phrase[1]).some((word, offset) => word !== headedWords[phrase[0] + offset]);
    if (reporting < 0 && !phrase) continue;
    const candidates = argumentsIn(doc, compiled.index, segment.tokenStart, segment.tokenEnd, compiled.lexicons);
    // "Selenskyj begrüßte den Schritt, warnte aber vor zu viel Vertrauen": a verb opening a clause after a comma with
    // no subject of its own goes on with the clause before, whose subject it shares; it reports nothing of it.
    if (reporting === 0 && !phrase && segment.tokenStart > doc.sentences![segment.sentence].tokenStart && !hasOwnSubject(doc, segment, candidates, compiled.lexicons)) continue;
    // A phrase's source stands before "zufolge" and after "laut", "nach Angaben" …; else the clause's first name.
    // "nach eigenen Angaben": the clause's subject tells, and a name after the phrase is no source of it.
    const ownAccount = phrase !== undefined && lowerWords.slice(phrase[0], phrase[0] + phrase[1]).some((word) => compiled.lexicons.grammar.ownAccountWords.has(word));
    const phraseSource = phrase && !ownAccount && !compoundPhrase
      ? candidates.find((argument) => isPhraseSource(doc, argument.mention, segment.tokenStart + phrase[0], phrase[1], lowerWords[phrase[0] + phrase[1] - 1], compiled.lexicons))
      : undefined;
    // A phrase names its source itself or none: "Dem Bericht zufolge kritisierte Präsident X Estland" is no statement
    // of X's. But a phrase of speech speaks through the name in its clause ("heißt es seitens der SPÖ"), and one of
    // one's own account through the clause's subject ("Die USA haben nach eigenen Angaben …").
    const speechPhrase = phrase !== undefined && findCue(lowerWords, compiled.cues.speechPhrases) !== undefined;
    // "sagt Odessas Gouverneur": a place in the genitive before a noun is whose the speaker is, not the speaker.
    const placeOfSpeaker = (argument: Argument) =>
      argument.mention.label === 'LOC' && /s$/.test(argument.mention.text) && /^\p{Lu}/u.test(tokens[argument.mention.tokenEnd]?.text ?? '') && compiled.lexicons.isNounOrCompound(tokens[argument.mention.tokenEnd].text);
    const subject = candidates.find((argument) => canBeSubject(argument) && !placeOfSpeaker(argument));
    const speaker = ownAccount ? subject : (phraseSource ?? (reporting >= 0 ? subject : speechPhrase ? candidates[0] : undefined));
    // "…, sagte er": a person pronoun after the reporting verb stands for the person named last before.
    const pronoun = !speaker && reporting >= 0 && compiled.lexicons.grammar.personPronouns.has(words[reporting + 1] ?? '') ? resolvePronoun(doc, segment, compiled, segment.tokenStart + reporting) : undefined;
    // One only spoken of in the last speaker's reported speech is no speaker: the speaker goes on.
    const pronounSex: Sex | undefined = words[reporting + 1] === 'er' ? 'm' : words[reporting + 1] === 'sie' ? 'f' : undefined;
    const goesOn = pronoun && recentSpeaker && pronounSex && spokenOfBy(doc, pronoun.entity, recentSpeaker, segment.tokenStart, pronounSex, compiled) ? recentSpeaker.entity : undefined;
    // "Ein Sprecher des chinesischen Außenministeriums sagte": a spokesperson speaks for the one named after the noun.
    const spokenFor = !speaker && reporting >= 0 ? speakerOfSpokesperson(doc, segment, candidates, compiled.lexicons) : undefined;
    found.push({
      segmentIndex,
      span: spanOfTokens(doc, segment.tokenStart, segment.tokenEnd),
      entity: speaker?.entity ?? spokenFor ?? goesOn ?? pronoun?.entity,
      byPhrase: reporting < 0,
      bySpeech: speechPhrase || ownAccount,
      phraseSource: phraseSource?.mention,
    });
  }
  return found;
}

/**
 * Whether the preposition at `prepositionAt` follows right after a noun of another kind of event than the trigger's:
 * "Waffenlieferungen [an Russland]" with "zurückgewiesen". The noun of the trigger's own kind is the same act ("Der
 * Vertrag zwischen Wien und Bratislava wurde unterzeichnet").
 */
function followsOtherEventNoun(doc: Doc, prepositionAt: number, hit: TriggerHit, compiled: Compiled): boolean {
  const noun = prepositionAt - 1;
  const word = doc.tokens![noun]?.text ?? '';
  const other = /^\p{Lu}/u.test(word) && !compiled.index.at(noun) ? compiled.triggers.noun(word) : undefined;
  return noun !== hit.tokenIndex && other !== undefined && other.type !== hit.trigger.type;
}

/**
 * The one a spokesperson's noun (grammar `spokespersonNouns`, no compound) in the clause, outside a prepositional
 * phrase, speaks for: "Ein Sprecher des chinesischen Außenministeriums sagte", "…, sagte ein Sprecher von Bürgermeister
 * Berzins".
 */
function speakerOfSpokesperson(doc: Doc, segment: Segment, candidates: readonly Argument[], lexicons: CompiledLexicons): string | undefined {
  const tokens = doc.tokens!;
  for (let index = segment.tokenStart; index < segment.tokenEnd; index++) {
    const word = tokens[index].text;
    // A compound names whom its front speaks for ("Behördensprecherin"): "der APA" after it is whom she told.
    if (!/^\p{Lu}/u.test(word) || !lexicons.grammar.spokespersonNouns.has(word.toLowerCase())) continue;
    let before = index - 1;
    while (before >= segment.tokenStart && looksLikeInflectedAdjective(tokens[before].text)) before--;
    if (before >= segment.tokenStart && lexicons.grammar.prepositions.has(tokens[before].text.toLowerCase())) continue;
    const entity = entitySpokenFor(doc, index, candidates, lexicons);
    if (entity) return entity;
  }
  return undefined;
}

/**
 * Whether a clause that opens with its verb names a subject after it: a name that can be one, a person pronoun, or a
 * noun phrase opened by a determiner outside a prepositional phrase ("…, sagte er", "…, erklärte am Montag die
 * Ministerin"), or a capitalised word right after the verb ("…, sagte Müller").
 */
function hasOwnSubject(doc: Doc, segment: Segment, candidates: readonly Argument[], lexicons: CompiledLexicons): boolean {
  if (candidates.some((argument) => canBeSubject(argument))) return true;
  const tokens = doc.tokens!;
  for (let index = segment.tokenStart + 1; index < segment.tokenEnd; index++) {
    const lower = tokens[index].text.toLowerCase();
    if (lexicons.grammar.personPronouns.has(lower) || lexicons.grammar.impersonalPronouns.has(lower)) return true;
    if (lexicons.grammar.determinerCases.has(lower) && !lexicons.grammar.prepositions.has(tokens[index - 1].text.toLowerCase())) return true;
  }
  return /^\p{Lu}/u.test(tokens[segment.tokenStart + 1]?.text ?? '');
}

/**
 * The attribution of a clause: the one of the nearest reporting clause, the later one of two as near ("…, sagte er").
 * A reporting clause after a dash that runs to the sentence's end reports only what the dash adds: "Der BLRH
 * kritisierte, dass … – ein nicht marktüblicher Vorgang, argumentierte der Landes-Rechnungshof".
 */
function nearestAttribution(doc: Doc, segments: readonly Segment[], attributions: readonly Attribution[], segmentIndex: number): Attribution | undefined {
  const tokens = doc.tokens!;
  const isDash = (index: number) => /^[–—]$/.test(tokens[index].text);
  const sentenceEnd = doc.sentences![segments[segmentIndex].sentence].tokenEnd;
  const behindDash = (attribution: Attribution) => {
    if (attribution.segmentIndex <= segmentIndex) return false;
    const { tokenStart } = segments[attribution.segmentIndex];
    let dash = -1;
    for (let index = segments[segmentIndex].tokenEnd; index < tokenStart; index++) if (isDash(index)) dash = index;
    if (dash < 0) return false;
    for (let index = tokenStart; index < sentenceEnd; index++) if (isDash(index)) return false;
    return true;
  };
  let best: Attribution | undefined;
  for (const attribution of attributions) {
    if (behindDash(attribution)) continue;
    if (!best || Math.abs(attribution.segmentIndex - segmentIndex) <= Math.abs(best.segmentIndex - segmentIndex)) best = attribution;
  }
  return best;
}

/**
 * Whether the mention is the source an attribution phrase names: right before "zufolge", or in the noun phrase after
 * "laut", "nach Angaben" … ("laut dem Magazin Spiegel"); not a name after the clause's verb ("Laut dem Spiegel hat
 * Jauch … gedroht": Jauch is the subject).
 */
function isPhraseSource(doc: Doc, mention: Mention, cueStart: number, cueLength: number, lastCueWord: string, lexicons: CompiledLexicons): boolean {
  if (lastCueWord === 'zufolge') return mention.tokenEnd === cueStart;
  const after = cueStart + cueLength;
  if (mention.tokenStart < after || mention.tokenStart > after + phraseSourceReach) return false;
  for (let position = after; position < mention.tokenStart; position++) {
    const word = doc.tokens![position].text;
    const lower = word.toLowerCase();
    const inPhrase = lexicons.grammar.determinerCases.has(lower) || lexicons.grammar.prepositions.has(lower) || (looksLikeInflectedAdjective(word) && !lexicons.grammar.auxiliaries.has(lower)) || /^\p{Lu}/u.test(word);
    if (!inPhrase) return false;
  }
  return true;
}

function placesThatAreNoCountry(entities: readonly Entity[], lexicons: CompiledLexicons): Set<string> {
  return new Set(entities.filter((entity) => entity.type === 'LOC' && lexicons.placeById.get(entity.rule ?? '')?.kind !== 'country').map((entity) => entity.id));
}

function findLocation(doc: Doc, segment: Segment, compiled: Compiled, entities: readonly Entity[]): string | undefined {
  const tokens = doc.tokens!;
  for (const mention of compiled.index.within(segment.tokenStart, segment.tokenEnd)) {
    if (mention.label !== 'LOC' || mention.kind !== 'name' || !mention.entity) continue;
    const before = tokens[mention.tokenStart - 1]?.text.toLowerCase();
    if (before === 'in' || before === 'im' || before === 'nach') {
      if (entities.some((entity) => entity.id === mention.entity && entity.type === 'LOC')) return mention.entity;
    }
  }
  void compiled;
  return undefined;
}

const isFuture = (event: DocEvent) => event.modality === 'planned' || event.modality === 'expected';

/**
 * "…am Dienstag in Ostrava getroffen. Bei dem Treffen unterzeichneten beide …": an event whose clause places it at an
 * event told before, by a preposition of the same time (grammar `simultaneityPrepositions`) and a definite event noun,
 * happened at that event's time: the latest earlier event of the noun's type with a stated time.
 */
function timeOfAnchoringEvent(doc: Doc, segment: Segment, hit: TriggerHit, earlier: readonly DocEvent[], compiled: Compiled): TimeExpression | undefined {
  const tokens = doc.tokens!;
  const { lexicons } = compiled;
  for (let index = segment.tokenStart + 1; index < segment.tokenEnd; index++) {
    // Any event noun, also one its verb's trigger stands for ("nahm an dem Treffen teil").
    const anchor = index === hit.tokenIndex ? undefined : compiled.triggers.noun(tokens[index].text);
    if (!anchor) continue;
    // The words before the noun and its adjectives: "bei dem", "beim", "während des".
    const position = beforeAdjectives(doc, index, segment, lexicons);
    const one = tokens[position]?.text.toLowerCase() ?? '';
    const two = position > segment.tokenStart ? `${tokens[position - 1].text.toLowerCase()} ${one}` : '';
    if (!lexicons.grammar.simultaneityPrepositions.has(one) && !lexicons.grammar.simultaneityPrepositions.has(two)) continue;
    const told = earlier.findLast((event) => event.type === anchor.type && event.time?.value !== undefined && event.modality !== 'hypothetical');
    if (told) return told.time;
  }
  return undefined;
}

/** See `inheritTime` in the config: events without a time take the one of the event told just before them. */
function inheritNarrativeTime(events: DocEvent[], publishedAt: string): void {
  // Only a time the text states is passed on, so it does not travel down a paragraph from event to event; and only
  // a time within a week of publication, the scene the report tells, not background ("seit April 2014").
  const published = Date.parse(publishedAt);
  const isSceneTime = (value: string) => Math.abs(Date.parse(value) - published) <= 7 * 86_400_000;
  const stated = new Set(events.filter((event) => event.time?.value && isSceneTime(event.time.value)));
  for (let index = 1; index < events.length; index++) {
    const event = events[index];
    if (event.time || event.modality === 'hypothetical') continue;
    const before = events[index - 1];
    if (!stated.has(before) || event.sentence - before.sentence > 1 || isFuture(before) !== isFuture(event) || before.modality === 'hypothetical') continue;
    event.time = before.time;
  }
}

/** Whether the entity's sector is political (true), not political (false), or neither or unknown (actor-codes.json). */
function isPoliticalSector(entity: Entity, lexicons: CompiledLexicons): boolean | undefined {
  return entity.sector ? lexicons.actorCodes.ofSector(entity.sector)?.political : undefined;
}

/** Sports actor: of the sports sector. Political actor: of a political sector (actor-codes.json), or a government seat. */
function actorKind(entity: Entity, lexicons: CompiledLexicons): 'sports' | 'political' | 'other' {
  if (isPoliticalSector(entity, lexicons) || entity.mentions.some((mention) => mention.kind === 'metonym')) return 'political';
  return entity.sector === 'sports' ? 'sports' : 'other';
}

/**
 * See event-types.json `politicalOnly`: an actor of a sector that is not political (a company, a newspaper), and none
 * of a political sector and no place ("Gazprom ist bereit, der Ukraine einen Rabatt einzuräumen" keeps its event).
 */
function hasOnlyNonPoliticalActors(event: DocEvent, entities: readonly Entity[], lexicons: CompiledLexicons): boolean {
  let nonPolitical = false;
  for (const participant of event.participants) {
    const entity = entities.find((candidate) => candidate.id === participant.entity);
    if (!entity) continue;
    if (entity.type === 'LOC') return false;
    const political = isPoliticalSector(entity, lexicons);
    if (political) return false;
    if (political === false) nonPolitical = true;
  }
  return nonPolitical;
}

/**
 * See event-types.json `politicalOnly`: every participant a person or organisation the article names without a role, a
 * knowledge entry or a sector. In an article that names no political actor at all, such an event is a composer's
 * collaboration, a game designer's promise, a novel's plot ("Stigwood arbeitete mit Eric Clapton zusammen") or a
 * motoring club's offer.
 */
function hasOnlyUnknownActors(event: DocEvent, entities: readonly Entity[], lexicons: CompiledLexicons): boolean {
  if (!event.participants.length) return false;
  return event.participants.every((participant) => {
    const entity = entities.find((candidate) => candidate.id === participant.entity);
    return entity !== undefined && (entity.type === 'PER' || entity.type === 'ORG') && !entity.roles?.length && !entity.knowledgeId && !entity.sector;
  });
}

/** See event-types.json `politicalSource`: sources, and none political, a place, or an organisation of unknown sector. */
function hasNonPoliticalSource(event: DocEvent, entities: readonly Entity[], lexicons: CompiledLexicons): boolean {
  const sources = event.participants.filter((participant) => participant.role === 'source').map((participant) => entities.find((entity) => entity.id === participant.entity));
  if (!sources.length) return false;
  return sources.every((entity) => {
    if (!entity || entity.type === 'LOC' || entity.mentions.some((mention) => mention.kind === 'metonym')) return false;
    const political = isPoliticalSector(entity, lexicons);
    return political === false || (political === undefined && entity.type === 'PER');
  });
}

function isSportsEvent(event: DocEvent, entities: readonly Entity[], lexicons: CompiledLexicons): boolean {
  const kinds = event.participants.map((participant) => {
    const entity = entities.find((candidate) => candidate.id === participant.entity);
    return entity ? actorKind(entity, lexicons) : 'other';
  });
  return kinds.includes('sports') && !kinds.includes('political');
}

/**
 * News restates its events: the headline, then the lead, then the body. An event of the same type and modality
 * whose participants are all among an earlier one's (or the reverse), each in the same role, with no conflicting date,
 * is the same event (attacks by the IS are not the fights against it):
 * the richer description is kept, in the position of the first. A headline's event that names no participant is
 * the later one's of its type that does.
 */
/** Whether two short texts share a word, case aside. */
function sharesWord(one: string, other: string): boolean {
  const words = new Set(one.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  return other.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.length > 0 && words.has(word));
}

/** Words after a reporting verb within which its speaker stands: "…, sagte Ishiba am Montag". */
const speakerAfterVerbReach = 3;

/**
 * "Ishiba hat das Manöver scharf kritisiert. Das Manöver gefährde die Stabilität, sagte Ishiba am Montag": the time
 * of the next sentence's reporting clause whose speaker is the verbal act's source is the act's. Only for verbal acts
 * (`isVerbalAct`) that happened, and only the reporting clause's own words: from its verb to the next comma.
 */
function timeOfNextStatement(doc: Doc, event: DocEvent, compiled: Compiled): DocEvent['time'] {
  if (!isVerbalAct(event) || !happened.has(event.modality)) return undefined;
  const source = event.participants.find((participant) => participant.role === 'source')?.entity;
  const next = doc.sentences![event.sentence + 1];
  if (!source || !next) return undefined;
  const tokens = doc.tokens!;
  for (let index = next.tokenStart; index < next.tokenEnd; index++) {
    const form = /^\p{Ll}/u.test(tokens[index].text) ? compiled.cues.reportingForms.get(tokens[index].text) : undefined;
    // A separable verb's particle must follow in the sentence: "teilte … mit".
    if (!form || (form.particle !== undefined && !wordsOf(doc, index + 1, next.tokenEnd).includes(form.particle))) continue;
    const speaker = compiled.index.within(index + 1, Math.min(next.tokenEnd, index + 1 + speakerAfterVerbReach)).find((mention) => mention.entity === source);
    if (!speaker) continue;
    let end = index + 1;
    while (end < next.tokenEnd && tokens[end].text !== ',') end++;
    return findTimeExpression(doc, index + 1, end, compiled.timeWords, false);
  }
  return undefined;
}

/** Modalities of what took place, which a restatement may tell either way (told as the police's account or not). */
const happened = new Set(['asserted', 'reported']);

/**
 * "Die Polizei hat zwei Tatverdächtige festgenommen. Die Männer wurden am Montag … gefasst": a passive in the next
 * sentence that opens with a definite phrase or a pronoun, and names no participant, tells the same event again; its
 * time is that event's where it had none.
 */
function foldPassiveRestatements(doc: Doc, events: readonly DocEvent[], compiled: Compiled): DocEvent[] {
  const tokens = doc.tokens!;
  const { grammar } = compiled.lexicons;
  const restates = (event: DocEvent, earlier: DocEvent) => {
    if (event.participants.length > 0 || earlier.participants.length === 0 || event.type !== earlier.type || event.sentence !== earlier.sentence + 1) return false;
    if (!happened.has(event.modality) || !happened.has(earlier.modality)) return false;
    if (earlier.time && event.time && earlier.time.text !== event.time.text) return false;
    const sentence = doc.sentences![event.sentence];
    const opener = tokens[sentence.tokenStart].text.toLowerCase();
    const definite = grammar.determinerCases.has(opener) && !grammar.indefiniteArticles.has(opener);
    if (!definite && !grammar.personPronouns.has(opener)) return false;
    // A verb's participle, not a noun: "wurden … gefasst"; in the main clause, before any comma ("Der Mann sei unter den
    // Verdächtigen, die seit den Angriffen am Donnerstag festgenommen wurden" tells of more).
    const before = tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((token) => token.start < event.trigger.start);
    return /^\p{Ll}/u.test(event.trigger.text) && !before.some((token) => token.text === ',') && wordsOf(doc, sentence.tokenStart, sentence.tokenEnd).some((word) => compiled.cues.future.has(word));
  };
  const kept: DocEvent[] = [];
  for (const event of events) {
    const earlier = kept.findLast((other) => restates(event, other));
    if (!earlier) {
      kept.push(event);
      continue;
    }
    if (!earlier.time && event.time) kept[kept.indexOf(earlier)] = { ...earlier, time: event.time };
  }
  return kept;
}

/**
 * The entity as an actor for telling restatements apart: a country, its government (named or by metonymy), a member
 * of it and its capital are one ("Russland greift Kiew an" restates "hat Russland Kiew angegriffen" though the
 * headline's "Kiew" was read as the government; "Tokio kritisiert …" restates "Japans Regierungschef … hat …
 * kritisiert"); any other entity is itself.
 */
interface StateActor {
  country: string;
  person: boolean;
}

function stateActorOf(doc: Doc, lexicons: CompiledLexicons): (entity: string) => StateActor | undefined {
  const state = new Map<string, StateActor>();
  for (const entity of doc.entities!) {
    const place = entity.type === 'LOC' ? lexicons.placeById.get(entity.rule) : undefined;
    const country =
      entity.type === 'ORG' && entity.sector === 'government' ? entity.country
      : entity.type === 'PER' && entity.sector === 'government' ? entity.country
      : place?.kind === 'country' ? place.country
      : place?.kind === 'city' ? place.governmentOf
      : undefined;
    if (country) state.set(entity.id, { country, person: entity.type === 'PER' });
  }
  return (entity) => state.get(entity);
}

export function mergeRestatedEvents(events: readonly DocEvent[], weekdays: readonly string[] = [], stateOf: (entity: string) => StateActor | undefined = () => undefined): DocEvent[] {
  const kept: DocEvent[] = [];
  // A headline tells as a fact what the text attributes ("Russland greift Kiew an" … "hat Russland Kiew angegriffen,
  // wie die Luftwaffe mitteilte").
  const sameModality = (a: DocEvent, b: DocEvent) => a.modality === b.modality || ((a.sentence === 0 || b.sentence === 0) && [a.modality, b.modality].every((modality) => modality === 'asserted' || modality === 'reported'));
  // Without a date to resolve them to, two times that name different weekdays still differ ("am Donnerstag beim Treffen
  // der EU-Innenminister" is not "in der Nacht auf Dienstag beim EU-Gipfel").
  const weekdayOf = (event: DocEvent) => weekdays.find((weekday) => event.time?.text.includes(weekday));
  // A headline may name a state by another of its names than the text does; the text's own sentences keep theirs apart.
  const entitiesOf = (event: DocEvent) => new Set(event.participants.map((participant) => `${participant.entity} ${participant.role}`));
  // One state's names are one actor, but two persons are two: "Regierungschefin Kalnina" is no "Verkehrsminister Berzins".
  const sameState = (a: string, b: string) => {
    const [first, second] = [stateOf(a), stateOf(b)];
    return first !== undefined && first.country === second?.country && !(first.person && second.person);
  };
  const statesWithin = (small: DocEvent, large: DocEvent) =>
    small.participants.every((one) => large.participants.some((other) => other.role === one.role && (other.entity === one.entity || sameState(one.entity, other.entity))));
  const subset = (small: Set<string>, large: Set<string>) => [...small].every((entity) => large.has(entity));
  // A headline's event of a root's unspecified code restates the text's event of a specific code under that root:
  // "Trump und Selenskyj sprechen" (consult, 040) is the call the text tells ("telefoniert", 041).
  const generic = (event: DocEvent) => event.cameo.length === 3 && event.cameo.endsWith('0');
  const sameKind = (a: DocEvent, b: DocEvent) =>
    a.type === b.type || ((a.sentence === 0 || b.sentence === 0) && a.cameo.slice(0, 2) === b.cameo.slice(0, 2) && (a.sentence === 0 ? generic(a) : generic(b)));
  for (const event of events) {
    const mine = entitiesOf(event);
    const same = mine.size
      ? kept.findIndex((other) => {
          if (!sameKind(other, event) || !sameModality(other, event) || other.sentence === event.sentence) return false;
          if (other.time?.value && event.time?.value && other.time.value !== event.time.value) return false;
          // Two acts about different things are two ("wies die Vorwürfe zurück" … "lehnte eine Waffenruhe ab").
          if (other.theme && event.theme && !sharesWord(other.theme.text, event.theme.text)) return false;
          const days = [weekdayOf(other), weekdayOf(event)];
          if (days[0] !== undefined && days[1] !== undefined && days[0] !== days[1]) return false;
          const headline = other.sentence === 0 || event.sentence === 0;
          if (other.participants.length === 0) return false;
          if (headline) return statesWithin(event, other) || statesWithin(other, event);
          const theirs = entitiesOf(other);
          return subset(mine, theirs) || subset(theirs, mine);
        })
      : -1;
    if (same < 0) {
      kept.push(event);
      continue;
    }
    const other = kept[same];
    const richness = (candidate: DocEvent) => candidate.participants.length + (candidate.time ? 1 : 0);
    // Of two as rich, the text's telling before the headline's: it stands among the events around it, whose time it
    // may share ("… haben sich am Dienstag getroffen. Bei dem Treffen unterzeichneten beide …").
    // Of two kinds, the text's specific one.
    const richer =
      other.type !== event.type ? (other.sentence === 0 ? event : other)
      : richness(event) > richness(other) || (richness(event) === richness(other) && other.sentence === 0 && event.sentence > 0) ? event
      : other;
    kept[same] = richer;
  }
  kept.sort((a, b) => a.trigger.start - b.trigger.start);
  // "Ein Abkommen soll am Freitag unterzeichnet werden. Heil und Kamau wollen das Papier gemeinsam unterschreiben": an
  // event that lies ahead and names no one is the one the next sentence plans with its parties and no time of its own,
  // which takes the time. Only what lies ahead: two past killings in two sentences are two.
  const restatedAhead = new Set<DocEvent>();
  for (const event of kept) {
    if (event.participants.length > 0 || event.sentence === 0 || (event.modality !== 'planned' && event.modality !== 'expected')) continue;
    const next = kept.find((other) => other.sentence === event.sentence + 1 && other.type === event.type && other.modality === event.modality && other.participants.length > 0 && !other.time);
    if (!next) continue;
    restatedAhead.add(event);
    if (event.time) next.time = event.time;
  }
  // A headline that names no one ("Polizei nimmt zwei Verdächtige fest") restates the event the text tells with its
  // participants: the first sentence's event without participants goes where one of its type and modality has some.
  return kept.filter(
    (event) =>
      !restatedAhead.has(event) &&
      (event.sentence !== 0 ||
        event.participants.length > 0 ||
        !kept.some((other) => other !== event && other.sentence !== 0 && other.type === event.type && other.modality === event.modality && other.participants.length > 0)),
  );
}

export function extractEvents(doc: Doc, compiledRules: Omit<Compiled, 'index' | 'placesNoCountry' | 'places' | 'persons' | 'nonParticipants' | 'sexOfPerson' | 'rolesOfPerson' | 'entityByKey' | 'addressees'>, config: Config): Doc {
  const compiled: Compiled = {
    ...compiledRules,
    index: indexMentions(doc),
    placesNoCountry: placesThatAreNoCountry(doc.entities!, compiledRules.lexicons),
    places: new Set(doc.entities!.filter((entity) => entity.type === 'LOC').map((entity) => entity.id)),
    persons: new Set(doc.entities!.filter((entity) => entity.type === 'PER').map((entity) => entity.id)),
    nonParticipants: new Set(doc.entities!.filter((entity) => !config.participantTypes.includes(entity.type)).map((entity) => entity.id)),
    sexOfPerson: sexOfPersonIn(doc.entities!, compiledRules.lexicons),
    rolesOfPerson: rolesOfPersonIn(doc.entities!),
    entityByKey: entitiesByKey(doc),
    addressees: new Map(),
  };
  compiled.addressees = interviewees(doc, compiled);
  const events: DocEvent[] = [];
  const pronounMentions: { entity: string; mention: Mention }[] = [];
  const nearMisses: NearMiss[] | undefined = doc.trace ? [] : undefined;
  const tokens = doc.tokens!;
  // In an interview, the person who holds the turn: from one speaker label ("Poposki: …") to the next.
  let turnSpeaker: string | undefined;
  // The person a reporting clause named last, and in which sentence.
  let recentSpeaker: Speaker | undefined;
  const stateOf = stateActorOf(doc, compiled.lexicons);
  for (let sentenceIndex = 0; sentenceIndex < doc.sentences!.length; sentenceIndex++) {
    const segments = segmentSentence(doc, sentenceIndex, compiled.lexicons);
    const attributions = findAttributions(doc, segments, compiled, recentSpeaker);
    const named = attributions.find((attribution) => attribution.entity !== undefined && !attribution.byPhrase);
    if (named) recentSpeaker = { entity: named.entity!, sentence: sentenceIndex };
    const { tokenStart: sentenceStart } = doc.sentences![sentenceIndex];
    const label = speakerLabelOf(doc, sentenceIndex, compiled);
    // The paper's own label ("STANDARD:") asks; its "man" is anyone's.
    if (label) turnSpeaker = label.label === 'PER' ? label.entity : undefined;
    const sentenceEvents: DocEvent[] = [];
    // Events a verb of the sentence asks for, with that verb's token.
    const askedForBy = new Map<DocEvent, number>();
    segments.forEach((wholeSegment, segmentIndex) => {
      const attribution = nearestAttribution(doc, segments, attributions, segmentIndex);
      const relativeInterruption = relativeClauseInterrupting(doc, segments, segmentIndex, compiled.lexicons);
      const allHits = findTriggers(doc, wholeSegment, compiled, nearMisses, relativeInterruption);
      // A reported demand's modal is no verb of a clause of its own: "müsse sich entschuldigen und … hinrichten lassen".
      const parts = splitCoordinatedClauses(doc, wholeSegment, allHits.filter((hit) => !hit.trigger.reportedDemand), compiled.index, compiled.lexicons);
      const rejecting = allHits.find((hit) => !hit.isNoun && hit.trigger.negatesObject);
      // "drohte mit Luftschlägen": the act a verb speaks of through a preposition (`actPrepositions`) is its own event's.
      const actPrepositions = new Set(allHits.flatMap((hit) => (hit.isNoun ? [] : [...(compiled.actPrepositions.get(hit.trigger.type) ?? [])])));
      for (const hit of allHits) {
        // "laut der deutschen Untersuchung", "einer Untersuchung zufolge": an event noun that names where a statement
        // comes from (cues `attributionPhrases` of one word) is a source, not an event told.
        if (hit.isNoun && isAttributionSource(doc, hit.tokenIndex, wholeSegment, compiled)) continue;
        if (hit.isNoun && actPrepositions.size > 0 && actPrepositions.has(governingPreposition(doc, hit.tokenIndex, wholeSegment, compiled.lexicons) ?? '')) continue;
        // "Xi hat Lula zu einem Staatsbesuch empfangen": the visit a host's verb receives someone for is that verb's
        // event (CAMEO 043 tells 042 from the host's side), not a second one with the host as visitor.
        if (hit.isNoun && hit.trigger.cameo.startsWith('042') && isZuPhrase(doc, hit.tokenIndex, wholeSegment, compiled.lexicons) && allHits.some((other) => !other.isNoun && other.trigger.cameo.startsWith('043'))) continue;
        const partIndex = parts.findIndex((part) => part.tokenStart <= hit.tokenIndex && hit.tokenIndex < part.tokenEnd);
        // A clause a dash-enclosed aside interrupts is read as one, the aside left out: "Die EU-Kommission werde die
        // Bundesregierung – und nicht die Bank Austria – auffordern". An aside that opens with a name, or follows a part
        // that names no one, is an apposition ("Zwei Verwalter – Rossen Angeltschew und Lasar Ilijew – durchforsten")
        // and stays in.
        const candidateAside = partIndex === 0 ? dashAsideBefore(tokens, wholeSegment, sentenceStart) : undefined;
        const dashAside =
          candidateAside &&
          compiled.index.at(candidateAside.asideStart + 1)?.entity === undefined &&
          compiled.index.within(candidateAside.clauseStart, candidateAside.asideStart).some((mention) => mention.entity !== undefined)
            ? candidateAside
            : undefined;
        // So is a clause a relative clause interrupts between its auxiliary and its closing verb: "2014 wurde Al-Asir
        // von einem Militärgericht wegen der Gründung einer Gruppe, die …, sowie wegen … verurteilt".
        const interruption = dashAside ?? (partIndex === 0 ? relativeInterruption : undefined);
        // "Ein Treffen mit Fico, über das Medien zuvor spekuliert hatten, fand nicht statt": a noun phrase opening the
        // clause before a relative clause is told of by the verb after it.
        const ahead = !interruption && hit.isNoun && parts.length === 1 ? nounPhraseResumedAfterRelative(doc, segments, segmentIndex, compiled.lexicons) : undefined;
        const segment = interruption ? resumedSegment(doc, parts[partIndex], interruption.clauseStart, segments, compiled.lexicons) : ahead ? { ...wholeSegment, tokenEnd: ahead.resumedEnd } : parts[partIndex];
        const aside = interruption ? ([interruption.asideStart, wholeSegment.tokenStart] as const) : ahead ? ([ahead.asideStart, ahead.asideEnd] as const) : undefined;
        const previous = interruption
          ? segments.slice(0, segmentIndex).filter((earlier) => earlier.tokenEnd <= interruption.clauseStart)
          : [...segments.slice(0, segmentIndex), ...parts.slice(0, partIndex)];
        if (attribution && attribution.segmentIndex === segmentIndex && !hit.isNoun && hit.particleIndex === undefined && compiled.cues.reportingForms.has(tokens[hit.tokenIndex].text.toLowerCase())) continue;
        if (playsNamedPart(doc, segment, compiled.index)) continue;
        const speaker = (attribution && attribution.segmentIndex !== segmentIndex ? attribution.entity : undefined) ?? turnSpeaker;
        const found = findParticipants(doc, hit, segment, previous, compiled, config, attribution ? segments[attribution.segmentIndex] : undefined, speaker, attribution?.phraseSource, aside);
        // "Bei dem Staatsbesuch in China, den Erdogan am Mittwoch begann": the subject of a relative clause on the event
        // noun whose verb undertakes it (cues `undertakingVerbs`) is the event's agent.
        if (hit.isNoun && segment.tokenEnd === wholeSegment.tokenEnd && !found.participants.some((participant) => participant.role !== 'target')) {
          const agent = agentOfUndertakingClause(doc, hit, wholeSegment, segments[segmentIndex + 1], compiled);
          if (agent !== undefined && !found.participants.some((participant) => participant.entity === agent)) {
            found.participants.unshift({ entity: agent, role: hit.trigger.symmetric ? 'participant' : (hit.trigger.slots?.subject ?? 'source') });
          }
        }
        // "Estland von der Westbalkankonferenz auszuschließen": those a verb of ruling out shuts out of an event take no
        // part in it.
        // The preposition governing a noun trigger, if any.
        const nounPreposition = hit.isNoun ? governingPreposition(doc, hit.tokenIndex, segment, compiled.lexicons) : undefined;
        const shutOutForms = nounPreposition === undefined ? undefined : compiled.cues.shutOutForms.get(plainPreposition(nounPreposition, compiled.lexicons)!);
        if (shutOutForms && holdsVerbForm(wordsOf(doc, segment.tokenStart, segment.tokenEnd), shutOutForms)) found.participants = [];
        if (hit.trigger.reportedDemand) {
          const parties = reportedDemandParties(doc, segment, hit.tokenIndex, found.participants, attribution && attribution.segmentIndex !== segmentIndex ? attribution.entity : undefined, attributions.length > 0, recentSpeaker, sentenceIndex, stateOf, compiled);
          if (!parties) continue;
          found.participants = parties;
        }
        if (!found.participants.length && config.eventsWithoutParticipants === 'never') continue;
        if (hit.trigger.needsPartner && !hasPartner(doc, hit, segment, found, compiled)) continue;
        // An actor: the source, or a party of a symmetric event ("Krismer und Petrovic hatten unterschrieben").
        if (hit.trigger.needsAgent && !found.participants.some((participant) => participant.role !== 'target')) continue;
        if (hit.trigger.stateWithSein && isStateWithSein(doc, hit, segment, compiled.lexicons)) continue;
        if (hit.trigger.notWithZuInfinitive && hasZuInfinitiveAfter(doc, hit.tokenIndex, segment, compiled.lexicons)) continue;
        const finiteHere = !hit.isNoun && isFiniteHere(doc, hit, segment, compiled.lexicons);
        // Whether the noun is the object of a zu-infinitive clause of its own, not a noun in one of its phrases
        // ("kündigte an, gegen den Angriff vorzugehen").
        const nounOfZuInfinitive =
          hit.isNoun && nounPreposition === undefined && segment.tokenStart > 0 && tokens[segment.tokenStart - 1].text === ',' && endsInZuInfinitive(doc, segment, compiled.lexicons);
        const { modality, cue: modalityCue } = decideModality(
          {
            doc,
            segment,
            // A conjunct of a subordinate clause ("…, dass die Lager ausgebaut werden und Flüchtlinge abgeschoben
            // werden") is governed by the clause that governs the first conjunct.
            previousSegments: !interruption && partIndex > 0 && segment.subordinator !== undefined ? segments.slice(0, segmentIndex) : previous,
            triggerIndex: hit.tokenIndex,
            isNoun: hit.isNoun,
            inPrecedingTimePhrase: compiled.lexicons.grammar.precedingTimePrepositions.has(nounPreposition ?? ''),
            inSettingPhrase: compiled.lexicons.grammar.settingPrepositions.has(nounPreposition ?? '') ? { indefinite: hasIndefiniteArticleBefore(doc, hit.tokenIndex, segment, compiled.lexicons) } : undefined,
            governedByPreposition: nounPreposition !== undefined,
            governingPreposition: plainPreposition(nounPreposition, compiled.lexicons),
            // "sagte seine Reise wegen des Anschlags ab": a rejecting verb negates its object, not the noun of its cause.
            // Nor a noun in a phrase of the verb's own: "Estland vom Gipfeltreffen auszuschließen" shuts a country out of a
            // meeting that takes place; one in a phrase of the object noun is rejected with it ("lehnte den Antrag auf
            // Inhaftierung des Kapitäns ab").
            negatedByVerb:
              (hit.isNoun &&
                !!rejecting &&
                rejecting !== hit &&
                // "wies die Kritik zurück und sprach von einem Angriff": not one a verb conjunct of its own tells.
                !verbConjunctBetween(doc, rejecting.tokenIndex, hit.tokenIndex, compiled.lexicons, allHits) &&
                !governedByPreposition(doc, hit.tokenIndex, segment, compiled.lexicons.grammar.causalPrepositions, compiled.lexicons) &&
                !governedByPreposition(doc, hit.tokenIndex, segment, compiled.lexicons.grammar.temporalPrepositions, compiled.lexicons) &&
                (nounPreposition === undefined || inAttributeOfNoun(doc, hit.tokenIndex, segment, compiled.lexicons, compiled.index))) ||
              (hit.isNoun && endsInNegatingParticiple(doc, segment, compiled) && !governedByPreposition(doc, hit.tokenIndex, segment, compiled.lexicons.grammar.prepositions, compiled.lexicons)),
            isInfinitive: !hit.isNoun && isInfinitive(tokens[hit.tokenIndex].text, hit.trigger),
            // "kritisiere ich": with a first person singular subject the form in -e is the indicative.
            isSubjunctive:
              !hit.isNoun && isSubjunctiveForm(tokens[hit.tokenIndex].text, hit.trigger) && !wordsOf(doc, segment.tokenStart, segment.tokenEnd).some((word) => compiled.lexicons.grammar.firstPersonSingularPronouns.has(word)),
            isZuInfinitive: !hit.isNoun && isZuInfinitive(doc, hit.tokenIndex, hit.trigger),
            inZuInfinitiveClause: nounOfZuInfinitive,
            isParticiple: !hit.isNoun && isParticiple(tokens[hit.tokenIndex].text, hit.trigger),
            // An event noun in a fronted phrase of a time before ("Nach SPÖ-Rochade um den Rücktritt von X will die ÖVP
            // …") takes its cues from its own words, as an attributive participle does.
            isAttributive: hit.isNoun
              ? inFrontedPrecedingTime(doc, hit.tokenIndex, segment, compiled.lexicons) ||
                inPrecedingTimeOfPerfect(doc, hit.tokenIndex, segment, compiled.lexicons) ||
                inAttributeOfNoun(doc, hit.tokenIndex, segment, compiled.lexicons, compiled.index) ||
                inGenitiveOfNoun(doc, hit.tokenIndex, segment, compiled.lexicons, compiled.index)
              : isAttributiveHere(doc, hit.tokenIndex, hit.trigger, segment, compiled.lexicons),
            attributeStart: hit.isNoun ? undefined : extendedAttributeOpener(tokens, hit.tokenIndex - 1, segment.tokenStart, compiled.lexicons),
            isYesNoQuestion: isYesNoQuestion(doc, segment, hit, compiled.lexicons),
            isComparison: !hit.isNoun && isParticiple(tokens[hit.tokenIndex].text, hit.trigger) && comparisonStart(doc, hit.tokenIndex, segment, compiled.lexicons) !== undefined,
            aside,
            // Only as the verb's own object or subject, not in a phrase ("wollte sich zu den Vorwürfen nicht äußern").
            withSupportVerb:
              hit.isNoun && nounPreposition === undefined && ((!!hit.trigger.supportVerbs?.length && hasSupportVerb(doc, segment, hit.trigger, compiled)) || hasOccurrenceVerb(doc, segment, compiled.lexicons)),
            performative: isVerbalAct(hit.trigger) && wordsOf(doc, segment.tokenStart, segment.tokenEnd).some((word) => compiled.lexicons.grammar.speakerPronouns.has(word) || compiled.lexicons.grammar.impersonalPronouns.has(word)),
            coordinators: compiled.lexicons.grammar.coordinators,
            indicativeMarkers: wordsOf(doc, segment.tokenStart, segment.tokenEnd).some((word) => compiled.lexicons.grammar.firstPersonSingularPronouns.has(word)) ? compiled.lexicons.grammar.firstPersonIndicatives : undefined,
            prepositions: compiled.plainPrepositions,
            // Not an event noun in a phrase of the clause ("bis zum nächsten Gipfeltreffen"): a time or setting.
            conditionBefore: nounPreposition === undefined ? conditionBefore(doc, segments, segmentIndex, compiled) : undefined,
            conjunctEnd: finiteHere ? nextConjunctStart(doc, hit.tokenIndex, segment, compiled.lexicons) : undefined,
            sharedClauseStart: partIndex > 0 && interruption === undefined ? wholeSegment.tokenStart : undefined,
            conjunctStart: finiteHere && hit.tokenIndex > segment.tokenStart && compiled.lexicons.grammar.coordinators.has(tokens[hit.tokenIndex - 1].text.toLowerCase()) ? hit.tokenIndex : undefined,
          },
          compiled.cues,
        );
        const attributed = attribution && (attribution.segmentIndex !== segmentIndex || attribution.byPhrase);
        // A speaker telling of their own act ("Tusk sagte, man sei bereit") performs it: that is asserted, not hearsay.
        // A phrase names a source, not a speaker ("Nach Angaben von Rachmons Büro habe der Präsident zugesagt").
        // So does one who speaks for the country or government whose verbal act it tells ("Tusk sagte, Polen sei bereit,
        // … zu unterstützen": the Polish prime minister's offer), who is then its source too.
        const speaks = attributed && (!attribution.byPhrase || attribution.bySpeech === true);
        const speaksForSource =
          speaks && attribution.entity !== undefined && isVerbalAct(hit.trigger) && speakerSpeaksFor(attribution.entity, found.participants, doc.entities!);
        if (speaksForSource && !found.participants.some((participant) => participant.entity === attribution.entity)) found.participants.unshift({ entity: attribution.entity!, role: 'source' });
        const speakerIsActor = speaks && attribution.entity !== undefined && found.participants.some((participant) => participant.entity === attribution.entity && participant.role !== 'target');
        // "rief zu Protesten auf", "forderte die Freilassung": an event someone asks for lies ahead.
        // So does one a zu-infinitive tells after a verb of asking: "hatte Südafrika aufgerufen, … zu verhaften".
        const askingVerb = hit.isNoun && (modality === 'asserted' || modality === 'reported') ? askingVerbOf(doc, hit, segment, compiled) : undefined;
        // So does the object noun of a zu-infinitive a verb of asking governs: "aufgefordert, Luftangriffe … zu fliegen".
        const nounOfAskedInfinitive = nounOfZuInfinitive && (modality === 'asserted' || modality === 'reported') && governedByAskingVerb(doc, segment, previous.at(-1), compiled);
        // "Detailverhandlungen über ein drittes Hilfspaket", "Gespräche über einen Waffenstillstand": what talks are about
        // is still to be settled.
        const topicOfTalks = hit.isNoun && (modality === 'asserted' || modality === 'reported') && nounPreposition === 'über' && talksNounBefore(doc, hit.tokenIndex, segment, compiled);
        const askedFor =
          askingVerb !== undefined ||
          nounOfAskedInfinitive ||
          (hit.isNoun && (modality === 'asserted' || modality === 'reported') && isInvitedTo(doc, hit.tokenIndex, segment, compiled)) ||
          topicOfTalks ||
          (!hit.isNoun && (modality === 'asserted' || modality === 'reported') && isZuInfinitive(doc, hit.tokenIndex, hit.trigger) && governedByAskingVerb(doc, segment, previous.at(-1), compiled));
        // "Japan solle mit China verhandeln": what a reported demand's clause asks for after its modal lies ahead ("sei
        // entlassen worden und solle … zurückkehren": the release is told); the demand itself the speaker makes by saying it.
        const askedByDemand = !hit.trigger.reportedDemand && allHits.some((other) => other.trigger.reportedDemand && segment.tokenStart <= other.tokenIndex && other.tokenIndex < hit.tokenIndex);
        const finalModality =
          hit.trigger.reportedDemand ? 'asserted'
          : (askedByDemand && (modality === 'asserted' || modality === 'reported')) || askedFor || (modality === 'asserted' && modalityCue === undefined && !found.alleged && (dayAheadInPresent(doc, hit, segment, compiled) || onEveOf(doc, hit, segment, compiled))) ? 'planned'
          : speakerIsActor && modality === 'reported' ? 'asserted'
          : modality === 'asserted' && ((attributed && !speakerIsActor) || found.alleged) ? 'reported'
          : modality;
        // "Sollte Russland seine Angriffe ausweiten, müsse Deutschland seine Hilfe verdoppeln": what one must do on a
        // condition is a stance, no demand made.
        if (hit.trigger.reportedDemand && modality === 'hypothetical') continue;
        const triggerToken = tokens[hit.tokenIndex];
        const evidenceEnd = Math.max(tokens[segment.tokenEnd - 1].end, hit.particleIndex !== undefined ? tokens[hit.particleIndex].end : 0);
        const evidenceStart = Math.min(found.evidenceStart, triggerToken.start);
        // "wurde am Montag wegen Mordes verurteilt": an event noun a preposition of cause governs happened before its
        // clause, whose time is not its own; only a time in its own phrase right after it is.
        const cause = hit.isNoun && governedByPreposition(doc, hit.tokenIndex, segment, compiled.lexicons.grammar.causalPrepositions, compiled.lexicons);
        const statedTime = cause
          ? findTimeExpression(doc, hit.tokenIndex + 1, nounPhraseEnd(doc, hit.tokenIndex, segment, compiled.lexicons), compiled.timeWords, false)
          : (findTimeExpression(doc, segment.tokenStart, segment.tokenEnd, compiled.timeWords, finalModality === 'planned' || finalModality === 'expected') ??
            findTimeExpression(doc, doc.sentences![sentenceIndex].tokenStart, doc.sentences![sentenceIndex].tokenEnd, compiled.timeWords, finalModality === 'planned' || finalModality === 'expected'));
        // A question marks no specific occurrence either: only its answer would; nor does a goal an infinitive names
        // under another clause's plan ("sollen Wege erörtert werden, die Zusammenarbeit zu vertiefen").
        const uncued = modality === 'asserted' || modalityCue === '?' || modalityCue === 'governing clause';
        if (!found.participants.length && config.eventsWithoutParticipants === 'when-cued' && uncued && !statedTime && !countsPeople(doc, segment, compiled.lexicons)) continue;
        const time = statedTime ?? timeOfAnchoringEvent(doc, segment, hit, events, compiled);
        // "die Festnahme", "bei dem Treffen": a definite noun without participants refers back to an event already told.
        if (!found.participants.length && hit.isNoun && isDefiniteReference(doc, hit.tokenIndex) && [...events, ...sentenceEvents].some((earlier) => earlier.type === hit.trigger.type)) continue;
        const location = findLocation(doc, segment, compiled, doc.entities!);
        const theme = findTheme(doc, hit, segment, previous, compiled.lexicons, compiled.index);
        pronounMentions.push(...found.pronounMentions);
        const baseConfidence = hit.trigger.confidence ?? (hit.isNoun ? 0.6 : 0.7);
        const event: DocEvent = {
          id: '',
          type: hit.trigger.type,
          cameo: hit.trigger.cameo,
          trigger: { start: triggerToken.start, end: triggerToken.end, text: triggerToken.text },
          participants: found.participants,
          modality: finalModality,
          ...(attributed ? { attribution: { ...attribution.span, ...(attribution.entity ? { entity: attribution.entity } : {}) } } : {}),
          ...(time ? { time } : {}),
          ...(location ? { location } : {}),
          ...(theme ? { theme } : {}),
          sentence: sentenceIndex,
          evidence: { start: evidenceStart, end: evidenceEnd },
          rule: hit.trigger.id,
          confidence: Math.min(1, Math.round((baseConfidence + (found.participants.length ? 0.15 : -0.2)) * 100) / 100),
        };
        sentenceEvents.push(event);
        if (askingVerb !== undefined) askedForBy.set(event, askingVerb);
      }
    });
    // "Mao Ning forderte, Japan solle aufhören": a demand the speaker makes in words of their own is that one.
    for (let index = sentenceEvents.length - 1; index >= 0; index--) {
      const event = sentenceEvents[index];
      if (!compiled.reportedDemandRules.has(event.rule)) continue;
      const source = event.participants.find((participant) => participant.role === 'source')?.entity;
      if (sentenceEvents.some((other) => other !== event && !compiled.reportedDemandRules.has(other.rule) && isVerbalAct(other) && other.participants.some((participant) => participant.role === 'source' && participant.entity === source))) sentenceEvents.splice(index, 1);
    }
    addressAskedActors(askedForBy, sentenceEvents, tokens);
    // One event per type and participants in a sentence: repeated triggers of one event ("Treffen … treffen").
    for (const event of sentenceEvents) {
      const key = (candidate: DocEvent) => `${candidate.type}|${candidate.participants.map((participant) => participant.entity).sort().join(',')}`;
      if (event.participants.length && sentenceEvents.some((other) => other !== event && events.includes(other) && key(other) === key(event))) continue;
      events.push(event);
    }
  }
  const sportsSentences = new Map<number, boolean>();
  const isSportsSentence = (sentence: number) => {
    let sports = sportsSentences.get(sentence);
    if (sports === undefined) sportsSentences.set(sentence, (sports = isMatchReportSentence(doc, sentence, compiled.lexicons.sportsWords)));
    return sports;
  };
  // A match report: sports words in the event's sentence, or in several sentences of the article (config
  // `matchReportSentences`: "trifft er auf den Sieger" in a report whose other sentences tell goals and sets).
  let matchReportArticle: boolean | undefined;
  const inMatchReport = (event: DocEvent) => {
    if (!compiled.cues.sportsEventTypes.has(event.type) || compiled.noSportsSenseRules.has(event.rule)) return false;
    if (isSportsSentence(event.sentence)) return true;
    matchReportArticle ??= doc.sentences!.filter((_, sentence) => isSportsSentence(sentence)).length >= config.matchReportSentences;
    return matchReportArticle;
  };
  const sporting = config.dropSportsEvents ? events.filter((event) => !isSportsEvent(event, doc.entities!, compiled.lexicons) && !inMatchReport(event)) : events;
  let politicalArticle: boolean | undefined;
  const amongUnknownActorsOnly = (event: DocEvent) => {
    if (!hasOnlyUnknownActors(event, doc.entities!, compiled.lexicons)) return false;
    politicalArticle ??= doc.entities!.some((entity) => isPoliticalSector(entity, compiled.lexicons) === true);
    return !politicalArticle;
  };
  const kept = sporting.filter(
    (event) =>
      !(compiled.politicalOnlyTypes.has(event.type) && (hasOnlyNonPoliticalActors(event, doc.entities!, compiled.lexicons) || amongUnknownActorsOnly(event))) &&
      !(compiled.politicalSourceTypes.has(event.type) && hasNonPoliticalSource(event, doc.entities!, compiled.lexicons)),
  );
  for (const event of kept) if (cancelledInNextSentence(doc, event, compiled)) event.modality = 'negated';
  const merged = mergeRestatedEvents(foldPassiveRestatements(doc, kept, compiled), [...compiled.timeWords.weekdays.keys()], stateOf);
  for (const event of merged) event.time ??= timeOfNextStatement(doc, event, compiled);
  if (config.inheritTime && doc.source.publishedAt) inheritNarrativeTime(merged, doc.source.publishedAt);
  merged.forEach((event, index) => (event.id = `v${index + 1}`));

  // Pronouns that filled a slot become mentions of their entity.
  let entities = doc.entities!;
  if (pronounMentions.length) {
    entities = entities.map((entity) => {
      const added = pronounMentions.filter((pronoun) => pronoun.entity === entity.id && !entity.mentions.some((mention) => mention.start === pronoun.mention.start));
      if (!added.length) return entity;
      const unique = added.filter((pronoun, index) => added.findIndex((other) => other.mention.start === pronoun.mention.start) === index);
      const mentions = [...entity.mentions, ...unique.map(({ mention }) => ({ text: mention.text, start: mention.start, end: mention.end, sentence: mention.sentence, kind: 'pronoun' as const, rule: mention.rule }))];
      return { ...entity, mentions: mentions.sort((a, b) => a.start - b.start) };
    });
  }
  const trace = doc.trace
    ? [
        ...doc.trace,
        ...merged.map((event) => ({ stage: 'extract-events', rule: event.rule, outcome: 'fired' as const, detail: `${event.type} (${event.cameo}) "${event.trigger.text}" ${event.modality}`, start: event.trigger.start, end: event.trigger.end })),
        ...(nearMisses ?? []).map(({ trigger, tokenIndex, reason }) => ({
          stage: 'extract-events',
          rule: trigger.id,
          outcome: 'near-miss' as const,
          detail: `"${tokens[tokenIndex].text}" could be ${trigger.type}, but ${reason}`,
          start: tokens[tokenIndex].start,
          end: tokens[tokenIndex].end,
        })),
      ]
    : undefined;
  return { ...doc, events: merged, entities, ...(trace ? { trace } : {}) };
}

export const extractEventsStage = defineStage({
  name: 'extract-events',
  description: 'Finds event triggers (verbs with separable particles, nouns) and fills participants, modality, attribution, time and place.',
  requires: ['tokens', 'sentences', 'entities'],
  assigns: ['events'],
  configSchema,
  create(config, context) {
    const lexicons = compiledLexicons(context.rules);
    const compiled: Omit<Compiled, 'index' | 'placesNoCountry' | 'places' | 'persons' | 'nonParticipants' | 'sexOfPerson' | 'rolesOfPerson' | 'entityByKey' | 'addressees'> = {
      lexicons,
      triggers: compileTriggers(context.rules.triggers, context.rules.grammar, lexicons.isHeadOfCompound, lexicons.isNounOrCompound),
      cues: compileCues(context.rules.cues, lexicons, context.rules.grammar.subjunctiveMarkers, context.rules.grammar.werdenForms, context.rules.grammar.werdenPastForms),
      timeWords: compileTimeWords(context.rules.grammar),
      placeRoles: new Map([...context.rules.eventTypes.values()].map((eventType) => [eventType.type, new Set(eventType.placeRoles ?? [])])),
      typeRoles: new Map([...context.rules.eventTypes.values()].flatMap((eventType) => (eventType.roles ? [[eventType.type, new Set(eventType.roles)] as const] : []))),
      placeActorRoles: new Map([...context.rules.eventTypes.values()].flatMap((eventType) => (eventType.placeActorRole ? [[eventType.type, eventType.placeActorRole] as const] : []))),
      reactingTypes: new Set([...context.rules.eventTypes.values()].filter((eventType) => eventType.objectEventOfOthers).map((eventType) => eventType.type)),
      plainPrepositions: new Set([...lexicons.grammar.prepositions].filter((preposition) => !lexicons.grammar.determinerCases.has(preposition))),
      askingTypes: new Set([...context.rules.eventTypes.values()].filter((eventType) => eventType.asksForObjectEvent).map((eventType) => eventType.type)),
      actPrepositions: new Map([...context.rules.eventTypes.values()].filter((eventType) => eventType.actPrepositions?.length).map((eventType) => [eventType.type, new Set(eventType.actPrepositions!.map((word) => word.toLowerCase()))])),
      politicalOnlyTypes: new Set([...context.rules.eventTypes.values()].filter((eventType) => eventType.politicalOnly).map((eventType) => eventType.type)),
      politicalSourceTypes: new Set([...context.rules.eventTypes.values()].filter((eventType) => eventType.politicalSource).map((eventType) => eventType.type)),
      reportedDemandRules: new Set(context.rules.triggers.filter((entry) => entry.value.reportedDemand).map((entry) => entry.value.id)),
      noSportsSenseRules: new Set(context.rules.triggers.filter((entry) => entry.value.noSportsSense).map((entry) => entry.value.id)),
      attributionHeads: attributionHeadsOf(splitCues(context.rules.cues.attributionPhrases ?? []).phrases),
    };
    return (doc: Doc): Doc => extractEvents(doc, compiled, config);
  },
});
