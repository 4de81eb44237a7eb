/**
 * Linking and resolution: one entity per real-world referent.
 *  - full names first, each linked to a knowledge entry when its name or an alias matches across transliterations;
 *  - other spellings of the same person join ("Vladimir Zelensky" ~ "Wolodymyr Selenskyj" by surname key);
 *  - surname-only and genitive mentions ("Macrons") join the person named in full;
 *  - role descriptions ("den russischen Führer") join the person holding that role, in the article or in the
 *    knowledge file;
 *  - capitals and government seats in actor position ("Moskau lehnte ab", "der Kreml") become metonym mentions of
 *    that country's government.
 */
import { z } from 'zod';
import type { Doc, Entity, EntityMention, EntityRecordRole, Mention, Message, RoleInfo, Token } from '../../doc/types.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { compiledLexicons, isFeminineRole, roleSex, type CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { familyNameFirstOf, givenNamesAgree, givenNamesFitEntry, isClosedClassWord, isGivenNameLike } from '../../rules/name-forms.ts';
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';
import type { KnowledgeEntry } from '../../rules/schema.ts';
import { nominativeOfDeclinedName } from '../../text/declension.ts';
import { jaroWinkler } from '../../text/jaro-winkler.ts';
import { canStandAlone, groupingKey, nameKey, stripGenitive, wordKey } from '../../text/name-keys.ts';
import { isMetonymPosition } from './metonymy.ts';
import { assignActorCodes, sectorsOfOrganisations } from './assign-actor-codes.ts';
import { headNounDescriptionRule, headNounOf, kindHeadBefore } from '../entities/find-head-noun-descriptions.ts';
import { organisationDescriptionRule } from '../entities/find-organisation-descriptions.ts';
import { stateOfficeKinds, synonymListedKinds, uniqueOfficeKinds } from '../../rules/role-kinds.ts';
import { governmentName } from './government-name.ts';
import { sexOfPerson } from '../../rules/person-sex.ts';
import { isDeputyDescription } from '../../rules/deputy-roles.ts';



/**
 * The one country an article is about, if it is about one: the country of its dateline ("Santiago – …"), or else
 * the only country its place names, capitals and nationality adjectives point to.
 */
