/**
 * Feature extraction for the tagger. Each token gets a list of 32-bit feature hashes; the model maps
 * a hash to a row of its weight table. German-specific signals: every noun is capitalised, so a
 * capitalised word that the common-noun lexicon knows is probably not a name; names of places turn
 * into lower-case adjectives (`tschechische`, LOCderiv) and into compound parts (`Troia-Ausstellung`,
 * LOCpart), so suffixes and the parts around hyphens matter.
 */
import { hashText, mixHashes } from './hashing.ts';

export interface WordLexicon {
  has(word: string): boolean;
  /** The known noun ending a compound (`Regierungssprecher` → `Sprecher`), if any. */
  compoundHead?(word: string): string | undefined;
}

/** Which optional feature groups a model uses; stored in the model so tagging extracts the same. */
export interface FeatureOptions {
  commonNouns: boolean;
  gazetteer: boolean;
  clusters: boolean;
}

export const defaultFeatureOptions: FeatureOptions = { commonNouns: true, gazetteer: true, clusters: true };

export interface FeatureResources {
  commonNouns?: WordLexicon;
  /** Lower-cased word → bit set of the classes and positions it was seen with in name lists (see `gazetteer.ts`). */
  gazetteer?: ReadonlyMap<string, number>;
  /** Word → cluster bit string ("0110…"); prefixes of it are used as coarser clusters. */
  clusters?: ReadonlyMap<string, string>;
}

export interface SentenceFeatures {
  /** Token i has the features `hashes[offsets[i] .. offsets[i + 1])`. */
  offsets: Int32Array;
  hashes: Uint32Array;
}

/** What is computed once per distinct word form. */
interface WordInfo extends WordFeatures {
  form: number;
  lower: number;
  prefixes: number[];
  suffixes: number[];
  shape: number;
  shortShape: number;
  capitalised: boolean;
  commonNoun: number;
  gazetteer: number;
  clusterPrefixes: number[];
  hyphenFirst: number;
  hyphenLast: number;
  hyphenLastCommonNoun: number;
  hasHyphen: boolean;
  /** Hash of the lower-cased compound head, 0 when the word is no compound of a known noun. */
  compoundHead: number;
  /** For `Troia-Ausstellung`: what the lists and clusters know of `Troia`. */
  hyphenFirstGazetteer: number;
  hyphenFirstCluster: number;
  hyphenFirstCommonNoun: number;
  isQuote: boolean;
  /** The three-letter suffix (or the whole word when shorter), as seen from a neighbour. */
  contextSuffix: number;
}

// Template numbers: part of the model format, so only ever append.
const enum Template {
  Bias = 1,
  Form,
  Lower,
  Prefix,
  Suffix,
  Shape,
  ShortShape,
  PreviousLower,
  NextLower,
  SecondPreviousLower,
  SecondNextLower,
  PreviousShortShape,
  NextShortShape,
  PreviousBigram,
  NextBigram,
  SentenceStartShape,
  CommonNoun,
  PreviousCommonNoun,
  NextCommonNoun,
  Gazetteer,
  PreviousGazetteer,
  NextGazetteer,
  Cluster,
  PreviousCluster,
  NextCluster,
  HyphenFirst,
  HyphenLast,
  HyphenLastCommonNoun,
  PreviousSuffix,
  NextSuffix,
  ShapeCommonNoun,
  SentenceStartCommonNoun,
  CompoundHead,
  CompoundHeadKnown,
  GazetteerBit,
  GazetteerBitShape,
  InsideQuotes,
  HyphenFirstGazetteer,
  HyphenFirstCluster,
  HyphenFirstCommonNoun,
}

const clusterPrefixLengths = [3, 6, 9, 12];
const sentenceBoundary = hashText(0x5eed, '<boundary>');

/**
 * A sentence split into what depends on the word alone (computed once per distinct word and cached)
 * and what depends on its neighbours. The tagger caches the weight sum of the word part per word.
 */
export interface SplitSentenceFeatures {
  words: readonly WordFeatures[];
  /** Token i has the context features `contextHashes[contextOffsets[i] .. contextOffsets[i + 1])`. */
  contextOffsets: Int32Array;
  contextHashes: Uint32Array;
}

