/**
 * `extract --explain`: wraps an extractor so that, next to each record, the explanation of how it came about
 * (the rule or model behind every entity, relation and event, and the near misses) goes to stderr. Runs the
 * article a second time through its own pipeline instance with the trace on; meant for looking, not for speed.
 */
import type { ExtractionTask } from '../batch/extraction-task.ts';
import type { FinishedRecord, PipelineIdentity } from '../batch/finished-record.ts';
import type { Extractor } from '../batch/worker-pool.ts';
import { loadPipeline, type LoadedPipeline } from '../pipeline/load-pipeline.ts';
import { formatExplanation } from './explain-command.ts';

export class ExplainingExtractor implements Extractor {
  private explainer?: LoadedPipeline;

  constructor(
    private readonly inner: Extractor,
    private readonly pipelineName: string | undefined,
    private readonly stderr: NodeJS.WritableStream,
  ) {}

  async start(): Promise<PipelineIdentity> {
    const identity = await this.inner.start();
    this.explainer = await loadPipeline(this.pipelineName);
    return identity;
  }

  async extract(task: Omit<ExtractionTask, 'taskId'>): Promise<FinishedRecord> {
    const finished = await this.inner.extract(task);
    if (typeof task.article.text === 'string' && task.article.text.trim()) {
      try {
        const doc = this.explainer!.process(task.article, { explain: true });
        this.stderr.write(`\n── explain ${task.article.id} ──\n${formatExplanation(doc)}`);
      } catch (error) {
        this.stderr.write(`\n── explain ${task.article.id}: ${(error as Error).message}\n`);
      }
    }
    return finished;
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