export function soleCountryOfArticle(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): string | undefined {
  const tokens = doc.tokens!;
  // The dateline opens the text, or the sentence after the title; after a title it may also end in a comma.
  const [firstSentence, secondSentence] = doc.sentences!;
  for (const [sentence, followers] of [[secondSentence, ['–', '-', '—', '(', ',']], [firstSentence, ['–', '—', '(']]] as const) {
    if (!sentence) continue;
    const first = mentions.find((mention) => mention.tokenStart === sentence.tokenStart && mention.label === 'LOC');
    const after = first ? tokens[first.tokenEnd]?.text : undefined;
    if (first?.country && after !== undefined && (followers as readonly string[]).includes(after)) return first.country;
  }
  const countries = countriesOfArticle(doc, mentions, lexicons);
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Kinds of listed organisations (knowledge.jsonl `kind`) that act within one state. */
const domesticKinds: ReadonlySet<string> = new Set(['party', 'legislature', 'government', 'police', 'judiciary', 'union']);

/**
 * The countries the article names: by a place of theirs or a nationality adjective ("deutschen"); where it names none
 * so, by the listed organisations of one country it names ("Die Fraktion der Freien Wähler" in a report from a town no
 * list knows).
 */
function countriesOfArticle(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): Set<string> {
  const countries = new Set<string>();
  for (const mention of mentions) if (mention.label === 'LOC' && mention.country) countries.add(mention.country);
  for (const token of doc.tokens!) {
    if (token.kind !== 'word' || /^\p{Lu}/u.test(token.text)) continue;
    const adjective = lexicons.adjectiveCountry(token.text);
    if (adjective) countries.add(adjective.country);
  }
  if (countries.size === 0) {
    const words = doc.tokens!.map((token) => token.text);
    for (const mention of mentions) {
      const entry = mention.label === 'ORG' && mention.key ? lexicons.knowledgeById.get(mention.key) : undefined;
      // A state's parties, parliaments, governments, police and courts tell where the article is; a news agency
      // crediting the report ("APA/dpa") or a company does not.
      if (!entry?.country || !domesticKinds.has(entry.kind ?? '')) continue;
      // Not a name that organisations of several countries bear ("die Grünen").
      const bearers = lexicons.matchPhrase(words, mention.tokenStart)?.targets.filter((target) => target.knowledge?.country) ?? [];
      if (bearers.some((target) => target.knowledge!.country !== entry.country)) continue;
      countries.add(entry.country);
    }
  }
  return countries;
}

/**
 * The country a role's title opens with a prefix for (grammar `countryPrefixes`: "Bundesarbeitsminister" is Germany's,
 * Austria's or Switzerland's), given the inferred one: that one where the prefix allows it, else the one country of
 * the prefix's the article names, else none.
 */
function countryForPrefixedTitle(title: string, inferred: string, articleCountries: () => ReadonlySet<string>, lexicons: CompiledLexicons): string | undefined {
  const prefix = [...lexicons.grammar.countryPrefixes.keys()].find((candidate) => title.startsWith(candidate) && title.length > candidate.length + 3);
  if (prefix === undefined) return inferred;
  const allowed = lexicons.grammar.countryPrefixes.get(prefix)!;
  if (allowed.includes(inferred)) return inferred;
  const named = [...articleCountries()].filter((country) => allowed.includes(country));
  return named.length === 1 ? named[0] : undefined;
}

const configSchema = z.strictObject({
  /** Two full names whose keys are at least this similar (Jaro–Winkler) are one person. */
  fuzzyNameThreshold: z.number().min(0).max(1).default(0.93),
  /** Add the roles a knowledge entry records when the article states none for that person. */
  rolesFromKnowledge: z.boolean().default(true),
  /** Give political roles stated without a country the country of the article's dateline, or its only country. */
  inferRoleCountry: z.boolean().default(true),
});

interface Draft {
  entity: Entity;
  /** Keys the entity is known by: knowledge id, name keys, surname keys. */
  nameKeys: Set<string>;
  surnameKeys: Set<string>;
  firstMention: number;
  knowledge?: KnowledgeEntry;
  /** The text names the person with a role in apposition ("Präsident Macron"), not only describes them. */
  namedWithRole?: boolean;
}

function toEntityMention(mention: Mention, kind = mention.kind): EntityMention {
  return { text: mention.text, start: mention.start, end: mention.end, sentence: mention.sentence, kind, rule: mention.rule };
}

/**
 * The name as written, with a genitive -s removed from its last word only when something shows it is one: the
 * form without -s occurs elsewhere in the article, or a noun follows ("Putins Krieg"). "Campos" stays "Campos".
 */
function nameWithoutGenitive(mention: Mention, doc: Doc, lexicons: CompiledLexicons, words: ReadonlySet<string>): string {
  const tokens = doc.tokens!;
  const isNounOrHyphenCompound = (word: string) => lexicons.isNounOrCompound(word) || (word.includes('-') && lexicons.isNounOrCompound(word.slice(word.lastIndexOf('-') + 1)));
  const name = doc.text.slice(mention.start, mention.end);
  const last = tokens[mention.tokenEnd - 1].text;
  const stripped = stripGenitive(last);
  if (stripped === last) return name;
  // "der nicht ganz ehrenwerte Richter Pernell Harris Botschaften": after a role with its article (adjectives between)
  // the article marks the case, and the name takes no -s ("des Präsidenten Obama").
  const role = mention.appositiveRole;
  let roleStart = role ? mention.tokenStart - 1 : -1;
  while (role && roleStart >= 0 && tokens[roleStart].start > role.span.start) roleStart--;
  for (let position = roleStart - 1; roleStart > 0 && position >= Math.max(0, roleStart - 5) && /^\p{Ll}/u.test(tokens[position].text); position--) {
    if (lexicons.grammar.determinerCases.has(tokens[position].text)) return name;
  }
  const next = tokens[mention.tokenEnd];
  const isNounAt = (index: number) => tokens[index] !== undefined && tokens[index].sentence === mention.sentence && /^\p{Lu}/u.test(tokens[index].text) && isNounOrHyphenCompound(tokens[index].text);
  // "Salzborns Absetzung", and with an inflected adjective between: "Lew Wallaces gleichnamigem Roman"; so before a
  // compound noun ("Francis Poulencs Klavierkonzert", "Asif Kapadias umstrittene Amy-Winehouse-Biografie").
  // Not an article, a quantifier, a pronoun or a verb of the grammar's ("Jobs solche Patzer", "Quoos die Leitung",
  // "Grandits wollen").
  const { grammar } = lexicons;
  const closedWord = (word: string) =>
    isClosedClassWord(word, lexicons) || grammar.quantifiers.has(word) || grammar.auxiliaries.has(word) || grammar.demonstrativePronouns.has(word) || grammar.indefiniteArticles.has(word) || grammar.possessiveDeterminers.has(word);
  // A past tense looks like an adjective ("Janis Berzins kritisierte Russland"): a listed name after it is no noun of
  // the person's, though it is a compound of one ("Russland").
  const listedName = (index: number) => tokens[index] !== undefined && lexicons.matchPhrase([tokens[index].text], 0) !== undefined;
  const adjectiveBetween =
    next !== undefined && next.sentence === mention.sentence && looksLikeInflectedAdjective(next.text) && !closedWord(next.text) && isNounAt(mention.tokenEnd + 1) && !listedName(mention.tokenEnd + 1);
  const nounFollows = isNounAt(mention.tokenEnd) || adjectiveBetween;
  const bareFormElsewhere = words.has(stripped);
  return nounFollows || bareFormElsewhere ? name.slice(0, name.length - (last.length - stripped.length)) : name;
}

function isCurrentRole(role: { from?: string; to?: string }, publishedAt?: string): boolean {
  if (!publishedAt) return !role.to;
  if (role.from && role.from > publishedAt.slice(0, role.from.length)) return false;
  return !role.to || role.to >= publishedAt.slice(0, role.to.length);
}

function addRole(entity: Entity, role: { title: string; country?: string }): EntityRecordRole {
  entity.roles ??= [];
  const existing = entity.roles.find((held) => held.title === role.title && held.country === role.country);
  if (existing) return existing;
  const added = role.country ? { title: role.title, country: role.country } : { title: role.title };
  entity.roles.push(added);
  return added;
}

/** What the linking steps share: the mentions being linked, the entities drafted so far, and the messages. */
interface Linking {
  readonly doc: Doc;
  readonly lexicons: CompiledLexicons;
  readonly config: z.infer<typeof configSchema>;
  readonly mentions: Mention[];
  readonly drafts: Draft[];
  readonly byKnowledgeId: Map<string, Draft>;
  readonly messages: Message[];
  /** Roles stated with their body's phrase (`RoleInfo.ofBody`): no country of the article's for them. */
  readonly rolesOfBodies: Set<EntityRecordRole>;
}

/** The steps run in order; each later one sees the mentions the earlier ones linked. */
export function linkEntities(doc: Doc, lexicons: CompiledLexicons, config: z.infer<typeof configSchema>): Doc {
  const linking: Linking = {
    doc,
    lexicons,
    config,
    mentions: doc.mentions!.map((mention) => ({ ...mention })),
    drafts: [],
    byKnowledgeId: new Map(),
    messages: [...doc.messages],
    rolesOfBodies: new Set(),
  };
  linkPersonNames(linking);
  linkRoleDescriptions(linking);
  linkTraitDescriptions(linking);
  linkOtherNames(linking);
  linkOrganisationDescriptions(linking);
  completePersonRoles(linking);
  dropUnsupportedPersons(linking);
  return linkedDoc(linking);
}

function newDraft(linking: Linking, mention: Mention, type: Entity['type'], name: string, knowledge?: KnowledgeEntry): Draft {
  const draft: Draft = {
    entity: { id: '', type, name, mentions: [], rule: mention.rule, ...(knowledge?.wikidata ? { wikidata: knowledge.wikidata } : {}), ...(knowledge ? { knowledgeId: knowledge.id } : {}) },
    nameKeys: new Set(),
    surnameKeys: new Set(),
    firstMention: mention.start,
    knowledge,
  };
  if (knowledge) {
    linking.byKnowledgeId.set(knowledge.id, draft);
    for (const alias of [knowledge.name, ...(knowledge.aliases ?? [])]) {
      const key = nameKey(alias);
      if (key.includes(' ')) draft.nameKeys.add(key);
      const lastWord = alias.trim().split(/\s+/).pop()!;
      if (type === 'PER' && canStandAlone(lastWord)) draft.surnameKeys.add(key.split(' ').pop()!);
    }
  }
  linking.drafts.push(draft);
  return draft;
}

function attach(linking: Linking, draft: Draft, mention: Mention, kind = mention.kind): void {
  draft.entity.mentions.push(toEntityMention(mention, kind));
  draft.firstMention = Math.min(draft.firstMention, mention.start);
  mention.entity = 'linked';
  mention.kind = kind;
  if (mention.appositiveRole) {
    draft.namedWithRole = true;
    const role = addRole(draft.entity, mention.appositiveRole);
    if (mention.appositiveRole.ofBody) linking.rolesOfBodies.add(role);
    const span = mention.appositiveRole.span;
    draft.entity.mentions.push({ ...toEntityMention(mention, 'role'), ...span, text: linking.doc.text.slice(span.start, span.end), rule: 'role-apposition' });
  }
}

function knowledgeFor(lexicons: CompiledLexicons, key: string | undefined): KnowledgeEntry | undefined {
  return key ? lexicons.knowledgeById.get(key) : undefined;
}

/** 1. Persons named with two or more words, longest first, so that short forms find their full name. */
function linkPersonNames(linking: Linking): void {
  const { doc, lexicons, config, drafts, byKnowledgeId, messages } = linking;
  const wordsOfArticle = new Set(doc.tokens!.map((token) => token.text));
  const givenNameLike = (word: string) => isGivenNameLike(word, lexicons);
  const personNames = linking.mentions
    .filter((mention) => mention.label === 'PER' && mention.kind === 'name')
    .sort((a, b) => b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) || a.start - b.start);
  for (const mention of personNames) {
    const name = nameWithoutGenitive(mention, doc, lexicons, wordsOfArticle);
    const key = nameKey(name);
    const words = key.split(' ');
    const surname = words[words.length - 1];
    const singleWord = words.length === 1;
    const sameCountry = (draft: Draft) => !mention.appositiveRole?.country || !draft.entity.roles?.length || draft.entity.roles.some((role) => role.country === mention.appositiveRole!.country);

    let draft: Draft | undefined;
    const known = knowledgeFor(lexicons, mention.key) ?? lexicons.knowledgeByNameKey.get(key)?.find((entry) => entry.type === 'PER');
    if (known) draft = byKnowledgeId.get(known.id) ?? newDraft(linking, mention, 'PER', known.name, known);
    draft ??= drafts.find((candidate) => candidate.entity.type === 'PER' && candidate.nameKeys.has(key));
    // "Maria Giulia Sergio … Maria Giulia nennt sich jetzt Fatima": given names alone that open one person's longer
    // name are that person.
    if (!draft && !singleWord && name.split(/\s+/).every(givenNameLike)) {
      const longer = drafts.filter((candidate) => candidate.entity.type === 'PER' && [...candidate.nameKeys].some((other) => other.startsWith(`${key} `)));
      if (longer.length === 1) draft = longer[0];
    }
    if (!draft && !singleWord) {
      draft = drafts.find(
        (candidate) =>
          candidate.entity.type === 'PER' &&
          sameCountry(candidate) &&
          [...candidate.nameKeys].some(
            (other) =>
              (other.split(' ').pop() === surname && candidate.entity.mentions.every((named) => named.kind !== 'name' || givenNamesAgree(named.text, name, givenNameLike))) ||
              jaroWinkler(other, key) >= config.fuzzyNameThreshold,
          ),
      );
    }
    if (!draft && singleWord) {
      // The word as written too: "Iglesias Forderung" is Pablo Iglesias's, though a noun follows as after a genitive.
      const forms = [surname, wordKey(mention.text), wordKey(stripGenitive(mention.text))];
      const matches = drafts.filter((candidate) => candidate.entity.type === 'PER' && forms.some((form) => candidate.surnameKeys.has(form)));
      if (matches.length === 1) draft = matches[0];
      else if (matches.length > 1) {
        // Two persons share the surname: the one named most recently before this mention.
        draft = matches.filter((candidate) => candidate.firstMention < mention.start).sort((a, b) => b.firstMention - a.firstMention)[0];
        messages.push({ code: 'ambiguous-surname', severity: 'warning', message: `"${mention.text}" may refer to ${matches.map((m) => m.entity.name).join(' or ')}`, start: mention.start, end: mention.end });
      }
    }
    if (!draft) {
      // A full name links by its surname only to an entry whose given names it does not contradict: the footballer
      // Valentin Stocker is not the chancellor Christian Stocker.
      const bySurname = (lexicons.knowledgeBySurnameKey.get(surname) ?? []).filter((entry) => entry.type === 'PER' && (singleWord || givenNamesFitEntry(entry, name, givenNameLike)));
      const consistent = bySurname.filter((entry) => !mention.appositiveRole?.country || entry.roles?.some((role) => role.country === mention.appositiveRole!.country) || !entry.roles?.length);
      if (consistent.length === 1) draft = byKnowledgeId.get(consistent[0].id) ?? newDraft(linking, mention, 'PER', consistent[0].name, consistent[0]);
    }
    draft ??= newDraft(linking, mention, 'PER', name);
    if (!draft.knowledge && !singleWord && name.length > draft.entity.name.length) draft.entity.name = name;
    draft.nameKeys.add(key);
    const lastToken = doc.tokens![mention.tokenEnd - 1].text;
    if (canStandAlone(lastToken)) draft.surnameKeys.add(surname);
    // "Omar al-Bashir" is "Bashir" alone too: the name after a hyphenated particle.
    if (!singleWord && lexicons.grammar.isHyphenatedNamePart(lastToken)) draft.surnameKeys.add(wordKey(lastToken.slice(lastToken.indexOf('-') + 1)));
    const familyName = familyNameFirstOf(name.split(/\s+/), lexicons);
    if (familyName && canStandAlone(familyName)) draft.surnameKeys.add(words[0]);
    attach(linking, draft, mention);
  }
}

