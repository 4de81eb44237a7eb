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
  /**
   * Gazetteer look-ups on the parts of derived and compound words: the stem of `Berliner` or
   * `israelischen` (deriv classes), the name in front of `Deutschlandreise` and after the hyphen of
   * `deutsch-französischen` (part classes). Absent in models trained before it existed.
   */
  derivation?: boolean;
  /** Neighbour clusters at a coarse and a fine level, and the shape and list bits of words two away. */
  wideContext?: boolean;
  /** Prefixes and suffixes up to this many letters (4 when absent). */
  affixLength?: number;
}

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
  /** Gazetteer bits of the stem of a derived word (`Berliner` → `berlin`), 0 when none is known. */
  derivedStemGazetteer: number;
  /** Gazetteer bits of a known name in front of a compound (`Deutschlandreise` → `deutschland`), and whether the rest is a known noun. */
  compoundModifierGazetteer: number;
  compoundRestIsNoun: boolean;
  /** Gazetteer bits of the part after the last hyphen (`deutsch-französischen`). */
  hyphenLastGazetteer: number;
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
  DerivedStemBit,
  CompoundModifierBit,
  HyphenLastGazetteerBit,
  PreviousClusterCoarse,
  NextClusterCoarse,
  PreviousClusterFine,
  NextClusterFine,
  SecondPreviousGazetteer,
  SecondNextGazetteer,
  SecondPreviousShortShape,
  SecondNextShortShape,
}

const clusterPrefixLengths = [3, 6, 9, 12];
const sentenceBoundary = hashText(0x5eed, '<boundary>');

/**
 * A sentence split by what each feature depends on. Most features depend on one word only, in one
 * of five roles: the token itself, or the word seen as left neighbour, right neighbour, second left
 * or second right neighbour. Those are computed once per distinct word, and a tagger can cache their
 * weight sums per word and role. Only the few features that combine two words, or a word and its
 * position, are computed per token.
 */
export interface SplitSentenceFeatures {
  words: readonly WordFeatures[];
  /** Stands in for the missing neighbours before the first and after the last token. */
  boundary: WordFeatures;
  /** Token i has the pair features `pairHashes[pairOffsets[i] .. pairOffsets[i + 1])`. */
  pairOffsets: Int32Array;
  pairHashes: Uint32Array;
}

/** The roles a word's single-word features are grouped by. */
export const enum WordRole {
  Self = 0,
  Previous = 1,
  Next = 2,
  SecondPrevious = 3,
  SecondNext = 4,
}
export const wordRoleCount = 5;

/** The per-word part: feature hashes per role, plus slots a tagger may use to cache their score sums. */
export interface WordFeatures {
  readonly roleHashes: readonly Uint32Array[];
  readonly roleScores: (Float32Array | undefined)[];
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();
  private readonly boundary: WordFeatures;
  private buffer = new Uint32Array(4096);
  private length = 0;

  constructor(
    private readonly options: FeatureOptions,
    private readonly resources: FeatureResources,
  ) {
    this.boundary = { roleHashes: boundaryRoleHashes(options), roleScores: new Array(wordRoleCount).fill(undefined) };
  }

