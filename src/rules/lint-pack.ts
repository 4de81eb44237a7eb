/**
 * Checks rule packs like code: every line against its schema (all problems, not just the first), then lint rules
 * for mistakes a schema cannot see. Each problem names file, line and rule id: `file:line: rule-id: message`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { foldDiacritics } from '../text/name-keys.ts';
import { patternLexiconNames } from './pattern-lexicons.ts';
import { eventTypesFileSchema, packFiles } from './load-pack.ts';
import {
  abbreviationsFileSchema,
  actorCodesFileSchema,
  cuesFileSchema,
  grammarFileSchema,
  knowledgeEntrySchema,
  packManifestSchema,
  patternEntrySchema,
  placeEntrySchema,
  roleEntrySchema,
  institutionEntrySchema,
  triggerEntrySchema,
  type PatternEntry,
  type TokenAttribute,
  type TriggerEntry,
} from './schema.ts';

export interface LintProblem {
  file: string;
  line?: number;
  ruleId?: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export function formatProblem(problem: LintProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.ruleId ? `${problem.ruleId}: ` : ''}${problem.severity}: ${problem.message} [${problem.code}]`;
}

interface ParsedLine<T> {
  value: T;
  line: number;
}

const jsonlSchemas = {
  places: placeEntrySchema,
  knowledge: knowledgeEntrySchema,
  roles: roleEntrySchema,
  institutions: institutionEntrySchema,
  triggers: triggerEntrySchema,
  patterns: patternEntrySchema,
} as const;

function issuesText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`).join('; ');
}

/**
 * Nested quantifiers such as (a+)+ or (\w*)* backtrack exponentially on near-misses: a group that contains a
 * quantifier and is itself quantified is flagged. Character classes and escapes are skipped while scanning.
 */
export function hasCatastrophicBacktracking(source: string): boolean {
  const groupHasQuantifier: boolean[] = [];
  let lastClosedGroupHadQuantifier = false;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') {
      index++;
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    if (character === '[') {
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    if (character === '(') {
      groupHasQuantifier.push(false);
      lastClosedGroupHadQuantifier = false;
      continue;
    }
    if (character === ')') {
      lastClosedGroupHadQuantifier = groupHasQuantifier.pop() ?? false;
      if (lastClosedGroupHadQuantifier && groupHasQuantifier.length) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
      continue;
    }
    const unbounded = character === '+' || character === '*' || (character === '{' && /^\{\d*,\}/.test(source.slice(index)));
    if (unbounded) {
      if (lastClosedGroupHadQuantifier) return true;
      if (groupHasQuantifier.length) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
    }
    lastClosedGroupHadQuantifier = false;
  }
  return false;
}

function lintTokenAttribute(attribute: TokenAttribute, position: number): string[] {
  const reasons: string[] = [];
  if (attribute.text !== undefined && /\s/.test(attribute.text)) reasons.push(`token ${position}: text "${attribute.text}" contains white space, but tokens never do; split it into tokens`);
  if (attribute.lower !== undefined && attribute.lower !== attribute.lower.toLowerCase()) reasons.push(`token ${position}: lower "${attribute.lower}" has capitals, so it can never equal a lower-cased token`);
  if (attribute.shape !== undefined && /[^Xxd\p{P}\p{S}]/u.test(attribute.shape)) reasons.push(`token ${position}: shape "${attribute.shape}" may only use X, x, d and punctuation`);
  if (attribute.isCapitalised === true && attribute.lower !== undefined && /^\p{Ll}/u.test(attribute.lower)) reasons.push(`token ${position}: isCapitalised with a lower-case "lower" can never match`);
  if (attribute.text !== undefined && attribute.isCapitalised !== undefined && /^\p{Lu}/u.test(attribute.text) !== attribute.isCapitalised) reasons.push(`token ${position}: text "${attribute.text}" contradicts isCapitalised`);
  for (const lexicon of [attribute.inLexicon, ...[attribute.notInLexicon ?? []].flat()]) {
    if (lexicon !== undefined && !(patternLexiconNames as readonly string[]).includes(lexicon)) reasons.push(`token ${position}: there is no lexicon "${lexicon}"; known: ${patternLexiconNames.join(', ')}`);
  }
  return reasons;
}