/**
 * The person whose name stands in apposition to the role mention: right before it and a comma ("Ana Lopes, die
 * portugiesische Außenministerin"), or after it, a phrase of its own and a comma, closed by a comma, a bracket or the
 * sentence's end ("Die deutsche Außenministerin, Annalena Baerbock, …", "der ÖVP-Sicherheitssprecher im Europäischen
 * Parlament, Heinz Becker, …").
 */
function appositionOf(linking: Linking, mention: Mention): Draft | undefined {
  const tokens = linking.doc.tokens!;
  const named = (test: (other: EntityMention) => boolean) =>
    linking.drafts.find((candidate) => candidate.entity.type === 'PER' && candidate.entity.mentions.some((other) => other.kind === 'name' && test(other)));
  const tokenBeforeComma = mention.tokenStart >= 2 && tokens[mention.tokenStart - 1].text === ',' ? mention.tokenStart - 2 : -1;
  if (tokenBeforeComma >= 0) return named((other) => other.end === tokens[tokenBeforeComma].end) ?? appendedApposition(linking, mention);
  // "Christian Kern, der auch als ÖBB-Chef bekannt war": a role after "als" in a relative clause on a name, with at
  // most two adverbs between, is that person's.
  if (tokens[mention.tokenStart - 1]?.text === 'als') {
    let position = mention.tokenStart - 2;
    while (position > mention.tokenStart - 5 && /^\p{Ll}/u.test(tokens[position]?.text ?? '') && !linking.lexicons.grammar.nominativeRelativePronouns.has(tokens[position].text)) position--;
    const relative = tokens[position];
    if (relative && linking.lexicons.grammar.nominativeRelativePronouns.has(relative.text) && tokens[position - 1]?.text === ',' && position >= 2) {
      const nameEnd = tokens[position - 2].end;
      return named((other) => other.end === nameEnd);
    }
  }
  const comma = commaAfterRolePhrase(linking, mention);
  if (comma === undefined) return undefined;
  const sentenceEnd = linking.doc.sentences![mention.sentence].tokenEnd;
  return named((other) => {
    if (other.start !== tokens[comma + 1]?.start || other.sentence !== mention.sentence) return false;
    let after = comma + 1;
    while (after < sentenceEnd && tokens[after].start < other.end) after++;
    return after >= sentenceEnd || tokens[after].text === ',' || tokens[after].text === '(';
  });
}

/**
 * Whether a genitive or von-phrase after the role names a body that is no listed place ("die lettische Chefin von
 * Kaltex", "der russische Präsident des Verbands"): the office is that body's, not the country's one.
 */
function namesOtherBody(linking: Linking, mention: Mention): boolean {
  const tokens = linking.doc.tokens!;
  const { grammar } = linking.lexicons;
  const next = tokens[mention.tokenEnd];
  if (!next || next.sentence !== mention.sentence) return false;
  const lower = next.text.toLowerCase();
  if (lower !== 'von' && lower !== 'vom' && !grammar.genitiveDeterminers.has(lower)) return false;
  const sentenceEnd = linking.doc.sentences![mention.sentence].tokenEnd;
  const words = tokens.slice(mention.tokenEnd + 1, Math.min(sentenceEnd, mention.tokenEnd + 5)).map((token) => token.text);
  return !words.some((_, index) => linking.lexicons.matchPhrase(words, index)?.targets.some((target) => target.place) === true);
}

/**
 * "Irgendwann erschien Laura Paul auf der Bildfläche, die kanadische Chefin von lowernine.org, einer …": a role after the
 * comma that closes a clause, opened by "der" or "die" and itself closed by a comma or the sentence's end, is the one
 * person the clause names, appended to it, where that person's name tells the same sex.
 */
function appendedApposition(linking: Linking, mention: Mention): Draft | undefined {
  const tokens = linking.doc.tokens!;
  const determiner = tokens[mention.tokenStart].text;
  const sex = determiner === 'der' ? 'm' : determiner === 'die' ? 'f' : undefined;
  if (sex === undefined) return undefined;
  const sentence = linking.doc.sentences![mention.sentence];
  const closed = commaAfterRolePhrase(linking, mention) !== undefined || mention.tokenEnd === sentence.tokenEnd - 1;
  if (!closed) return undefined;
  const comma = mention.tokenStart - 1;
  let clauseStart = comma - 1;
  while (clauseStart > sentence.tokenStart && tokens[clauseStart - 1].text !== ',') clauseStart--;
  const inClause = (other: EntityMention) => other.sentence === mention.sentence && other.start >= tokens[clauseStart].start && other.end <= tokens[comma].start;
  const persons = linking.drafts.filter((candidate) => candidate.entity.type === 'PER' && candidate.entity.mentions.some((other) => other.kind === 'name' && inClause(other)));
  if (persons.length !== 1 || sexOfPerson(persons[0].entity, linking.lexicons) !== sex) return undefined;
  return persons[0];
}

/** The comma after a role mention and the genitive or prepositional phrase that completes it (at most five words). */
function commaAfterRolePhrase(linking: Linking, mention: Mention): number | undefined {
  const tokens = linking.doc.tokens!;
  const { grammar } = linking.lexicons;
  const sentenceEnd = linking.doc.sentences![mention.sentence].tokenEnd;
  if (tokens[mention.tokenEnd]?.text === ',') return mention.tokenEnd;
  const opener = tokens[mention.tokenEnd]?.text.toLowerCase() ?? '';
  if (!grammar.prepositions.has(opener) && !grammar.genitiveDeterminers.has(opener)) return undefined;
  for (let index = mention.tokenEnd + 1; index < Math.min(sentenceEnd, mention.tokenEnd + 6); index++) {
    if (tokens[index].text === ',') return index;
  }
  return undefined;
}

/**
 * For an article without a date, the latest date it can have, if the text says: a person it names with a role that
 * the knowledge file says ended ("Bundeskanzlerin Angela Merkel" until 2021-12-08), or with an office the knowledge
 * file says someone else holds now, since a date it names ("US-Präsident Barack Obama"). A role description is then not
 * read as today's holder of the office ("des deutschen Finanzministers" in a 2015 article).
 */