  /** All features of a sentence in one list per token (for training); the same multiset the split form sums. */
  extract(words: readonly string[]): SentenceFeatures {
    const split = this.extractSplit(words);
    const count = words.length;
    const parts = (index: number): Uint32Array[] => {
      const word = (offset: number) => {
        const position = index + offset;
        return position >= 0 && position < count ? split.words[position] : split.boundary;
      };
      return [
        split.words[index].roleHashes[WordRole.Self],
        word(-1).roleHashes[WordRole.Previous],
        word(1).roleHashes[WordRole.Next],
        word(-2).roleHashes[WordRole.SecondPrevious],
        word(2).roleHashes[WordRole.SecondNext],
        split.pairHashes.subarray(split.pairOffsets[index], split.pairOffsets[index + 1]),
      ];
    };
    const perToken = Array.from({ length: count }, (_, index) => parts(index));
    const offsets = new Int32Array(count + 1);
    for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index] + perToken[index].reduce((sum, part) => sum + part.length, 0);
    const hashes = new Uint32Array(offsets[count]);
    perToken.forEach((tokenParts, index) => {
      let position = offsets[index];
      for (const part of tokenParts) {
        hashes.set(part, position);
        position += part.length;
      }
    });
    return { offsets, hashes };
  }

  /** Features split by dependency; the pair hashes are a view that the next call overwrites. */
  extractSplit(words: readonly string[]): SplitSentenceFeatures {
    const infos: WordInfo[] = new Array(words.length);
    for (let index = 0; index < words.length; index++) infos[index] = this.wordInfo(words[index]);
    const pairOffsets = new Int32Array(words.length + 1);
    this.length = 0;
    // Titles of works and events (OTH) are often quoted: track whether a quotation is open.
    let quotesSeen = 0;
    for (let index = 0; index < infos.length; index++) {
      pairOffsets[index] = this.length;
      this.pairFeatures(infos, index);
      if (infos[index].isQuote) quotesSeen++;
      else if (quotesSeen % 2 === 1) this.push(mixHashes(Template.InsideQuotes, infos[index].shortShape));
    }
    pairOffsets[infos.length] = this.length;
    return { words: infos, boundary: this.boundary, pairOffsets, pairHashes: this.buffer.subarray(0, this.length) };
  }

  private push(hash: number): void {
    if (this.length === this.buffer.length) {
      const larger = new Uint32Array(this.buffer.length * 2);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.length++] = hash;
  }

  /** Features that combine a word with a neighbour or with its position. */
  private pairFeatures(infos: readonly WordInfo[], index: number): void {
    const count = infos.length;
    const word = infos[index];
    // Explicit bounds: reading past an array's ends is a slow path in V8.
    const previousLower = index >= 1 ? infos[index - 1].lower : sentenceBoundary;
    const nextLower = index + 1 < count ? infos[index + 1].lower : sentenceBoundary;
    const atStart = index === 0 ? 1 : 0;
    this.push(mixHashes(Template.PreviousBigram, mixHashes(previousLower, word.lower)));
    this.push(mixHashes(Template.NextBigram, mixHashes(word.lower, nextLower)));
    this.push(mixHashes(Template.SentenceStartShape, mixHashes(atStart, word.shortShape)));
    if (this.options.commonNouns) {
      this.push(mixHashes(Template.SentenceStartCommonNoun, (atStart << 4) | (word.capitalised ? 2 : 0) | word.commonNoun));
    }
  }

  private wordInfo(word: string): WordInfo {
    const cached = this.cache.get(word);
    if (cached) return cached;
    // A bounded cache: long batch runs see an open vocabulary. Each entry holds per-role score vectors (a
    // few kilobytes), so the bound is what keeps a worker's memory flat (40,000 words: about 130 MB of heap).
    if (this.cache.size > 40_000) this.cache.clear();
    const info = describeWord(word, this.resources, this.options);
    this.cache.set(word, info);
    return info;
  }
}

/** What a word contributes to its neighbours' features, by role. */
function neighbourFeatures(word: NeighbourView, options: FeatureOptions): Uint32Array[] {
  const previous = [
    mixHashes(Template.PreviousLower, word.lower),
    mixHashes(Template.PreviousShortShape, word.shortShape),
    mixHashes(Template.PreviousSuffix, word.contextSuffix),
  ];
  const next = [
    mixHashes(Template.NextLower, word.lower),
    mixHashes(Template.NextShortShape, word.shortShape),
    mixHashes(Template.NextSuffix, word.contextSuffix),
  ];
  if (options.commonNouns) {
    previous.push(mixHashes(Template.PreviousCommonNoun, word.commonNoun));
    next.push(mixHashes(Template.NextCommonNoun, word.commonNoun));
  }
  if (options.gazetteer) {
    previous.push(mixHashes(Template.PreviousGazetteer, word.gazetteer));
    next.push(mixHashes(Template.NextGazetteer, word.gazetteer));
  }
  if (options.clusters) {
    previous.push(mixHashes(Template.PreviousCluster, word.cluster));
    next.push(mixHashes(Template.NextCluster, word.cluster));
  }
  const secondPrevious = [mixHashes(Template.SecondPreviousLower, word.lower)];
  const secondNext = [mixHashes(Template.SecondNextLower, word.lower)];
  if (options.wideContext) {
    secondPrevious.push(mixHashes(Template.SecondPreviousShortShape, word.shortShape));
    secondNext.push(mixHashes(Template.SecondNextShortShape, word.shortShape));
    if (options.gazetteer) {
      secondPrevious.push(mixHashes(Template.SecondPreviousGazetteer, word.gazetteer));
      secondNext.push(mixHashes(Template.SecondNextGazetteer, word.gazetteer));
    }
    if (options.clusters) {
      previous.push(mixHashes(Template.PreviousClusterCoarse, word.clusterCoarse), mixHashes(Template.PreviousClusterFine, word.clusterFine));
      next.push(mixHashes(Template.NextClusterCoarse, word.clusterCoarse), mixHashes(Template.NextClusterFine, word.clusterFine));
    }
  }
  return [Uint32Array.from(previous), Uint32Array.from(next), Uint32Array.from(secondPrevious), Uint32Array.from(secondNext)];
}

interface NeighbourView {
  lower: number;
  shortShape: number;
  contextSuffix: number;
  commonNoun: number;
  gazetteer: number;
  /** The 6-bit cluster prefix hash. */
  cluster: number;
  /** The 3-bit and 9-bit cluster prefix hashes. */
  clusterCoarse: number;
  clusterFine: number;
}