function lintPattern(entry: PatternEntry): { error: string[]; regexError: string[] } {
  const error: string[] = [];
  const regexError: string[] = [];
  if (!entry.pattern && !entry.phrase) error.push('give either "phrase" or "pattern"');
  if (entry.pattern && entry.phrase) error.push('give "phrase" or "pattern", not both');
  if (entry.phrase !== undefined && entry.phrase.trim() === '') error.push('the phrase is empty');
  if (entry.pattern) {
    if (entry.pattern.length === 0) error.push('the pattern has no tokens');
    if (entry.pattern.length && entry.pattern.every((step) => step.op === '?' || step.op === '*' || step.op === '!')) error.push('every token is optional or negated, so the pattern matches nothing that can be an entity');
    entry.pattern.forEach((step, index) => {
      error.push(...lintTokenAttribute(step, index + 1));
      if (step.regex !== undefined) {
        try {
          new RegExp(step.regex, 'u');
        } catch (problem) {
          regexError.push(`token ${index + 1}: regex does not compile: ${(problem as Error).message}`);
          return;
        }
        if (hasCatastrophicBacktracking(step.regex)) regexError.push(`token ${index + 1}: regex "${step.regex}" nests quantifiers and can backtrack catastrophically; remove the inner or outer quantifier`);
      }
    });
    const captures = new Set(entry.pattern.map((step) => step.capture).filter(Boolean));
    if (entry.entity && !captures.has(entry.entity)) error.push(`"entity" names capture "${entry.entity}", but no token has that capture`);
  } else if (entry.entity) error.push('"entity" needs a token pattern with captures');
  return { error, regexError };
}

function lintTrigger(entry: TriggerEntry): string[] {
  const reasons: string[] = [];
  const kinds = [entry.verb, entry.noun, entry.adjective].filter((kind) => kind !== undefined).length;
  if (kinds === 0) reasons.push('give a "verb", a "noun" or an "adjective"');
  if (kinds > 1) reasons.push('give one of "verb", "noun" and "adjective"; make one entry each');
  if (entry.adjective && !entry.supportVerbs?.length) reasons.push(`adjective "${entry.adjective}" needs "supportVerbs" (e.g. "sein"), or it fires on every attributive use`);
  if (entry.verb?.particle && !entry.verb.lemma.startsWith(entry.verb.particle)) reasons.push(`lemma "${entry.verb.lemma}" does not start with its particle "${entry.verb.particle}"`);
  if (entry.verb && !entry.verb.lemma.toLowerCase().endsWith('n')) reasons.push(`lemma "${entry.verb.lemma}" is not an infinitive`);
  if (entry.verb?.particle && entry.verb.participle.startsWith(entry.verb.particle)) reasons.push(`participle "${entry.verb.participle}" must be given without the particle "${entry.verb.particle}"`);
  if (entry.noun && !/^\p{Lu}/u.test(entry.noun)) reasons.push(`noun "${entry.noun}" must be capitalised, as German nouns are`);
  if (entry.supportVerbs && !entry.noun && !entry.adjective) reasons.push('"supportVerbs" only apply to noun and adjective triggers');
  return reasons;
}

/** What the packs loaded before this one declare, which this one may use. */
export interface LintContext {
  eventTypes: Map<string, string>;
  roleTitles: Set<string>;
  /** Sector names of actor-codes.json. */
  sectors?: Set<string>;
}

export interface PackLintResult extends LintContext {
  problems: LintProblem[];
}

/**
 * Lints one pack. `knownEventTypes` are those declared by packs loaded before it (a user pack may use the
 * built-in event types); `displayRoot` makes file names relative for messages.
 */
