/**
 * A pool of worker threads for the CPU-bound extraction. Each worker loads the pipeline once. A task that
 * exceeds the time limit gets a `timeout` error record and its worker is terminated and replaced, so one
 * pathological article cannot stall the run; a worker that crashes is replaced the same way.
 *
 * Workers start on a plain-JS bundle of the worker module when one can be built (worker-bundle.ts), else
 * through the tsx bootstrap. Read-only data (the NER weight table) is decoded once, by a throw-away worker so that
 * its garbage never reaches the main thread, and shared with all workers (shared-resources.ts). Each worker gets
 * the next article before it finishes the current one, so it never waits for the main thread to be scheduled
 * between articles.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractionTask, WorkerData, WorkerMessage } from './extraction-task.ts';
import { finishErrorRecord, type FinishedRecord, type PipelineIdentity } from './finished-record.ts';
import { pipelineModuleVariable } from './pipeline-module.ts';
import { noSharedResources, type SharedResources } from './shared-resources.ts';
import { bundledSharedResourcesWorkerUrl, bundledWorkerUrl, sharedResourcesWorkerPath } from './worker-bundle.ts';

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
   * Old-generation heap limit of each worker in MB, strict: a worker that needs more dies with an
   * out-of-memory error, its article gets an `extraction-failed` record and the worker is replaced.
   * Without it the pool uses an adaptive limit (below).
   */
  heapLimitMegabytes?: number;
  /**
   * Starting heap limit when no strict one is given (default 192, see below). V8 otherwise lets a worker's heap grow to two
   * or three times what is live before collecting (875 MB peak RSS instead of 493 MB over 3,000 news articles
   * with one worker). The limit is ours, not the article's: when a worker runs out of memory under it, the limit
   * doubles for all workers from then on and the article is tried again, up to V8's usual limit (4 GB).
   */
  adaptiveHeapLimitMegabytes?: number;
  /** The worker module (TypeScript is fine); tests pass their own to simulate slow or crashing pipelines. Runs through tsx. */
  workerModuleUrl?: URL;
  /** 'auto' (default): the bundled worker when it can be built, else tsx. 'tsx': always the tsx bootstrap. */
  runtime?: 'auto' | 'tsx';
  /** Share read-only pipeline data (the NER weight table) between workers (default true). */
  shareData?: boolean;
  /**
   * Articles a worker holds beyond the one it is extracting (default 1). One is enough to hide the hand-over
   * latency; more only makes the time limit of the queued articles start later than it should.
   */
  prefetch?: number;
}

/**
 * The young generation of a worker's heap, in MB: 8 MB semi-spaces. V8's default (16 MB semi-spaces, 34 MB in all)
 * extracted no faster over the news corpus (CPU per article equal within noise; 4 MB semi-spaces cost about 10 %),
 * and what it commits counts in every worker's memory.
 */
const workerYoungGenerationMegabytes = 24;

/** How the workers run: on the bundle (plain JS) or on a module that the tsx bootstrap loads. */
export type WorkerRuntime = { kind: 'bundled'; url: URL } | { kind: 'tsx'; moduleUrl: URL };

interface PendingTask {
  task: ExtractionTask;
  resolve: (record: FinishedRecord) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks sent to the worker, in the order it works on them: the first is running, the rest wait there. */
  assigned: PendingTask[];
  /** Time limit of the running task (assigned[0]). */
  timer?: NodeJS.Timeout;
  /** The heap limit the current worker was started with. */
  heapLimitMegabytes: number;
  /** The current worker's thread id in the operating system, once it is ready (Linux). */
  osThreadId?: number;
}

/**
 * The live heap of a news-de worker stays near 40-55 MB over the 10kGNAD corpus (measured after GC, with the NER
 * weights and the big lexicons shared and the tagger's word cache outside the heap). A limit keeps V8 from letting
 * garbage pile up to two or three times the live size; an article that needs more (a long one) makes its worker run
 * out of memory, the limit then doubles and the article is retried (see `raiseHeapLimit`).
 * It must not be tight, though: V8 collects a heap near a small limit in full, often and in its memory-saving
 * mode, which throws away compiled code; the worker then runs longer in the interpreter and the compiler threads
 * compile the same functions again and again. Over four passes of the 10kGNAD corpus with one worker (`--passes 4`,
 * `--trace-opt`), 64 MB kept re-optimising 200-270 functions per pass and its compiler threads at 1.1-1.5 ms per
 * article; 128 MB 100-190 functions; 192 MB 40-120 functions, compiler threads 0.4-0.8 ms per article and the worker
 * itself 10-20 % faster (5.2-6.7 against 6.3-8.3 ms per article). Peak RSS over a 20,000-article stream: 221 MB at
 * 64, 232 MB at 192, 239 MB at 256.
 */
