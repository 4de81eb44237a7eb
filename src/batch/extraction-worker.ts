/**
 * The worker-thread side of the pool: loads the pipeline once, then extracts one article per message.
 * Started through extraction-worker-bootstrap.js, which registers tsx so this TypeScript module can load.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractOne } from './extract-one.ts';
import type { ExtractionTask, WorkerMessage } from './extraction-task.ts';
import { importLoadPipeline } from './pipeline-module.ts';

const port = parentPort!;
const send = (message: WorkerMessage): void => port.postMessage(message);

try {
  const loadPipeline = await importLoadPipeline();
  const pipeline = await loadPipeline((workerData as { pipeline?: string }).pipeline);
  port.on('message', (task: ExtractionTask) => {
    send({ type: 'done', taskId: task.taskId, record: extractOne(pipeline, task) });
  });
  send({ type: 'ready', pipeline: { name: pipeline.name, version: pipeline.version } });
} catch (error) {
  send({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) });
}