export function lintRulePack(directory: string, earlier: LintContext = { eventTypes: new Map(), roleTitles: new Set() }, displayRoot = process.cwd()): PackLintResult {
  const problems: LintProblem[] = [];
  const display = (file: string) => relative(displayRoot, join(directory, file)) || file;
  const problem = (file: string, severity: LintProblem['severity'], code: string, message: string, line?: number, ruleId?: string) =>
    problems.push({ file: display(file), line, ruleId, severity, code, message });

  const readJson = <T>(file: string, schema: z.ZodType<T>): T | undefined => {
    if (!existsSync(join(directory, file))) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    } catch (error) {
      problem(file, 'error', 'invalid-json', (error as Error).message);
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      problem(file, 'error', 'schema', issuesText(result.error));
      return undefined;
    }
    return result.data;
  };
  const readJsonl = <T extends { id: string }>(file: string, schema: z.ZodType<T>): ParsedLine<T>[] => {
    if (!existsSync(join(directory, file))) return [];
    const entries: ParsedLine<T>[] = [];
    readFileSync(join(directory, file), 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const text = raw.trim();
        if (!text || text.startsWith('//')) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          problem(file, 'error', 'invalid-json', (error as Error).message, index + 1);
          return;
        }
        const id = typeof parsed === 'object' && parsed && 'id' in parsed ? String((parsed as { id: unknown }).id) : undefined;
        const result = schema.safeParse(parsed);
        if (!result.success) problem(file, 'error', 'schema', issuesText(result.error), index + 1, id);
        else entries.push({ value: result.data, line: index + 1 });
      });
    return entries;
  };

  readJson(packFiles.manifest, packManifestSchema);
  readJson(packFiles.abbreviations, abbreviationsFileSchema);
  readJson(packFiles.cues, cuesFileSchema);
  readJson(packFiles.grammar, grammarFileSchema);
  const sectors = new Set([...(earlier.sectors ?? []), ...(readJson(packFiles.actorCodes, actorCodesFileSchema)?.sectors.map((sector) => sector.sector) ?? [])]);
  const eventTypes = new Map(earlier.eventTypes);
  for (const eventType of readJson(packFiles.eventTypes, eventTypesFileSchema)?.eventTypes ?? []) eventTypes.set(eventType.type, eventType.cameo);

  const parsed = {
    places: readJsonl(packFiles.places, jsonlSchemas.places),
    knowledge: readJsonl(packFiles.knowledge, jsonlSchemas.knowledge),
    roles: readJsonl(packFiles.roles, jsonlSchemas.roles),
    institutions: readJsonl(packFiles.institutions, jsonlSchemas.institutions),
    triggers: readJsonl(packFiles.triggers, jsonlSchemas.triggers),
    patterns: readJsonl(packFiles.patterns, jsonlSchemas.patterns),
  };

  // Duplicate ids, within and across the pack's files.
  const seenIds = new Map<string, string>();
  for (const [kind, entries] of Object.entries(parsed) as [keyof typeof parsed, ParsedLine<{ id: string }>[]][]) {
    for (const { value, line } of entries) {
      const where = `${display(packFiles[kind])}:${line}`;
      const earlier = seenIds.get(value.id);
      if (earlier) problem(packFiles[kind], 'error', 'duplicate-id', `id "${value.id}" is already used at ${earlier}`, line, value.id);
      else seenIds.set(value.id, where);
    }
  }

  // Aliases claimed by two entities. Entities of different countries may share a name ("die Grünen" in Germany and
  // Austria): the article's countries choose between them. Without a country, or within one, a name is one entity's.
  const aliasOwners = new Map<string, { id: string; where: string; country?: string }[]>();
  const claim = (file: string, line: number, id: string, country: string | undefined, names: readonly string[]) => {
    for (const name of new Set(names.map((alias) => foldDiacritics(alias.toLowerCase()).trim()))) {
      const owners = aliasOwners.get(name) ?? [];
      const clash = owners.find((owner) => owner.id !== id && (!country || !owner.country || owner.country === country));
      if (clash) {
        problem(file, 'error', 'alias-claimed-twice', `name or alias "${name}" is also claimed by ${clash.id} (${clash.where}); keep it on one entity, or give both entities different countries`, line, id);
        continue;
      }
      owners.push({ id, where: `${display(file)}:${line}`, country });
      aliasOwners.set(name, owners);
    }
  };
  for (const { value, line } of parsed.knowledge) claim(packFiles.knowledge, line, value.id, value.country, [value.name, ...(value.aliases ?? [])]);
  for (const { value, line } of parsed.places) claim(packFiles.places, line, value.id, value.country, [value.name, ...(value.aliases ?? [])]);

  for (const { value, line } of parsed.patterns) {
    const { error, regexError } = lintPattern(value);
    for (const message of error) problem(packFiles.patterns, 'error', 'dead-pattern', message, line, value.id);
    for (const message of regexError) problem(packFiles.patterns, 'error', 'bad-regex', message, line, value.id);
  }
  for (const { value, line } of parsed.triggers) {
    for (const message of lintTrigger(value)) problem(packFiles.triggers, 'error', 'bad-trigger', message, line, value.id);
    const declared = eventTypes.get(value.type);
    if (!declared) problem(packFiles.triggers, 'error', 'unknown-event-type', `event type "${value.type}" is not declared in any event-types.json; add it there with its CAMEO code`, line, value.id);
    else if (declared.slice(0, 2) !== value.cameo.slice(0, 2)) problem(packFiles.triggers, 'warning', 'cameo-family', `CAMEO ${value.cameo} is not in the family of "${value.type}" (${declared})`, line, value.id);
  }
  const titles = new Set([...earlier.roleTitles, ...parsed.roles.flatMap(({ value }) => [value.title, value.feminine, ...(value.sameAs ?? [])].filter(Boolean) as string[])]);
  for (const { value, line } of parsed.roles) {
    for (const other of value.sameAs ?? []) {
      const declared = titles.has(other) && parsed.roles.some(({ value: role }) => role.title === other || role.feminine === other) || earlier.roleTitles.has(other);
      if (!declared) problem(packFiles.roles, 'warning', 'unknown-role', `sameAs "${other}" is not a role title of this pack or an earlier one`, line, value.id);
    }
    if (value.sector && !sectors.has(value.sector)) problem(packFiles.roles, 'error', 'unknown-sector', `sector "${value.sector}" is not a sector of any actor-codes.json`, line, value.id);
  }
  // A seat's office and organisation must be ones the packs know, or they tell nothing.
  const knowledgeIds = new Set(parsed.knowledge.map(({ value }) => value.id));
  for (const { value, line } of parsed.places) {
    if (value.leaderTitle && !titles.has(value.leaderTitle)) problem(packFiles.places, 'warning', 'unknown-role', `leaderTitle "${value.leaderTitle}" is not a role title of this pack or an earlier one`, line, value.id);
    if (value.seatOf && !knowledgeIds.has(value.seatOf)) problem(packFiles.places, 'warning', 'unknown-seat', `seatOf "${value.seatOf}" is not a knowledge entry of this pack`, line, value.id);
  }
  return { problems, eventTypes, roleTitles: titles, sectors };
}
