/**
 * Public API of the statistical German NER tagger.
 *
 *   const model = loadNerModel();
 *   model.tag(['Petr', 'Fiala', 'traf', 'in', 'Prag', 'ein', '.']); // ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O']
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCommonNouns } from '../lexicon/common-nouns.ts';
import { decodeModel } from './model-format.ts';
import { createNerModel, type NerModel } from './tagger.ts';

export type { NerModel, TaggedSentence } from './tagger.ts';
export { extractChunks, ChunkScorer, formatScoreTable, type ChunkScore, type ClassScore, type Chunk } from './chunk-score.ts';
export { germEvalTags, entityClasses, type EntityClass } from './tags.ts';

/** The shipped model, found next to the sources rather than from the working directory. */
export const defaultNerModelPath = resolve(import.meta.dirname, '..', '..', 'models', 'ner-de.bin.gz');

const loaded = new Map<string, NerModel>();

/** Reads (once per process and path) and returns a model; the default is the shipped one. */
export function loadNerModel(path: string = defaultNerModelPath): NerModel {
  const absolute = resolve(path);
  let model = loaded.get(absolute);
  if (!model) {
    const data = decodeModel(readFileSync(absolute));
    model = createNerModel(data, data.header.featureOptions.commonNouns ? loadCommonNouns() : undefined);
    loaded.set(absolute, model);
  }
  return model;
}