function latestDateOfUndatedArticle(linking: Linking): string | undefined {
  if (linking.doc.source.publishedAt) return undefined;
  const { lexicons } = linking;
  const sameOffice = (group: ReadonlySet<string>, title: string) => [...lexicons.roleGroup(title.replace(/^.*-/, ''))].some((other) => group.has(other));
  let latest: string | undefined;
  for (const draft of linking.drafts) {
    // Neither says anything of a person described as the office's former holder ("Ex-Kanzlerin Merkel").
    if (draft.entity.mentions.some((mention) => mention.kind === 'role' && (isFormerOfficeDescription(mention.text, lexicons) || isDeputyDescription(mention.text, lexicons)))) continue;
    for (const stated of draft.entity.roles ?? []) {
      const group = lexicons.roleGroup(stated.title.replace(/^.*-/, ''));
      const matches = (held: { title: string; country?: string }) => !(stated.country && held.country && stated.country !== held.country) && sameOffice(group, held.title);
      // An earlier term of an office the person holds again says nothing ("Präsident Donald Trump").
      if (draft.knowledge?.roles?.some((held) => !held.to && matches(held))) continue;
      for (const held of draft.knowledge?.roles ?? []) {
        if (held.to && matches(held) && (!latest || held.to < latest)) latest = held.to;
      }
    }
    // A person named in a country's one office who is not the knowledge file's holder of it now ("US-Präsident Barack
    // Obama"): the article is older than the present holder's term.
    for (const stated of draft.entity.roles ?? []) {
      if (!stated.country || !uniqueOfficeKinds.has(lexicons.roleKind(lexicons.matchRole(stated.title.replace(/^.*-/, ''))?.entry.id ?? '') ?? '')) continue;
      const group = lexicons.roleGroup(stated.title.replace(/^.*-/, ''));
      for (const entry of lexicons.knowledgeById.values()) {
        if (entry.type !== 'PER' || entry.id === draft.knowledge?.id) continue;
        for (const held of entry.roles ?? []) {
          if (held.to || !held.from || held.country !== stated.country || !sameOffice(group, held.title)) continue;
          if (!latest || held.from < latest) latest = held.from;
        }
      }
    }
  }
  return latest;
}

/** "die frühere Ministerin", "der ehemalige Kanzler", "Ex-Kanzler": a description of an office its holder has left. */
function isFormerOfficeDescription(text: string, lexicons: CompiledLexicons): boolean {
  return text
    .toLowerCase()
    .split(/\s+/)
    .some((word) => lexicons.grammar.formerOfficeMarkers.some((marker) => word.startsWith(marker)));
}

