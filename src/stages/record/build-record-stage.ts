/**
 * The last stage: turns the Doc into the output record and validates it against the zod schema. A record that
 * fails validation, or whose spans do not slice to their text, becomes an error record: never a crash, never an
 * invalid line in the output.
 */
import { z } from 'zod';
import type { Doc } from '../../doc/types.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { recordSchema, type ArticleRecord, type ErrorRecord, type OkRecord } from '../../schema/record.ts';
import { findBadSpans } from './check-offsets.ts';

const configSchema = z.strictObject({
  /** Keep the article text in the record, so every offset can be checked against it. */
  includeText: z.boolean().default(true),
});

export function buildRecord(doc: Doc, pipeline: { name: string; version: string }, includeText = true): OkRecord {
  const record: OkRecord = {
    id: doc.id,
    status: doc.skipped ? 'skipped' : 'ok',
    source: Object.fromEntries(Object.entries(doc.source).filter(([, value]) => value !== undefined)),
    language: doc.language ?? { code: 'und', confidence: 0 },
    text: includeText ? doc.text : '',
    sentences: (doc.sentences ?? []).map(({ start, end }) => ({ start, end })),
    entities: (doc.entities ?? []).map(({ knowledgeId: _knowledgeId, ...entity }) => entity),
    relations: doc.relations ?? [],
    events: doc.events ?? [],
    pipeline,
    messages: doc.messages,
  };
  return record;
}

export function validateRecord(record: OkRecord, text: string): ArticleRecord {
  const bad = findBadSpans(record, text);
  const invalid = (message: string): ErrorRecord => ({ id: record.id, status: 'error', error: { code: 'invalid-record', message }, pipeline: record.pipeline });
  if (bad.length) return invalid(`spans do not match the text: ${bad.slice(0, 3).join('; ')}`);
  const result = recordSchema.safeParse(record);
  if (!result.success) {
    return invalid(result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
  return result.data;
}

export const buildRecordStage = defineStage({
  name: 'build-record',
  description: 'Builds the output record from the Doc and validates it (schema and offsets); a failing record becomes an error record.',
  requires: ['language'],
  assigns: ['record'],
  runsOnSkippedDocs: true,
  configSchema,
  create(config, context) {
    const pipeline = { name: context.pipelineName, version: context.pipelineVersion };
    return (doc: Doc): Doc => {
      const record = buildRecord(doc, pipeline, config.includeText);
      return { ...doc, record: validateRecord(record, doc.text) };
    };
  },
});
