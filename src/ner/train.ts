/**
 * Training: a structured averaged perceptron (Collins 2002) over the whole tag sequence, decoded with
 * the same constrained Viterbi the tagger uses. Averaging uses the running-sum trick, so an update
 * costs O(changed weights) rather than O(all weights). Shuffling uses a fixed seed: same data, same model.
 */
import type { LabelledSentence } from './corpus.ts';
import { constrainedTransitions, emissionScores, viterbiConstrained, ViterbiBuffers, type ScoringTables } from './decoder.ts';
import type { FeatureExtractor, SentenceFeatures } from './features.ts';
import { hashText, mixHashes, seededRandom } from './hashing.ts';
import { buildTagSet, germEvalTags } from './tags.ts';

export interface TrainingOptions {
  epochs: number;
  /** The weight table has 2^hashBits rows. */
  hashBits: number;
  seed: number;
  /** Called after each epoch with the share of sentences that still had an error. */
  onEpoch?: (epoch: number, sentenceErrorRate: number) => void;
}

export const defaultTrainingOptions: TrainingOptions = { epochs: 12, hashBits: 20, seed: 2014 };

export interface TrainedTables {
  tags: readonly string[];
  hashBits: number;
  weights: Float32Array;
  transitions: Float32Array;
}

interface PreparedSentence {
  features: SentenceFeatures;
  gold: Int32Array;
  /** For partially labelled sentences: tokenCount × tagCount, 1 where the tag agrees with the annotation. */
  allowed?: Uint8Array;
}

/** Classes a PER/ORG/LOC-only corpus does not annotate, so its `O` may hide them. */
const unannotatedInPartialCorpora = (tag: string) => tag === 'O' || !/^[BI]-(PER|ORG|LOC)$/.test(tag);

function partialLabelMask(goldTags: readonly string[], tags: readonly string[]): Uint8Array {
  const mask = new Uint8Array(goldTags.length * tags.length);
  goldTags.forEach((goldTag, token) => {
    tags.forEach((tag, index) => {
      const allowed = goldTag === 'O' ? unannotatedInPartialCorpora(tag) : tag === goldTag;
      mask[token * tags.length + index] = allowed ? 1 : 0;
    });
  });
  return mask;
}

export function trainPerceptron(
  sentences: readonly LabelledSentence[],
  extractor: FeatureExtractor,
  options: TrainingOptions = defaultTrainingOptions,
): TrainedTables {
  const tags = germEvalTags;
  const tagSet = buildTagSet(tags);
  const tagCount = tags.length;
  const rows = 2 ** options.hashBits;
  const prepared: PreparedSentence[] = sentences
    .filter((sentence) => sentence.words.length > 0)
    .map((sentence) => ({
      features: sentence.domain ? withDomainCopies(extractor.extract(sentence.words), sentence.domain) : extractor.extract(sentence.words),
      gold: Int32Array.from(sentence.tags, (tag) => tagIndex(tagSet.indexOf, tag)),
      allowed: sentence.partial ? partialLabelMask(sentence.tags, tags) : undefined,
    }));

  const weights = new Float64Array(rows * tagCount);
  const weightSums = new Float64Array(rows * tagCount);
  const transitions = new Float64Array((tagCount + 1) * tagCount);
  const transitionSums = new Float64Array((tagCount + 1) * tagCount);
  const tables: ScoringTables = { weights, transitions, tagCount, rowMask: rows - 1 };
  const random = seededRandom(options.seed);
  const order = prepared.map((_, index) => index);
  let scratch: Float64Array = new Float64Array(1024);
  let step = 1;
  const buffers = new ViterbiBuffers();
  const allowedTransitions = new Float64Array((tagCount + 1) * tagCount);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let sentencesWithErrors = 0;
    for (const sentenceIndex of order) {
      const { features, allowed } = prepared[sentenceIndex];
      let gold = prepared[sentenceIndex].gold;
      const tokenCount = gold.length;
      scratch = emissionScores(tables, features, scratch);
      constrainedTransitions(tables, tagSet, allowedTransitions);
      const predicted = viterbiConstrained(scratch, tokenCount, tagCount, allowedTransitions, buffers);
      if (allowed) {
        // Latent-variable update: the target is the best sequence that agrees with the partial annotation.
        const masked = scratch.slice(0, tokenCount * tagCount);
        for (let cell = 0; cell < masked.length; cell++) if (allowed[cell] === 0) masked[cell] = -Infinity;
        gold = viterbiConstrained(masked, tokenCount, tagCount, allowedTransitions, buffers);
      }
      let hadError = false;
      for (let token = 0; token < tokenCount; token++) {
        const goldTag = gold[token];
        const predictedTag = predicted[token];
        const goldPrevious = token === 0 ? tagCount : gold[token - 1];
        const predictedPrevious = token === 0 ? tagCount : predicted[token - 1];
        if (goldTag !== predictedTag) {
          hadError = true;
          for (let feature = features.offsets[token]; feature < features.offsets[token + 1]; feature++) {
            const row = (features.hashes[feature] & (rows - 1)) * tagCount;
            weights[row + goldTag] += 1;
            weightSums[row + goldTag] += step;
            weights[row + predictedTag] -= 1;
            weightSums[row + predictedTag] -= step;
          }
        }
        if (goldTag !== predictedTag || goldPrevious !== predictedPrevious) {
          const goldCell = goldPrevious * tagCount + goldTag;
          const predictedCell = predictedPrevious * tagCount + predictedTag;
          transitions[goldCell] += 1;
          transitionSums[goldCell] += step;
          transitions[predictedCell] -= 1;
          transitionSums[predictedCell] -= step;
        }
      }
      if (hadError) sentencesWithErrors++;
      step++;
    }
    options.onEpoch?.(epoch + 1, sentencesWithErrors / Math.max(1, prepared.length));
  }
  return {
    tags,
    hashBits: options.hashBits,
    weights: averaged(weights, weightSums, step),
    transitions: averaged(transitions, transitionSums, step),
  };
}

/** Every feature twice: as itself (shared) and mixed with the domain (specific to it). */
export function withDomainCopies(features: SentenceFeatures, domain: string): SentenceFeatures {
  const domainHash = hashText(0xd0, domain);
  const tokenCount = features.offsets.length - 1;
  const offsets = new Int32Array(tokenCount + 1);
  const hashes = new Uint32Array(features.hashes.length * 2);
  let position = 0;
  for (let token = 0; token < tokenCount; token++) {
    offsets[token] = position;
    for (let feature = features.offsets[token]; feature < features.offsets[token + 1]; feature++) {
      hashes[position++] = features.hashes[feature];
      hashes[position++] = mixHashes(domainHash, features.hashes[feature]);
    }
  }
  offsets[tokenCount] = position;
  return { offsets, hashes };
}

function tagIndex(indexOf: ReadonlyMap<string, number>, tag: string): number {
  const index = indexOf.get(tag);
  if (index === undefined) throw new Error(`unknown tag "${tag}" in training data: map it to a GermEval outer tag first`);
  return index;
}

function averaged(values: Float64Array, sums: Float64Array, step: number): Float32Array {
  const result = new Float32Array(values.length);
  for (let index = 0; index < values.length; index++) result[index] = values[index] - sums[index] / step;
  return result;
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
}