/** The sentence boundary as a neighbour: fixed values no real word produces. */
function boundaryRoleHashes(options: FeatureOptions): Uint32Array[] {
  const view: NeighbourView = {
    lower: sentenceBoundary,
    shortShape: sentenceBoundary,
    contextSuffix: sentenceBoundary,
    commonNoun: 2,
    gazetteer: 0xffff,
    cluster: sentenceBoundary,
    clusterCoarse: sentenceBoundary,
    clusterFine: sentenceBoundary,
  };
  return [new Uint32Array(0), ...neighbourFeatures(view, options)];
}

/** The features a word has wherever it stands. */
function ownFeatures(word: Omit<WordInfo, 'roleHashes' | 'roleScores'>, options: FeatureOptions): Uint32Array {
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
  if (options.derivation && options.gazetteer) {
    forEachBit(word.derivedStemGazetteer, (bit) => push(mixHashes(Template.DerivedStemBit, mixHashes(bit, word.capitalised ? 1 : 0))));
    const restKind = word.compoundRestIsNoun ? 1 : 0;
    forEachBit(word.compoundModifierGazetteer, (bit) => push(mixHashes(Template.CompoundModifierBit, mixHashes(bit, restKind))));
    forEachBit(word.hyphenLastGazetteer, (bit) => push(mixHashes(Template.HyphenLastGazetteerBit, bit)));
  }
  return Uint32Array.from(hashes);
}

function describeWord(word: string, resources: FeatureResources, options: FeatureOptions): WordInfo {
  const lower = word.toLowerCase();
  const prefixes: number[] = [];
  const suffixes: number[] = [];
  const affixLength = options.affixLength ?? 4;
  for (let length = 1; length <= affixLength && length < lower.length; length++) {
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
    ...(options.derivation ? derivationParts(word, lower, resources) : noDerivationParts),
  };
  const neighbour = neighbourFeatures({ ...info, cluster: clusterPrefixes[1], clusterCoarse: clusterPrefixes[0], clusterFine: clusterPrefixes[2] }, options);
  return { ...info, roleHashes: [ownFeatures(info, options), ...neighbour], roleScores: new Array(wordRoleCount).fill(undefined) };
}

const noDerivationParts = { derivedStemGazetteer: 0, compoundModifierGazetteer: 0, compoundRestIsNoun: false, hyphenLastGazetteer: 0 };

/**
 * Derivational endings that turn a place or person name into an inhabitant noun or adjective
 * (`Berlin` → `Berliner`, `Israel` → `israelischen`), longest first, each with the stem endings to
 * try when restoring the name (`Bremen` → `Bremer`, `Europa` → `europäisch` is left to the lexicon).
 */
const derivationalEndings = ['ischen', 'ischem', 'ischer', 'isches', 'ische', 'isch', 'erinnen', 'erin', 'ern', 'er', 'sche', 'schen'];
const restoredStemEndings = ['', 'en', 'e', 'a'];
/** Shortest name in front of a compound worth looking up: shorter fronts match by chance. */
const minimumCompoundModifier = 4;
const minimumCompoundRest = 3;

function derivationParts(word: string, lower: string, resources: FeatureResources): typeof noDerivationParts {
  const gazetteer = resources.gazetteer;
  if (!gazetteer) return noDerivationParts;
  let derivedStemGazetteer = 0;
  for (const ending of derivationalEndings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const restored of restoredStemEndings) derivedStemGazetteer |= gazetteer.get(stem + restored) ?? 0;
    if (derivedStemGazetteer !== 0) break;
  }
  let compoundModifierGazetteer = 0;
  let compoundRestIsNoun = false;
  const hyphen = word.indexOf('-');
  if (hyphen < 0) {
    // The longest known name in front: `Deutschlandreise` → `deutschland`, with or without the linking `s`.
    for (let split = lower.length - minimumCompoundRest; split >= minimumCompoundModifier; split--) {
      const front = lower.slice(0, split);
      const bits = gazetteer.get(front) ?? (front.endsWith('s') ? gazetteer.get(front.slice(0, -1)) : undefined) ?? 0;
      if (bits === 0) continue;
      compoundModifierGazetteer = bits;
      compoundRestIsNoun = resources.commonNouns?.has(word.slice(split)) ?? false;
      break;
    }
  }
  const lastHyphen = word.lastIndexOf('-');
  const hyphenLastGazetteer = lastHyphen > 0 && lastHyphen < word.length - 1 ? (gazetteer.get(lower.slice(lastHyphen + 1)) ?? 0) : 0;
  return { derivedStemGazetteer, compoundModifierGazetteer, compoundRestIsNoun, hyphenLastGazetteer };
}

function forEachBit(bits: number, visit: (bit: number) => void): void {
  for (let remaining = bits, bit = 0; remaining !== 0; remaining >>>= 1, bit++) if ((remaining & 1) !== 0) visit(bit);
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
