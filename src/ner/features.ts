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
interface WordInfo {
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

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private buffer = new Uint32Array(4096);

  constructor(
    private readonly options: FeatureOptions,
    private readonly resources: FeatureResources,
  ) {}

  /** Features of a sentence; with `shared`, the hashes are a view of an internal buffer that the next call overwrites. */
  extract(words: readonly string[], shared = false): SentenceFeatures {
    const infos = words.map((word) => this.wordInfo(word));
    const offsets = new Int32Array(words.length + 1);
    // Titles of works and events (OTH) are often quoted: track whether a quotation is open.
    let quotesSeen = 0;
    let length = 0;
    const push = (hash: number) => {
      if (length === this.buffer.length) {
        const larger = new Uint32Array(this.buffer.length * 2);
        larger.set(this.buffer);
        this.buffer = larger;
      }
      this.buffer[length++] = hash;
    };
    for (let index = 0; index < infos.length; index++) {
      offsets[index] = length;
      this.tokenFeatures(infos, index, push);
      if (infos[index].isQuote) quotesSeen++;
      else if (quotesSeen % 2 === 1) push(mixHashes(Template.InsideQuotes, infos[index].shortShape));
    }
    offsets[infos.length] = length;
    return { offsets, hashes: shared ? this.buffer.subarray(0, length) : this.buffer.slice(0, length) };
  }

  private tokenFeatures(infos: readonly WordInfo[], index: number, push: (hash: number) => void): void {
    // Explicit bounds: reading past an array's ends is a slow path in V8.
    const count = infos.length;
    const word = infos[index];
    const previous = index >= 1 ? infos[index - 1] : undefined;
    const next = index + 1 < count ? infos[index + 1] : undefined;
    const secondPrevious = index >= 2 ? infos[index - 2] : undefined;
    const secondNext = index + 2 < count ? infos[index + 2] : undefined;
    const lowerOf = (info: WordInfo | undefined) => (info ? info.lower : sentenceBoundary);
    const shortShapeOf = (info: WordInfo | undefined) => (info ? info.shortShape : sentenceBoundary);
    const atStart = index === 0 ? 1 : 0;

    push(mixHashes(Template.Bias, 0));
    push(mixHashes(Template.Form, word.form));
    push(mixHashes(Template.Lower, word.lower));
    for (let length = 0; length < word.prefixes.length; length++) push(mixHashes(Template.Prefix, word.prefixes[length]));
    for (let length = 0; length < word.suffixes.length; length++) push(mixHashes(Template.Suffix, word.suffixes[length]));
    push(mixHashes(Template.Shape, word.shape));
    push(mixHashes(Template.ShortShape, word.shortShape));
    push(mixHashes(Template.PreviousLower, lowerOf(previous)));
    push(mixHashes(Template.NextLower, lowerOf(next)));
    push(mixHashes(Template.SecondPreviousLower, lowerOf(secondPrevious)));
    push(mixHashes(Template.SecondNextLower, lowerOf(secondNext)));
    push(mixHashes(Template.PreviousShortShape, shortShapeOf(previous)));
    push(mixHashes(Template.NextShortShape, shortShapeOf(next)));
    push(mixHashes(Template.PreviousBigram, mixHashes(lowerOf(previous), word.lower)));
    push(mixHashes(Template.NextBigram, mixHashes(word.lower, lowerOf(next))));
    push(mixHashes(Template.PreviousSuffix, previous ? previous.contextSuffix : sentenceBoundary));
    push(mixHashes(Template.NextSuffix, next ? next.contextSuffix : sentenceBoundary));
    push(mixHashes(Template.SentenceStartShape, mixHashes(atStart, word.shortShape)));
    if (word.hasHyphen) {
      push(mixHashes(Template.HyphenFirst, word.hyphenFirst));
      push(mixHashes(Template.HyphenLast, word.hyphenLast));
      if (this.options.gazetteer) push(mixHashes(Template.HyphenFirstGazetteer, word.hyphenFirstGazetteer));
      if (this.options.clusters) push(mixHashes(Template.HyphenFirstCluster, word.hyphenFirstCluster));
      if (this.options.commonNouns) push(mixHashes(Template.HyphenFirstCommonNoun, word.hyphenFirstCommonNoun));
    }
    if (this.options.commonNouns) {
      push(mixHashes(Template.CommonNoun, word.commonNoun));
      push(mixHashes(Template.ShapeCommonNoun, mixHashes(word.shortShape, word.commonNoun)));
      push(mixHashes(Template.SentenceStartCommonNoun, (atStart << 4) | (word.capitalised ? 2 : 0) | word.commonNoun));
      push(mixHashes(Template.PreviousCommonNoun, previous ? previous.commonNoun : 2));
      push(mixHashes(Template.NextCommonNoun, next ? next.commonNoun : 2));
      if (word.hasHyphen) push(mixHashes(Template.HyphenLastCommonNoun, word.hyphenLastCommonNoun));
      push(mixHashes(Template.CompoundHeadKnown, mixHashes(word.compoundHead === 0 ? 0 : 1, word.shortShape)));
      if (word.compoundHead !== 0) push(mixHashes(Template.CompoundHead, word.compoundHead));
    }
    if (this.options.gazetteer) {
      push(mixHashes(Template.Gazetteer, word.gazetteer));
      // One feature per list as well, so a word on two lists still shares weights with words on one.
      for (let bits = word.gazetteer, bit = 0; bits !== 0; bits >>>= 1, bit++) {
        if ((bits & 1) === 0) continue;
        push(mixHashes(Template.GazetteerBit, bit));
        push(mixHashes(Template.GazetteerBitShape, mixHashes(bit, word.shortShape)));
      }
      push(mixHashes(Template.PreviousGazetteer, previous ? previous.gazetteer : 0xffff));
      push(mixHashes(Template.NextGazetteer, next ? next.gazetteer : 0xffff));
    }
    if (this.options.clusters) {
      for (let level = 0; level < word.clusterPrefixes.length; level++) push(mixHashes(Template.Cluster, word.clusterPrefixes[level]));
      push(mixHashes(Template.PreviousCluster, previous ? previous.clusterPrefixes[1] : sentenceBoundary));
      push(mixHashes(Template.NextCluster, next ? next.clusterPrefixes[1] : sentenceBoundary));
    }
  }

  private wordInfo(word: string): WordInfo {
    const cached = this.cache.get(word);
    if (cached) return cached;
    // A bounded cache: long batch runs see an open vocabulary.
    if (this.cache.size > 200_000) this.cache.clear();
    const info = describeWord(word, this.resources);
    this.cache.set(word, info);
    return info;
  }
}

function describeWord(word: string, resources: FeatureResources): WordInfo {
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
  return {
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
