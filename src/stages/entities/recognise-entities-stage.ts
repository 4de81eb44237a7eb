/**
 * Named-entity recognition: rules and the statistical model combined. Lists, knowledge entries and role patterns
 * propose mentions they are sure of; the model (optional) proposes the rest; the overlap policy decides; then
 * surnames of persons named in full are found again throughout the article.
 */
import { z } from 'zod';
import type { Doc, Mention } from '../../doc/types.ts';
import { defaultNerModelPath, loadNerModel, type NerModel } from '../../ner/index.ts';
import { existsSync } from 'node:fs';
import { PipelineConfigError } from '../../errors.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { compiledLexicons, type CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';
import { loadEnglishWords } from '../../lexicon/english-words.ts';
import { isTimeNoun } from '../events/clauses.ts';
import { resolve } from 'node:path';
import type { Candidate } from './candidate.ts';
import { findGazetteerMentions } from './find-gazetteer-mentions.ts';
import { endsInEventWord, findModelMentions } from './find-model-mentions.ts';
import { findQuotedNames } from './find-quoted-names.ts';
import { findIntroducedNames } from './find-introduced-names.ts';
import { findRoleMentions, findTraitDescriptions } from './find-role-mentions.ts';
import { findInstitutionMentions } from './find-institution-mentions.ts';
import { propagateSurnames } from './propagate-surnames.ts';
import { coordinatedNames } from './coordinated-names.ts';
import { findOrganisationDescriptions } from './find-organisation-descriptions.ts';
import { findHeadNounDescriptions } from './find-head-noun-descriptions.ts';
import { teamsByPlace } from './teams-by-place.ts';
import { repeatOrganisationNames } from './repeat-organisation-names.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import { findPatternMentions, compilePatterns } from './find-pattern-mentions.ts';
import { isDeputyDescription } from '../../rules/deputy-roles.ts';

const configSchema = z.strictObject({
  /** Use the statistical tagger; "default" is the shipped model, a path another one, false none (rules only). */
  model: z.union([z.literal(false), z.string()]).default('default'),
  /** When set, model mentions whose weakest token is less probable than this are left out (costs marginals: slower). */
  minimumModelConfidence: z.number().min(0).max(1).optional(),
  quotedNames: z.boolean().default(true),
  /**
   * Tag only sentences with a capitalised word the rules left open that is not a known noun: the model's work is
   * finding names no rule knows, and most sentences have none. false tags every sentence.
   */
  modelOnOpenSentencesOnly: z.boolean().default(true),
  /**
   * The country a feed comes from (ISO 3166 alpha-2, "AT" for an Austrian paper): of entries of several countries that
   * share a name ("die Grünen"), its entry is taken where the article names no country more than another.
   */
  homeCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
});

/**
 * The listed places that open or stand inside an organisation's name the tagger found, where the rest of that name is
 * capitalised words no noun list knows: "Detroit Pistons", "Chicago Bulls" are teams, not the cities, "George
 * Washington University" a university ("Wiener Linien" is no case: the adjective is no listed place; "Universität
 * Wien" neither: a noun before it). And a listed place that ends a person's name the tagger found after given names.
 */
