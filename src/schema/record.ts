/**
 * The output record: one per input article. Every record is validated against this schema before it is written;
 * a record that fails becomes an error record. `depesche schema` prints it as JSON Schema.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();
const span = z.strictObject({ start: offset, end: offset });
const textSpan = z.strictObject({ text: z.string(), start: offset, end: offset });

export const entityTypeSchema = z.enum(['PER', 'ORG', 'LOC', 'MISC']);
export const modalitySchema = z.enum(['asserted', 'planned', 'expected', 'negated', 'reported', 'hypothetical']);

export const messageSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  severity: z.enum(['info', 'warning', 'error']).optional(),
  start: offset.optional(),
  end: offset.optional(),
});

export const entitySchema = z.strictObject({
  id: z.string(),
  type: entityTypeSchema,
  name: z.string().describe('Canonical name, e.g. "Emmanuel Macron"'),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional().describe('ISO 3166-1 alpha-2 country the entity belongs to'),
  sector: z.string().optional().describe('What kind of actor: "government", "party", "business", "media" … (the rule pack\'s actor-codes.json)'),
  cameo: z
    .string()
    .regex(/^[A-Z]{3}(?:[A-Z]{3})?$/)
    .optional()
    .describe('CAMEO actor code: the country\'s three letters, the sector\'s, or both ("FRAGOV": the French government)'),
  roles: z
    .array(
      z.strictObject({
        title: z.string().describe('Role title without inflection, e.g. "Präsident"'),
        country: z.string().regex(/^[A-Z]{2}$/).optional(),
      }),
    )
    .optional(),
  mentions: z.array(
    z.strictObject({
      text: z.string(),
      start: offset,
      end: offset,
      sentence: z.number().int().nonnegative(),
      kind: z.enum(['name', 'role', 'pronoun', 'metonym']),
      rule: z.string(),
    }),
  ),
  rule: z.string().describe('The rule or model that created the entity'),
});

export const relationSchema = z.strictObject({
  type: z.string(),
  subject: z.string().describe('Entity id'),
  object: z.string().describe('Entity id or a value'),
  evidence: span,
  rule: z.string(),
});

export const eventSchema = z.strictObject({
  id: z.string(),
  type: z.string().describe('Readable event type, e.g. "phone_call"'),
  cameo: z.string().regex(/^\d{2,4}$/).describe('CAMEO code, e.g. "041"'),
  trigger: textSpan,
  participants: z.array(
    z.strictObject({ entity: z.string(), role: z.enum(['source', 'target', 'participant']) }),
  ),
  modality: modalitySchema,
  attribution: z.strictObject({ entity: z.string().optional(), text: z.string(), start: offset, end: offset }).optional(),
  time: z
    .strictObject({ text: z.string(), start: offset, end: offset, value: z.string().optional() })
    .optional()
    .describe('value: ISO date when resolvable against source.publishedAt'),
  location: z.string().optional().describe('Entity id of the place'),
  theme: textSpan.optional().describe('What the event is about when it is not an entity, e.g. the ceasefire appealed for'),
  sentence: z.number().int().nonnegative(),
  evidence: span,
  rule: z.string(),
  confidence: z.number().min(0).max(1),
});

export const okRecordSchema = z.strictObject({
  id: z.string(),
  status: z.enum(['ok', 'skipped']),
  source: z.strictObject({ title: z.string().optional(), url: z.string().optional(), publishedAt: z.string().optional() }),
  language: z.strictObject({ code: z.string().regex(/^[a-z]{3}$/), confidence: z.number().min(0).max(1) }),
  text: z.string().describe('The article text all offsets point into'),
  sentences: z.array(span),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
  events: z.array(eventSchema),
  pipeline: z.strictObject({ name: z.string(), version: z.string() }),
  messages: z.array(messageSchema),
});

export const errorRecordSchema = z.strictObject({
  id: z.string(),
  status: z.literal('error'),
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    line: z.number().int().positive().optional(),
    input: z.string().optional().describe('The file or stream the article came from'),
  }),
  pipeline: z.strictObject({ name: z.string(), version: z.string() }).optional(),
});

export const recordSchema = z.union([okRecordSchema, errorRecordSchema]);

export type OkRecord = z.infer<typeof okRecordSchema>;
export type ErrorRecord = z.infer<typeof errorRecordSchema>;
export type ArticleRecord = z.infer<typeof recordSchema>;

export function recordJsonSchema(): unknown {
  return z.toJSONSchema(recordSchema, { target: 'draft-2020-12' });
}
