/**
 * Extraction on the main thread (`--workers 0`): no thread start-up, handy for debugging and profiling,
 * but a pathological article cannot be interrupted here, so the time limit is not enforced.
 */
import { extractOne } from './extract-one.ts';
import type { ExtractionTask } from './extraction-task.ts';
import type { FinishedRecord, PipelineIdentity } from './finished-record.ts';
import { importLoadPipeline, type ExtractingPipeline } from './pipeline-module.ts';
import { PipelineLoadError, type Extractor } from './worker-pool.ts';

export class InProcessExtractor implements Extractor {
  private pipeline?: ExtractingPipeline;

  constructor(private readonly pipelineName?: string) {}

  async start(): Promise<PipelineIdentity> {
    try {
      const loadPipeline = await importLoadPipeline();
      this.pipeline = await loadPipeline(this.pipelineName);
    } catch (error) {
      throw new PipelineLoadError(`cannot load pipeline '${this.pipelineName ?? 'news-de'}': ${(error as Error).message}`);
    }
    return { name: this.pipeline.name, version: this.pipeline.version };
  }

  async extract(task: Omit<ExtractionTask, 'taskId'>): Promise<FinishedRecord> {
    // Yield to the event loop between articles so output keeps flowing.
    await new Promise((resolve) => setImmediate(resolve));
    return extractOne(this.pipeline!, { ...task, taskId: 0 });
  }

  async close(): Promise<void> {}
}
