/**
 * The schema of a gold annotation file, `fixtures/expected/<article-id>.json`.
 *
 * Gold files are written by hand, so the schema is strict: a misspelt key is an error, not a silently ignored field.
 * The full annotation conventions are in `fixtures/README.md`; the ones the scorer depends on are repeated here.
 *
 * Naming conventions
 * - A person's `name` is the fullest form the article itself uses ("Vladimir Zelensky" when the article writes it so).
 *   Other spellings and short forms that occur in the article go into `aliases` (surname, transliteration variants,
 *   the role phrase when the person is also referred to by it).
 * - A person the article only describes by role ("der chinesische Staatschef") is annotated with the real person's
 *   name when the role identifies one individual at the publication date, `nameInText: false`, and the role phrase
 *   (without article) as an alias.
 *
 * Participant convention (metonymy)
 * - A government acting through a metonym ("Moskau", "der Kreml", "Peking", "das Weiße Haus") is the organisation
 *   `Regierung <country in the genitive>` ("Regierung Russlands", "Regierung der USA"), listed under `organisations`
 *   with `country` and with every metonym the article uses as an alias.
 * - A ministry, police force, court or company acting as itself is an organisation under its own name.
 * - Event participants are written as the gold `name` of a person, organisation or place, never as an alias.
 */
import { z } from 'zod';
import { modalitySchema } from '../schema/record.ts';

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case, e.g. "CZ"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date, e.g. "2025-03-04"');

export const goldRoleSchema = z.strictObject({
  /** Role noun without inflection as the article uses it ("Premierministerin", "Außenminister"). */
  title: z.string().min(1),
  country: countryCode.optional(),
});

export const goldPersonSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  roles: z.array(goldRoleSchema).optional(),
  /** False when the article never names the person and the gold name comes from the role description. */
  nameInText: z.boolean().optional(),
});

export const goldOrganisationSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  /** For governments and state bodies: the country they belong to. */
  country: countryCode.optional(),
});

export const goldPlaceSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  country: countryCode.optional(),
});

export const goldEventSchema = z.strictObject({
  /** Event type from `pipelines/news-de/event-types.json`. */
  type: z.string().optional(),
  /** The two-digit CAMEO root ("04" for consult, "12" for reject). */
  cameoRoot: z.string().regex(/^\d{2}$/, 'two-digit CAMEO root, e.g. "04"'),
  modality: modalitySchema,
  /** The trigger word or phrase as it occurs in the article. */
  trigger: z.string().min(1),
  /** Gold names of persons, organisations or places taking part. */
  participants: z.array(z.string().min(1)),
  time: isoDate.optional(),
  note: z.string().optional(),
});

export const goldRecordSchema = z
  .strictObject({
    id: z.string().min(1),
    status: z.enum(['ok', 'skipped', 'error']),
    /** ISO 639-3 code of the article language. */
    language: z.string().regex(/^[a-z]{3}$/).optional(),
    persons: z.array(goldPersonSchema),
    organisations: z.array(goldOrganisationSchema).optional(),
    places: z.array(goldPlaceSchema).optional(),
    events: z.array(goldEventSchema),
    note: z.string().optional(),
  })
  .superRefine((gold, context) => {
    const known = new Set([
      ...gold.persons.map((person) => person.name),
      ...(gold.organisations ?? []).map((organisation) => organisation.name),
      ...(gold.places ?? []).map((place) => place.name),
    ]);
    gold.events.forEach((event, eventIndex) => {
      event.participants.forEach((participant, participantIndex) => {
        if (!known.has(participant)) {
          context.addIssue({
            code: 'custom',
            path: ['events', eventIndex, 'participants', participantIndex],
            message: `participant "${participant}" is not the name of a gold person, organisation or place`,
          });
        }
      });
    });
  });

export type GoldRole = z.infer<typeof goldRoleSchema>;
export type GoldPerson = z.infer<typeof goldPersonSchema>;
export type GoldOrganisation = z.infer<typeof goldOrganisationSchema>;
export type GoldPlace = z.infer<typeof goldPlaceSchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldRecord = z.infer<typeof goldRecordSchema>;
