/**
 * A throw-away worker thread that decodes the shared resources (shared-resources.ts) and posts them back. Decoding
 * in the main thread left its garbage there for the whole run: the unpacked model file and the word lists, about
 * 17 MB of large objects and 8 MB of old space that no full collection ever came to reclaim (the main thread
 * allocates too little to need one), and a young generation grown to its 32 MB maximum by the burst. Here it all
 * goes when the thread ends; only the SharedArrayBuffers and a few small strings reach the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareSharedResources } from './shared-resources.ts';

const { pipeline } = (workerData ?? {}) as { pipeline?: string };
parentPort!.postMessage(prepareSharedResources(pipeline));
