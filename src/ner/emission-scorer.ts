/**
 * Emission scores for tagging, fast on an open vocabulary. Most features depend on one word only (in
 * one of five roles: itself, or as a neighbour one or two to the left or right), so each distinct
 * word's weights are summed once per role and cached as a few rows of a flat slab; per token only
 * those rows and the few pair features (lower-case bigrams, quotes, the sentence start) are added.
 * Gives the same scores as `emissionScores` over `FeatureExtractor.extract`, which the trainer uses.
 */
import type { ScoringTables } from './decoder.ts';
import { ownedCopy } from '../text/owned-copy.ts';
import { HashList, WordFacts, wordRoleCount, type FeatureExtractor } from './features.ts';

/**
 * Rows of summed weights kept per word: its five roles, then the position features it has anywhere but
 * at the sentence start (the common case, so only a sentence's first token hashes them).
 */
const cachedRowCount = wordRoleCount + 1;
const inSentenceRow = wordRoleCount;

/**
 * Words per cache generation. A batch run sees an open vocabulary, so the cache is bounded: two
 * generations of at most this many words. When the young generation is full it becomes the old one
 * and the previous old one is cleared and reused as the young one; a word found in the old generation
 * is copied back into the young one. So a working set of up to this many words stays cached however
 * long the run, which emptying one big map when full would not do. A word takes 600 bytes of slab
 * (six rows of 25 single-precision sums) plus its map entry: about 20 MB for both generations full.
 * 15,000 words tag unseen text as fast as 30,000 did (bench:ner, "unseen text": 201k against 203k
 * tokens/s) for half the memory; only a second pass over the same 300,000 tokens, whose vocabulary no
 * longer fits, is slower (209k against 284k).
 */
const defaultGenerationSize = 15_000;

/**
 * One generation of the word cache. Scores and the few facts pair features need live in flat typed
 * arrays indexed by slot, so a cached word costs no objects of its own and the collector has nothing
 * to trace; the arrays grow by doubling up to the generation size (and past it by at most one sentence).
 */
class Generation {
  readonly slotOf = new Map<string, number>();
  /** The word in each slot (an owned copy), so a word moved to the other generation keeps its key. */
  keys: string[] = [];
  capacity = 0;
  scores = new Float32Array(0);
  lower = new Int32Array(0);
  shortShape = new Int32Array(0);
  commonNoun = new Uint8Array(0);
  /** Bit 0: capitalised; bit 1: a quotation mark. */
  flags = new Uint8Array(0);

  constructor(
    private readonly rowLength: number,
    private readonly maximum: number,
  ) {}

  get size(): number {
    return this.slotOf.size;
  }

  /** A new slot for `word` (the caller fills it); the generation must not be full. */
  claim(word: string): number {
    const slot = this.slotOf.size;
    if (slot === this.capacity) this.grow(slot < this.maximum ? Math.min(this.maximum, Math.max(1024, slot * 2)) : slot + 256);
    this.slotOf.set(word, slot);
    this.keys[slot] = word;
    return slot;
  }

  clear(): void {
    this.slotOf.clear();
    this.keys.length = 0;
  }

  private grow(capacity: number): void {
    const scores = new Float32Array(capacity * this.rowLength);
    scores.set(this.scores);
    this.scores = scores;
    this.lower = grown(this.lower, new Int32Array(capacity));
    this.shortShape = grown(this.shortShape, new Int32Array(capacity));
    this.commonNoun = grown(this.commonNoun, new Uint8Array(capacity));
    this.flags = grown(this.flags, new Uint8Array(capacity));
    this.capacity = capacity;
  }
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const capitalisedFlag = 1;
const quoteFlag = 2;

export class EmissionScorer {
  private young: Generation;
  private old: Generation;
  private readonly rowLength: number;
  private readonly hashes = new HashList();
  /** Reused for every word described: only hashes and a few numbers are kept of it. */
  private readonly facts = new WordFacts();
  private readonly pairHashes = new HashList();
  private readonly roleStarts = new Int32Array(wordRoleCount + 1);
  /** The boundary's rows (only its neighbour roles are read) and its lower-case hash. */
  private readonly boundaryScores: Float32Array;
  private readonly boundaryLower: number;
  /** Per token of the sentence being scored: the generation and slot holding its word. */
  private tokenGeneration: Generation[] = [];
  private tokenSlot = new Int32Array(256);

