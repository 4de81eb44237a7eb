/**
 * Scoring and decoding. A sentence's score for a tag sequence is the sum of per-token emission
 * scores (feature weights for that tag) and transition scores (previous tag → tag, with a start row).
 * Viterbi finds the best sequence; transitions that break BIO (`O` → `I-LOC`) are never allowed.
 */
import type { SentenceFeatures } from './features.ts';
import type { TagSet } from './tags.ts';

export interface ScoringTables {
  /** `rows × tagCount`, row-major: the weights of hashed feature `row` for each tag. */
  weights: Float32Array | Float64Array | Int16Array;
  /** What every weight is multiplied by (1 when absent): a decoded model keeps int16 weights. */
  weightScale?: number;
  /** `(tagCount + 1) × tagCount`: row p is the previous tag p, row tagCount is the sentence start. */
  transitions: Float32Array | Float64Array;
  tagCount: number;
  /** `rows - 1`, rows being a power of two. */
  rowMask: number;
}

export function emissionScores(tables: ScoringTables, features: SentenceFeatures, into?: Float64Array): Float64Array {
  const tokenCount = features.offsets.length - 1;
  const { weights, tagCount, rowMask } = tables;
  const scale = tables.weightScale ?? 1;
  const scores = into && into.length >= tokenCount * tagCount ? into : new Float64Array(Math.max(1024, tokenCount * tagCount * 2));
  scores.fill(0, 0, tokenCount * tagCount);
  const { offsets, hashes } = features;
  for (let token = 0; token < tokenCount; token++) {
    const base = token * tagCount;
    const end = offsets[token + 1];
    for (let feature = offsets[token]; feature < end; feature++) {
      const row = (hashes[feature] & rowMask) * tagCount;
      for (let tag = 0; tag < tagCount; tag++) scores[base + tag] += weights[row + tag] * scale;
    }
  }
  return scores;
}

/**
 * Transition scores with the tag set's constraints folded in (forbidden moves are -Infinity), so the
 * Viterbi inner loop is plain arithmetic. Row p is the previous tag p, row tagCount the start.
 */
export function constrainedTransitions(tables: ScoringTables, tagSet: TagSet, into?: Float64Array): Float64Array {
  const { tagCount, transitions } = tables;
  const result = into ?? new Float64Array((tagCount + 1) * tagCount);
  for (let previous = 0; previous <= tagCount; previous++) {
    for (let tag = 0; tag < tagCount; tag++) {
      const allowed = previous === tagCount ? tagSet.allowedAtStart[tag] : tagSet.allowedAfter[tag][previous];
      result[previous * tagCount + tag] = allowed ? transitions[previous * tagCount + tag] : -Infinity;
    }
  }
  return result;
}

/** Reusable buffers for decoding, so tagging a sentence allocates almost nothing. */
export class ViterbiBuffers {
  best = new Float64Array(0);
  backPointer = new Int32Array(0);
  /** Transitions with the previous tag as the inner index, so the inner loop reads contiguous memory. */
  byTarget = new Float64Array(0);
  /** Per tag, the previous tags it may follow (`I-X` only after `B-X`/`I-X`): skips half the work. */
  predecessors: Int32Array[] | undefined;
  /** The previous tags still in the running at the current token (see `viterbiConstrained`). */
  live = new Int32Array(0);
  /** Highest minus lowest transition weight into tags that may follow any tag. */
  spread = Infinity;
  /** `fixedTransitions`: the transitions never change between calls, so they are transposed once. */
  constructor(readonly fixedTransitions = false) {}
  ensure(size: number): void {
    if (this.best.length >= size) return;
    this.best = new Float64Array(size * 2);
    this.backPointer = new Int32Array(size * 2);
  }
}

/**
 * Best tag sequence under the scores and the constrained transitions (see `constrainedTransitions`).
 *
 * Exact pruning: a tag that may follow any tag (O, every B-) takes its best predecessor among those whose
 * score is within the spread of the transition weights of the best one: a predecessor further behind can
 * never catch up, whatever the transition. Emissions usually separate the tags by far more than that
 * spread, so a token has a handful of live predecessors instead of all 25. Ties keep the lowest index,
 * as the full search does. Tags restricted to a few predecessors (I-X after B-X or I-X) check all of them.
 */
export function viterbiConstrained(
  emissions: Float64Array,
  tokenCount: number,
  tagCount: number,
  transitions: Float64Array,
  buffers: ViterbiBuffers = new ViterbiBuffers(),
): Int32Array {
  const path = new Int32Array(tokenCount);
  if (tokenCount === 0) return path;
  buffers.ensure(tokenCount * tagCount);
  const { best, backPointer } = buffers;
  const predecessors = (buffers.predecessors ??= allowedPredecessors(transitions, tagCount));
  // Transposed on every call unless the caller promises fixed transitions: the trainer changes them
  // between sentences, in place.
  if (buffers.byTarget.length !== tagCount * tagCount || !buffers.fixedTransitions) transpose(transitions, tagCount, predecessors, buffers);
  const { byTarget, live, spread } = buffers;
  const startRow = tagCount * tagCount;
  for (let tag = 0; tag < tagCount; tag++) best[tag] = emissions[tag] + transitions[startRow + tag];
  for (let token = 1; token < tokenCount; token++) {
    const base = token * tagCount;
    const previousBase = base - tagCount;
    let leader = -Infinity;
    for (let previous = 0; previous < tagCount; previous++) if (best[previousBase + previous] > leader) leader = best[previousBase + previous];
    const threshold = leader - spread;
    let liveCount = 0;
    for (let previous = 0; previous < tagCount; previous++) if (best[previousBase + previous] >= threshold) live[liveCount++] = previous;
    for (let tag = 0; tag < tagCount; tag++) {
      let bestScore = -Infinity;
      let bestPrevious = 0;
      const allowed = predecessors[tag];
      const targetBase = tag * tagCount;
      if (allowed.length === tagCount) {
        for (let candidate = 0; candidate < liveCount; candidate++) {
          const previous = live[candidate];
          const score = best[previousBase + previous] + byTarget[targetBase + previous];
          if (score > bestScore) {
            bestScore = score;
            bestPrevious = previous;
          }
        }
      } else {
        for (let candidate = 0; candidate < allowed.length; candidate++) {
          const previous = allowed[candidate];
          const score = best[previousBase + previous] + byTarget[targetBase + previous];
          if (score > bestScore) {
            bestScore = score;
            bestPrevious = previous;
          }
        }
      }
      best[base + tag] = bestScore + emissions[base + tag];
      backPointer[base + tag] = bestPrevious;
    }
  }
  const lastBase = (tokenCount - 1) * tagCount;
  let bestTag = 0;
  for (let tag = 1; tag < tagCount; tag++) if (best[lastBase + tag] > best[lastBase + bestTag]) bestTag = tag;
  path[tokenCount - 1] = bestTag;
  for (let token = tokenCount - 1; token > 0; token--) path[token - 1] = backPointer[token * tagCount + path[token]];
  return path;
}