export function placesStartingNames(doc: Doc, gazetteer: readonly Candidate[], model: readonly Candidate[], lexicons: CompiledLexicons): Set<Candidate> {
  const starting = new Set<Candidate>();
  if (!model.length) return starting;
  const tokens = doc.tokens!;
  // And an English name of any class whose words English links join (grammar `englishNameLinks`: "Supreme Court of the
  // State of New York").
  const links = lexicons.grammar.englishNameLinks;
  const english = (mention: Mention) => tokens.slice(mention.tokenStart + 1, mention.tokenEnd - 1).some((token) => links.has(token.text));
  // "The Grand Budapest Hotel": a name that opens with one of those words ("The") is English throughout.
  const opensEnglish = (mention: Mention) => mention.tokenEnd - mention.tokenStart >= 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[mention.tokenStart].text) && links.has(tokens[mention.tokenStart].text.toLowerCase());
  // "Tokyo Motor Show", "Vienna City Marathon": an event's name of the tagger's (grammar `eventNameWords` ends it) holds
  // its place as a word of the name, whatever its other words.
  const eventName = (mention: Mention) => mention.label === 'MISC' && endsInEventWord(tokens[mention.tokenEnd - 1].text, lexicons);
  const organisations = model.filter((candidate) => candidate.mention.label === 'ORG' || english(candidate.mention) || opensEnglish(candidate.mention) || eventName(candidate.mention)).map((candidate) => candidate.mention);
  // "George Washington University": so one inside such a name, where the words before it are as unknown; in an English
  // name, any capitalised word is a name word ("Grand" and "Hotel" are German nouns too).
  const unknownWords = (from: number, to: number, inEnglish: boolean) => {
    for (let index = from; index < to; index++) {
      const word = tokens[index].text;
      if (links.has(word) || (inEnglish && links.has(word.toLowerCase()))) continue;
      if (!/^\p{Lu}/u.test(word) || (!inEnglish && lexicons.isNounOrCompound(word))) return false;
    }
    return true;
  };
  // "Generalmajor Yair Golan", "Enner Valencia": a listed place that ends a person's name the tagger found, after given
  // names only, is that person's surname.
  const persons = model.filter((candidate) => candidate.mention.label === 'PER' && candidate.mention.tokenEnd - candidate.mention.tokenStart >= 2).map((candidate) => candidate.mention);
  const firstNames = loadFirstNames();
  const givenNames = (from: number, to: number) => tokens.slice(from, to).every((token) => firstNames.has(token.text) && !lexicons.matchPhrase([token.text], 0));
  for (const candidate of gazetteer) {
    const { mention } = candidate;
    if (mention.label !== 'LOC') continue;
    const person = mention.tokenEnd - mention.tokenStart === 1 ? persons.find((named) => named.tokenEnd === mention.tokenEnd && named.tokenStart < mention.tokenStart) : undefined;
    if (person && givenNames(person.tokenStart, mention.tokenStart)) {
      starting.add(candidate);
      continue;
    }
    const name = organisations.find((organisation) => organisation.tokenStart <= mention.tokenStart && organisation.tokenEnd >= mention.tokenEnd && organisation.tokenEnd - organisation.tokenStart > mention.tokenEnd - mention.tokenStart);
    const inEnglish = name !== undefined && (opensEnglish(name) || eventName(name));
    if (name && unknownWords(name.tokenStart, mention.tokenStart, inEnglish) && unknownWords(mention.tokenEnd, name.tokenEnd, inEnglish)) starting.add(candidate);
  }
  return starting;
}

/**
 * The listed abbreviations that open a longer name of words no list knows: "die Tagesoption EU Day Pack", "USA Today"
 * name a product and a paper, not the EU and the US. The word after the abbreviation is capitalised and no noun, given
 * name, listed name, time or word that never names ("EU Kommission", "USA Mike Pompeo", "BBC Mittwochfrüh" stay).
 */
export function abbreviationsOpeningNames(doc: Doc, gazetteer: readonly Candidate[], lexicons: CompiledLexicons): Set<Candidate> {
  const opening = new Set<Candidate>();
  const tokens = doc.tokens!;
  const firstNames = loadFirstNames();
  for (const candidate of gazetteer) {
    const { mention } = candidate;
    const next = tokens[mention.tokenEnd];
    if (mention.tokenEnd - mention.tokenStart !== 1 || !/^\p{Lu}{2,}$/u.test(mention.text) || !next || next.sentence !== mention.sentence) continue;
    const word = next.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || lexicons.isNounOrCompound(word) || firstNames.has(word) || lexicons.matchPhrase([word], 0) || lexicons.grammar.nonNameWords.has(word) || isTimeNoun(word, lexicons)) continue;
    opening.add(candidate);
  }
  return opening;
}

/**
 * The listed one-word names of organisations that open a longer name the tagger found whose other words are all
 * English words, two or more, the last a word of organisations' names (grammar `organisationNameEnds`): "die paramilitärischen
 * Rapid Support Forces" are no football club Rapid. A product's name keeps the firm ("Apple Watch"), and so does a
 * German word or a place after the name ("Rapid Wien").
 */
