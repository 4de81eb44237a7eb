/**
 * Emission scores for tagging, fast on an open vocabulary. Most features depend on one word only (in
 * one of five roles: itself, or as a neighbour one or two to the left or right), so each distinct
 * word's weights are summed once per role and cached as one small vector; per token only those five
 * vectors and the few pair features are added. Gives the same scores as `emissionScores` over
 * `FeatureExtractor.extract`, which the trainer uses.
 */
import type { ScoringTables } from './decoder.ts';
import { HashList, wordRoleCount, type FeatureExtractor, type PairFacts, type WordFacts } from './features.ts';

/** What the cache keeps per word form: the few values pair features need, and the role score sums. */
class ScoredWord implements PairFacts {
  readonly lower: number;
  readonly shortShape: number;
  readonly capitalised: boolean;
  readonly commonNoun: number;
  readonly isQuote: boolean;
  constructor(
    facts: WordFacts,
    /** `wordRoleCount × tagCount`: role r's summed weights at `[r * tagCount, (r + 1) * tagCount)`. */
    readonly roleScores: Float32Array,
  ) {
    this.lower = facts.lower;
    this.shortShape = facts.shortShape;
    this.capitalised = facts.capitalised;
    this.commonNoun = facts.commonNoun;
    this.isQuote = facts.isQuote;
  }
}

/**
 * Words per cache generation. A batch run sees an open vocabulary, so the cache is bounded: two
 * generations of at most this many words (an entry takes about 1.1 KB of process memory, so at most
 * about 65 MB). When the young generation is full it becomes the old one and the previous old one is
 * dropped; a word found in the old generation moves back to the young one. So a working set of up to
 * this many words stays cached however long the run, which emptying one big map when full would not
 * do. 15,000 saved about 40 MB of peak RSS on a stream, but cost a third of the warm tagging speed
 * over 300,000 tokens of news (about 42,000 distinct words).
 */
const defaultGenerationSize = 30_000;

export class EmissionScorer {
  private young = new Map<string, ScoredWord>();
  private old = new Map<string, ScoredWord>();
  private readonly hashes = new HashList();
  private readonly pairHashes = new HashList();
  private readonly roleStarts = new Int32Array(wordRoleCount + 1);
  private readonly boundary: ScoredWord;
  private sentence: ScoredWord[] = [];

  constructor(
    private readonly tables: ScoringTables,
    private readonly extractor: FeatureExtractor,
    private readonly generationSize = defaultGenerationSize,
  ) {
    const boundary = extractor.boundary;
    this.boundary = new ScoredWord(boundary.facts, this.sumRoles(boundary.hashes, boundary.roleStarts));
  }

  /** `words.length × tagCount` scores (row-major) in `into` when it is large enough, else in a new array. */
  scores(words: readonly string[], into?: Float64Array): Float64Array {
    const { weights, tagCount, rowMask } = this.tables;
    const scale = this.tables.weightScale ?? 1;
    const count = words.length;
    const scores = into && into.length >= count * tagCount ? into : new Float64Array(Math.max(1024, count * tagCount * 2));
    const sentence = this.sentence;
    sentence.length = count;
    for (let index = 0; index < count; index++) sentence[index] = this.scoredWord(words[index]);
    const boundary = this.boundary;
    const boundaryLower = boundary.lower;
    const pairHashes = this.pairHashes;
    const previousOffset = tagCount;
    const nextOffset = 2 * tagCount;
    const secondPreviousOffset = 3 * tagCount;
    const secondNextOffset = 4 * tagCount;
    let quotesSeen = 0;
    for (let token = 0; token < count; token++) {
      const base = token * tagCount;
      const word = sentence[token];
      const own = word.roleScores;
      const previous = (token >= 1 ? sentence[token - 1] : boundary).roleScores;
      const next = (token + 1 < count ? sentence[token + 1] : boundary).roleScores;
      const secondPrevious = (token >= 2 ? sentence[token - 2] : boundary).roleScores;
      const secondNext = (token + 2 < count ? sentence[token + 2] : boundary).roleScores;
      for (let tag = 0; tag < tagCount; tag++) {
        scores[base + tag] =
          own[tag] + previous[previousOffset + tag] + next[nextOffset + tag] + secondPrevious[secondPreviousOffset + tag] + secondNext[secondNextOffset + tag];
      }
      if (word.isQuote) quotesSeen++;
      pairHashes.length = 0;
      this.extractor.writePairHashes(
        token >= 1 ? sentence[token - 1].lower : boundaryLower,
        word,
        token + 1 < count ? sentence[token + 1].lower : boundaryLower,
        token === 0,
        !word.isQuote && quotesSeen % 2 === 1,
        pairHashes,
      );
      const pairData = pairHashes.data;
      for (let feature = 0; feature < pairHashes.length; feature++) {
        const row = (pairData[feature] & rowMask) * tagCount;
        for (let tag = 0; tag < tagCount; tag++) scores[base + tag] += weights[row + tag] * scale;
      }
    }
    sentence.length = 0;
    return scores;
  }

  private scoredWord(word: string): ScoredWord {
    const young = this.young.get(word);
    if (young !== undefined) return young;
    let scored = this.old.get(word);
    if (scored === undefined) {
      const facts = this.extractor.describe(word);
      this.extractor.writeWordHashes(facts, this.hashes, this.roleStarts);
      scored = new ScoredWord(facts, this.sumRoles(this.hashes.data, this.roleStarts));
    }
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(word, scored);
    return scored;
  }

  /**
   * Per role, the weights of its hashes summed, then scaled; kept in single precision. Int16 weights sum
   * exactly in it (a role has far fewer than 2^24 / 32767 features).
   */
  private sumRoles(hashes: Uint32Array, roleStarts: Int32Array): Float32Array {
    const { weights, tagCount, rowMask } = this.tables;
    const scale = this.tables.weightScale ?? 1;
    const sums = new Float32Array(wordRoleCount * tagCount);
    for (let role = 0; role < wordRoleCount; role++) {
      const offset = role * tagCount;
      for (let feature = roleStarts[role]; feature < roleStarts[role + 1]; feature++) {
        const row = (hashes[feature] & rowMask) * tagCount;
        for (let tag = 0; tag < tagCount; tag++) sums[offset + tag] += weights[row + tag];
      }
    }
    if (scale !== 1) for (let index = 0; index < sums.length; index++) sums[index] *= scale;
    return sums;
  }
}
