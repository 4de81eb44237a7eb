/**
 * The golden scorer: compares extracted records with hand-written gold annotations.
 *
 * Pure: records and gold in, counts and scores out; no file access (the script and the test read the fixtures).
 *
 * Persons. A predicted entity of type PER matches a gold person when (1) its normalized name equals the gold name or
 * an alias, or else (2) its surname (last word) equals the surname of the gold name or of an alias and no other gold
 * person of the article has that surname. Matching is one-to-one: exact matches are made first, then surname
 * matches, in record order; a second predicted entity for an already matched gold person is a false positive (the
 * pipeline failed to merge two mentions of one person).
 *
 * Roles. A predicted role is correct when it belongs to a matched person and a gold role of that person has the same
 * title (see `sameRoleTitle`) and the same country (both absent also counts as the same). Roles of unmatched gold
 * persons are false negatives and roles of unmatched predicted persons false positives, so the role figures are
 * end-to-end (finding the person is part of getting the role right). `roleTitles` is the same count ignoring the
 * country, to tell a wrong title from a country the pipeline could not infer.
 *
 * Events. A predicted event is a candidate for a gold event when its CAMEO root (first two digits) equals the gold
 * root AND either at least one participant resolves to a gold participant, or the triggers share a word stem (see
 * `triggersShareStem`). Candidate pairs are ranked by shared participants (2 points each), shared trigger stem (1),
 * same type (0.5) and same modality (0.25) and assigned greedily one-to-one, best first. A predicted participant
 * resolves to a gold name through the person matching above, or by its entity name or one of its mention texts
 * equalling a gold name or alias (this is how "Moskau" reaches "Regierung Russlands").
 * Unmatched predicted events are false positives, unmatched gold events false negatives. `eventTypes` is the
 * stricter count where a match also needs the same event type (when the gold gives one). Modality and time are
 * agreement rates among matched events (time: gold `time` is a prefix of the predicted `time.value`).
 *
 * Status and language: agreement of the record status and `language.code` with the gold (language only when the
 * gold gives one).
 */
import type { ArticleRecord, OkRecord } from '../schema/record.ts';
import type { GoldEvent, GoldPerson, GoldRecord } from './gold-schema.ts';
import { namesOf, normalizeName, sameRoleTitle, surnameOf, triggersShareStem } from './name-matching.ts';