export function listedNamesOpeningEnglishNames(doc: Doc, gazetteer: readonly Candidate[], model: readonly Candidate[], lexicons: CompiledLexicons): Set<Candidate> {
  const opening = new Set<Candidate>();
  const tokens = doc.tokens!;
  const english = loadEnglishWords();
  for (const candidate of gazetteer) {
    const { mention } = candidate;
    if (mention.label !== 'ORG' || mention.tokenEnd - mention.tokenStart !== 1) continue;
    const name = model.find(({ mention: tagged }) => tagged.tokenStart === mention.tokenStart && tagged.tokenEnd > mention.tokenEnd)?.mention;
    if (!name) continue;
    const rest = tokens.slice(mention.tokenEnd, name.tokenEnd);
    const englishWords = rest.every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.text) && english.has(token.text.toLowerCase()));
    // Two words at least: one may be a product's ("Apple Magic" is a keyboard's, "Magic" also a team's name end).
    if (rest.length >= 2 && englishWords && lexicons.grammar.organisationNameEnds.has(rest[rest.length - 1].text)) opening.add(candidate);
  }
  return opening;
}

/**
 * A guess by the words' shape (a `fallback` pattern) that holds a name the tagger gave the same class ranks as the
 * tagger's, so the longer wins: in "Irmgard Griss" the tagger found "Griss" alone, a person by one word it is not sure
 * enough of, and the given name the pattern adds makes her one.
 */
export function confirmedFallbacks(ruleCandidates: readonly Candidate[], modelCandidates: readonly Candidate[]): Candidate[] {
  // Words the tagger calls a person on their own: a surname standing alone ("Griss sagte").
  const taggedPersons = new Set(modelCandidates.filter(({ mention }) => mention.label === 'PER' && mention.tokenEnd - mention.tokenStart === 1).map(({ mention }) => mention.text));
  return ruleCandidates.map((candidate) => {
    if (candidate.source !== 'fallback') return candidate;
    const { mention } = candidate;
    const confirmed = modelCandidates.some(({ mention: tagged }) => tagged.label === mention.label && tagged.tokenStart >= mention.tokenStart && tagged.tokenEnd <= mention.tokenEnd);
    // So does one whose last word the tagger calls a person where it stands alone: "so wie Irmgard Griss", which the
    // tagger took for a title, is the "Griss" it tagged a person elsewhere.
    const surnameConfirmed = mention.label === 'PER' && mention.tokenEnd - mention.tokenStart >= 2 && taggedPersons.has(mention.text.slice(mention.text.lastIndexOf(' ') + 1));
    return confirmed || surnameConfirmed ? { ...candidate, source: 'model' as const } : candidate;
  });
}

/**
 * "Der stellvertretende lettische Außenminister Janis Berzins": the deputy holds no office of the role noun's own; the
 * title says so ("Vize-Außenminister"), for the role in apposition and for a role description alike.
 */
function asDeputyRole(doc: Doc, mention: Mention, lexicons: CompiledLexicons): Mention {
  const deputy = <T extends { title: string }>(role: T): T => ({ ...role, title: role.title.startsWith('Vize') ? role.title : `Vize-${role.title}` });
  if (mention.appositiveRole && isDeputyDescription(doc.text.slice(mention.appositiveRole.span.start, mention.start), lexicons)) {
    return { ...mention, appositiveRole: deputy(mention.appositiveRole) };
  }
  if (mention.kind === 'role' && mention.role && isDeputyDescription(mention.text, lexicons)) return { ...mention, role: deputy(mention.role) };
  return mention;
}

/** For each country, how many different listed names of it the candidates hold. */
function countriesNamed(candidates: readonly Candidate[]): Map<string, number> {
  const keysByCountry = new Map<string, Set<string>>();
  for (const { mention } of candidates) {
    if (!mention.country || !mention.key) continue;
    const keys = keysByCountry.get(mention.country) ?? new Set<string>();
    keysByCountry.set(mention.country, keys.add(mention.key));
  }
  return new Map([...keysByCountry].map(([country, keys]) => [country, keys.size]));
}