  constructor(
    private readonly tables: ScoringTables,
    private readonly extractor: FeatureExtractor,
    private readonly generationSize = defaultGenerationSize,
    /** Per tag, added to every token's score after scaling (the decoder's outside penalty and class biases). */
    private readonly tagOffsets?: Float64Array,
  ) {
    this.rowLength = cachedRowCount * tables.tagCount;
    this.young = new Generation(this.rowLength, generationSize);
    this.old = new Generation(this.rowLength, generationSize);
    const boundary = extractor.boundary;
    this.boundaryScores = new Float32Array(this.rowLength);
    this.sumRoles(boundary.hashes, boundary.roleStarts, this.boundaryScores, 0);
    this.boundaryLower = boundary.facts.lower;
  }

  /**
   * `words.length × tagCount` scores (row-major) in `into` when it is large enough, else in a new array.
   * Weights are summed as they are stored (integers for a decoded model, so the sums are exact and their
   * order does not matter) and multiplied by the weight scale once per score.
   */
  scores(words: readonly string[], into?: Float64Array): Float64Array {
    const { weights, tagCount, rowMask } = this.tables;
    const scale = this.tables.weightScale ?? 1;
    const count = words.length;
    const scores = into && into.length >= count * tagCount ? into : new Float64Array(Math.max(1024, count * tagCount * 2));
    if (this.tokenSlot.length < count) this.tokenSlot = new Int32Array(count * 2);
    const generations = this.tokenGeneration;
    const slots = this.tokenSlot;
    generations.length = count;
    // Generations turn over only between sentences, so every slot a sentence's tokens point to stays put
    // while it is scored; the young generation may outgrow its size by one sentence's words.
    if (this.young.size >= this.generationSize) this.rotate();
    for (let index = 0; index < count; index++) this.place(words[index], index);

    const rowLength = this.rowLength;
    const boundaryScores = this.boundaryScores;
    const pairHashes = this.pairHashes;
    const extractor = this.extractor;
    const previousOffset = tagCount;
    const nextOffset = 2 * tagCount;
    const secondPreviousOffset = 3 * tagCount;
    const secondNextOffset = 4 * tagCount;
    const inSentenceOffset = inSentenceRow * tagCount;
    let quotesSeen = 0;
    for (let token = 0; token < count; token++) {
      const base = token * tagCount;
      const generation = generations[token];
      const slot = slots[token];
      const own = generation.scores;
      const ownBase = slot * rowLength;
      const previous = token >= 1 ? generations[token - 1].scores : boundaryScores;
      const previousBase = (token >= 1 ? slots[token - 1] * rowLength : 0) + previousOffset;
      const next = token + 1 < count ? generations[token + 1].scores : boundaryScores;
      const nextBase = (token + 1 < count ? slots[token + 1] * rowLength : 0) + nextOffset;
      const secondPrevious = token >= 2 ? generations[token - 2].scores : boundaryScores;
      const secondPreviousBase = (token >= 2 ? slots[token - 2] * rowLength : 0) + secondPreviousOffset;
      const secondNext = token + 2 < count ? generations[token + 2].scores : boundaryScores;
      const secondNextBase = (token + 2 < count ? slots[token + 2] * rowLength : 0) + secondNextOffset;
      const positionBase = token === 0 ? -1 : ownBase + inSentenceOffset;
      for (let tag = 0; tag < tagCount; tag++) {
        scores[base + tag] =
          own[ownBase + tag] +
          previous[previousBase + tag] +
          next[nextBase + tag] +
          secondPrevious[secondPreviousBase + tag] +
          secondNext[secondNextBase + tag] +
          (positionBase >= 0 ? own[positionBase + tag] : 0);
      }

      const flags = generation.flags[slot];
      const isQuote = (flags & quoteFlag) !== 0;
      if (isQuote) quotesSeen++;
      pairHashes.length = 0;
      extractor.writeBigramHashes(
        token >= 1 ? generations[token - 1].lower[slots[token - 1]] : this.boundaryLower,
        generation.lower[slot],
        token + 1 < count ? generations[token + 1].lower[slots[token + 1]] : this.boundaryLower,
        pairHashes,
      );
      const shortShape = generation.shortShape[slot];
      if (token === 0) {
        extractor.writePositionHashes(shortShape, (flags & capitalisedFlag) !== 0, generation.commonNoun[slot], true, pairHashes);
      }
      if (!isQuote && quotesSeen % 2 === 1) extractor.writeQuoteHash(shortShape, pairHashes);
      const pairData = pairHashes.data;
      for (let feature = 0; feature < pairHashes.length; feature++) {
        const row = (pairData[feature] & rowMask) * tagCount;
        for (let tag = 0; tag < tagCount; tag++) scores[base + tag] += weights[row + tag];
      }
      const offsets = this.tagOffsets;
      if (offsets) for (let tag = 0; tag < tagCount; tag++) scores[base + tag] = scores[base + tag] * scale + offsets[tag];
      else if (scale !== 1) for (let tag = 0; tag < tagCount; tag++) scores[base + tag] *= scale;
    }
    generations.length = 0;
    return scores;
  }