export interface ScorePair {
  gold: GoldRecord;
  record: ArticleRecord;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface PrecisionRecall extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Agreement {
  correct: number;
  total: number;
  /** correct / total; 1 when there was nothing to compare. */
  accuracy: number;
}

export interface ArticleScore {
  id: string;
  goldStatus: GoldRecord['status'];
  predictedStatus: ArticleRecord['status'];
  status: Agreement;
  language: Agreement;
  persons: PrecisionRecall;
  roles: PrecisionRecall;
  /** Like `roles`, but a role counts as correct when the title is right, whatever the country. */
  roleTitles: PrecisionRecall;
  events: PrecisionRecall;
  eventTypes: PrecisionRecall;
  modality: Agreement;
  time: Agreement;
  /** Readable lists for finding out why a figure is low. */
  missedPersons: string[];
  spuriousPersons: string[];
  missedEvents: string[];
  spuriousEvents: string[];
  wrongModality: string[];
  /** Matched events whose gold time the predicted one misses: "gold → predicted (its phrase)". */
  wrongTime: string[];
  /** Matched persons whose predicted roles differ from the gold: "name: predicted → gold". */
  wrongRoles: string[];
}

export interface GoldenReport {
  articles: ArticleScore[];
  /** Micro averages: counts summed over all articles, then precision, recall and F1 computed once. */
  micro: {
    persons: PrecisionRecall;
    roles: PrecisionRecall;
    roleTitles: PrecisionRecall;
    events: PrecisionRecall;
    eventTypes: PrecisionRecall;
    modality: Agreement;
    time: Agreement;
    status: Agreement;
    language: Agreement;
  };
}

/** Precision, recall and F1; all three are 1 when there was nothing to find and nothing was predicted. */
export function precisionRecall(counts: Counts): PrecisionRecall {
  const { truePositives, falsePositives, falseNegatives } = counts;
  if (truePositives + falsePositives + falseNegatives === 0) {
    return { ...counts, precision: 1, recall: 1, f1: 1 };
  }
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

function agreement(correct: number, total: number): Agreement {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

type PredictedEntity = OkRecord['entities'][number];
type PredictedEvent = OkRecord['events'][number];

function entitiesOf(record: ArticleRecord): PredictedEntity[] {
  return record.status === 'error' ? [] : record.entities;
}

function eventsOf(record: ArticleRecord): PredictedEvent[] {
  return record.status === 'error' ? [] : record.events;
}

/** Gold persons keyed by every normalized surname they can be found under, to tell unambiguous surnames apart. */
function surnameOwners(persons: GoldPerson[]): Map<string, Set<number>> {
  const owners = new Map<string, Set<number>>();
  persons.forEach((person, index) => {
    for (const name of namesOf(person)) {
      const surname = surnameOf(name);
      const set = owners.get(surname) ?? new Set<number>();
      set.add(index);
      owners.set(surname, set);
    }
  });
  return owners;
}

/**
 * Matches predicted PER entities to gold persons one-to-one. Returns, for each predicted entity id, the index of
 * the gold person it matched.
 */
export function matchPersons(goldPersons: GoldPerson[], predicted: PredictedEntity[]): Map<string, number> {
  const matched = new Map<string, number>();
  const taken = new Set<number>();
  const goldNames = goldPersons.map((person) => new Set(namesOf(person)));
  const owners = surnameOwners(goldPersons);

  const exactMatch = (name: string): number => goldNames.findIndex((names, index) => !taken.has(index) && names.has(name));
  const surnameMatch = (name: string): number => {
    const candidates = owners.get(surnameOf(name));
    if (!candidates || candidates.size !== 1) return -1;
    const [index] = candidates;
    return taken.has(index) ? -1 : index;
  };

  for (const pass of [exactMatch, surnameMatch]) {
    for (const entity of predicted) {
      if (matched.has(entity.id)) continue;
      const index = pass(normalizeName(entity.name));
      if (index >= 0) {
        matched.set(entity.id, index);
        taken.add(index);
      }
    }
  }
  return matched;
}

function countRoles(gold: GoldPerson, predicted: PredictedEntity, compareCountry: boolean): Counts {
  const goldRoles = gold.roles ?? [];
  const predictedRoles = predicted.roles ?? [];
  const used = new Set<number>();
  let truePositives = 0;
  for (const role of predictedRoles) {
    const index = goldRoles.findIndex(
      (goldRole, goldIndex) =>
        !used.has(goldIndex) &&
        sameRoleTitle(goldRole.title, role.title) &&
        (!compareCountry || goldRole.country === role.country),
    );
    if (index >= 0) {
      used.add(index);
      truePositives += 1;
    }
  }
  return {
    truePositives,
    falsePositives: predictedRoles.length - truePositives,
    falseNegatives: goldRoles.length - truePositives,
  };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

const zeroCounts: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

/**
 * Resolves a predicted participant (an entity id, or a bare name when the id is unknown) to the gold names it
 * stands for: the matched gold person, or any gold entry whose name or alias equals the entity name or one of its
 * mention texts.
 */
function participantResolver(gold: GoldRecord, entities: PredictedEntity[], personMatches: Map<string, number>) {
  const entries = [...gold.persons, ...(gold.organisations ?? []), ...(gold.places ?? [])];
  const entryNames = entries.map((entry) => ({ name: entry.name, forms: new Set(namesOf(entry)) }));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return (participant: string): Set<string> => {
    const resolved = new Set<string>();
    const entity = byId.get(participant);
    const personIndex = personMatches.get(participant);
    if (personIndex !== undefined) resolved.add(gold.persons[personIndex].name);
    const forms = entity ? [entity.name, ...entity.mentions.map((mention) => mention.text)] : [participant];
    for (const form of forms.map(normalizeName)) {
      for (const entry of entryNames) if (entry.forms.has(form)) resolved.add(entry.name);
    }
    return resolved;
  };
}

function describeRoles(roles: Array<{ title: string; country?: string }> | undefined): string {
  if (!roles || roles.length === 0) return '(none)';
  return roles.map((role) => (role.country ? `${role.title} ${role.country}` : role.title)).join(', ');
}

function describeGoldEvent(event: GoldEvent): string {
  return `${event.type ?? '?'}/${event.cameoRoot} "${event.trigger}" [${event.participants.join(', ')}] ${event.modality}`;
}

function describePredictedEvent(event: PredictedEvent, entities: PredictedEntity[]): string {
  const names = event.participants.map(
    (participant) => entities.find((entity) => entity.id === participant.entity)?.name ?? participant.entity,
  );
  return `${event.type}/${event.cameo} "${event.trigger.text}" [${names.join(', ')}] ${event.modality}`;
}

interface EventPair {
  goldIndex: number;
  predictedIndex: number;
  score: number;
}

/** Matches predicted events to gold events one-to-one (see the file comment for the rule). */
export function matchEvents(
  gold: GoldRecord,
  predicted: PredictedEvent[],
  resolve: (participant: string) => Set<string>,
): Array<{ goldIndex: number; predictedIndex: number }> {
  const candidates: EventPair[] = [];
  const resolvedParticipants = predicted.map((event) => {
    const names = new Set<string>();
    for (const participant of event.participants) for (const name of resolve(participant.entity)) names.add(name);
    return names;
  });
  gold.events.forEach((goldEvent, goldIndex) => {
    predicted.forEach((event, predictedIndex) => {
      if (event.cameo.slice(0, 2) !== goldEvent.cameoRoot) return;
      const shared = goldEvent.participants.filter((name) => resolvedParticipants[predictedIndex].has(name)).length;
      const stem = triggersShareStem(goldEvent.trigger, event.trigger.text);
      if (shared === 0 && !stem) return;
      const score =
        shared * 2 +
        (stem ? 1 : 0) +
        (goldEvent.type !== undefined && goldEvent.type === event.type ? 0.5 : 0) +
        (goldEvent.modality === event.modality ? 0.25 : 0);
      candidates.push({ goldIndex, predictedIndex, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.goldIndex - b.goldIndex || a.predictedIndex - b.predictedIndex);
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: Array<{ goldIndex: number; predictedIndex: number }> = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.goldIndex) || predictedTaken.has(candidate.predictedIndex)) continue;
    goldTaken.add(candidate.goldIndex);
    predictedTaken.add(candidate.predictedIndex);
    pairs.push({ goldIndex: candidate.goldIndex, predictedIndex: candidate.predictedIndex });
  }
  return pairs.sort((a, b) => a.goldIndex - b.goldIndex);
}

/** Role counts over all persons of an article (see the file comment), strict and title-only. */
function scoreRoles(goldPersons: GoldPerson[], predictedPersons: PredictedEntity[], personMatches: Map<string, number>) {
  let roles = zeroCounts;
  let roleTitles = zeroCounts;
  const wrongRoles: string[] = [];
  for (const entity of predictedPersons) {
    const index = personMatches.get(entity.id);
    if (index === undefined) {
      const spurious = { truePositives: 0, falsePositives: entity.roles?.length ?? 0, falseNegatives: 0 };
      roles = addCounts(roles, spurious);
      roleTitles = addCounts(roleTitles, spurious);
      continue;
    }
    const goldPerson = goldPersons[index];
    const counts = countRoles(goldPerson, entity, true);
    roles = addCounts(roles, counts);
    roleTitles = addCounts(roleTitles, countRoles(goldPerson, entity, false));
    if (counts.falsePositives + counts.falseNegatives > 0) {
      wrongRoles.push(`${goldPerson.name}: ${describeRoles(entity.roles)} → gold ${describeRoles(goldPerson.roles)}`);
    }
  }
  const matchedGoldPersons = new Set(personMatches.values());
  goldPersons.forEach((person, index) => {
    if (matchedGoldPersons.has(index)) return;
    const missed = { truePositives: 0, falsePositives: 0, falseNegatives: person.roles?.length ?? 0 };
    roles = addCounts(roles, missed);
    roleTitles = addCounts(roleTitles, missed);
  });
  return { roles, roleTitles, wrongRoles };
}

/** Scores one article. */
export function scoreArticle({ gold, record }: ScorePair): ArticleScore {
  const entities = entitiesOf(record);
  const predictedPersons = entities.filter((entity) => entity.type === 'PER');
  const personMatches = matchPersons(gold.persons, predictedPersons);

  const matchedGoldPersons = new Set(personMatches.values());
  const { roles, roleTitles, wrongRoles } = scoreRoles(gold.persons, predictedPersons, personMatches);

  const predictedEvents = eventsOf(record);
  const resolve = participantResolver(gold, entities, personMatches);
  const eventPairs = matchEvents(gold, predictedEvents, resolve);
  const matchedGoldEvents = new Set(eventPairs.map((pair) => pair.goldIndex));
  const matchedPredictedEvents = new Set(eventPairs.map((pair) => pair.predictedIndex));

  let sameType = 0;
  let sameModality = 0;
  let timeCorrect = 0;
  let timeTotal = 0;
  const wrongModality: string[] = [];
  const wrongTime: string[] = [];
  for (const { goldIndex, predictedIndex } of eventPairs) {
    const goldEvent = gold.events[goldIndex];
    const event = predictedEvents[predictedIndex];
    if (goldEvent.type === undefined || goldEvent.type === event.type) sameType += 1;
    if (goldEvent.modality === event.modality) sameModality += 1;
    else wrongModality.push(`${describeGoldEvent(goldEvent)} → ${event.modality}`);
    if (goldEvent.time !== undefined) {
      timeTotal += 1;
      if (event.time?.value?.startsWith(goldEvent.time)) timeCorrect += 1;
      else wrongTime.push(`${describeGoldEvent(goldEvent)} ${goldEvent.time} → ${event.time ? `${event.time.value ?? '?'} ("${event.time.text}")` : 'none'}`);
    }
  }

  const predictedLanguage = record.status === 'error' ? undefined : record.language.code;
  return {
    id: gold.id,
    goldStatus: gold.status,
    predictedStatus: record.status,
    status: agreement(gold.status === record.status ? 1 : 0, 1),
    language: gold.language === undefined ? agreement(0, 0) : agreement(gold.language === predictedLanguage ? 1 : 0, 1),
    persons: precisionRecall({
      truePositives: personMatches.size,
      falsePositives: predictedPersons.length - personMatches.size,
      falseNegatives: gold.persons.length - personMatches.size,
    }),
    roles: precisionRecall(roles),
    roleTitles: precisionRecall(roleTitles),
    events: precisionRecall({
      truePositives: eventPairs.length,
      falsePositives: predictedEvents.length - eventPairs.length,
      falseNegatives: gold.events.length - eventPairs.length,
    }),
    eventTypes: precisionRecall({
      truePositives: sameType,
      falsePositives: predictedEvents.length - sameType,
      falseNegatives: gold.events.length - sameType,
    }),
    modality: agreement(sameModality, eventPairs.length),
    time: agreement(timeCorrect, timeTotal),
    missedPersons: gold.persons.filter((_, index) => !matchedGoldPersons.has(index)).map((person) => person.name),
    spuriousPersons: predictedPersons.filter((entity) => !personMatches.has(entity.id)).map((entity) => entity.name),
    missedEvents: gold.events.filter((_, index) => !matchedGoldEvents.has(index)).map(describeGoldEvent),
    spuriousEvents: predictedEvents
      .filter((_, index) => !matchedPredictedEvents.has(index))
      .map((event) => describePredictedEvent(event, entities)),
    wrongModality,
    wrongTime,
    wrongRoles,
  };
}

function sumCounts(scores: PrecisionRecall[]): PrecisionRecall {
  return precisionRecall(scores.reduce<Counts>((total, score) => addCounts(total, score), zeroCounts));
}

function sumAgreements(scores: Agreement[]): Agreement {
  return agreement(
    scores.reduce((total, score) => total + score.correct, 0),
    scores.reduce((total, score) => total + score.total, 0),
  );
}

/** Scores every pair and micro-averages the counts over all articles. */
export function scoreRecords(pairs: ScorePair[]): GoldenReport {
  const articles = pairs.map(scoreArticle);
  return {
    articles,
    micro: {
      persons: sumCounts(articles.map((article) => article.persons)),
      roles: sumCounts(articles.map((article) => article.roles)),
      roleTitles: sumCounts(articles.map((article) => article.roleTitles)),
      events: sumCounts(articles.map((article) => article.events)),
      eventTypes: sumCounts(articles.map((article) => article.eventTypes)),
      modality: sumAgreements(articles.map((article) => article.modality)),
      time: sumAgreements(articles.map((article) => article.time)),
      status: sumAgreements(articles.map((article) => article.status)),
      language: sumAgreements(articles.map((article) => article.language)),
    },
  };
}
