import { describe, expect, it } from 'vitest';
import { constrainedTransitions, emissionScores, tagMarginals, viterbi, viterbiConstrained, ViterbiBuffers, type ScoringTables } from '../../src/ner/decoder.ts';
import { seededRandom } from '../../src/ner/hashing.ts';
import { buildTagSet, germEvalTags } from '../../src/ner/tags.ts';

// A hand-made model over three tags and four hashed feature rows.
const tags = ['O', 'B-PER', 'I-PER'];
const tagSet = buildTagSet(tags);
const rows = 4;
function tables(transitions: number[] = new Array(12).fill(0)): ScoringTables {
  const weights = new Float32Array(rows * 3);
  weights.set([2, 0, 0], 0 * 3); // row 0: "ordinary word" → O
  weights.set([0, 3, 0], 1 * 3); // row 1: "first name" → B-PER
  weights.set([0, 1, 2.5], 2 * 3); // row 2: "surname" → I-PER, else B-PER
  weights.set([0, 0, 5], 3 * 3); // row 3: strongly I-PER whatever comes before
  return { weights, transitions: Float32Array.from(transitions), tagCount: 3, rowMask: rows - 1 };
}
const sentence = (rowsPerToken: number[][]) => {
  const offsets = new Int32Array(rowsPerToken.length + 1);
  rowsPerToken.forEach((tokenRows, index) => (offsets[index + 1] = offsets[index] + tokenRows.length));
  return { offsets, hashes: Uint32Array.from(rowsPerToken.flat()) };
};

describe('decoder', () => {
  it('sums the weights of a token’s features per tag', () => {
    const scores = emissionScores(tables(), sentence([[0, 2], [1]]));
    expect(Array.from(scores.subarray(0, 6))).toEqual([2, 1, 2.5, 0, 3, 0]);
  });

  it('finds the best path: first name then surname', () => {
    const table = tables();
    const features = sentence([[0], [1], [2], [0]]);
    const path = viterbi(emissionScores(table, features), 4, table, tagSet);
    expect(Array.from(path, (index) => tags[index])).toEqual(['O', 'B-PER', 'I-PER', 'O']);
  });

  it('never puts I- after O, even when the emission prefers it', () => {
    const table = tables();
    // O scores 6 on the first token; the best legal path keeps it and gives up I-PER on the second.
    const features = sentence([[0, 0, 0], [3]]);
    const path = viterbi(emissionScores(table, features), 2, table, tagSet);
    expect(tags[path[0]]).toBe('O');
    expect(tags[path[1]]).not.toBe('I-PER');
    // When the first token is only mildly O, the decoder prefers the legal B-PER I-PER.
    const mild = viterbi(emissionScores(table, sentence([[0], [3]])), 2, table, tagSet);
    expect(Array.from(mild, (index) => tags[index])).toEqual(['B-PER', 'I-PER']);
    const atStart = viterbi(emissionScores(table, sentence([[3]])), 1, table, tagSet);
    expect(tags[atStart[0]]).not.toBe('I-PER');
  });

  it('lets transition weights change the decision', () => {
    // A heavy penalty on B-PER → I-PER makes the surname a new B-PER.
    const transitions = new Array(12).fill(0);
    transitions[1 * 3 + 2] = -10;
    const table = tables(transitions);
    const path = viterbi(emissionScores(table, sentence([[1], [2]])), 2, table, tagSet);
    expect(Array.from(path, (index) => tags[index])).toEqual(['B-PER', 'B-PER']);
  });

  it('gives confidences in [0, 1] that are higher for clear decisions', () => {
    const table = tables();
    const features = sentence([[0, 0, 0], [1], [2]]);
    const emissions = emissionScores(table, features);
    const path = viterbi(emissions, 3, table, tagSet);
    const confidences = tagMarginals(emissions, 3, table, tagSet, path, 1);
    for (const confidence of confidences) {
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(confidences[0]).toBeGreaterThan(confidences[2]);
  });
});

describe('pruned Viterbi', () => {
  // The full search over every predecessor, as the decoder did before pruning: the reference.
  function exhaustive(emissions: Float64Array, tokenCount: number, tagCount: number, transitions: Float64Array): number[] {
    const best = new Float64Array(tokenCount * tagCount);
    const back = new Int32Array(tokenCount * tagCount);
    for (let tag = 0; tag < tagCount; tag++) best[tag] = emissions[tag] + transitions[tagCount * tagCount + tag];
    for (let token = 1; token < tokenCount; token++) {
      for (let tag = 0; tag < tagCount; tag++) {
        let top = -Infinity;
        let from = 0;
        for (let previous = 0; previous < tagCount; previous++) {
          const score = best[(token - 1) * tagCount + previous] + transitions[previous * tagCount + tag];
          if (score > top) {
            top = score;
            from = previous;
          }
        }
        best[token * tagCount + tag] = top + emissions[token * tagCount + tag];
        back[token * tagCount + tag] = from;
      }
    }
    const path = new Array<number>(tokenCount);
    let last = 0;
    for (let tag = 1; tag < tagCount; tag++) if (best[(tokenCount - 1) * tagCount + tag] > best[(tokenCount - 1) * tagCount + last]) last = tag;
    path[tokenCount - 1] = last;
    for (let token = tokenCount - 1; token > 0; token--) path[token - 1] = back[token * tagCount + path[token]];
    return path;
  }

  it('finds the same path as the full search, on random scores over the GermEval tag set', () => {
    const bioTags = buildTagSet(germEvalTags);
    const tagCount = germEvalTags.length;
    const random = seededRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      // Scales from tight (many predecessors stay in the running) to loose (one does); some scores tie.
      const spread = [0.5, 5, 50][trial % 3];
      const transitions = Float32Array.from({ length: (tagCount + 1) * tagCount }, () => Math.round((random() - 0.5) * spread * 4) / 4);
      const table: ScoringTables = { weights: new Float32Array(tagCount), transitions, tagCount, rowMask: 0 };
      const constrained = constrainedTransitions(table, bioTags);
      const tokenCount = 1 + (trial % 17);
      const emissions = Float64Array.from({ length: tokenCount * tagCount }, () => Math.round((random() - 0.5) * 40) / 2);
      const fixed = new ViterbiBuffers(true);
      const expected = exhaustive(emissions, tokenCount, tagCount, constrained);
      expect(Array.from(viterbiConstrained(emissions, tokenCount, tagCount, constrained))).toEqual(expected);
      expect(Array.from(viterbiConstrained(emissions, tokenCount, tagCount, constrained, fixed))).toEqual(expected);
    }
  });
});
