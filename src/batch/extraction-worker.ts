/**
 * The worker-thread side of the pool: loads the pipeline once, then extracts the articles it is sent, one
 * message each, in order. Started either from the esbuild bundle of this module (worker-bundle.ts) or, as a
 * fallback, through extraction-worker-bootstrap.js, which registers tsx so this TypeScript module can load.
 */
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne, validatesItsRecords } from './extract-one.ts';
import type { ExtractionTask, WorkerData, WorkerMessage } from './extraction-task.ts';
import { importLoadPipeline } from './pipeline-module.ts';
import { adoptSharedResources } from './shared-resources.ts';

/** This thread's id in the operating system, where /proc tells it (Linux); the bench reads per-thread CPU by it. */
function osThreadId(): number | undefined {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    return Number.isInteger(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

const port = parentPort!;
const send = (message: WorkerMessage): void => port.postMessage(message);
const data = (workerData ?? {}) as WorkerData;

try {
  adoptSharedResources(data.shared);
  const loadPipeline = await importLoadPipeline();
  const pipeline = await loadPipeline(data.pipeline);
  const alreadyValidated = validatesItsRecords(pipeline);
  port.on('message', (task: ExtractionTask) => {
    send({ type: 'done', taskId: task.taskId, record: extractOne(pipeline, task, alreadyValidated) });
  });
  send({ type: 'ready', pipeline: { name: pipeline.name, version: pipeline.version }, osThreadId: osThreadId() });
} catch (error) {
  send({ type: 'load-failed', message: error instanceof Error ? error.message : String(error), code: (error as { code?: unknown })?.code === undefined ? undefined : String((error as { code?: unknown }).code) });
}