/** 2. Role descriptions: the person holding that role here, else the knowledge file's holder, else an unnamed person. */
function linkRoleDescriptions(linking: Linking): void {
  const { doc, lexicons, drafts, byKnowledgeId, messages } = linking;
  // Roles in apposition to a name first ("Ana Lopes, die portugiesische Außenministerin"), so that a description
  // before it, in the headline ("Portugals Außenministerin vor Reise nach Mosambik"), finds the person holding it.
  const roleMentions = linking.mentions.filter((candidate) => candidate.kind === 'role' && candidate.role);
  let latest: { date: string | undefined } | undefined;
  const appositive = new Set(roleMentions.filter((mention) => appositionOf(linking, mention) !== undefined));
  for (const mention of [...appositive, ...roleMentions.filter((candidate) => !appositive.has(candidate))]) {
    const role = mention.role!;
    // "der Kremlchef" holds the office its role entry says ("Präsident", see places.jsonl `leaderTitle`), not a "Chef"'s.
    const written = role.title.replace(/^.*-/, '');
    const office = lexicons.matchRole(written)?.entry.id === role.roleId ? written : (lexicons.roleTitle(role.roleId) ?? written);
    const group = lexicons.roleGroup(office);
    // A role noun alone takes up its holder only from before it, and also a more specific title it heads ("die
    // Ministerin" for the "Außenministerin" named before).
    const anaphor = mention.rule === 'role-anaphor';
    // Only within one kind of office: a "Ministerpräsident" is no "Präsident". Heads of state and government have
    // their synonyms in the role file (`sameAs`), so they take none by head.
    const kind = lexicons.roleKind(role.roleId);
    const byHead = kind !== undefined && !synonymListedKinds.has(kind);
    const sameKindByHead = (held: string) => byHead && lexicons.roleKind(lexicons.matchRole(held)?.entry.id ?? '') === kind;
    const heads = (title: string) => [...group].some((generic) => title.toLowerCase().endsWith(generic.toLowerCase()));
    // The role noun's grammatical gender is the holder's: "die deutsche Kanzlerin" is no "Bundeskanzler". A title the
    // knowledge file or the text gave a person is in that person's gender; a description's adjectival role in -e
    // ("Vorsitzende") takes it from its determiner: "der" is masculine, "die" and "eine" feminine.
    const isFeminine = (title: string) => {
      const match = lexicons.matchRole(title.replace(/^.*-/, ''));
      return match !== undefined && isFeminineRole(match);
    };
    const described = lexicons.matchRole(role.title.replace(/^.*-/, ''));
    const determiner = mention.text.slice(0, mention.text.search(/\s|$/)).toLowerCase();
    const anyTitleOfBody = described?.entry.anyTitleOfItsBody === true && role.title.includes('-');
    const sex = (described ? roleSex(described) : 'm') ?? (determiner === 'der' ? 'm' : determiner === 'die' || determiner === 'eine' ? 'f' : undefined);
    // "der hessische Ministerpräsident" (`region`): no holder of the country's office of its group ("Bundeskanzler"), but
    // one the knowledge file lists for the region ("organisation": "Freistaat Bayern") or one the text gave this title.
    // A listed role without an organisation is a country's office, never a region's.
    const ofRegion = (held: { title: string; organisation?: string }, listed: boolean) =>
      held.organisation !== undefined
        ? (lexicons.matchPhrase(held.organisation.split(' '), 0)?.targets.some((target) => target.place?.id === role.region) ?? false)
        : !listed && lexicons.matchRole(held.title.replace(/^.*-/, ''))?.entry.id === role.roleId;
    const holds = (titles: { title: string; country?: string; organisation?: string }[] | undefined, listed = false) =>
      (titles ?? []).some((held) => {
        if (role.region && !ofRegion(held, listed)) return false;
        // The region's office holds no country of its own in the knowledge file, nor yet in the text.
        if (role.country && held.country !== role.country && !(role.region && (held.organisation || !held.country))) return false;
        if (sex !== undefined && isFeminine(held.title) !== (sex === 'f')) return false;
        // "der FPÖ-Kandidat" is no "ÖVP-Kandidat": titles that both name their body must name the same one.
        const body = role.title.includes('-') ? role.title.slice(0, role.title.lastIndexOf('-')) : undefined;
        const heldBody = held.title.includes('-') ? held.title.slice(0, held.title.lastIndexOf('-')) : undefined;
        if (body && heldBody && body.toLowerCase() !== heldBody.toLowerCase()) return false;
        // "Nato-Verteidigungsminister" names the body of many states' ministers, no one state's "Verteidigungsminister".
        if (body && !heldBody && held.country && !role.country) return false;
        // "der ÖVP-Politiker" is anyone holding a title of the ÖVP's.
        if (anyTitleOfBody) return heldBody !== undefined && body!.toLowerCase() === heldBody.toLowerCase();
        const heldTitles = [...lexicons.roleGroup(held.title.replace(/^.*-/, ''))];
        return heldTitles.some((title) => group.has(title)) || (anaphor && sameKindByHead(held.title.replace(/^.*-/, '')) && heldTitles.some(heads));
      });
    // In an undated article, a person it names holds the offices the knowledge file says they held at some time, unless
    // the article calls them former ("Papst Franziskus" … "der Papst"); a dated one says which were theirs then.
    const heldInArticle = (draft: Draft) => (held: { from?: string; to?: string }) =>
      isCurrentRole(held, doc.source.publishedAt) || (!doc.source.publishedAt && !draft.entity.mentions.some((named) => named.kind === 'role' && isFormerOfficeDescription(named.text, lexicons)));
    const inArticle = drafts
      .filter((draft) => draft.entity.type === 'PER' && (holds(draft.entity.roles) || holds(draft.knowledge?.roles?.filter(heldInArticle(draft)), true)))
      .sort((a, b) => (a.firstMention < mention.start ? 0 : 1) - (b.firstMention < mention.start ? 0 : 1) || b.firstMention - a.firstMention);
    // "Ana Lopes, die portugiesische Außenministerin, …": a role in apposition after a name is that person's.
    const appositionTo = appositionOf(linking, mention);
    // An anaphor takes up a person from before it, named or known, whose role the text stated (not only the knowledge
    // file).
    // A name that holds the title states it too: "Papst Franziskus" … "der Papst".
    const titledName = (candidate: Draft) =>
      candidate.entity.mentions.some((other) => other.kind === 'name' && other.text.split(/\s+/).slice(0, -1).some((word) => group.has(word.toLowerCase()))) &&
      holds(candidate.knowledge?.roles?.filter(heldInArticle(candidate)), true);
    const named = (candidate: Draft) =>
      candidate.firstMention < mention.start && (candidate.knowledge !== undefined || candidate.entity.mentions.some((other) => other.kind === 'name')) && (holds(candidate.entity.roles) || titledName(candidate));
    // An anaphor takes up the one of them mentioned last before it ("Für Finanzminister Schelling … wies der Minister
    // zurück" after an earlier Finanzminister named later in the article).
    // So does a title that many in its body bear ("der ÖVP-Politiker").
    // "Nikolić … trotz der Kritik seines Außenministers": a possessive anaphor is the office of the person it belongs
    // to, the one named last before it in its sentence, so its holder holds it for that person's country.
    const possessive = anaphor && lexicons.grammar.possessiveDeterminers.has(determiner);
    const possessorCountry = possessive ? countryOfPossessor(linking, mention) : undefined;
    // "Die Anliegen seines Chefs vertrat er": a leader that is someone's is their boss, whom no office tells.
    if (possessive && possessorCountry === undefined && kind === 'leader') continue;
    // "Bundeskanzler Faymann … Premierminister Davutoglu … der Bundeskanzler": one who holds the very title goes before
    // one of a synonym (roles.jsonl `sameAs`).
    const sameOffice = (candidate: Draft) =>
      [...(candidate.entity.roles ?? []), ...(candidate.knowledge?.roles?.filter(heldInArticle(candidate)) ?? [])].some((held) => lexicons.matchRole(held.title.replace(/^.*-/, ''))?.entry.id === role.roleId);
    const sameOfficeFirst = (candidates: Draft[]) => (candidates.some(sameOffice) ? candidates.filter(sameOffice) : candidates);
    const ofPossessorsCountry = (candidate: Draft) => possessorCountry === undefined || (candidate.entity.roles ?? []).some((held) => held.country === possessorCountry && holds([held]));
    // A headline's bare role ("Bundespräsident traf …") names the first holder the text states after it.
    const headline = mention.rule === 'headline-role';
    const statedAfter = (candidate: Draft) => candidate.firstMention > mention.start && holds(candidate.entity.roles);
    let draft = headline
      ? inArticle.filter(statedAfter).sort((a, b) => a.firstMention - b.firstMention)[0]
      : (appositionTo ?? (anaphor || anyTitleOfBody ? latestMentionedBefore(sameOfficeFirst(inArticle.filter(named).filter(ofPossessorsCountry)), mention.start) : inArticle[0]));
    if (headline && !draft) continue;
    // "US-Außenminister versucht, … zu vermitteln. … Außenminister John Kerry traf …": a role with its country opening
    // the headline names the first person the text gives that title after it, stated without a country.
    const opensText = mention.sentence === 0 && mention.tokenStart === doc.sentences![0].tokenStart;
    if (!draft && opensText && role.country && !role.title.includes('-')) {
      const countryless = (candidate: Draft) =>
        candidate.entity.type === 'PER' && candidate.firstMention > mention.start && (candidate.entity.roles ?? []).some((held) => !held.country && holds([{ ...held, country: role.country }]));
      draft = drafts.filter(countryless).sort((a, b) => a.firstMention - b.firstMention)[0];
    }
    // "Der CSU-Chef" after "Ministerpräsident Horst Seehofer (CSU)": a party's one office is the one person named before
    // with that party in brackets, where the article names only one.
    const body = role.title.includes('-') ? role.title.slice(0, role.title.lastIndexOf('-')).toLowerCase() : undefined;
    if (!draft && body && !anaphor && uniqueOfficeKinds.has(kind ?? '')) {
      const members = drafts.filter(
        (candidate) =>
          candidate.entity.type === 'PER' &&
          candidate.firstMention < mention.start &&
          (sex === undefined || (sexOfPerson(candidate.entity, lexicons) ?? sex) === sex) &&
          partyAfterName(linking, candidate)?.text.toLowerCase() === body,
      );
      if (members.length === 1) draft = members[0];
    }
    if (anaphor && !draft) continue;
    // "die frühere Ministerin", "der ehemalige Kanzler": not the office's holder now, whom the knowledge file knows; nor
    // is "der stellvertretende Außenminister".
    const former = isFormerOfficeDescription(mention.text, lexicons) || isDeputyDescription(mention.text, lexicons);
    if (!draft && role.country && !former && !namesOtherBody(linking, mention)) {
      latest ??= { date: latestDateOfUndatedArticle(linking) };
      const since = latest.date;
      // An office taken up after the latest date the article can have is no holder of it here; nor one held in
      // other years than a relative clause on the description names ("jenen US-Präsidenten, unter dem im Jahr 1830 …").
      const year = yearOfRelativeClauseAfter(doc, mention, lexicons);
      const heldThen = (held: { from?: string; to?: string }) =>
        isCurrentRole(held, doc.source.publishedAt) && !(since && held.from && held.from > since) && !(year && held.from && held.from.slice(0, 4) > year);
      // "der ÖVP-Vizekanzler" is no vice-chancellor the knowledge file knows to lead another party.
      const ofOtherBody = (entry: KnowledgeEntry) => body !== undefined && (entry.roles ?? []).some((held) => held.organisation !== undefined && held.organisation.toLowerCase() !== body);
      const holders = [...lexicons.knowledgeById.values()].filter((entry) => entry.type === 'PER' && holds(entry.roles?.filter(heldThen), true) && !ofOtherBody(entry));
      if (holders.length === 1) draft = byKnowledgeId.get(holders[0].id) ?? newDraft(linking, mention, 'PER', holders[0].name, holders[0]);
    }
    if (!draft && (!role.country || !uniqueOfficeKinds.has(lexicons.roleKind(role.roleId) ?? '') || namesOtherBody(linking, mention))) {
      // "der SPÖ-Politiker", "ein Abgeordneter": many hold such a role, so an unresolved one names nobody in particular.
      messages.push({ code: 'unresolved-role', severity: 'info', message: `"${mention.text}" describes a person the article does not name`, start: mention.start, end: mention.end });
      continue;
    }
    const regionName = role.region ? lexicons.placeById.get(role.region)?.name : undefined;
    draft ??= newDraft(linking, mention, 'PER', `${role.title}${regionName ? ` (${regionName})` : role.country ? ` (${role.country})` : ''}`);
    // An anaphor says nothing new of the person's office.
    if (!anaphor) addRole(draft.entity, role);
    attach(linking, draft, mention, 'role');
  }
}

/**
 * The year a relative clause right after the mention names ("…, unter dem im Jahr 1830 die Zwangsumsiedlung …"), as
 * four digits; undefined where none follows or it names none.
 */
function yearOfRelativeClauseAfter(doc: Doc, mention: Mention, lexicons: CompiledLexicons): string | undefined {
  const tokens = doc.tokens!;
  if (tokens[mention.tokenEnd]?.text !== ',') return undefined;
  let index = mention.tokenEnd + 1;
  if (lexicons.grammar.prepositions.has(tokens[index]?.text.toLowerCase() ?? '')) index++;
  if (!lexicons.grammar.relativePronouns.has(tokens[index]?.text.toLowerCase() ?? '')) return undefined;
  for (index++; index < tokens.length && tokens[index].sentence === mention.sentence && tokens[index].text !== ','; index++) {
    if (/^1\d{3}$|^20\d{2}$/.test(tokens[index].text)) return tokens[index].text;
  }
  return undefined;
}

/**
 * The country of the person a possessive role anaphor belongs to ("seines Außenministers"): the person named last
 * before it in its sentence, by a role of theirs that names a country. Undefined where no such person is.
 */
