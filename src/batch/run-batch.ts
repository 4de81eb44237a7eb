/**
 * The batch loop: source items in, one record per item out, in input order. Extraction runs ahead in the
 * extractor (worker pool) while a bounded window of results waits to be written in order, so memory stays flat
 * however long the input is, and no item (bad line, duplicate, crash, timeout) stops the run.
 */
import type { DuplicatePolicy } from './duplicates.ts';
import { DuplicateTracker } from './duplicates.ts';
import { finishErrorRecord, finishRecord, type FinishedRecord, type PipelineIdentity } from './finished-record.ts';
import { emptyCounts, type BatchCounts, type ProgressReporter } from './progress.ts';
import type { RecordWriter } from './record-writers.ts';
import type { ArticleItem, SourceItem } from './source-item.ts';
import type { Extractor } from './worker-pool.ts';

export interface BatchOptions {
  items: AsyncIterable<SourceItem>;
  extractor: Extractor;
  pipeline: PipelineIdentity;
  writer: RecordWriter;
  duplicates?: DuplicatePolicy;
  /** Skip articles whose id is already in the output (the writer has loaded it). */
  resume?: boolean;
  /** Records extracted but not yet written; bounds memory. */
  maximumInFlight?: number;
  reporter?: ProgressReporter;
}

export interface BatchResult {
  counts: BatchCounts;
  /** Characters of article text sent to extraction (for throughput figures). */
  characters: number;
}

/** The record for a dropped duplicate: a valid `skipped` record that says which article it repeats. */
export function duplicateRecord(item: ArticleItem, id: string, duplicateOf: { id: string; reason: 'id' | 'text' }, pipeline: PipelineIdentity): FinishedRecord {
  const { title, url, publishedAt, text } = item.article;
  const record = {
    id,
    status: 'skipped',
    source: { ...(title !== undefined ? { title } : {}), ...(url !== undefined ? { url } : {}), ...(publishedAt !== undefined ? { publishedAt } : {}) },
    language: { code: 'und', confidence: 0 },
    text,
    sentences: [],
    entities: [],
    relations: [],
    events: [],
    pipeline: { name: pipeline.name, version: pipeline.version },
    messages: [{ code: 'duplicate', severity: 'info', message: `same ${duplicateOf.reason} as article '${duplicateOf.id}'; dropped (--duplicates drop)` }],
  };
  return finishRecord(record, id, { input: item.input, line: item.line }, pipeline);
}

function count(counts: BatchCounts, record: FinishedRecord): void {
  counts[record.status] += 1;
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const { items, extractor, pipeline, writer, reporter } = options;
  const tracker = new DuplicateTracker(options.duplicates ?? 'keep');
  const maximumInFlight = Math.max(1, options.maximumInFlight ?? 16);
  const counts = emptyCounts();
  const window: Promise<FinishedRecord>[] = [];
  let characters = 0;

  const writeOldest = async (): Promise<void> => {
    const record = await window.shift()!;
    await writer.write(record);
    count(counts, record);
    reporter?.record(record, counts);
  };

  for await (const item of items) {
    counts.read += 1;
    const admission = tracker.admit(item.kind === 'article' ? item.article.id : item.id, item.kind === 'article' ? item.article.text : undefined);
    // Duplicates are decided before the resume check, so an interrupted run and an uninterrupted one agree.
    if (options.resume && writer.hasRecord(admission.id)) {
      counts.alreadyDone += 1;
      continue;
    }
    if (item.kind === 'problem') {
      window.push(Promise.resolve(finishErrorRecord(admission.id, item, pipeline)));
    } else if (admission.duplicateOf) {
      counts.duplicates += 1;
      window.push(Promise.resolve(duplicateRecord(item, admission.id, admission.duplicateOf, pipeline)));
    } else {
      characters += item.article.text.length;
      window.push(extractor.extract({ article: { ...item.article, id: admission.id }, input: item.input, line: item.line, ...(item.notes ? { notes: item.notes } : {}) }));
    }
    while (window.length >= maximumInFlight) await writeOldest();
  }
  while (window.length > 0) await writeOldest();
  await writer.close();
  return { counts, characters };
}
