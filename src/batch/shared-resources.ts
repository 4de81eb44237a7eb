/**
 * Read-only data the main thread prepares once and hands to every worker through workerData: for now the NER
 * model, decoded with its 26 MB weight table in a SharedArrayBuffer. Without this each worker decodes the model
 * file and keeps a private copy of the table.
 *
 * Best effort by design: whatever cannot be prepared here (unreadable pipeline file, missing model) is simply
 * not shared, and the worker loads it the ordinary way, which also reports the problem with the right message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { adoptSharedModelData, decodeSharedModelData, defaultNerModelPath, type SharedModelData } from '../ner/model-data.ts';
import { resolvePipelineFile } from '../pipeline/pipeline-file.ts';

export interface SharedResources {
  nerModels: SharedModelData[];
}

export const noSharedResources: SharedResources = { nerModels: [] };

/** The model files the pipeline's recognise-entities stages will load, by the same rules as the stage's config. */
export function nerModelFiles(pipeline = 'news-de'): string[] {
  const file = resolvePipelineFile(pipeline);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { stages?: Array<{ stage?: unknown; config?: { model?: unknown } }> };
  const files = new Set<string>();
  for (const { stage, config } of parsed.stages ?? []) {
    if (stage !== 'recognise-entities') continue;
    const model = config?.model ?? 'default';
    if (model === 'default') files.add(defaultNerModelPath);
    else if (typeof model === 'string') files.add(resolve(dirname(file), model));
  }
  return [...files].filter((path) => existsSync(path));
}

export function prepareSharedResources(pipeline?: string): SharedResources {
  try {
    return { nerModels: nerModelFiles(pipeline).map((path) => decodeSharedModelData(path)) };
  } catch {
    return noSharedResources;
  }
}

/** Worker side: makes the pipeline, when it loads, use the shared copies. */
export function adoptSharedResources(resources: SharedResources | undefined): void {
  for (const model of resources?.nerModels ?? []) adoptSharedModelData(model);
}
