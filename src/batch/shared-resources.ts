/**
 * Read-only data prepared once (by a throw-away worker, shared-resources-worker.ts) and handed to every worker
 * through workerData: the NER model, decoded with its 13 MB weight table and its gazetteer in SharedArrayBuffers,
 * and the common-noun lexicon as a shared string table. Without this each worker decodes the model file and builds the lexicons itself, and
 * keeps private copies (about 30 MB of heap per worker).
 *
 * Best effort by design: whatever cannot be prepared here (unreadable pipeline file, missing model) is simply
 * not shared, and the worker loads it the ordinary way, which also reports the problem with the right message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { adoptSharedModelData, decodeSharedModelData, defaultNerModelPath, type SharedModelData } from '../ner/model-data.ts';
import { resolvePipelineFile } from '../pipeline/pipeline-file.ts';
import { adoptCommonNouns, defaultCommonNounsPath, shareCommonNouns, type CommonNounData } from '../lexicon/common-nouns.ts';

export interface SharedResources {
  nerModels: SharedModelData[];
  /** Every pipeline's rules read the shipped common-noun lexicon. */
  commonNouns?: CommonNounData;
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
    return { nerModels: nerModelFiles(pipeline).map((path) => decodeSharedModelData(path)), commonNouns: existsSync(defaultCommonNounsPath) ? shareCommonNouns() : undefined };
  } catch {
    return noSharedResources;
  }
}

/** Worker side: makes the pipeline, when it loads, use the shared copies. */
export function adoptSharedResources(resources: SharedResources | undefined): void {
  for (const model of resources?.nerModels ?? []) adoptSharedModelData(model);
  if (resources?.commonNouns) adoptCommonNouns(resources.commonNouns);
}
