/**
 * Loads a rule pack: a folder of optional data files. The built-in German rules are a pack like any user's.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';
import { RulePackError } from '../errors.ts';
import { readJsonFile, readJsonlFile, type LocatedEntry } from './read-data-file.ts';
import {
  abbreviationsFileSchema,
  cuesFileSchema,
  knowledgeEntrySchema,
  packManifestSchema,
  patternEntrySchema,
  placeEntrySchema,
  roleEntrySchema,
  institutionEntrySchema,
  triggerEntrySchema,
  eventTypeName,
  cameoCode,
  type AbbreviationsFile,
  type CuesFile,
  type KnowledgeEntry,
  type PackManifest,
  type PatternEntry,
  type PlaceEntry,
  type RoleEntry,
  type InstitutionEntry,
  type TriggerEntry,
  grammarFileSchema,
  type GrammarFile,
  actorCodesFileSchema,
  type ActorCodesFile,
  nameTypesFileSchema,
  type NameTypesFile,
} from './schema.ts';

export const eventTypesFileSchema = z.strictObject({
  description: z.string().optional(),
  eventTypes: z.array(
    z.strictObject({
      type: eventTypeName,
      cameo: cameoCode,
      description: z.string().optional(),
      /**
       * The roles a place that is no country may fill: a city is visited or attacked ("target"), but nobody arrests,
       * praises or meets Gnigl. Countries act and are acted on in every role; without this, places take no part.
       */
      placeRoles: z.array(z.enum(['source', 'target', 'participant'])).optional(),
      /**
       * The roles an event of this type has at all, when not every role: a resignation has a source and nobody it is
       * done to, so in "Nach dem Rücktritt von X will die ÖVP …" the ÖVP takes no part. A participant the grammar gives
       * another role is left out.
       */
      roles: z.array(z.enum(['source', 'target', 'participant'])).min(1).optional(),
      /**
       * The role a place, a country included, takes where the grammar makes it the actor: a place is where a visit goes
       * ("Ecuador, Bolivien und Paraguay sind die Stationen der Reise", "Jagdflugzeuge besuchen Litauen und Rumänien"),
       * never who makes it. A capital standing for its government is no place here.
       */
      placeActorRole: z.enum(['target', 'participant']).optional(),
      /**
       * A verb of this type asks for or reacts to the event its object names ("forderte eine Untersuchung", "rief zu
       * Verhandlungen auf", "verurteilte den Anschlag"): an event noun in its clause is someone else's, so the subject
       * does not perform it.
       */
      objectEventOfOthers: z.boolean().optional(),
      /**
       * A verb of this type asks for the event its object names ("forderte die Freilassung", "rief zu Protesten auf"):
       * that event lies ahead, so an asserted one is planned.
       */
      asksForObjectEvent: z.boolean().optional(),
      /**
       * Prepositions whose event noun, in the clause of a verb of this type, is the act the verb speaks of and no event
       * of its own: "drohte den Kämpfern mit Luftschlägen" is a threat, and no air strike took place.
       */
      actPrepositions: z.array(z.string()).optional(),
      /**
       * CAMEO codes events between political actors. An event of this type whose participants include an actor of a
       * sector actor-codes.json marks as not political (a company, a newspaper, a band, a club) and none of a political
       * sector and no place is no such event ("Samsung will kleinere Varianten anbieten", "verspricht Microsoft"), so it
       * is dropped. Persons of no known sector count neither way.
       */
      politicalOnly: z.boolean().optional(),
      /**
       * Stricter, for acts only an office performs (investigations): an event whose sources are all persons of no
       * political sector, or actors of a sector that is not political, is dropped. "Der Soziologe X hat die Diaspora
       * untersucht" is research, "sich untersuchen lassen" a check-up. Organisations of no known sector are kept,
       * and so are events without a source ("Ermittlungen gegen X").
       */
      politicalSource: z.boolean().optional(),
    }),
  ),
});
export type EventTypeEntry = z.infer<typeof eventTypesFileSchema>['eventTypes'][number];

export interface RulePack {
  manifest: PackManifest;
  directory: string;
  abbreviations?: AbbreviationsFile;
  cues?: CuesFile;
  grammar?: GrammarFile;
  actorCodes?: ActorCodesFile;
  eventTypes: EventTypeEntry[];
  places: LocatedEntry<PlaceEntry>[];
  knowledge: LocatedEntry<KnowledgeEntry>[];
  roles: LocatedEntry<RoleEntry>[];
  institutions: LocatedEntry<InstitutionEntry>[];
  triggers: LocatedEntry<TriggerEntry>[];
  patterns: LocatedEntry<PatternEntry>[];
  nameTypes?: NameTypesFile;
}

/** The files a pack may hold, so that `depesche check` and the docs can list them. */
export const packFiles = {
  manifest: 'pack.json',
  abbreviations: 'abbreviations.json',
  cues: 'cues.json',
  grammar: 'grammar.json',
  actorCodes: 'actor-codes.json',
  eventTypes: 'event-types.json',
  places: 'places.jsonl',
  knowledge: 'knowledge.jsonl',
  roles: 'roles.jsonl',
  institutions: 'institutions.jsonl',
  triggers: 'triggers.jsonl',
  patterns: 'patterns.jsonl',
  nameTypes: 'name-types.json',
} as const;

export function loadRulePack(directory: string, displayRoot = process.cwd()): RulePack {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new RulePackError(directory, undefined, undefined, 'rule pack folder not found; give a folder holding pack.json and rule files');
  }
  const display = (file: string) => relative(displayRoot, join(directory, file)) || file;
  const present = (file: string) => existsSync(join(directory, file));
  const json = <T>(file: string, schema: z.ZodType<T>): T | undefined =>
    present(file) ? readJsonFile(join(directory, file), display(file), schema) : undefined;
  const jsonl = <T>(file: string, schema: z.ZodType<T>): LocatedEntry<T>[] =>
    present(file) ? readJsonlFile(join(directory, file), display(file), schema) : [];

  return {
    manifest: json(packFiles.manifest, packManifestSchema) ?? { name: basename(directory), version: '0.0.0' },
    directory,
    abbreviations: json(packFiles.abbreviations, abbreviationsFileSchema),
    cues: json(packFiles.cues, cuesFileSchema),
    grammar: json(packFiles.grammar, grammarFileSchema),
    actorCodes: json(packFiles.actorCodes, actorCodesFileSchema),
    eventTypes: json(packFiles.eventTypes, eventTypesFileSchema)?.eventTypes ?? [],
    places: jsonl(packFiles.places, placeEntrySchema),
    knowledge: jsonl(packFiles.knowledge, knowledgeEntrySchema),
    roles: jsonl(packFiles.roles, roleEntrySchema),
    institutions: jsonl(packFiles.institutions, institutionEntrySchema),
    triggers: jsonl(packFiles.triggers, triggerEntrySchema),
    patterns: jsonl(packFiles.patterns, patternEntrySchema),
    nameTypes: json(packFiles.nameTypes, nameTypesFileSchema),
  };
}
