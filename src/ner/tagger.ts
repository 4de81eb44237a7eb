/**
 * The tagger built from a decoded model: feature extraction with the model's own resources,
 * emission scores, constrained Viterbi, and optional per-token confidences.
 */
import { constrainedTransitions, tagMarginals, viterbiConstrained, ViterbiBuffers, type ScoringTables } from './decoder.ts';
import { EmissionScorer } from './emission-scorer.ts';
import { FeatureExtractor, type WordLexicon } from './features.ts';
import { forEachWordTableEntry, gazetteerTable, type ModelData } from './model-format.ts';
import { buildTagSet } from './tags.ts';
import { StringTable } from '../text/string-table.ts';

export interface TaggedSentence {
  tags: string[];
  /** Probability in [0, 1] of each token's tag under the model's sequence distribution. */
  confidences: number[];
}

export interface NerModel {
  /** GermEval outer BIO tags, one per word. */
  tag(words: readonly string[]): string[];
  tagWithScores(words: readonly string[]): TaggedSentence;
  readonly tags: readonly string[];
  readonly info: Readonly<Record<string, unknown>>;
}

export function createNerModel(
  model: ModelData,
  commonNouns: WordLexicon | undefined,
  outsidePenalty = model.header.outsidePenalty,
  classBias: Readonly<Record<string, number>> = model.header.classBias ?? {},
): NerModel {
  if (model.header.featureOptions.commonNouns && !commonNouns) {
    throw new Error('this NER model was trained with the common-noun lexicon; pass it (loadCommonNouns()) when creating the tagger');
  }
  const gazetteer = model.gazetteerTable ? new StringTable(model.gazetteerTable) : gazetteerTable(model.header.gazetteer);
  // What tagging needs of the header, so the tagger does not keep the header's big word tables alive.
  const header = {
    tags: model.header.tags,
    training: model.header.training,
    confidenceTemperature: model.header.confidenceTemperature,
    featureOptions: model.header.featureOptions,
    hashBits: model.header.hashBits,
    clusters: model.header.clusters,
  };
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
  const scoreOffsets = decodingScoreOffsets(header.tags, outsidePenalty, classBias);
  const hasScoreOffsets = scoreOffsets.some((offset) => offset !== 0);
  const transitions = constrainedTransitions(tables, tagSet);
  const buffers = new ViterbiBuffers(true);
  // Word-level score sums are cached per model: they depend on its weights.
  const emissionScorer = new EmissionScorer(tables, extractor, undefined, hasScoreOffsets ? scoreOffsets : undefined);
  let scratch: Float64Array = new Float64Array(4096);

  const decode = (words: readonly string[]) => {
    scratch = emissionScorer.scores(words, scratch);
    return { path: viterbiConstrained(scratch, words.length, tables.tagCount, transitions, buffers), emissions: scratch };
  };

  return {
    tags: header.tags,
    info: header.training,
    tag(words) {
      if (words.length === 0) return [];
      const { path } = decode(words);
      return tagNames(path, header.tags);
    },
    tagWithScores(words) {
      if (words.length === 0) return { tags: [], confidences: [] };
      const { path, emissions } = decode(words);
      const confidences = tagMarginals(emissions, words.length, tables, tagSet, path, header.confidenceTemperature);
      return { tags: tagNames(path, header.tags), confidences: Array.from(confidences) };
    },
  };
}

/** The tag names of a decoded path (a plain loop: `Array.from` with a mapper is slow on typed arrays). */
function tagNames(path: Int32Array, tags: readonly string[]): string[] {
  const names = new Array<string>(path.length);
  for (let index = 0; index < path.length; index++) names[index] = tags[path[index]];
  return names;
}

/** Per tag, what decoding adds to its emission score: minus the outside penalty for `O`, the class bias for `B-X`. */
export function decodingScoreOffsets(tags: readonly string[], outsidePenalty: number, classBias: Readonly<Record<string, number>>): Float64Array {
  return Float64Array.from(tags, (tag) => {
    if (tag === 'O') return -outsidePenalty;
    return tag.startsWith('B-') ? (classBias[tag.slice(2)] ?? 0) : 0;
  });
}