/** The per-word part: its context-free feature hashes, plus a slot a tagger may use to cache their scores. */
export interface WordFeatures {
  readonly ownHashes: Uint32Array;
  scoreCache?: Float32Array;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private buffer = new Uint32Array(4096);
  private length = 0;

  constructor(
    private readonly options: FeatureOptions,
    private readonly resources: FeatureResources,
  ) {}

  /** All features of a sentence, word-level and context-level together (for training). */
  extract(words: readonly string[]): SentenceFeatures {
    const split = this.extractSplit(words);
    const offsets = new Int32Array(words.length + 1);
    let total = 0;
    for (let index = 0; index < words.length; index++) {
      total += split.words[index].ownHashes.length + split.contextOffsets[index + 1] - split.contextOffsets[index];
    }
    const hashes = new Uint32Array(total);
    let position = 0;
    for (let index = 0; index < words.length; index++) {
      offsets[index] = position;
      hashes.set(split.words[index].ownHashes, position);
      position += split.words[index].ownHashes.length;
      const context = split.contextHashes.subarray(split.contextOffsets[index], split.contextOffsets[index + 1]);
      hashes.set(context, position);
      position += context.length;
    }
    offsets[words.length] = position;
    return { offsets, hashes };
  }

  /** Word-level and context-level features apart; the context hashes are a view that the next call overwrites. */
  extractSplit(words: readonly string[]): SplitSentenceFeatures {
    const infos: WordInfo[] = new Array(words.length);
    for (let index = 0; index < words.length; index++) infos[index] = this.wordInfo(words[index]);
    const contextOffsets = new Int32Array(words.length + 1);
    this.length = 0;
    // Titles of works and events (OTH) are often quoted: track whether a quotation is open.
    let quotesSeen = 0;
    for (let index = 0; index < infos.length; index++) {
      contextOffsets[index] = this.length;
      this.contextFeatures(infos, index);
      if (infos[index].isQuote) quotesSeen++;
      else if (quotesSeen % 2 === 1) this.push(mixHashes(Template.InsideQuotes, infos[index].shortShape));
    }
    contextOffsets[infos.length] = this.length;
    return { words: infos, contextOffsets, contextHashes: this.buffer.subarray(0, this.length) };
  }

  private push(hash: number): void {
    if (this.length === this.buffer.length) {
      const larger = new Uint32Array(this.buffer.length * 2);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.length++] = hash;
  }

  private contextFeatures(infos: readonly WordInfo[], index: number): void {
    // Explicit bounds: reading past an array's ends is a slow path in V8.
    const count = infos.length;
    const word = infos[index];
    const previous = index >= 1 ? infos[index - 1] : undefined;
    const next = index + 1 < count ? infos[index + 1] : undefined;
    const secondPrevious = index >= 2 ? infos[index - 2] : undefined;
    const secondNext = index + 2 < count ? infos[index + 2] : undefined;
    const previousLower = previous ? previous.lower : sentenceBoundary;
    const nextLower = next ? next.lower : sentenceBoundary;
    const atStart = index === 0 ? 1 : 0;

    this.push(mixHashes(Template.PreviousLower, previousLower));
    this.push(mixHashes(Template.NextLower, nextLower));
    this.push(mixHashes(Template.SecondPreviousLower, secondPrevious ? secondPrevious.lower : sentenceBoundary));
    this.push(mixHashes(Template.SecondNextLower, secondNext ? secondNext.lower : sentenceBoundary));
    this.push(mixHashes(Template.PreviousShortShape, previous ? previous.shortShape : sentenceBoundary));
    this.push(mixHashes(Template.NextShortShape, next ? next.shortShape : sentenceBoundary));
    this.push(mixHashes(Template.PreviousBigram, mixHashes(previousLower, word.lower)));
    this.push(mixHashes(Template.NextBigram, mixHashes(word.lower, nextLower)));
    this.push(mixHashes(Template.PreviousSuffix, previous ? previous.contextSuffix : sentenceBoundary));
    this.push(mixHashes(Template.NextSuffix, next ? next.contextSuffix : sentenceBoundary));
    this.push(mixHashes(Template.SentenceStartShape, mixHashes(atStart, word.shortShape)));
    if (this.options.commonNouns) {
      this.push(mixHashes(Template.SentenceStartCommonNoun, (atStart << 4) | (word.capitalised ? 2 : 0) | word.commonNoun));
      this.push(mixHashes(Template.PreviousCommonNoun, previous ? previous.commonNoun : 2));
      this.push(mixHashes(Template.NextCommonNoun, next ? next.commonNoun : 2));
    }
    if (this.options.gazetteer) {
      this.push(mixHashes(Template.PreviousGazetteer, previous ? previous.gazetteer : 0xffff));
      this.push(mixHashes(Template.NextGazetteer, next ? next.gazetteer : 0xffff));
    }
    if (this.options.clusters) {
      this.push(mixHashes(Template.PreviousCluster, previous ? previous.clusterPrefixes[1] : sentenceBoundary));
      this.push(mixHashes(Template.NextCluster, next ? next.clusterPrefixes[1] : sentenceBoundary));
    }
  }