function countryOfPossessor(linking: Linking, mention: Mention): string | undefined {
  const persons = linking.drafts.filter((draft) => draft.entity.type === 'PER' && draft.entity.mentions.some((other) => other.sentence === mention.sentence && other.end <= mention.start));
  const possessor = latestMentionedBefore(persons, mention.start);
  return possessor?.entity.roles?.find((held) => held.country !== undefined)?.country;
}

/**
 * 2b. "Der 51-Jährige erklärte seinen Rücktritt": a description of one person by a trait takes up the person named last
 * before it, passing over one known to be of the other sex; with no one before it, it names no one. An epithet ("Der
 * Republikaner warf …", rule `epithet`) takes up the one the sentence before names first, its subject as a rule ("Boehner
 * schloss nicht aus, Obama zu verklagen. Der Republikaner …"), and only where that sentence names no one fitting, the
 * one named last.
 */
function linkTraitDescriptions(linking: Linking): void {
  const { lexicons, drafts } = linking;
  for (const mention of linking.mentions.filter((candidate) => candidate.rule === 'trait-description' || candidate.rule === 'epithet')) {
    const fits = (draft: Draft) =>
      draft.entity.type === 'PER' &&
      draft.entity.mentions.some((other) => other.kind === 'name') &&
      !unsupported(draft) &&
      (sexOfPerson(draft.entity, lexicons) ?? mention.sex) === mention.sex &&
      // "Die Schwedin": not a person known to be of another country.
      (mention.country === undefined || (countryOfPerson(linking, draft) ?? mention.country) === mention.country);
    const fitting = drafts.filter(fits);
    const draft = (mention.rule === 'epithet' ? firstMentionedIn(fitting, mention.sentence - 1) : undefined) ?? latestMentionedBefore(fitting, mention.start);
    if (draft) attach(linking, draft, mention, 'role');
  }
}

/** The index of the token that starts at `offset` (or the first after it), by binary search. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The draft with the first mention in sentence `sentence`; undefined for none. */
function firstMentionedIn(drafts: readonly Draft[], sentence: number): Draft | undefined {
  let best: Draft | undefined;
  let bestStart = Infinity;
  for (const draft of drafts) {
    for (const mention of draft.entity.mentions) {
      if (mention.sentence === sentence && mention.start < bestStart) {
        best = draft;
        bestStart = mention.start;
      }
    }
  }
  return best;
}

/**
 * The country a person is known to be of: the knowledge file's, else that of a demonym right before their name ("den
 * Russen Jewgeni Donskoj"). Not that of an office the text gives them, which a dateline may have lent ("Kommissarin
 * Malmström" under "Wien –" is no Austrian).
 */
function countryOfPerson(linking: Linking, draft: Draft): string | undefined {
  const known = draft.knowledge?.country ?? draft.entity.country;
  if (known) return known;
  const tokens = linking.doc.tokens!;
  for (const mention of draft.entity.mentions) {
    if (mention.kind !== 'name') continue;
    const before = tokens[tokenStartingAt(tokens, mention.start) - 1]?.text ?? '';
    // The weak masculine's other cases end in -n or -en: "den Russen", "dem Kasachen".
    const demonym = linking.lexicons.demonym(before) ?? linking.lexicons.demonym(before.slice(0, -1)) ?? linking.lexicons.demonym(before.slice(0, -2));
    if (demonym) return demonym.country;
  }
  return undefined;
}

/** The draft with the latest mention starting before `offset`; undefined for none. */
function latestMentionedBefore(drafts: readonly Draft[], offset: number): Draft | undefined {
  let best: Draft | undefined;
  let bestStart = -1;
  for (const draft of drafts) {
    for (const mention of draft.entity.mentions) {
      if (mention.start < offset && mention.start > bestStart) {
        best = draft;
        bestStart = mention.start;
      }
    }
  }
  return best;
}

/** 3. Places, organisations and other names; government seats in actor position stand for the government. */
function linkOtherNames(linking: Linking): void {
  const { doc, lexicons, byKnowledgeId } = linking;
  const candidates = linking.mentions.filter((candidate) => !candidate.entity && candidate.label !== 'PER' && !descriptionRules.has(candidate.rule));
  // Abbreviations the article defines ("Internet Watch Foundation (IWF)"), by their text, with the defining name: they
  // and their other uses, before the definition too, are that name's, whatever a list means by them ("IWF" is the
  // IMF's German abbreviation too).
  const definitions = new Map<string, Mention>();
  candidates.forEach((mention, position) => {
    const name = candidates[position - 1];
    if (name && !definitions.has(mention.text) && definesAbbreviation(doc, name, mention, lexicons)) definitions.set(mention.text, name);
  });
  const abbreviations: Mention[] = [];
  const isPlace = (word: string) => lexicons.matchPhrase([word], 0)?.targets.some((target) => target.place) === true;
  for (const mention of candidates) {
    if (definitions.has(mention.text)) {
      abbreviations.push(mention);
      continue;
    }
    // "Brüssel rief … auf": a seat acting stands for the organisation seated there (places.jsonl `seatOf`).
    const seated = mention.standsFor?.kind === 'organisation' && isMetonymPosition(doc, mention, lexicons) ? knowledgeFor(lexicons, mention.standsFor.key) : undefined;
    if (seated) {
      let draft = byKnowledgeId.get(seated.id);
      if (!draft) {
        draft = newDraft(linking, mention, seated.type, seated.name, seated);
        byKnowledgeId.set(seated.id, draft);
        if (seated.country) draft.entity.country = seated.country;
      }
      attach(linking, draft, mention, 'metonym');
      continue;
    }
    if (mention.standsFor?.kind === 'government' && isMetonymPosition(doc, mention, lexicons)) {
      const country = mention.standsFor.country;
      const governmentId = `government:${country}`;
      let draft = byKnowledgeId.get(governmentId);
      if (!draft) {
        draft = newDraft(linking, mention, 'ORG', governmentName(country, lexicons));
        byKnowledgeId.set(governmentId, draft);
        draft.entity.country = country;
        draft.entity.rule = 'metonym-government';
      }
      attach(linking, draft, mention, 'metonym');
      continue;
    }
    if (mention.key?.startsWith('government:') || mention.canonicalName) {
      linkInstitution(linking, mention);
      continue;
    }
    const knowledge = knowledgeFor(lexicons, mention.key) ?? lexicons.knowledgeByNameKey.get(nameKey(mention.text))?.find((entry) => entry.type === mention.label);
    const place = mention.key ? lexicons.placeById.get(mention.key) : undefined;
    // "der Deutschen Welle" is the Deutsche Welle: a declined name is named and grouped in the nominative.
    const article = doc.tokens![mention.tokenStart - 1];
    const words = doc.tokens!.slice(mention.tokenStart, mention.tokenEnd).map((token) => token.text);
    const nominative =
      knowledge || place || !article ? undefined : nominativeOfDeclinedName(words, article.text, (word) => lexicons.commonNouns.has(word), lexicons.grammar.neuterNounEndings, isPlace);
    const name = nominative ?? mention.text;
    const groupKey = knowledge?.id ?? place?.id ?? `${mention.label}:${groupingKey(nominative ?? stripGenitive(mention.text))}`;
    let draft = byKnowledgeId.get(groupKey);
    if (!draft) {
      draft = newDraft(linking, mention, mention.label, knowledge?.name ?? place?.name ?? name, knowledge);
      byKnowledgeId.set(groupKey, draft);
      if (place?.wikidata) draft.entity.wikidata = place.wikidata;
      const country = place?.country ?? knowledge?.country;
      if (country) draft.entity.country = country;
    }
    attach(linking, draft, mention);
  }
  for (const abbreviation of abbreviations) {
    const name = definitions.get(abbreviation.text)!;
    const draft = linking.drafts.find((candidate) => candidate.entity.mentions.some((other) => other.start === name.start && other.end === name.end));
    if (draft) attach(linking, draft, abbreviation);
  }
}

/** Descriptions that take up an organisation named before, and name nothing where they find none. */
const descriptionRules: ReadonlySet<string> = new Set([organisationDescriptionRule, headNounDescriptionRule]);

/** Sentences back, before the description's own, where the organisation it takes up may be named. */
const organisationDescriptionReach = 3;