export const defaultAdaptiveHeapLimitMegabytes = 192;
const adaptiveHeapCeilingMegabytes = 4096;

const bootstrapUrl = new URL('./extraction-worker-bootstrap.js', import.meta.url);
const defaultWorkerModuleUrl = new URL('./extraction-worker.ts', import.meta.url);

/**
 * Decodes the shared resources in a worker of their own (shared-resources-worker.ts) on its bundle, or through
 * the tsx bootstrap when there is none. Best effort like the decoding itself: should that worker fail, nothing is
 * shared and every extraction worker loads its own copy.
 */
export function prepareSharedResourcesInWorker(pipeline: string | undefined, bundledUrl: URL | undefined): Promise<SharedResources> {
  return new Promise((resolve) => {
    const worker = bundledUrl
      ? new Worker(bundledUrl, { workerData: { pipeline } })
      : new Worker(bootstrapUrl, { workerData: { pipeline, moduleUrl: pathToFileURL(sharedResourcesWorkerPath).href } });
    worker.once('message', (shared: SharedResources) => resolve(shared));
    worker.once('error', () => resolve(noSharedResources));
    // After the message this resolves nothing (a promise settles once); without one, nothing was shared.
    worker.once('exit', () => resolve(noSharedResources));
  });
}

export class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly queue: PendingTask[] = [];
  private nextTaskId = 1;
  private closing = false;
  private identity?: PipelineIdentity;
  private brokenReason?: string;
  private shared: SharedResources = noSharedResources;
  private workerRuntime?: WorkerRuntime;
  private heapLimitMegabytes: number;
  private readonly adaptiveHeapLimit: boolean;

  constructor(private readonly options: WorkerPoolOptions) {
    this.adaptiveHeapLimit = !options.heapLimitMegabytes;
    this.heapLimitMegabytes = options.heapLimitMegabytes || options.adaptiveHeapLimitMegabytes || defaultAdaptiveHeapLimitMegabytes;
  }

  /** The heap limit new workers get, in MB (the adaptive one may have grown). */
  get workerHeapLimitMegabytes(): number {
    return this.heapLimitMegabytes;
  }

  /** The operating-system thread ids of the current workers, where known (Linux): the bench's per-thread CPU. */
  get workerOsThreadIds(): number[] {
    return this.slots.flatMap((slot) => (slot.osThreadId === undefined ? [] : [slot.osThreadId]));
  }

  /** 'bundled' or 'tsx' once started: what the workers run on (the bench reports it). */
  get runtime(): WorkerRuntime['kind'] | undefined {
    return this.workerRuntime?.kind;
  }

  async start(): Promise<PipelineIdentity> {
    // A stand-in pipeline module (tests) is TypeScript loaded at run time: only tsx workers can import it.
    const ownModule = this.options.workerModuleUrl ?? (process.env[pipelineModuleVariable] ? defaultWorkerModuleUrl : undefined);
    const bundled = ownModule || this.options.runtime === 'tsx' ? undefined : await bundledWorkerUrl();
    if (this.options.shareData !== false && !process.env[pipelineModuleVariable]) {
      this.shared = await prepareSharedResourcesInWorker(this.options.pipeline, bundled ? await bundledSharedResourcesWorkerUrl() : undefined);
    }
    const tsx: WorkerRuntime = { kind: 'tsx', moduleUrl: ownModule ?? defaultWorkerModuleUrl };
    try {
      return await this.startWorkers(bundled ? { kind: 'bundled', url: bundled } : tsx);
    } catch (error) {
      // The bundle holds our sources only (TypeScript stage modules it loads by registering tsx when asked); should
      // loading fail on it anyway, say because packages moved since it was cached, tsx workers get a second try.
      // A pipeline that fails there too reports that failure.
      if (!bundled || !(error instanceof PipelineLoadError)) throw error;
      return this.startWorkers(tsx);
    }
  }

  private async startWorkers(runtime: WorkerRuntime): Promise<PipelineIdentity> {
    this.workerRuntime = runtime;
    const starts = Array.from({ length: Math.max(1, this.options.size) }, () => this.spawnSlot());
    try {
      const identities = await Promise.all(starts);
      this.identity = identities[0];
      return this.identity;
    } catch (error) {
      const slots = this.slots.splice(0);
      for (const slot of slots) slot.worker.removeAllListeners();
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
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
    for (const slot of this.slots) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private failure(pending: PendingTask, code: 'timeout' | 'extraction-failed', message: string): FinishedRecord {
    const { task } = pending;
    return finishErrorRecord(task.article.id, { code, message, input: task.input, line: task.line }, this.identity);
  }

  private createWorker(): Worker {
    const runtime = this.workerRuntime!;
    const workerData: WorkerData = {
      pipeline: this.options.pipeline,
      shared: this.shared,
      ...(runtime.kind === 'tsx' ? { moduleUrl: runtime.moduleUrl.href } : {}),
    };
    return new Worker(runtime.kind === 'bundled' ? runtime.url : bootstrapUrl, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMegabytes, maxYoungGenerationSizeMb: workerYoungGenerationMegabytes },
    });
  }

  /** Starts a worker in a new slot (or an existing one being replaced); resolves when its pipeline is loaded. */
  private spawnSlot(existing?: Slot): Promise<PipelineIdentity> {
    const worker = this.createWorker();
    const slot: Slot = existing ?? { worker, ready: false, assigned: [], heapLimitMegabytes: this.heapLimitMegabytes };
    slot.worker = worker;
    slot.heapLimitMegabytes = this.heapLimitMegabytes;
    slot.ready = false;
    if (!existing) this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          slot.ready = true;
          slot.osThreadId = message.osThreadId;
          resolve(message.pipeline);
          this.dispatch();
        } else if (message.type === 'load-failed') {
          reject(new PipelineLoadError(`cannot load pipeline '${this.options.pipeline ?? 'news-de'}': ${message.message}`));
        } else if (message.type === 'done' && slot.worker === worker && slot.assigned[0]?.task.taskId === message.taskId) {
          const finished = slot.assigned.shift()!;
          clearTimeout(slot.timer);
          // The worker takes up the next assigned task as soon as it posted this result, so its clock starts now.
          if (slot.assigned.length > 0) this.startTimer(slot);
          finished.resolve(message.record);
          this.dispatch();
        }
      });
      const onDeath = (reason: string, outOfMemory = false): void => {
        if (this.closing || slot.worker !== worker) return;
        const raised = outOfMemory && this.raiseHeapLimit(slot);
        if (!slot.ready) {
          // A pipeline too big for our own limit is not a load failure: load it again with more room.
          if (raised) {
            worker.removeAllListeners();
            this.spawnSlot(slot).then(resolve, reject);
          } else {
            reject(new PipelineLoadError(`a worker died while loading the pipeline: ${reason}`));
          }
          return;
        }
        const running = this.takeBack(slot);
        if (running && raised) {
          this.queue.unshift(running);
        } else if (running) {
          running.resolve(this.failure(running, 'extraction-failed', `the worker crashed: ${reason}`));
        }
        this.replace(slot);
      };
      worker.on('error', (error: Error & { code?: string }) => onDeath(error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
      worker.on('exit', (code) => onDeath(`exit code ${code}`));
    });
  }

  /**
   * After a worker ran out of memory: doubles the adaptive limit for the workers started from now on. Relative
   * to that worker's own limit, so two workers dying at the same limit double it once, not twice. False when
   * the limit is the user's, or at the ceiling: then it is the article that needs too much.
   */
  private raiseHeapLimit(slot: Slot): boolean {
    if (!this.adaptiveHeapLimit || slot.heapLimitMegabytes >= adaptiveHeapCeilingMegabytes) return false;
    this.heapLimitMegabytes = Math.max(this.heapLimitMegabytes, Math.min(adaptiveHeapCeilingMegabytes, slot.heapLimitMegabytes * 2));
    return true;
  }

  private startTimer(slot: Slot): void {
    const worker = slot.worker;
    slot.timer = setTimeout(() => {
      if (slot.worker === worker) this.onTimeout(slot);
    }, this.options.timeoutMs);
  }

  /**
   * Empties a failed worker's slot: returns the task it was running and puts the ones it had not started back
   * at the head of the queue, so they go to the next free worker and keep roughly their place.
   */
  private takeBack(slot: Slot): PendingTask | undefined {
    clearTimeout(slot.timer);
    const [running, ...waiting] = slot.assigned.splice(0);
    this.queue.unshift(...waiting);
    return running;
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

  /** Hands out queued tasks: first one to every idle worker, then the prefetch, so a short queue is spread evenly. */
  private dispatch(): void {
    const depth = 1 + Math.max(0, this.options.prefetch ?? 1);
    for (let level = 1; level <= depth; level++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (!slot.ready || slot.assigned.length >= level) continue;
        const pending = this.queue.shift()!;
        slot.assigned.push(pending);
        if (slot.assigned.length === 1) this.startTimer(slot);
        slot.worker.postMessage(pending.task);
      }
    }
  }

  private onTimeout(slot: Slot): void {
    const running = this.takeBack(slot);
    if (!running) return;
    running.resolve(this.failure(running, 'timeout', `extraction took longer than ${this.options.timeoutMs} ms; the worker was restarted`));
    this.replace(slot);
  }
}
