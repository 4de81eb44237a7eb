/**
 * The two-pass tagger of a stacked model (`stacking.ts`): the first stage tags the whole batch, then the
 * second stage tags each sentence again with the first stage's tags and the batch's label memory as
 * extra features. A batch is what belongs together: the sentences of one article.
 */
import { constrainedTransitions, tagMarginals, viterbiConstrained, ViterbiBuffers, type ScoringTables } from './decoder.ts';
import { EmissionScorer } from './emission-scorer.ts';
import { FeatureExtractor, type SentenceFeatures, type WordLexicon } from './features.ts';
import { forEachWordTableEntry, type ModelData } from './model-format.ts';
import { buildBatchLabelMemory, stackedFeatures } from './stacking.ts';
import type { NerModel } from './tagger.ts';
import { buildTagSet } from './tags.ts';

export function createStackedNerModel(
  model: ModelData,
  firstStage: NerModel,
  commonNouns: WordLexicon | undefined,
  scoreOffsets: Float64Array,
): NerModel {
  const { header } = model;
  const gazetteer = new Map<string, number>();
  forEachWordTableEntry(header.gazetteer, (word, bits) => gazetteer.set(word, Number(bits)));
  const clusters = new Map<string, string>();
  forEachWordTableEntry(header.clusters, (word, path) => clusters.set(word, path));
  const extractor = new FeatureExtractor(header.featureOptions, { commonNouns, gazetteer, clusters });
  const tagSet = buildTagSet(header.tags);
  const tables: ScoringTables = {
    weights: model.weights,
    weightScale: model.weightScale,
    transitions: model.transitions,
    tagCount: header.tags.length,
    rowMask: 2 ** header.hashBits - 1,
  };
  const transitions = constrainedTransitions(tables, tagSet);
  const buffers = new ViterbiBuffers();
  const emissionScorer = new EmissionScorer(tables, extractor);
  const useBatchMemory = header.stacking?.batchMemory ?? false;
  let scratch: Float64Array = new Float64Array(4096);

  const decode = (words: readonly string[], stacked: SentenceFeatures) => {
    scratch = emissionScorer.scores(words, scratch);
    addStackedScores(scratch, stacked, tables, scoreOffsets);
    return { path: viterbiConstrained(scratch, words.length, tables.tagCount, transitions, buffers), emissions: scratch };
  };
  const firstPass = (sentences: readonly (readonly string[])[]) => {
    const firstTags = sentences.map((words) => firstStage.tag(words));
    const memory = useBatchMemory ? buildBatchLabelMemory(sentences, firstTags) : undefined;
    return sentences.map((words, index) => stackedFeatures(words, firstTags[index], memory));
  };
  const tagBatch = (sentences: readonly (readonly string[])[]) => {
    const stacked = firstPass(sentences);
    return sentences.map((words, index) => (words.length === 0 ? [] : Array.from(decode(words, stacked[index]).path, (tag) => header.tags[tag])));
  };

  return {
    tags: header.tags,
    info: header.training,
    tag: (words) => tagBatch([words])[0],
    tagBatch,
    tagWithScores(words) {
      if (words.length === 0) return { tags: [], confidences: [] };
      const { path, emissions } = decode(words, firstPass([words])[0]);
      const confidences = tagMarginals(emissions, words.length, tables, tagSet, path, header.confidenceTemperature);
      return { tags: Array.from(path, (index) => header.tags[index]), confidences: Array.from(confidences) };
    },
  };
}

/** Adds the stacked features' weights and the decoding offsets (outside penalty, class biases) to the emission scores. */
function addStackedScores(scores: Float64Array, stacked: SentenceFeatures, tables: ScoringTables, scoreOffsets: Float64Array): void {
  const { weights, tagCount, rowMask } = tables;
  const scale = tables.weightScale ?? 1;
  const tokenCount = stacked.offsets.length - 1;
  for (let token = 0; token < tokenCount; token++) {
    const base = token * tagCount;
    for (let tag = 0; tag < tagCount; tag++) scores[base + tag] += scoreOffsets[tag];
    for (let feature = stacked.offsets[token]; feature < stacked.offsets[token + 1]; feature++) {
      const row = (stacked.hashes[feature] & rowMask) * tagCount;
      for (let tag = 0; tag < tagCount; tag++) scores[base + tag] += weights[row + tag] * scale;
    }
  }
}
