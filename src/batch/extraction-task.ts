/** What the main thread sends a worker and what comes back. Plain data: it crosses a thread boundary. */
import type { ArticleInput } from '../doc/types.ts';
import type { FinishedRecord, PipelineIdentity } from './finished-record.ts';
import type { SharedResources } from './shared-resources.ts';
import type { InputNote } from './source-item.ts';

export interface ExtractionTask {
  taskId: number;
  article: ArticleInput & { id: string };
  input?: string;
  line?: number;
  /** The reader's notes on the input (its encoding), added to the record's messages. */
  notes?: InputNote[];
}

/** A worker's start-up data. `moduleUrl` is only read by the tsx bootstrap. */
export interface WorkerData {
  pipeline?: string;
  shared?: SharedResources;
  moduleUrl?: string;
}

export type WorkerMessage =
  /** `osThreadId`: the worker's thread id in the operating system (Linux), for per-thread CPU accounting. */
  | { type: 'ready'; pipeline: PipelineIdentity; osThreadId?: number }
  | { type: 'load-failed'; message: string; code?: string }
  | { type: 'done'; taskId: number; record: FinishedRecord };