/**
 * 3b. A description of an organisation by its kind ("Die EU-Kommission warf dem Konzern vor") is the organisation of
 * its noun's sector named last before it, in its sentence or the three before; one by the noun a name ends in ("die
 * Kommission") is the organisation of that name named last before it. One that finds none stays out.
 */
function linkOrganisationDescriptions(linking: Linking): void {
  const descriptions = linking.mentions.filter((mention) => mention.rule === organisationDescriptionRule && !mention.entity);
  const organisations = linking.drafts.filter((draft) => draft.entity.type === 'ORG' && draft.entity.mentions.some((mention) => mention.kind === 'name'));
  // Sectors are worked out only for an article that has a description to give one to.
  const sectors = descriptions.length > 0 ? sectorsOfOrganisations(organisations.map((draft) => draft.entity), linking.doc, linking.lexicons) : new Map();
  for (const description of descriptions) {
    const fitting = organisations.filter(
      (draft) =>
        sectors.get(draft.entity)?.name === description.sector &&
        draft.entity.mentions.some((mention) => mention.kind === 'name' && mention.start < description.start && mention.sentence >= description.sentence - organisationDescriptionReach),
    );
    const draft = latestMentionedBefore(fitting, description.start);
    if (draft) attach(linking, draft, description, 'role');
  }
  // "die Kommission" after "die EU-Kommission": the organisation named last before whose name ends in the noun.
  // Or the head of the noun of a kind the name came after ("Die Umweltorganisation Global 2000 … Die Organisation"),
  // by the token where the name starts.
  let tokenAt: Map<number, number> | undefined;
  const kindHeadOf = (start: number) => {
    tokenAt ??= new Map(linking.doc.tokens!.map((token, index) => [token.start, index]));
    const tokenIndex = tokenAt.get(start);
    return tokenIndex !== undefined && tokenIndex > 0 ? kindHeadBefore(linking.doc, tokenIndex, linking.lexicons) : undefined;
  };
  for (const description of linking.mentions.filter((mention) => mention.rule === headNounDescriptionRule && !mention.entity)) {
    const noun = linking.doc.tokens![description.tokenEnd - 1].text;
    const fitting = organisations.filter((draft) =>
      draft.entity.mentions.some((mention) => mention.kind === 'name' && mention.start < description.start && (headNounOf(mention.text) === noun || kindHeadOf(mention.start) === noun)),
    );
    const draft = latestMentionedBefore(fitting, description.start);
    if (draft) attach(linking, draft, description, 'role');
  }
}

/**
 * Whether `abbreviation`, in brackets right after the organisation's name `name`, abbreviates that name: its letters
 * stand in the name in order, the first opening it ("Internet Watch Foundation (IWF)", "Bundesamt für
 * Verfassungsschutz (BfV)"), and no list knows it or the entry the knowledge file gives it names something else. Where
 * the name is the entry's own ("Internationaler Währungsfonds (IWF)"), the entry joins them as before.
 */
function definesAbbreviation(doc: Doc, name: Mention, abbreviation: Mention, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  if (name.label !== 'ORG' || abbreviation.tokenStart !== name.tokenEnd + 1 || tokens[name.tokenEnd].text !== '(' || tokens[abbreviation.tokenEnd]?.text !== ')') return false;
  if (!/^\p{Lu}[\p{L}]{1,7}$/u.test(abbreviation.text) || !/\p{Lu}.*\p{Lu}/u.test(abbreviation.text)) return false;
  const letters = abbreviation.text.toLowerCase();
  const long = name.text.toLowerCase();
  if (long[0] !== letters[0]) return false;
  let position = 0;
  for (const letter of letters) {
    position = long.indexOf(letter, position);
    if (position < 0) return false;
    position++;
  }
  const entry = abbreviation.key ? lexicons.knowledgeById.get(abbreviation.key) : undefined;
  if (!entry) return !abbreviation.key;
  // Declined or not: "Europäischen Zentralbank (EZB)" is the entry's "Europäische Zentralbank".
  const stems = (text: string) => nameKey(text).split(' ').map((word) => word.replace(/(?:es|en|er|em|e|s|n)$/, '')).join(' ');
  const key = stems(name.text);
  return ![entry.name, ...(entry.aliases ?? [])].some((alias) => stems(alias) === key);
}

/** "die russische Regierung" joins "Moskau" and "der Kreml" as the government of RU; "die Hamburger Polizei" is its own. */
function linkInstitution(linking: Linking, mention: Mention): void {
  const key = mention.key!;
  let draft = linking.byKnowledgeId.get(key);
  if (!draft) {
    const government = key.startsWith('government:') ? key.slice('government:'.length) : undefined;
    draft = newDraft(linking, mention, 'ORG', government ? governmentName(government, linking.lexicons) : mention.canonicalName!);
    linking.byKnowledgeId.set(key, draft);
    if (mention.country) draft.entity.country = mention.country;
  }
  attach(linking, draft, mention);
}

/**
 * Whether the front of a title is the noun an international organisation the article names ends in: "Kommissions-
 * sprecherin" in an article on the EU-Kommission speaks for it, not for the country the article is about.
 */
function frontNamesInternationalBody(linking: Linking, title: string): boolean {
  const front = linking.lexicons.matchRole(title)?.modifier?.replace(/-$/, '');
  if (!front || front.length < 4) return false;
  const noun = front.toLowerCase().replace(/s$/, '');
  return linking.drafts.some(
    (draft) =>
      draft.entity.type === 'ORG' &&
      !draft.entity.country &&
      !draft.knowledge?.country &&
      draft.entity.mentions.some((mention) => mention.kind === 'name' && mention.text.toLowerCase().replace(/\s+/g, '').endsWith(noun)),
  );
}

/** 4. Knowledge roles where the article states none; countries of persons from their roles. */
function completePersonRoles(linking: Linking): void {
  const { doc, lexicons, config } = linking;
  const articleCountry = config.inferRoleCountry ? soleCountryOfArticle(doc, linking.mentions, lexicons) : undefined;
  // The article's countries, read once and only where a prefixed title asks for them.
  let countries: Set<string> | undefined;
  const articleCountries = () => (countries ??= countriesOfArticle(doc, linking.mentions, lexicons));
  for (const draft of linking.drafts) {
    if (draft.entity.type !== 'PER') continue;
    // "Werner Faymann (SPÖ)": the party after the name says the country of the person's political roles.
    const partyCountry = countryOfPartyAfterName(linking, draft);
    const inferredCountry = partyCountry ?? countryAfterName(linking, draft) ?? articleCountry;
    // A role the text names without a country takes it from the knowledge entry's matching role: "Bundesverteidigungs-
    // minister Boris Pistorius" in a report from Kyiv is Germany's.
    for (const role of draft.entity.roles ?? []) {
      if (role.country) continue;
      const group = lexicons.roleGroup(role.title);
      // A compound of the held title counts too ("Bundesverteidigungsminister" for "Verteidigungsminister"), not one
      // whose front names another body ("Nato-Verteidigungsminister").
      const stated = role.title.toLowerCase();
      const compounds = (held: string) => !stated.includes('-') && (stated.endsWith(held) || held.endsWith(stated));
      const known = draft.knowledge?.roles?.find((held) => held.country && (group.has(held.title.toLowerCase()) || held.title === role.title || compounds(held.title.toLowerCase())));
      if (known) role.country = known.country;
    }
    // Else the country the text gives the same title elsewhere ("Estland-Außenminister … Außenminister Karl Tamm").
    for (const role of draft.entity.roles ?? []) {
      if (role.country) continue;
      const group = lexicons.roleGroup(role.title);
      const stated = draft.entity.roles!.find((other) => other.country && (other.title === role.title || group.has(other.title.toLowerCase())));
      if (stated) role.country = stated.country;
    }
    // Else a political role the text names without a country, in an article about one country only, is that
    // country's; not a role whose title names another body ("EU-Parlamentspräsident", "UN-Generalsekretär").
    if (inferredCountry) {
      for (const role of draft.entity.roles ?? []) {
        if (role.country || role.title.includes('-') || linking.rolesOfBodies.has(role)) continue;
        if (!stateOfficeKinds.has(lexicons.roleKind(lexicons.matchRole(role.title)?.entry.id ?? '') ?? '')) continue;
        // "Generalsekretär Mark Rutte" in a report from Brussels: the knowledge file lists the title as an
        // organisation's office (NATO's), no country's.
        const group = lexicons.roleGroup(role.title);
        if (draft.knowledge?.roles?.some((held) => !held.country && held.organisation && (held.title === role.title || group.has(held.title.toLowerCase())))) continue;
        if (frontNamesInternationalBody(linking, role.title)) continue;
        const country = countryForPrefixedTitle(role.title, inferredCountry, articleCountries, lexicons);
        if (country) role.country = country;
      }
    }
    // The office from the knowledge file, when the text gives none or only describes the person ("der russische
    // Führer"): the description stays, after the office.
    if (config.rolesFromKnowledge && !draft.namedWithRole && draft.knowledge?.roles) {
      const described = draft.entity.roles ?? [];
      draft.entity.roles = [];
      for (const role of draft.knowledge.roles.filter((held) => isCurrentRole(held, doc.source.publishedAt))) addRole(draft.entity, role);
      for (const role of described) addRole(draft.entity, role);
    }
    // "Außenministerin" and "Außenministerin (PT)" are one role: keep the one that says the country.
    if (draft.entity.roles) {
      const roles = draft.entity.roles.filter((role) => role.country || !draft.entity.roles!.some((other) => other.country && other.title === role.title));
      draft.entity.roles = roles.filter((role, index) => roles.findIndex((other) => other.title === role.title && other.country === role.country) === index);
    }
    const countries = new Set((draft.entity.roles ?? []).map((role) => role.country).filter(Boolean));
    if (countries.size === 1) draft.entity.country = [...countries][0];
  }
}

