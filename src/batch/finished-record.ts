/**
 * A record ready to be written: its JSON line plus the few facts the summary needs. Records are validated with
 * the zod record schema here, before they are written; one that fails becomes an error record.
 * This runs inside the workers, so validation and serialisation use the worker cores, not the main thread.
 * A pipeline whose last stage is build-record has validated its record already (schema and offsets); parsing it a
 * second time cost about 3% of the extraction time, so such records only get a cheap shape check here.
 */
import { recordSchema, type ArticleRecord, type ErrorRecord } from '../schema/record.ts';
import type { BatchErrorCode } from './source-item.ts';

export interface FinishedRecord {
  id: string;
  status: 'ok' | 'skipped' | 'error';
  /** The record serialised on one line, without the trailing newline. */
  json: string;
  language?: string;
  entityCount: number;
  eventCount: number;
  errorCode?: string;
  errorMessage?: string;
}

export interface PipelineIdentity {
  name: string;
  version: string;
}

export interface ErrorDetails {
  code: BatchErrorCode;
  message: string;
  line?: number;
  input?: string;
}

export function errorRecord(id: string, details: ErrorDetails, pipeline?: PipelineIdentity): ErrorRecord {
  const { code, message, line, input } = details;
  return {
    id,
    status: 'error',
    error: { code, message, ...(line !== undefined && line > 0 ? { line } : {}), ...(input !== undefined ? { input } : {}) },
    ...(pipeline ? { pipeline: { name: pipeline.name, version: pipeline.version } } : {}),
  };
}

function describeRecord(record: ArticleRecord): FinishedRecord {
  const json = JSON.stringify(record);
  if (record.status === 'error') {
    return { id: record.id, status: 'error', json, entityCount: 0, eventCount: 0, errorCode: record.error.code, errorMessage: record.error.message };
  }
  return {
    id: record.id,
    status: record.status,
    json,
    language: record.language.code,
    entityCount: record.entities.length,
    eventCount: record.events.length,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The shape facts the batch path itself relies on (status, the arrays it counts, the error fields it reports).
 * Enough to catch a pipeline that returns something else entirely; not a substitute for the schema.
 */
export function looksLikeRecord(record: unknown): record is ArticleRecord {
  if (!isObject(record) || typeof record.id !== 'string') return false;
  if (record.status === 'error') return isObject(record.error) && typeof record.error.code === 'string' && typeof record.error.message === 'string';
  return (
    (record.status === 'ok' || record.status === 'skipped') &&
    isObject(record.language) &&
    typeof record.language.code === 'string' &&
    Array.isArray(record.entities) &&
    Array.isArray(record.events)
  );
}

/**
 * Validates a record produced for the article `id`. The batch path owns ids (it makes them unique), so a
 * pipeline that reports another id is corrected rather than trusted. `alreadyValidated` says the record comes
 * straight from the build-record stage, which parsed it with the same schema (and checked its offsets); the
 * id it carries is the one the batch gave the article, so replacing it changes nothing the schema checked.
 */
export function finishRecord(
  record: unknown,
  id: string,
  origin: { input?: string; line?: number },
  pipeline?: PipelineIdentity,
  alreadyValidated = false,
): FinishedRecord {
  const candidate = record && typeof record === 'object' ? { ...(record as object), id } : record;
  if (alreadyValidated && looksLikeRecord(candidate)) return describeRecord(candidate);
  const parsed = recordSchema.safeParse(candidate);
  if (parsed.success) return describeRecord(parsed.data);
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return describeRecord(errorRecord(id, { code: 'invalid-record', message: `the pipeline produced a record that fails the record schema: ${issues}`, ...origin }, pipeline));
}

export function finishErrorRecord(id: string, details: ErrorDetails, pipeline?: PipelineIdentity): FinishedRecord {
  return finishRecord(errorRecord(id, details, pipeline), id, details, pipeline);
}
