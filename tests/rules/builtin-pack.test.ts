/**
 * Checks the data files of the built-in German rule pack (`pipelines/news-de/`) the way code is checked:
 * every line parses with its schema, ids are unique, references between files resolve, and codes are real.
 * Failures name the file and line so the offending entry can be found and fixed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  cuesFileSchema,
  knowledgeEntrySchema,
  placeEntrySchema,
  roleEntrySchema,
  triggerEntrySchema,
  type KnowledgeEntry,
  type PlaceEntry,
  type RoleEntry,
  type TriggerEntry,
} from '../../src/rules/schema.ts';
import { lintRulePack, formatProblem } from '../../src/rules/lint-pack.ts';
import { compileTriggers } from '../../src/stages/events/compile-triggers.ts';
import { loadRulesOnlyPipeline } from '../helpers/pipelines.ts';

const packFolder = fileURLToPath(new URL('../../pipelines/news-de/', import.meta.url));

interface NumberedEntry<T> {
  line: number;
  entry: T;
}

interface ParsedFile<T> {
  entries: NumberedEntry<T>[];
  problems: string[];
}

/** Reads a JSONL file and parses each line with the schema; a blank or invalid line is a problem, not a skip. */
function parseJsonLines<T>(fileName: string, schema: z.ZodType<T>): ParsedFile<T> {
  const text = readFileSync(packFolder + fileName, 'utf8');
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const entries: NumberedEntry<T>[] = [];
  const problems: string[] = [];
  lines.forEach((lineText, index) => {
    const place = `${fileName}:${index + 1}`;
    if (lineText.trim() === '') {
      problems.push(`${place}: blank line`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      problems.push(`${place}: not JSON (${(error as Error).message})`);
      return;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      problems.push(`${place}: ${issues} in ${lineText}`);
      return;
    }
    entries.push({ line: index + 1, entry: result.data });
  });
  return { entries, problems };
}

/** Ids that occur more than once, with every line they occur on. */
function findDuplicateIds<T extends { id: string }>(fileName: string, entries: NumberedEntry<T>[]): string[] {
  const linesById = new Map<string, number[]>();
  for (const { line, entry } of entries) linesById.set(entry.id, [...(linesById.get(entry.id) ?? []), line]);
  return [...linesById]
    .filter(([, lines]) => lines.length > 1)
    .map(([id, lines]) => `${fileName}: id "${id}" on lines ${lines.join(', ')}`);
}

const regionNames = new Intl.DisplayNames('de', { type: 'region', fallback: 'code' });
const unknownRegionName = regionNames.of('ZZ');

/** A code is known when ICU has a German name for it (an unknown code comes back as itself). */
function isKnownRegionCode(code: string): boolean {
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== unknownRegionName;
}

/** The CAMEO root ("19" for 195): a trigger may refine a type's code only within its root. */
function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

const places = parseJsonLines<PlaceEntry>('places.jsonl', placeEntrySchema);
const knowledge = parseJsonLines<KnowledgeEntry>('knowledge.jsonl', knowledgeEntrySchema);
const roles = parseJsonLines<RoleEntry>('roles.jsonl', roleEntrySchema);
const triggers = parseJsonLines<TriggerEntry>('triggers.jsonl', triggerEntrySchema);
const eventTypes = (
  JSON.parse(readFileSync(packFolder + 'event-types.json', 'utf8')) as { eventTypes: { type: string; cameo: string }[] }
).eventTypes;
const cameoByType = new Map(eventTypes.map((eventType) => [eventType.type, eventType.cameo]));

const roleTitles = new Set(roles.entries.flatMap(({ entry }) => [entry.title, ...(entry.feminine ? [entry.feminine] : [])]));

function placesNamed(surface: string): PlaceEntry[] {
  return places.entries.map(({ entry }) => entry).filter((entry) => entry.name === surface || entry.aliases?.includes(surface));
}

function knowledgeNamed(surface: string): KnowledgeEntry[] {
  return knowledge.entries.map(({ entry }) => entry).filter((entry) => entry.name === surface || entry.aliases?.includes(surface));
}

describe('built-in pack files parse with their schemas', () => {
  it.each([
    ['places.jsonl', places],
    ['knowledge.jsonl', knowledge],
    ['roles.jsonl', roles],
    ['triggers.jsonl', triggers],
  ] as const)('%s has only valid, non-blank lines and unique ids', (fileName, parsed) => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.length).toBeGreaterThan(0);
    expect(findDuplicateIds(fileName, parsed.entries as NumberedEntry<{ id: string }>[])).toEqual([]);
  });

  it('cues.json parses and its words are lower case, but for the noun opening a noun\'s phrase ("Sorge vor")', () => {
    const result = cuesFileSchema.safeParse(JSON.parse(readFileSync(packFolder + 'cues.json', 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    if (!result.success) return;
    const cues = result.data;
    const phrases = [...cues.planned, ...cues.expected, ...cues.negation, ...cues.hypothetical, ...(cues.attributionPhrases ?? [])];
    const nounPhrase = (phrase: string) => /^\p{Lu}\p{Ll}+(?: \p{Ll}+)+$/u.test(phrase);
    expect(phrases.filter((phrase) => (phrase !== phrase.toLowerCase() && !nounPhrase(phrase)) || phrase.trim() !== phrase || phrase === '')).toEqual([]);
    expect(cues.negation).toContain('nicht');
    expect(cues.reportingVerbs.map((verb) => verb.lemma)).toContain('sagen');
  });
});

describe('places', () => {
  const entries = places.entries;

  it('uses only ISO 3166-1 codes that ICU knows', () => {
    const problems = entries.flatMap(({ line, entry }) =>
      [entry.country, entry.governmentOf]
        .filter((code): code is string => code !== undefined && !isKnownRegionCode(code))
        .map((code) => `places.jsonl:${line}: unknown region code ${code}`),
    );
    expect(problems).toEqual([]);
  });

  it('has one country entry per code, close to every sovereign state', () => {
    const countryCodes = entries.filter(({ entry }) => entry.kind === 'country').map(({ entry }) => entry.country);
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    expect(countryCodes.length).toBeGreaterThanOrEqual(193);
    expect(entries.filter(({ entry }) => entry.kind === 'country' && !entry.adjective).map(({ entry }) => entry.country)).toEqual(
      // Countries whose adjective is shared with a neighbour or has no German form the schema can hold.
      ['CG', 'ST', 'KN'],
    );
  });

  it('has non-empty names and adjectives, no surface form claimed twice within a country, no adjective claimed twice', () => {
    const problems: string[] = [];
    // Places of different countries may share a name ("Bundeskanzleramt" in Berlin and in Vienna): the article's
    // countries choose between them, as for knowledge entries.
    const surfaceOwners = new Map<string, string>();
    const countryOf = new Map(entries.map(({ entry }) => [entry.id, entry.country]));
    const adjectiveOwners = new Map<string, string>();
    for (const { line, entry } of entries) {
      if (entry.name.trim() !== entry.name || entry.name === '') problems.push(`places.jsonl:${line}: bad name "${entry.name}"`);
      for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
        const owner = surfaceOwners.get(surface);
        if (owner && owner !== entry.id && countryOf.get(owner) === entry.country) problems.push(`places.jsonl:${line}: "${surface}" already names ${owner}`);
        surfaceOwners.set(surface, entry.id);
      }
      if (entry.adjective !== undefined) {
        if (entry.adjective.length < 4) problems.push(`places.jsonl:${line}: adjective too short "${entry.adjective}"`);
        const owner = adjectiveOwners.get(entry.adjective);
        if (owner) problems.push(`places.jsonl:${line}: adjective "${entry.adjective}" already used by ${owner}`);
        adjectiveOwners.set(entry.adjective, entry.id);
      }
      for (const demonym of entry.demonyms ?? []) if (demonym.trim() === '') problems.push(`places.jsonl:${line}: empty demonym`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every entry an id prefixed by its kind', () => {
    const prefixByKind: Record<PlaceEntry['kind'], string> = {
      country: 'country:',
      city: 'city:',
      region: 'region:',
      continent: 'continent:',
      building: 'building:',
      'body-of-water': 'water:',
      other: 'country:',
    };
    const problems = entries
      .filter(({ entry }) => !entry.id.startsWith(prefixByKind[entry.kind]))
      .map(({ line, entry }) => `places.jsonl:${line}: id ${entry.id} does not fit kind ${entry.kind}`);
    expect(problems).toEqual([]);
  });

  it.each([
    ['Frankreich', 'country', 'FR', undefined],
    ['Tschechische Republik', 'country', 'CZ', undefined],
    ['Weißrussland', 'country', 'BY', undefined],
    ['UK', 'country', 'GB', undefined],
    ['USA', 'country', 'US', undefined],
    ['Moskau', 'city', 'RU', 'RU'],
    ['Kyjiw', 'city', 'UA', 'UA'],
    ['Kiew', 'city', 'UA', 'UA'],
    ['Peking', 'city', 'CN', 'CN'],
    ['Beijing', 'city', 'CN', 'CN'],
    ['Neu-Delhi', 'city', 'IN', 'IN'],
    ['Mailand', 'city', 'IT', undefined],
    ['Kreml', 'building', 'RU', 'RU'],
    ['Weißes Haus', 'building', 'US', 'US'],
    ['Elysee', 'building', 'FR', 'FR'],
    ['Pentagon', 'building', 'US', undefined],
    ['Gazastreifen', 'region', 'PS', undefined],
    ['Nahost', 'region', undefined, undefined],
  ])('"%s" is a %s of %s standing for government %s', (surface, kind, country, governmentOf) => {
    const found = placesNamed(surface);
    expect(found).toHaveLength(1);
    const [place] = found;
    expect({ kind: place.kind, country: place.country, governmentOf: place.governmentOf }).toEqual({ kind, country, governmentOf });
  });

  it('has a "Kanzleramt" in Germany and one in Austria, each standing for its own government', () => {
    expect(placesNamed('Kanzleramt').map((place) => [place.kind, place.country, place.governmentOf]).sort()).toEqual([
      ['building', 'AT', 'AT'],
      ['building', 'DE', 'DE'],
    ]);
  });

  it.each([
    ['französisch', 'FR'],
    ['russisch', 'RU'],
    ['ukrainisch', 'UA'],
    ['deutsch', 'DE'],
    ['britisch', 'GB'],
    ['amerikanisch', 'US'],
    ['us-amerikanisch', 'US'],
    ['schweizerisch', 'CH'],
    ['schweizer', 'CH'],
    ['österreichisch', 'AT'],
    ['tschechisch', 'CZ'],
  ])('the adjective "%s" belongs to %s', (adjective, country) => {
    const found = entries.filter(({ entry }) => entry.adjective === adjective);
    expect(found).toHaveLength(1);
    expect(found[0].entry.country).toBe(country);
  });
});

describe('knowledge', () => {
  const entries = knowledge.entries;

  it('lets every name or alias point to one entity per type and country, and a shared one only to entities with countries', () => {
    const owners = new Map<string, { id: string; country?: string }[]>();
    const problems: string[] = [];
    for (const { line, entry } of entries) {
      for (const surface of new Set([entry.name, ...(entry.aliases ?? [])])) {
        const key = `${entry.type} ${surface}`;
        const clash = owners.get(key)?.find((owner) => owner.id !== entry.id && (!owner.country || !entry.country || owner.country === entry.country));
        if (clash) problems.push(`knowledge.jsonl:${line}: ${entry.type} alias "${surface}" already claimed by ${clash.id}`);
        owners.set(key, [...(owners.get(key) ?? []), { id: entry.id, country: entry.country }]);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses role titles from roles.jsonl, known country codes and ordered dates', () => {
    const problems: string[] = [];
    for (const { line, entry } of entries) {
      if (entry.country && !isKnownRegionCode(entry.country)) problems.push(`knowledge.jsonl:${line}: unknown country ${entry.country}`);
      if (!/^(per|org|misc):[a-z0-9-]+$/.test(entry.id)) problems.push(`knowledge.jsonl:${line}: id ${entry.id} is not per:…, org:… or misc:…`);
      if (entry.id.startsWith('per:') !== (entry.type === 'PER')) problems.push(`knowledge.jsonl:${line}: id prefix does not fit type ${entry.type}`);
      if (entry.id.startsWith('misc:') !== (entry.type === 'MISC')) problems.push(`knowledge.jsonl:${line}: id prefix does not fit type ${entry.type}`);
      for (const role of entry.roles ?? []) {
        if (!roleTitles.has(role.title)) problems.push(`knowledge.jsonl:${line}: title "${role.title}" is not in roles.jsonl`);
        if (role.country && !isKnownRegionCode(role.country)) problems.push(`knowledge.jsonl:${line}: unknown country ${role.country}`);
        if (role.from && role.to && role.from > role.to) problems.push(`knowledge.jsonl:${line}: role "${role.title}" ends before it starts`);
        if (!role.country && !role.organisation) problems.push(`knowledge.jsonl:${line}: role "${role.title}" has neither country nor organisation`);
      }
      if (entry.type === 'PER' && !(entry.roles?.length)) problems.push(`knowledge.jsonl:${line}: person without a role`);
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['Selenskyj', 'per:wolodymyr-selenskyj'],
    ['Zelensky', 'per:wolodymyr-selenskyj'],
    ['Zelenskyy', 'per:wolodymyr-selenskyj'],
    ['Vladimir Putin', 'per:wladimir-putin'],
    ['Erdogan', 'per:recep-tayyip-erdogan'],
    ['Erdoğan', 'per:recep-tayyip-erdogan'],
    ['Xi Jinping', 'per:xi-jinping'],
    ['EU', 'org:eu'],
    ['Europäische Union', 'org:eu'],
    ['UNO', 'org:un'],
    ['Vereinte Nationen', 'org:un'],
    ['EZB', 'org:ecb'],
    ['IWF', 'org:imf'],
    ['Hisbollah', 'org:hisbollah'],
  ])('"%s" links to %s', (surface, id) => {
    expect(knowledgeNamed(surface).map((entry) => entry.id)).toEqual([id]);
  });

  it.each([
    ['per:emmanuel-macron', 'Präsident', 'FR'],
    ['per:friedrich-merz', 'Bundeskanzler', 'DE'],
    ['per:wladimir-putin', 'Präsident', 'RU'],
    ['per:giorgia-meloni', 'Ministerpräsidentin', 'IT'],
    ['per:donald-trump', 'Präsident', 'US'],
  ])('%s currently holds the role %s of %s', (id, title, country) => {
    const person = entries.find(({ entry }) => entry.id === id)?.entry;
    const current = person?.roles?.filter((role) => role.to === undefined) ?? [];
    expect(current).toContainEqual(expect.objectContaining({ title, country }));
  });
});

describe('roles', () => {
  const entries = roles.entries;

  it('refers by sameAs only to titles it defines, and feminine forms differ from the title', () => {
    const titles = new Set(entries.map(({ entry }) => entry.title));
    const problems: string[] = [];
    for (const { line, entry } of entries) {
      for (const other of entry.sameAs ?? []) if (!titles.has(other)) problems.push(`roles.jsonl:${line}: sameAs "${other}" is no title`);
      if (entry.feminine === entry.title) problems.push(`roles.jsonl:${line}: feminine equals title`);
      if (!/^\p{Lu}/u.test(entry.title)) problems.push(`roles.jsonl:${line}: title "${entry.title}" is not capitalised`);
    }
    expect(problems).toEqual([]);
    expect(new Set(entries.map(({ entry }) => entry.title)).size).toBe(entries.length);
  });

  it('lets "der russische Führer" resolve: Führer is the same office as Präsident', () => {
    const leader = entries.find(({ entry }) => entry.title === 'Führer')?.entry;
    expect(leader?.sameAs).toContain('Präsident');
    expect(entries.find(({ entry }) => entry.title === 'Minister')?.entry.compoundHead).toBe(true);
    expect(entries.find(({ entry }) => entry.title === 'Vorsitzender')?.entry.feminine).toBe('Vorsitzende');
  });
});

describe('triggers', () => {
  const entries = triggers.entries;

  it('use event types and CAMEO codes of event-types.json, refined only within the same root', () => {
    const problems: string[] = [];
    for (const { line, entry } of entries) {
      const typeCode = cameoByType.get(entry.type);
      if (typeCode === undefined) {
        problems.push(`triggers.jsonl:${line}: unknown event type ${entry.type}`);
        continue;
      }
      if (cameoRoot(entry.cameo) !== cameoRoot(typeCode) || entry.cameo.length < typeCode.length) {
        problems.push(`triggers.jsonl:${line}: CAMEO ${entry.cameo} is not ${typeCode} or a refinement of it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('cover every event type', () => {
    const covered = new Set(entries.map(({ entry }) => entry.type));
    expect([...cameoByType.keys()].filter((type) => !covered.has(type))).toEqual([]);
  });

  it('are each a verb, a noun or an adjective, with consistent verb forms', () => {
    const problems: string[] = [];
    for (const { line, entry } of entries) {
      const place = `triggers.jsonl:${line} (${entry.id})`;
      if ([entry.verb, entry.noun, entry.adjective].filter(Boolean).length !== 1) problems.push(`${place}: needs exactly one of verb, noun or adjective`);
      if (entry.supportVerbs && !entry.noun && !entry.adjective) problems.push(`${place}: supportVerbs only make sense on a noun or an adjective`);
      if (entry.adjective && !entry.supportVerbs?.length) problems.push(`${place}: an adjective needs its support verbs`);
      if (entry.noun && !/^\p{Lu}/u.test(entry.noun)) problems.push(`${place}: noun not capitalised`);
      const verb = entry.verb;
      if (!verb) continue;
      if (!entry.id.startsWith('trigger:')) problems.push(`${place}: id must start with trigger:`);
      if (!/n$/.test(verb.lemma)) problems.push(`${place}: lemma "${verb.lemma}" is not an infinitive`);
      const stemPart = verb.particle ? verb.lemma.slice(verb.particle.length) : verb.lemma;
      if (verb.particle && !verb.lemma.startsWith(verb.particle)) problems.push(`${place}: lemma does not start with particle`);
      if (!stemPart.startsWith(verb.present.slice(0, 2))) problems.push(`${place}: present stem "${verb.present}" does not fit lemma`);
      if (verb.particle && verb.participle.startsWith(verb.particle)) problems.push(`${place}: participle must not include the particle`);
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['trigger:aufrufen', 'appeal', { particle: 'auf', present: 'ruf', past: 'rief', participle: 'gerufen' }],
    ['trigger:ablehnen', 'reject', { particle: 'ab', present: 'lehn', past: 'lehnte', participle: 'gelehnt' }],
    ['trigger:treffen', 'meeting', { present: 'treff', presentIrregular: ['trifft', 'triffst'], past: 'traf', participle: 'getroffen' }],
    ['trigger:teilnehmen', 'meeting', { particle: 'teil', present: 'nehm', past: 'nahm', participle: 'genommen' }],
    ['trigger:verteidigen', 'defend_verbally', { present: 'verteidig', past: 'verteidigte', participle: 'verteidigt' }],
  ])('%s is a %s verb with the expected forms', (id, type, forms) => {
    const trigger = entries.find(({ entry }) => entry.id === id)?.entry;
    expect(trigger?.type).toBe(type);
    expect(trigger?.verb).toMatchObject(forms);
  });

  it('marks rejecting verbs as negating their object and keeps verbal defence behind context words', () => {
    for (const id of ['trigger:ablehnen', 'trigger:zurueckweisen', 'trigger:verweigern']) {
      expect(entries.find(({ entry }) => entry.id === id)?.entry.negatesObject).toBe(true);
    }
    expect(entries.find(({ entry }) => entry.id === 'trigger:verteidigen')?.entry.requiresContext).toContain('Krieg');
    expect(entries.find(({ entry }) => entry.id === 'trigger:telefonieren')?.entry.slots?.prepositions).toEqual({ mit: 'participant' });
  });
});

describe('the pack as the pipeline reads it', () => {
  it('passes the pack lint without errors or warnings', () => {
    const { problems } = lintRulePack(packFolder, undefined, fileURLToPath(new URL('../../', import.meta.url)));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('lists a context-restricted reading of a verb before its broad reading, because the first fitting entry wins', () => {
    const problems: string[] = [];
    const broadSeen = new Map<string, number>();
    for (const { line, entry } of triggers.entries) {
      if (!entry.verb) continue;
      const broadLine = broadSeen.get(entry.verb.lemma);
      if (entry.requiresContext?.length && broadLine !== undefined) {
        problems.push(`triggers.jsonl:${line} (${entry.id}) comes after the broad reading on line ${broadLine}, so it can never fire`);
      }
      if (!entry.requiresContext?.length && broadLine === undefined) broadSeen.set(entry.verb.lemma, line);
    }
    expect(problems).toEqual([]);
  });

  const compiled = compileTriggers(triggers.entries.map(({ line, entry }) => ({ value: entry, file: 'triggers.jsonl', line, pack: 'news-de', rank: 0 })));

  it.each([
    ['Telefonat', 'trigger:noun:telefonat'],
    ['Krisentelefonat', 'trigger:noun:telefonat'],
    ['Gespräche', 'trigger:noun:gespraeche'],
    ['Friedensgespräche', 'trigger:noun:friedensgespraeche'],
    ['Luftangriffe', 'trigger:noun:luftangriff'],
    ['Anschläge', 'trigger:noun:anschlaege'],
    ['Gipfeltreffen', 'trigger:noun:gipfeltreffen'],
    ['Pressekonferenz', 'trigger:noun:pressekonferenz'],
    ['Sicherheitskonferenz', 'trigger:noun:konferenz'],
  ])('the noun "%s" is read by %s', (word, id) => {
    expect(compiled.noun(word)?.id).toBe(id);
  });

  it.each([
    ['rief', ['trigger:aufrufen:verhandlungen', 'trigger:aufrufen', 'trigger:anrufen']],
    ['lehnte', ['trigger:ablehnen']],
    ['aufgerufen', ['trigger:aufrufen:verhandlungen', 'trigger:aufrufen']],
    ['nimmt', ['trigger:teilnehmen', 'trigger:festnehmen']],
    ['trifft', ['trigger:eintreffen', 'trigger:treffen', 'trigger:zusammentreffen']],
  ])('the verb form "%s" can start %j, in that order', (word, ids) => {
    const found = compiled.verbForm(word).map((hit) => hit.trigger.id);
    expect(found.filter((id) => ids.includes(id))).toEqual(ids);
  });
});

describe('the pack in the rules-only pipeline: role descriptions, aliases and metonyms reach the right entity', () => {
  it.each([
    ['Der russische Führer lehnte den Vorschlag am Montag ab.', 'Wladimir Putin', 'reject'],
    ['Der israelische Regierungschef reiste am Montag nach Washington.', 'Benjamin Netanjahu', 'visit'],
    ['Der deutsche Kanzler kritisierte am Montag die Opposition.', 'Friedrich Merz', 'criticize'],
    ['Der französische Präsident empfing am Montag den Gast.', 'Emmanuel Macron', 'host_visit'],
    ['Die italienische Ministerpräsidentin traf am Montag den Papst.', 'Giorgia Meloni', 'meeting'],
    ['Der chinesische Staatschef telefonierte am Montag mit dem Gast.', 'Xi Jinping', 'phone_call'],
    ['Der britische Premier traf am Montag den Gast.', 'Keir Starmer', 'meeting'],
    ['Der US-Außenminister kritisierte am Montag die Regierung.', 'Marco Rubio', 'criticize'],
    ['Kreml-Sprecher Peskow wies die Vorwürfe am Montag zurück.', 'Dmitri Peskow', 'reject'],
    ['Zelensky telefonierte am Montag mit Macron.', 'Wolodymyr Selenskyj', 'phone_call'],
    ['Moskau lehnte den Vorschlag am Montag ab.', 'Russische Regierung', 'reject'],
    ['Der Kreml wies die Vorwürfe am Montag zurück.', 'Russische Regierung', 'reject'],
    ['Die EU-Kommission kritisierte am Montag die Entscheidung.', 'Europäische Kommission', 'criticize'],
  ])('%s → %s, %s', async (text, entityName, eventType) => {
    const pipeline = await loadRulesOnlyPipeline();
    const record = pipeline.extract({ id: 'pack', text, publishedAt: '2025-11-20' });
    if (record.status !== 'ok') throw new Error(`expected an ok record, got ${JSON.stringify(record)}`);
    expect(record.entities.map((entity) => entity.name)).toContain(entityName);
    expect(record.events.map((event) => event.type)).toContain(eventType);
  });
});
