/** Runs the pipeline on one article and turns any exception into an `extraction-failed` error record. */
import type { ExtractingPipeline } from './pipeline-module.ts';
import type { ExtractionTask } from './extraction-task.ts';
import { finishErrorRecord, finishRecord, type FinishedRecord } from './finished-record.ts';
import type { InputNote } from './source-item.ts';

/**
 * True when the pipeline's records come out of the build-record stage, which validates them. Built-in stage
 * names cannot be taken by custom stages, and build-record assigns the record, so as the last stage it is the
 * only producer of what `extract` returns (apart from the loader's own fixed-shape error records).
 */
export function validatesItsRecords(pipeline: ExtractingPipeline): boolean {
  return pipeline.stageNames?.at(-1) === 'build-record';
}

export function extractOne(pipeline: ExtractingPipeline, task: ExtractionTask, alreadyValidated = validatesItsRecords(pipeline)): FinishedRecord {
  const identity = { name: pipeline.name, version: pipeline.version };
  const origin = { input: task.input, line: task.line };
  let record: unknown;
  try {
    record = pipeline.extract(task.article);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return finishErrorRecord(task.article.id, { code: 'extraction-failed', message, ...origin }, identity);
  }
  if (task.notes?.length) record = withInputNotes(record, task.notes);
  return finishRecord(record, task.article.id, origin, identity, alreadyValidated);
}

/** The reader's notes as warnings among the record's messages (a record without a message list is left as it is). */
function withInputNotes(record: unknown, notes: readonly InputNote[]): unknown {
  if (!record || typeof record !== 'object' || !Array.isArray((record as { messages?: unknown }).messages)) return record;
  const messages = (record as { messages: unknown[] }).messages;
  return { ...record, messages: [...notes.map((note) => ({ code: note.code, severity: 'warning', message: note.message })), ...messages] };
}