  private wordInfo(word: string): WordInfo {
    const cached = this.cache.get(word);
    if (cached) return cached;
    // A bounded cache: long batch runs see an open vocabulary.
    if (this.cache.size > 200_000) this.cache.clear();
    const info = describeWord(word, this.resources, this.options);
    this.cache.set(word, info);
    return info;
  }
}

/** The features a word has wherever it stands. */
function ownFeatures(word: Omit<WordInfo, 'ownHashes'>, options: FeatureOptions): Uint32Array {
  const hashes: number[] = [];
  const push = (hash: number) => hashes.push(hash);
  push(mixHashes(Template.Bias, 0));
  push(mixHashes(Template.Form, word.form));
  push(mixHashes(Template.Lower, word.lower));
  for (const prefix of word.prefixes) push(mixHashes(Template.Prefix, prefix));
  for (const suffix of word.suffixes) push(mixHashes(Template.Suffix, suffix));
  push(mixHashes(Template.Shape, word.shape));
  push(mixHashes(Template.ShortShape, word.shortShape));
  if (word.hasHyphen) {
    push(mixHashes(Template.HyphenFirst, word.hyphenFirst));
    push(mixHashes(Template.HyphenLast, word.hyphenLast));
    if (options.gazetteer) push(mixHashes(Template.HyphenFirstGazetteer, word.hyphenFirstGazetteer));
    if (options.clusters) push(mixHashes(Template.HyphenFirstCluster, word.hyphenFirstCluster));
    if (options.commonNouns) push(mixHashes(Template.HyphenFirstCommonNoun, word.hyphenFirstCommonNoun));
  }
  if (options.commonNouns) {
    push(mixHashes(Template.CommonNoun, word.commonNoun));
    push(mixHashes(Template.ShapeCommonNoun, mixHashes(word.shortShape, word.commonNoun)));
    if (word.hasHyphen) push(mixHashes(Template.HyphenLastCommonNoun, word.hyphenLastCommonNoun));
    push(mixHashes(Template.CompoundHeadKnown, mixHashes(word.compoundHead === 0 ? 0 : 1, word.shortShape)));
    if (word.compoundHead !== 0) push(mixHashes(Template.CompoundHead, word.compoundHead));
  }
  if (options.gazetteer) {
    push(mixHashes(Template.Gazetteer, word.gazetteer));
    // One feature per list as well, so a word on two lists still shares weights with words on one.
    for (let bits = word.gazetteer, bit = 0; bits !== 0; bits >>>= 1, bit++) {
      if ((bits & 1) === 0) continue;
      push(mixHashes(Template.GazetteerBit, bit));
      push(mixHashes(Template.GazetteerBitShape, mixHashes(bit, word.shortShape)));
    }
  }
  if (options.clusters) for (const prefix of word.clusterPrefixes) push(mixHashes(Template.Cluster, prefix));
  return Uint32Array.from(hashes);
}

