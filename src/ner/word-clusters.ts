/**
 * Word clusters from unlabelled text, in the spirit of Brown clusters but cheap enough to rebuild in
 * seconds: each frequent word gets a context vector (PPMI-weighted left and right neighbours among
 * the most frequent words, randomly projected to a few dozen dimensions), and the vocabulary is split
 * recursively in two by spherical 2-means. A word's path of left/right choices is its bit string;
 * prefixes of it are clusters of decreasing size. Deterministic: no randomness beyond a seeded hash.
 */
import { hashText } from './hashing.ts';

export interface ClusterOptions {
  minimumCount: number;
  contextWords: number;
  dimensions: number;
  depth: number;
  minimumClusterSize: number;
  iterations: number;
}

export const defaultClusterOptions: ClusterOptions = {
  minimumCount: 3,
  contextWords: 1200,
  dimensions: 128,
  depth: 12,
  minimumClusterSize: 8,
  iterations: 10,
};

/** `sentences` are token lists; returns word → bit string for every word seen at least `minimumCount` times. */
export function buildWordClusters(sentences: Iterable<readonly string[]>, options: ClusterOptions = defaultClusterOptions): Map<string, string> {
  const sentenceList = [...sentences];
  const frequency = new Map<string, number>();
  for (const sentence of sentenceList) for (const word of sentence) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byFrequency = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = byFrequency.filter(([, count]) => count >= options.minimumCount).map(([word]) => word);
  const wordIndex = new Map(vocabulary.map((word, index) => [word, index]));
  const contextIndex = new Map(byFrequency.slice(0, options.contextWords).map(([word], index) => [word, index]));
  const contextDimensions = options.contextWords * 2 + 2;

  // Sparse co-occurrence counts: left neighbour in the first half, right neighbour in the second.
  const cooccurrence: Map<number, number>[] = vocabulary.map(() => new Map());
  const contextTotals = new Float64Array(contextDimensions);
  let total = 0;
  const boundary = options.contextWords;
  for (const sentence of sentenceList) {
    for (let position = 0; position < sentence.length; position++) {
      const word = wordIndex.get(sentence[position]);
      if (word === undefined) continue;
      const left = position === 0 ? boundary : contextIndex.get(sentence[position - 1]);
      const right = position === sentence.length - 1 ? boundary : contextIndex.get(sentence[position + 1]);
      for (const dimension of [left, right === undefined ? undefined : right + boundary + 1]) {
        if (dimension === undefined) continue;
        const counts = cooccurrence[word];
        counts.set(dimension, (counts.get(dimension) ?? 0) + 1);
        contextTotals[dimension]++;
        total++;
      }
    }
  }

  const smoothedContext = contextTotals.map((count) => count ** 0.75);
  const smoothedTotal = smoothedContext.reduce((sum, count) => sum + count, 0) * (total / Math.max(1, total));
  const projection = randomProjection(contextDimensions, options.dimensions);
  const vectors = new Float64Array(vocabulary.length * options.dimensions);
  vocabulary.forEach((_, word) => {
    let wordTotal = 0;
    for (const count of cooccurrence[word].values()) wordTotal += count;
    const base = word * options.dimensions;
    for (const [dimension, count] of cooccurrence[word]) {
      // Context probabilities smoothed with the usual 0.75 power, so rare contexts do not dominate.
      const pmi = Math.log((count * smoothedTotal) / (wordTotal * smoothedContext[dimension]));
      if (pmi <= 0) continue;
      const row = dimension * options.dimensions;
      for (let component = 0; component < options.dimensions; component++) vectors[base + component] += pmi * projection[row + component];
    }
    normalise(vectors, base, options.dimensions);
  });

  const paths = new Array<string>(vocabulary.length).fill('');
  bisect(
    vocabulary.map((_, index) => index),
    '',
    vectors,
    paths,
    options,
  );
  return new Map(vocabulary.map((word, index) => [word, paths[index]]));
}

function bisect(members: number[], path: string, vectors: Float64Array, paths: string[], options: ClusterOptions): void {
  for (const member of members) paths[member] = path;
  if (path.length >= options.depth || members.length < options.minimumClusterSize * 2) return;
  const { dimensions } = options;
  // Seeds: the member least like the group's mean, then the member least like that one.
  const mean = new Float64Array(dimensions);
  for (const member of members) for (let component = 0; component < dimensions; component++) mean[component] += vectors[member * dimensions + component];
  const first = leastSimilar(members, mean, 0, vectors, dimensions);
  const second = leastSimilar(members, vectors, first * dimensions, vectors, dimensions);
  const centroids = new Float64Array(2 * dimensions);
  centroids.set(vectors.subarray(first * dimensions, first * dimensions + dimensions), 0);
  centroids.set(vectors.subarray(second * dimensions, second * dimensions + dimensions), dimensions);
  const side = new Uint8Array(members.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    members.forEach((member, index) => {
      const toLeft = dot(vectors, member * dimensions, centroids, 0, dimensions);
      const toRight = dot(vectors, member * dimensions, centroids, dimensions, dimensions);
      side[index] = toRight > toLeft ? 1 : 0;
    });
    centroids.fill(0);
    members.forEach((member, index) => {
      const base = side[index] * dimensions;
      for (let component = 0; component < dimensions; component++) centroids[base + component] += vectors[member * dimensions + component];
    });
    normalise(centroids, 0, dimensions);
    normalise(centroids, dimensions, dimensions);
  }
  const left = members.filter((_, index) => side[index] === 0);
  const right = members.filter((_, index) => side[index] === 1);
  if (left.length === 0 || right.length === 0) return;
  bisect(left, path + '0', vectors, paths, options);
  bisect(right, path + '1', vectors, paths, options);
}

function leastSimilar(members: number[], target: Float64Array, targetBase: number, vectors: Float64Array, dimensions: number): number {
  let chosen = members[0];
  let lowest = Infinity;
  for (const member of members) {
    const similarity = dot(vectors, member * dimensions, target, targetBase, dimensions);
    if (similarity < lowest) {
      lowest = similarity;
      chosen = member;
    }
  }
  return chosen;
}

/** ±1 entries chosen by a seeded hash, so the projection is the same on every run. */
function randomProjection(rows: number, columns: number): Float64Array {
  const matrix = new Float64Array(rows * columns);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      matrix[row * columns + column] = hashText(row, String(column)) & 1 ? 1 : -1;
    }
  }
  return matrix;
}

function dot(first: Float64Array, firstBase: number, second: Float64Array, secondBase: number, length: number): number {
  let sum = 0;
  for (let index = 0; index < length; index++) sum += first[firstBase + index] * second[secondBase + index];
  return sum;
}

function normalise(vector: Float64Array, base: number, length: number): void {
  let norm = 0;
  for (let index = 0; index < length; index++) norm += vector[base + index] ** 2;
  if (norm === 0) return;
  const scale = 1 / Math.sqrt(norm);
  for (let index = 0; index < length; index++) vector[base + index] *= scale;
}
