/**
 * Public API of the statistical German NER tagger.
 *
 *   const model = loadNerModel();
 *   model.tag(['Petr', 'Fiala', 'traf', 'in', 'Prag', 'ein', '.']); // ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O']
 */
import { resolve } from 'node:path';
import { loadCommonNouns } from '../lexicon/common-nouns.ts';
import { defaultNerModelPath, readModelData } from './model-data.ts';
import { createNerModel, type NerModel } from './tagger.ts';

export type { NerModel, TaggedSentence } from './tagger.ts';
export { extractChunks, ChunkScorer, formatScoreTable, type ChunkScore, type ClassScore, type Chunk } from './chunk-score.ts';
export { germEvalTags, entityClasses, type EntityClass } from './tags.ts';

export { defaultNerModelPath, decodeSharedModelData, adoptSharedModelData, type SharedModelData } from './model-data.ts';

const loaded = new Map<string, NerModel>();

/**
 * Reads (once per thread and path) and returns a model; the default is the shipped one. A worker that adopted
 * a shared copy of the model data (adoptSharedModelData) builds its tagger on that instead of the file.
 */
export function loadNerModel(path: string = defaultNerModelPath): NerModel {
  const absolute = resolve(path);
  let model = loaded.get(absolute);
  if (!model) {
    const data = readModelData(absolute);
    model = createNerModel(data, data.header.featureOptions.commonNouns ? loadCommonNouns() : undefined);
    loaded.set(absolute, model);
  }
  return model;
}