function describeWord(word: string, resources: FeatureResources, options: FeatureOptions): WordInfo {
  const lower = word.toLowerCase();
  const prefixes: number[] = [];
  const suffixes: number[] = [];
  for (let length = 1; length <= 4 && length < lower.length; length++) {
    prefixes.push(hashText(10 + length, lower, 0, length));
    suffixes.push(hashText(20 + length, lower, lower.length - length));
  }
  const lowerHash = hashText(2, lower);
  const shape = wordShape(word);
  const shortShape = collapseShape(shape);
  const capitalised = isUpperCaseLetter(word.charAt(0));
  const commonNoun = resources.commonNouns?.has(word) ? 1 : 0;
  const gazetteer = resources.gazetteer?.get(lower) ?? 0;
  const clusterPrefixes = clusterPrefixLengths.map((_, level) => clusterPrefixHash(resources, word, level));
  const hyphen = word.indexOf('-', 1);
  const hasHyphen = hyphen > 0 && hyphen < word.length - 1;
  const lastHyphen = word.lastIndexOf('-');
  const lastPart = hasHyphen ? word.slice(lastHyphen + 1) : '';
  const info = {
    form: hashText(1, word),
    lower: lowerHash,
    contextSuffix: suffixes.length > 2 ? suffixes[2] : lowerHash,
    prefixes,
    suffixes,
    shape: hashText(3, shape),
    shortShape: hashText(4, shortShape),
    capitalised,
    commonNoun,
    gazetteer,
    clusterPrefixes,
    hyphenFirst: hasHyphen ? hashText(5, lower, 0, hyphen) : 0,
    hyphenLast: hasHyphen ? hashText(6, lower, lastHyphen + 1) : 0,
    hyphenLastCommonNoun: hasHyphen && resources.commonNouns?.has(lastPart) ? 1 : 0,
    hasHyphen,
    compoundHead: compoundHeadHash(word, resources),
    hyphenFirstGazetteer: hasHyphen ? resources.gazetteer?.get(lower.slice(0, hyphen)) ?? 0 : 0,
    hyphenFirstCluster: hasHyphen ? clusterPrefixHash(resources, word.slice(0, hyphen), 1) : 0,
    hyphenFirstCommonNoun: hasHyphen && resources.commonNouns?.has(word.slice(0, hyphen)) ? 1 : 0,
    isQuote: /^["„“”»«‚‘’']+$/.test(word),
  };
  // scoreCache is declared up front so every word entry keeps one object shape.
  return { ...info, ownHashes: ownFeatures(info, options), scoreCache: undefined };
}

function clusterPrefixHash(resources: FeatureResources, word: string, level: number): number {
  const cluster = resources.clusters?.get(word) ?? resources.clusters?.get(word.toLowerCase());
  const length = clusterPrefixLengths[level];
  return cluster ? hashText(30 + length, cluster.slice(0, length)) : 0;
}

function compoundHeadHash(word: string, resources: FeatureResources): number {
  if (!resources.commonNouns?.compoundHead || !isUpperCaseLetter(word.charAt(0))) return 0;
  const head = resources.commonNouns.compoundHead(word);
  return head ? hashText(7, head.toLowerCase()) : 0;
}

function isUpperCaseLetter(character: string): boolean {
  return character !== character.toLowerCase() && character === character.toUpperCase();
}

/** `Berlin` → `Xxxx`, `3.5` → `d.d`, `EU-Kommission` → `XX-Xxxx`: letter classes with runs capped at three. */
export function wordShape(word: string): string {
  let shape = '';
  let previous = '';
  let run = 0;
  for (const character of word) {
    let symbol: string;
    if (character >= '0' && character <= '9') symbol = 'd';
    else if (character !== character.toLowerCase()) symbol = 'X';
    else if (character !== character.toUpperCase()) symbol = 'x';
    else symbol = character;
    run = symbol === previous ? run + 1 : 1;
    previous = symbol;
    if (run <= 3) shape += symbol;
  }
  return shape;
}

/** `Xxxx` → `Xx`, `XX-Xxxx` → `X-Xx`: every run of one symbol becomes one. */
export function collapseShape(shape: string): string {
  let collapsed = '';
  for (const symbol of shape) if (collapsed[collapsed.length - 1] !== symbol) collapsed += symbol;
  return collapsed;
}
