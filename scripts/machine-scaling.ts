/**
 * How far this machine itself lets two threads scale: a fixed CPU kernel run in one worker thread alone, then in
 * two at once, in the same command as the pipeline's runs. The pipeline's 2-worker / 1-worker ratio can only be
 * read against it: on a shared host, two busy vCPUs may each run slower than one (frequency, a neighbour's load),
 * and no design of ours gets past that.
 *
 * The kernel is text-pipeline-like work (string keys looked up in a Map, small objects allocated and dropped), so
 * it also pays for allocation and garbage collection, as the pipeline does; it runs with the Node flags of the
 * process that starts it, so under the pipeline's own flags when the bench passes them.
 */
import { Worker } from 'node:worker_threads';

const kernelSource = `
const { parentPort, workerData } = require('node:worker_threads');
const words = Array.from({ length: 50000 }, (_, index) => 'Wort' + ((index * 7919) % 100003));
const table = new Map(words.map((word, index) => [word.toLowerCase(), index]));
let rounds = 0;
let checksum = 0;
const started = performance.now();
while (performance.now() - started < workerData.milliseconds) {
  for (let index = 0; index < 20000; index++) {
    const word = words[(index * 31 + rounds) % words.length];
    const item = { word, value: table.get(word.toLowerCase()) ?? 0, parts: word.split('r') };
    checksum += item.value + item.parts.length;
  }
  rounds++;
}
parentPort.postMessage({ rounds, checksum });
`;

function runKernels(threads: number, milliseconds: number): Promise<number> {
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(kernelSource, { eval: true, workerData: { milliseconds } });
        worker.once('message', (message: { rounds: number }) => {
          resolve(message.rounds);
          void worker.terminate();
        });
        worker.once('error', reject);
      }),
  );
  return Promise.all(runs).then((rounds) => rounds.reduce((sum, count) => sum + count, 0));
}

/**
 * Rounds of the kernel per second with one thread and with two, `repeats` times alternating (the machine's load
 * drifts); the ratio is taken from the best of each, as the bench does for the pipeline.
 */
export interface MachineScaling {
  /** Kernel rounds per second in one thread, and in two threads together. */
  one: number;
  two: number;
  ratio: number;
}

export async function measureMachineScaling(milliseconds = 3000, repeats = 2): Promise<MachineScaling> {
  let one = 0;
  let two = 0;
  for (let repeat = 0; repeat < repeats; repeat++) {
    one = Math.max(one, (await runKernels(1, milliseconds)) / (milliseconds / 1000));
    two = Math.max(two, (await runKernels(2, milliseconds)) / (milliseconds / 1000));
  }
  return { one, two, ratio: two / one };
}