export const recogniseEntitiesStage = defineStage({
  name: 'recognise-entities',
  description: 'Finds person, organisation, place and other names: gazetteers, knowledge entries, role patterns, token patterns and the statistical model, combined by one overlap policy.',
  requires: ['tokens', 'sentences'],
  assigns: ['mentions'],
  configSchema,
  create(config, context) {
    const lexicons = compiledLexicons(context.rules);
    const patterns = compilePatterns(context.rules);
    const modelPath = config.model === false ? undefined : config.model === 'default' ? defaultNerModelPath : resolve(context.pipelineDirectory, config.model);
    if (modelPath && !existsSync(modelPath)) {
      throw new PipelineConfigError(modelPath, "the NER model file is missing; rebuild it with 'npm run train:ner', or set the recognise-entities config \"model\": false");
    }
    const model: NerModel | undefined = modelPath ? loadNerModel(modelPath) : undefined;
    return (doc: Doc): Doc => {
      const gazetteerCandidates = findGazetteerMentions(doc, lexicons, config.homeCountry);
      const ruleCandidates: Candidate[] = [
        ...findPatternMentions(doc, patterns, lexicons),
        ...gazetteerCandidates,
        ...findRoleMentions(doc, lexicons, countriesNamed(gazetteerCandidates)),
        ...findTraitDescriptions(doc, lexicons),
        ...findOrganisationDescriptions(doc, lexicons),
        ...findInstitutionMentions(doc, lexicons, gazetteerCandidates.map((candidate) => candidate.mention)),
        ...findIntroducedNames(doc, lexicons),
      ];
      let ruleCovered: Uint8Array | undefined;
      if (model && config.modelOnOpenSentencesOnly) {
        ruleCovered = new Uint8Array(doc.tokens!.length);
        // A guess by the words' shape covers nothing: the tagger still reads its sentence.
        for (const { mention, source } of ruleCandidates) if (mention.kind === 'name' && source !== 'fallback') ruleCovered.fill(1, mention.tokenStart, mention.tokenEnd);
      }
      const modelCandidates = model ? findModelMentions(doc, model, lexicons, config.minimumModelConfidence, ruleCovered) : [];
      const startingNames = new Set([
        ...placesStartingNames(doc, gazetteerCandidates, modelCandidates, lexicons),
        ...abbreviationsOpeningNames(doc, gazetteerCandidates, lexicons),
        ...listedNamesOpeningEnglishNames(doc, gazetteerCandidates, modelCandidates, lexicons),
      ]);
      const candidates: Candidate[] = [
        ...confirmedFallbacks(startingNames.size ? ruleCandidates.filter((candidate) => !startingNames.has(candidate)) : ruleCandidates, modelCandidates),
        ...modelCandidates,
        ...(config.quotedNames ? findQuotedNames(doc, lexicons) : []),
      ];
      const first = resolveOverlaps(candidates);
      const guessedRules = new Set(ruleCandidates.filter((candidate) => candidate.source === 'fallback').map((candidate) => candidate.mention.rule));
      const propagated = propagateSurnames(doc, first.kept, lexicons, guessedRules);
      const { displacedPlaces } = propagated;
      const displaced = (candidate: Candidate) => candidate.mention.label === 'LOC' && candidate.mention.tokenEnd - candidate.mention.tokenStart === 1 && displacedPlaces.has(candidate.mention.tokenStart);
      const repeated = [...propagated.candidates, ...repeatOrganisationNames(doc, first.kept, lexicons), ...coordinatedNames(doc, first.kept, lexicons), ...findHeadNounDescriptions(doc, first.kept, lexicons)];
      const final = repeated.length ? resolveOverlaps([...candidates.filter((candidate) => !displaced(candidate)), ...repeated]) : first;
      const trace = doc.trace
        ? [
            ...doc.trace,
            ...final.kept.map((mention) => ({ stage: 'recognise-entities', rule: mention.rule, outcome: 'fired' as const, detail: `${mention.label} ${mention.kind} "${mention.text}"`, start: mention.start, end: mention.end })),
            ...final.dropped.map(({ mention }) => ({ stage: 'recognise-entities', rule: mention.rule, outcome: 'near-miss' as const, detail: `${mention.label} "${mention.text}" lost to an overlapping mention of higher precedence`, start: mention.start, end: mention.end })),
          ]
        : undefined;
      const mentions = teamsByPlace(doc, final.kept, lexicons).map((mention) => asDeputyRole(doc, mention, lexicons));
      return { ...doc, mentions, ...(trace ? { trace } : {}) };
    };
  },
});
