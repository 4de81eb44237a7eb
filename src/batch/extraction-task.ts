/** What the main thread sends a worker and what comes back. Plain data: it crosses a thread boundary. */
import type { ArticleInput } from '../doc/types.ts';
import type { FinishedRecord, PipelineIdentity } from './finished-record.ts';

export interface ExtractionTask {
  taskId: number;
  article: ArticleInput & { id: string };
  input?: string;
  line?: number;
}

export type WorkerMessage =
  | { type: 'ready'; pipeline: PipelineIdentity }
  | { type: 'load-failed'; message: string }
  | { type: 'done'; taskId: number; record: FinishedRecord };
