/**
 * A pool of worker threads for the CPU-bound extraction. Each worker loads the pipeline once. A task that
 * exceeds the time limit gets a `timeout` error record and its worker is terminated and replaced, so one
 * pathological article cannot stall the run; a worker that crashes is replaced the same way.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionTask, WorkerMessage } from './extraction-task.ts';
import { finishErrorRecord, type FinishedRecord, type PipelineIdentity } from './finished-record.ts';

export interface Extractor {
  /** Resolves once the pipeline is loaded everywhere; rejects with PipelineLoadError when it cannot be. */
  start(): Promise<PipelineIdentity>;
  extract(task: Omit<ExtractionTask, 'taskId'>): Promise<FinishedRecord>;
  close(): Promise<void>;
}

export class PipelineLoadError extends Error {
  readonly code = 'pipeline-load-failed';
}

export interface WorkerPoolOptions {
  size: number;
  pipeline?: string;
  timeoutMs: number;
  /**
   * Old-generation heap limit of each worker in MB. V8 otherwise lets an idle-looking heap grow far beyond
   * what is live before collecting; a limit keeps peak memory down. A worker that really needs more dies
   * with an out-of-memory error: its article gets an `extraction-failed` record and the worker is replaced.
   */
  heapLimitMegabytes?: number;
  /** The worker module (TypeScript is fine); tests pass their own to simulate slow or crashing pipelines. */
  workerModuleUrl?: URL;
}

interface PendingTask {
  task: ExtractionTask;
  resolve: (record: FinishedRecord) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running?: PendingTask & { timer: NodeJS.Timeout };
}

const bootstrapUrl = new URL('./extraction-worker-bootstrap.js', import.meta.url);
const defaultWorkerModuleUrl = new URL('./extraction-worker.ts', import.meta.url);

export class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: PendingTask[] = [];
  private nextTaskId = 1;
  private closing = false;
  private identity?: PipelineIdentity;
  private brokenReason?: string;

  constructor(private readonly options: WorkerPoolOptions) {}

  async start(): Promise<PipelineIdentity> {
    const starts = Array.from({ length: Math.max(1, this.options.size) }, () => this.spawnSlot());
    try {
      const identities = await Promise.all(starts);
      this.identity = identities[0];
      return this.identity;
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  extract(task: Omit<ExtractionTask, 'taskId'>): Promise<FinishedRecord> {
    return new Promise((resolve) => {
      const pending = { task: { ...task, taskId: this.nextTaskId++ }, resolve };
      if (this.brokenReason) return resolve(this.failure(pending, 'extraction-failed', this.brokenReason));
      this.queue.push(pending);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private failure(pending: PendingTask, code: 'timeout' | 'extraction-failed', message: string): FinishedRecord {
    const { task } = pending;
    return finishErrorRecord(task.article.id, { code, message, input: task.input, line: task.line }, this.identity);
  }

  /** Starts a worker in a new slot (or an existing one being replaced); resolves when its pipeline is loaded. */
  private spawnSlot(existing?: Slot): Promise<PipelineIdentity> {
    const worker = new Worker(bootstrapUrl, {
      workerData: { moduleUrl: (this.options.workerModuleUrl ?? defaultWorkerModuleUrl).href, pipeline: this.options.pipeline },
      ...(this.options.heapLimitMegabytes ? { resourceLimits: { maxOldGenerationSizeMb: this.options.heapLimitMegabytes } } : {}),
    });
    const slot: Slot = existing ?? { worker, ready: false };
    slot.worker = worker;
    slot.ready = false;
    if (!existing) this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          slot.ready = true;
          resolve(message.pipeline);
          this.dispatch();
        } else if (message.type === 'load-failed') {
          reject(new PipelineLoadError(`cannot load pipeline '${this.options.pipeline ?? 'news-de'}': ${message.message}`));
        } else if (message.type === 'done' && slot.running?.task.taskId === message.taskId) {
          const running = slot.running;
          clearTimeout(running.timer);
          slot.running = undefined;
          running.resolve(message.record);
          this.dispatch();
        }
      });
      const onDeath = (reason: string): void => {
        if (this.closing || slot.worker !== worker) return;
        if (!slot.ready) {
          reject(new PipelineLoadError(`a worker died while loading the pipeline: ${reason}`));
          return;
        }
        const running = slot.running;
        slot.running = undefined;
        if (running) {
          clearTimeout(running.timer);
          running.resolve(this.failure(running, 'extraction-failed', `the worker crashed: ${reason}`));
        }
        this.replace(slot);
      };
      worker.on('error', (error) => onDeath(error.message));
      worker.on('exit', (code) => onDeath(`exit code ${code}`));
    });
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners();
    void old.terminate();
    this.spawnSlot(slot).catch((error: Error) => {
      // The pipeline loaded before, so this is a broken environment: fail what is left rather than hang.
      this.brokenReason = error.message;
      for (const pending of this.queue.splice(0)) pending.resolve(this.failure(pending, 'extraction-failed', error.message));
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.running) continue;
      const pending = this.queue.shift()!;
      const timer = setTimeout(() => this.onTimeout(slot), this.options.timeoutMs);
      slot.running = { ...pending, timer };
      slot.worker.postMessage(pending.task);
    }
  }

  private onTimeout(slot: Slot): void {
    const running = slot.running;
    if (!running) return;
    slot.running = undefined;
    running.resolve(this.failure(running, 'timeout', `extraction took longer than ${this.options.timeoutMs} ms; the worker was restarted`));
    this.replace(slot);
  }
}
