/** The worker bundles (see src/bundle/source-bundle.js): workers start on plain JavaScript. */
import { join } from 'node:path';
import { bundledEntryUrl } from '../bundle/source-bundle.js';

export const workerEntryPath = join(import.meta.dirname, 'extraction-worker.ts');

/** The bundled worker entry as a file URL, or undefined when it cannot be made (the pool then uses tsx). */
export function bundledWorkerUrl(): Promise<URL | undefined> {
  return bundledEntryUrl(workerEntryPath, 'extraction-worker');
}

export const sharedResourcesWorkerPath = join(import.meta.dirname, 'shared-resources-worker.ts');

/** The bundled entry of the worker that decodes the shared resources, or undefined (then tsx). */
export function bundledSharedResourcesWorkerUrl(): Promise<URL | undefined> {
  return bundledEntryUrl(sharedResourcesWorkerPath, 'shared-resources-worker');
}