/** Fills the buffers' transposed transitions and the spread of the weights into tags with any predecessor. */
function transpose(transitions: Float64Array, tagCount: number, predecessors: Int32Array[], buffers: ViterbiBuffers): void {
  if (buffers.byTarget.length !== tagCount * tagCount) {
    buffers.byTarget = new Float64Array(tagCount * tagCount);
    buffers.live = new Int32Array(tagCount);
  }
  const byTarget = buffers.byTarget;
  let lowest = Infinity;
  let highest = -Infinity;
  for (let tag = 0; tag < tagCount; tag++) {
    const open = predecessors[tag].length === tagCount;
    for (let previous = 0; previous < tagCount; previous++) {
      const weight = transitions[previous * tagCount + tag];
      byTarget[tag * tagCount + previous] = weight;
      if (open && weight < lowest) lowest = weight;
      if (open && weight > highest) highest = weight;
    }
  }
  buffers.spread = highest - lowest;
}

function allowedPredecessors(transitions: Float64Array, tagCount: number): Int32Array[] {
  const result: Int32Array[] = [];
  for (let tag = 0; tag < tagCount; tag++) {
    const allowed: number[] = [];
    for (let previous = 0; previous < tagCount; previous++) if (transitions[previous * tagCount + tag] !== -Infinity) allowed.push(previous);
    result.push(Int32Array.from(allowed));
  }
  return result;
}

/** Best tag sequence under the scores, respecting the tag set's allowed transitions. */
export function viterbi(emissions: Float64Array, tokenCount: number, tables: ScoringTables, tagSet: TagSet): Int32Array {
  return viterbiConstrained(emissions, tokenCount, tables.tagCount, constrainedTransitions(tables, tagSet));
}

/**
 * Per-token probability of the given tag under a linear-chain distribution built from the scores
 * (forward-backward in log space). `temperature` rescales perceptron scores, which are not calibrated.
 */
export function tagMarginals(
  emissions: Float64Array,
  tokenCount: number,
  tables: ScoringTables,
  tagSet: TagSet,
  path: Int32Array,
  temperature: number,
): Float64Array {
  const { tagCount, transitions } = tables;
  const scale = 1 / temperature;
  const forward = new Float64Array(tokenCount * tagCount);
  const backward = new Float64Array(tokenCount * tagCount);
  const startRow = tagCount * tagCount;
  const terms = new Float64Array(tagCount);
  for (let tag = 0; tag < tagCount; tag++) {
    forward[tag] = tagSet.allowedAtStart[tag] ? (emissions[tag] + transitions[startRow + tag]) * scale : -Infinity;
  }
  for (let token = 1; token < tokenCount; token++) {
    for (let tag = 0; tag < tagCount; tag++) {
      for (let previous = 0; previous < tagCount; previous++) {
        terms[previous] = tagSet.allowedAfter[tag][previous]
          ? forward[(token - 1) * tagCount + previous] + transitions[previous * tagCount + tag] * scale
          : -Infinity;
      }
      forward[token * tagCount + tag] = logSumExp(terms) + emissions[token * tagCount + tag] * scale;
    }
  }
  for (let token = tokenCount - 2; token >= 0; token--) {
    for (let tag = 0; tag < tagCount; tag++) {
      for (let next = 0; next < tagCount; next++) {
        terms[next] = tagSet.allowedAfter[next][tag]
          ? backward[(token + 1) * tagCount + next] + (transitions[tag * tagCount + next] + emissions[(token + 1) * tagCount + next]) * scale
          : -Infinity;
      }
      backward[token * tagCount + tag] = logSumExp(terms);
    }
  }
  const total = logSumExp(forward.subarray((tokenCount - 1) * tagCount, tokenCount * tagCount));
  const marginals = new Float64Array(tokenCount);
  for (let token = 0; token < tokenCount; token++) {
    const index = token * tagCount + path[token];
    marginals[token] = Math.min(1, Math.max(0, Math.exp(forward[index] + backward[index] - total)));
  }
  return marginals;
}

function logSumExp(values: ArrayLike<number>): number {
  let maximum = -Infinity;
  for (let index = 0; index < values.length; index++) if (values[index] > maximum) maximum = values[index];
  if (maximum === -Infinity) return -Infinity;
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += Math.exp(values[index] - maximum);
  return maximum + Math.log(sum);
}