/** The country of a party named in brackets right after one of the person's names: "Werner Faymann (SPÖ)". */
function countryOfPartyAfterName(linking: Linking, draft: Draft): string | undefined {
  const party = partyAfterName(linking, draft);
  const entry = party ? linking.lexicons.knowledgeById.get(party.key!) : undefined;
  return entry?.kind === 'party' ? entry.country : undefined;
}

/** The token after each of the person's names, where what follows a name begins. */
function nameEndsOf(linking: Linking, draft: Draft): number[] {
  return draft.entity.mentions
    .filter((named) => named.kind === 'name')
    .map((named) => linking.mentions.find((mention) => mention.start === named.start && mention.end === named.end)?.tokenEnd)
    .filter((end): end is number => end !== undefined);
}

/**
 * The country named after "aus" right after one of the person's names: "den Milizenführer Joseph Mbarga aus der
 * Zentralafrikanischen Republik" is that country's, whatever the dateline says.
 */
function countryAfterName(linking: Linking, draft: Draft): string | undefined {
  const tokens = linking.doc.tokens!;
  for (const nameEnd of nameEndsOf(linking, draft)) {
    if (tokens[nameEnd]?.text !== 'aus') continue;
    const afterArticle = linking.lexicons.grammar.determinerCases.has(tokens[nameEnd + 1]?.text ?? '') ? nameEnd + 2 : nameEnd + 1;
    const place = linking.mentions.find((mention) => mention.tokenStart === afterArticle && mention.label === 'LOC' && mention.key);
    const country = place ? linking.lexicons.placeById.get(place.key!) : undefined;
    if (country?.kind === 'country') return country.country;
  }
  return undefined;
}

/** A listed organisation named in brackets right after one of the person's names: "Werner Faymann (SPÖ)". */
function partyAfterName(linking: Linking, draft: Draft): Mention | undefined {
  const tokens = linking.doc.tokens!;
  for (const nameEnd of nameEndsOf(linking, draft)) {
    if (tokens[nameEnd]?.text !== '(') continue;
    const party = linking.mentions.find((mention) => mention.tokenStart === nameEnd + 1 && mention.label === 'ORG' && mention.key);
    if (party && tokens[party.tokenEnd]?.text === ')' && linking.lexicons.knowledgeById.get(party.key!)?.kind === 'party') return party;
  }
  return undefined;
}

/**
 * A person known only from single words the statistical model tagged, never named in full, never linked, never
 * given a role, is more often a mis-tagged noun or place ("Soja", "Taurus") than a person the article introduces.
 */
function dropUnsupportedPersons(linking: Linking): void {
  const { drafts } = linking;
  // "die Linkspartei Podemos … Podemos hatte sich geweigert": such a word that ends the name of an organisation the
  // article names is that organisation, one sense per article; where the organisation is that word alone, only if
  // the tagger said so at least as often.
  const organisationByLastWord = new Map<string, { draft: Draft; alone: number; longer: boolean }>();
  for (const draft of drafts) {
    if (draft.entity.type !== 'ORG') continue;
    for (const named of draft.entity.mentions) {
      const words = named.kind === 'name' ? named.text.split(/\s+/) : [];
      const last = words.at(-1) ?? '';
      if (!/^\p{Lu}/u.test(last)) continue;
      const known = organisationByLastWord.get(last) ?? { draft, alone: 0, longer: false };
      if (known.draft !== draft) continue;
      if (words.length > 1 || !named.rule.startsWith('model:')) known.longer = true;
      else known.alone++;
      organisationByLastWord.set(last, known);
    }
  }
  for (const draft of drafts.filter(unsupported)) {
    const known = organisationByLastWord.get(draft.entity.name);
    const organisation = known && (known.longer || known.alone >= draft.entity.mentions.length) ? known.draft : undefined;
    if (organisation) {
      for (const named of draft.entity.mentions) {
        organisation.entity.mentions.push(named);
        organisation.firstMention = Math.min(organisation.firstMention, named.start);
        const mention = linking.mentions.find((candidate) => candidate.start === named.start && candidate.end === named.end);
        if (mention) mention.label = 'ORG';
      }
      continue;
    }
    linking.messages.push({ code: 'unconfirmed-person', severity: 'info', message: `"${draft.entity.name}" was tagged as a person by the model only, as a single word; left out`, start: draft.entity.mentions[0].start, end: draft.entity.mentions[0].end });
  }
  drafts.splice(0, drafts.length, ...drafts.filter((draft) => !unsupported(draft)));
}

function unsupported(draft: Draft): boolean {
  return (
    draft.entity.type === 'PER' &&
    !draft.knowledge &&
    !draft.entity.roles?.length &&
    draft.entity.mentions.every((mention) => mention.rule.startsWith('model:') && !/\s/.test(mention.text))
  );
}

/** Ids in order of first mention, so records are stable and readable; each mention points to its entity. */
function linkedDoc(linking: Linking): Doc {
  const { doc, drafts } = linking;
  drafts.sort((a, b) => a.firstMention - b.firstMention);
  for (const draft of drafts) draft.entity.mentions.sort((a, b) => a.start - b.start);
  const entityIdOf = new Map<Entity, string>();
  drafts.forEach((draft, index) => entityIdOf.set(draft.entity, `e${index + 1}`));
  const entities = assignActorCodes(
    // A name taken from the text keeps no line break or doubled space of it ("Manfred  Scheuer"); mentions do.
    drafts.map((draft) => ({ ...draft.entity, name: draft.entity.name.replace(/\s+/g, ' ').trim(), id: entityIdOf.get(draft.entity)! })),
    doc,
    linking.lexicons,
  );
  const entityAtSpan = new Map<string, string>();
  for (const draft of drafts) {
    for (const entityMention of draft.entity.mentions) entityAtSpan.set(`${entityMention.start}:${entityMention.end}`, entityIdOf.get(draft.entity)!);
  }
  // A description of an organisation that took up none names nothing.
  const linkedMentions = linking.mentions
    .map((mention) => ({ ...mention, entity: entityAtSpan.get(`${mention.start}:${mention.end}`) }))
    .filter((mention) => mention.entity !== undefined || !descriptionRules.has(mention.rule));
  return { ...doc, mentions: linkedMentions, entities, messages: linking.messages };
}

export const linkEntitiesStage = defineStage({
  name: 'link-entities',
  description: 'Groups mentions into entities: name variants and transliterations, surnames and genitives, role descriptions, metonyms; links to knowledge entries.',
  requires: ['mentions'],
  assigns: ['entities'],
  configSchema,
  create(config, context) {
    const lexicons = compiledLexicons(context.rules);
    return (doc: Doc): Doc => linkEntities(doc, lexicons, config);
  },
});

export type { RoleInfo };