  /** Finds or computes `word`'s cached rows, in the young generation, and records where for token `index`. */
  private place(word: string, index: number): void {
    const young = this.young;
    let slot = young.slotOf.get(word);
    if (slot === undefined) {
      const old = this.old;
      const oldSlot = old.slotOf.get(word);
      if (oldSlot !== undefined) {
        slot = young.claim(old.keys[oldSlot]);
        copySlot(old, oldSlot, young, slot, this.rowLength);
      } else {
        slot = young.claim(ownedCopy(word));
        this.compute(word, young, slot);
      }
    }
    this.tokenGeneration[index] = young;
    this.tokenSlot[index] = slot;
  }

  /** The young generation becomes the old one; the old one is emptied and reused as the young one. */
  private rotate(): void {
    const recycled = this.old;
    recycled.clear();
    this.old = this.young;
    this.young = recycled;
  }

  private compute(word: string, generation: Generation, slot: number): void {
    const facts = this.extractor.describe(word, this.facts);
    this.extractor.writeWordHashes(facts, this.hashes, this.roleStarts);
    // The in-sentence position features go after the role hashes, as one more row.
    const positionStart = this.hashes.length;
    this.extractor.writePositionHashes(facts.shortShape, facts.capitalised, facts.commonNoun, false, this.hashes);
    const rowBase = slot * this.rowLength;
    const scores = generation.scores;
    scores.fill(0, rowBase, rowBase + this.rowLength);
    this.sumRoles(this.hashes.data, this.roleStarts, scores, rowBase);
    this.sumRange(this.hashes.data, positionStart, this.hashes.length, scores, rowBase + inSentenceRow * this.tables.tagCount);
    generation.lower[slot] = facts.lower;
    generation.shortShape[slot] = facts.shortShape;
    generation.commonNoun[slot] = facts.commonNoun;
    generation.flags[slot] = (facts.capitalised ? capitalisedFlag : 0) | (facts.isQuote ? quoteFlag : 0);
  }

  /** Per role, the stored weights of its hashes summed into `into` from `offset` (role r at `offset + r * tagCount`). */
  private sumRoles(hashes: Uint32Array, roleStarts: Int32Array, into: Float32Array, offset: number): void {
    const tagCount = this.tables.tagCount;
    for (let role = 0; role < wordRoleCount; role++) {
      this.sumRange(hashes, roleStarts[role], roleStarts[role + 1], into, offset + role * tagCount);
    }
  }

  /**
   * Sums the stored weights of `hashes[start .. end)` into `into` at `offset`. Int16 weights sum exactly in
   * single precision (a row has far fewer than 2^24 / 32767 features).
   */
  private sumRange(hashes: Uint32Array, start: number, end: number, into: Float32Array, offset: number): void {
    const { weights, tagCount, rowMask } = this.tables;
    for (let feature = start; feature < end; feature++) {
      const row = (hashes[feature] & rowMask) * tagCount;
      for (let tag = 0; tag < tagCount; tag++) into[offset + tag] += weights[row + tag];
    }
  }
}

function copySlot(from: Generation, fromSlot: number, to: Generation, toSlot: number, rowLength: number): void {
  to.scores.set(from.scores.subarray(fromSlot * rowLength, (fromSlot + 1) * rowLength), toSlot * rowLength);
  to.lower[toSlot] = from.lower[fromSlot];
  to.shortShape[toSlot] = from.shortShape[fromSlot];
  to.commonNoun[toSlot] = from.commonNoun[fromSlot];
  to.flags[toSlot] = from.flags[fromSlot];
}
