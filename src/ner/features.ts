/**
 * Feature extraction for the tagger. Each token gets a list of 32-bit feature hashes; the model maps
 * a hash to a row of its weight table. German-specific signals: every noun is capitalised, so a
 * capitalised word that the common-noun lexicon knows is probably not a name; names of places turn
 * into lower-case adjectives (`tschechische`, LOCderiv) and into compound parts (`Troia-Ausstellung`,
 * LOCpart), so suffixes and the parts around hyphens matter.
 */
import { finishText, hashText, mixHashes, seededStart } from './hashing.ts';
import { fnvStart, fnvStep } from '../text/fnv.ts';
import { hashRange, PresenceFilter } from '../text/presence-filter.ts';
import { nameTypeMask, nameTypeOf } from './name-type-nouns.ts';

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
  /**
   * The name-type nouns (`name-type-nouns.ts`) of the two words to the left: "die Band …", "der Vulkan …".
   * Their bits live in the gazetteer. Absent in models trained before it existed.
   */
  nameTypes?: boolean;
}

/** A read-only word → number table: a Map when training, a flat `StringTable` in the shipped tagger. */
export interface NameTable {
  get(word: string): number | undefined;
  keys(): Iterable<string>;
  readonly size: number;
}

export interface FeatureResources {
  commonNouns?: WordLexicon;
  /** Lower-cased word → bit set of the classes and positions it was seen with in name lists (see `gazetteer.ts`). */
  gazetteer?: NameTable;
  /** Word → cluster bit string ("0110…"); prefixes of it are used as coarser clusters. */
  clusters?: ReadonlyMap<string, string>;
}

export interface SentenceFeatures {
  /** Token i has the features `hashes[offsets[i] .. offsets[i + 1])`. */
  offsets: Int32Array;
  hashes: Uint32Array;
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
  PreviousNameType,
  SecondPreviousNameType,
}

const clusterPrefixLengths = [3, 6, 9, 12];
const sentenceBoundary = hashText(0x5eed, '<boundary>');

/** The roles a word's single-word features are grouped by. */
export const enum WordRole {
  Self = 0,
  Previous = 1,
  Next = 2,
  SecondPrevious = 3,
  SecondNext = 4,
}
export const wordRoleCount = 5;

/**
 * Everything the features of one word form are built from, computed once per distinct word. A class
 * with every field set in one place, so V8 gives all words one hidden class: the hot loops read these
 * fields for every token.
 */
export class WordFacts {
  form = 0;
  lower = 0;
  /** The three-letter suffix (or the whole word when shorter), as seen from a neighbour. */
  contextSuffix = 0;
  prefixes: number[] = [];
  suffixes: number[] = [];
  shape = 0;
  shortShape = 0;
  capitalised = false;
  commonNoun = 0;
  gazetteer = 0;
  /** Hashes of the cluster bit string cut at each of `clusterPrefixLengths` (0 when the word has no cluster). */
  clusterPrefixes: number[] = [];
  hasHyphen = false;
  hyphenFirst = 0;
  hyphenLast = 0;
  hyphenLastCommonNoun = 0;
  /** Hash of the lower-cased compound head, 0 when the word is no compound of a known noun. */
  compoundHead = 0;
  /** For `Troia-Ausstellung`: what the lists and clusters know of `Troia`. */
  hyphenFirstGazetteer = 0;
  hyphenFirstCluster = 0;
  hyphenFirstCommonNoun = 0;
  isQuote = false;
  /** Gazetteer bits of the stem of a derived word (`Berliner` → `berlin`), 0 when none is known. */
  derivedStemGazetteer = 0;
  /** Gazetteer bits of a known name in front of a compound (`Deutschlandreise` → `deutschland`), and whether the rest is a known noun. */
  compoundModifierGazetteer = 0;
  compoundRestIsNoun = false;
  /** Gazetteer bits of the part after the last hyphen (`deutsch-französischen`). */
  hyphenLastGazetteer = 0;
  /** The kinds of name this word announces for its right neighbours (`nameTypeBits`), 0 for most words. */
  nameType = 0;
}

/** What the pair features read of a word (a `WordFacts` has it; the tagger's cache keeps only this). */
export interface PairFacts {
  readonly lower: number;
  readonly shortShape: number;
  readonly capitalised: boolean;
  readonly commonNoun: number;
}

/** A growable list of feature hashes, reused between words and sentences so extraction allocates little. */
export class HashList {
  data = new Uint32Array(256);
  length = 0;
  push(hash: number): void {
    if (this.length === this.data.length) {
      const larger = new Uint32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.length++] = hash;
  }
}

/**
 * A word's single-word features, grouped by role: the token itself, or the word seen as left
 * neighbour, right neighbour, second left or second right neighbour. Role r has the hashes
 * `hashes[roleStarts[r] .. roleStarts[r + 1])`.
 */
export interface WordFeatures {
  readonly facts: WordFacts;
  readonly hashes: Uint32Array;
  readonly roleStarts: Int32Array;
}

export class FeatureExtractor {
  private readonly cache = new Map<string, WordFeatures>();
  private readonly scratch = new HashList();
  private readonly roleStarts = new Int32Array(wordRoleCount + 1);
  private readonly boundaryFeatures: WordFeatures;

  constructor(
    private readonly options: FeatureOptions,
    private readonly resources: FeatureResources,
  ) {
    const list = new HashList();
    const roleStarts = new Int32Array(wordRoleCount + 1);
    const facts = writeBoundaryHashes(options, list, roleStarts);
    this.boundaryFeatures = { facts, hashes: list.data.slice(0, list.length), roleStarts };
  }

  /**
   * The facts of one word form (not cached: callers cache what they derive from them), in `reused` when
   * given: a caller that only derives hashes from the facts can keep one object for every word.
   */
  describe(word: string, reused?: WordFacts): WordFacts {
    return describeWord(word, this.resources, this.options, reused);
  }

  /**
   * Writes the word's single-word feature hashes into `list` (cleared first), role by role, and the
   * role boundaries into `roleStarts` (length `wordRoleCount + 1`).
   */
  writeWordHashes(facts: WordFacts, list: HashList, roleStarts: Int32Array): void {
    list.length = 0;
    writeWordHashes(facts, this.options, list, roleStarts);
  }

  /** The neighbour hashes that stand in for the missing words before the first and after the last token. */
  get boundary(): WordFeatures {
    return this.boundaryFeatures;
  }

  /**
   * The features that combine a word with a neighbour or with its position, appended to `list`:
   * neighbours' lower-case bigrams, the shape at the sentence start, and whether a quotation is open.
   */
  writePairHashes(previousLower: number, word: PairFacts, nextLower: number, atStart: boolean, insideQuotes: boolean, list: HashList): void {
    this.writeBigramHashes(previousLower, word.lower, nextLower, list);
    this.writePositionHashes(word.shortShape, word.capitalised, word.commonNoun, atStart, list);
    if (insideQuotes) this.writeQuoteHash(word.shortShape, list);
  }

  /** The word's lower-case form paired with each neighbour's. */
  writeBigramHashes(previousLower: number, lower: number, nextLower: number, list: HashList): void {
    list.push(mixHashes(Template.PreviousBigram, mixHashes(previousLower, lower)));
    list.push(mixHashes(Template.NextBigram, mixHashes(lower, nextLower)));
  }

  /** Shape and noun-lexicon bit paired with whether the word opens the sentence (where every word is capitalised). */
  writePositionHashes(shortShape: number, capitalised: boolean, commonNoun: number, atStart: boolean, list: HashList): void {
    const start = atStart ? 1 : 0;
    list.push(mixHashes(Template.SentenceStartShape, mixHashes(start, shortShape)));
    if (this.options.commonNouns) {
      list.push(mixHashes(Template.SentenceStartCommonNoun, (start << 4) | (capitalised ? 2 : 0) | commonNoun));
    }
  }

  /** Titles of works and events (OTH) are often quoted. */
  writeQuoteHash(shortShape: number, list: HashList): void {
    list.push(mixHashes(Template.InsideQuotes, shortShape));
  }

  /** All features of a sentence in one list per token (for training). */
  extract(words: readonly string[]): SentenceFeatures {
    const count = words.length;
    const features = words.map((word) => this.wordFeatures(word));
    const list = this.scratch;
    list.length = 0;
    const offsets = new Int32Array(count + 1);
    const copyRole = (word: WordFeatures, role: number) => {
      for (let index = word.roleStarts[role]; index < word.roleStarts[role + 1]; index++) list.push(word.hashes[index]);
    };
    const at = (position: number) => (position >= 0 && position < count ? features[position] : this.boundaryFeatures);
    const lowerAt = (position: number) => (position >= 0 && position < count ? features[position].facts.lower : sentenceBoundary);
    let quotesSeen = 0;
    for (let index = 0; index < count; index++) {
      offsets[index] = list.length;
      copyRole(features[index], WordRole.Self);
      copyRole(at(index - 1), WordRole.Previous);
      copyRole(at(index + 1), WordRole.Next);
      copyRole(at(index - 2), WordRole.SecondPrevious);
      copyRole(at(index + 2), WordRole.SecondNext);
      const facts = features[index].facts;
      if (facts.isQuote) quotesSeen++;
      this.writePairHashes(lowerAt(index - 1), facts, lowerAt(index + 1), index === 0, !facts.isQuote && quotesSeen % 2 === 1, list);
    }
    offsets[count] = list.length;
    return { offsets, hashes: list.data.slice(0, list.length) };
  }

  private wordFeatures(word: string): WordFeatures {
    const cached = this.cache.get(word);
    if (cached) return cached;
    // Bounded: a long run sees an open vocabulary.
    if (this.cache.size > 200_000) this.cache.clear();
    const facts = describeWord(word, this.resources, this.options);
    const list = this.scratch;
    list.length = 0;
    const roleStarts = new Int32Array(wordRoleCount + 1);
    writeWordHashes(facts, this.options, list, roleStarts);
    const features = { facts, hashes: list.data.slice(0, list.length), roleStarts };
    this.cache.set(word, features);
    return features;
  }
}

/** The sentence boundary as a neighbour: fixed values no real word produces. */
function writeBoundaryHashes(options: FeatureOptions, list: HashList, roleStarts: Int32Array): WordFacts {
  const boundary = new WordFacts();
  boundary.lower = sentenceBoundary;
  boundary.shortShape = sentenceBoundary;
  boundary.contextSuffix = sentenceBoundary;
  boundary.commonNoun = 2;
  boundary.gazetteer = 0xffff;
  boundary.clusterPrefixes = [sentenceBoundary, sentenceBoundary, sentenceBoundary, 0];
  roleStarts[WordRole.Self] = 0;
  writeNeighbourHashes(boundary, options, list, roleStarts);
  return boundary;
}

function writeWordHashes(word: WordFacts, options: FeatureOptions, list: HashList, roleStarts: Int32Array): void {
  roleStarts[WordRole.Self] = list.length;
  writeOwnHashes(word, options, list);
  writeNeighbourHashes(word, options, list, roleStarts);
}

/** The templates of one neighbour role (a template number of 0: the role has no such feature). */
interface NeighbourTemplates {
  role: WordRole;
  lower: Template;
  shortShape: Template;
  suffix: Template | 0;
  commonNoun: Template | 0;
  gazetteer: Template | 0;
  wideGazetteer: Template | 0;
  nameType: Template | 0;
  cluster: Template | 0;
  clusterCoarse: Template | 0;
  clusterFine: Template | 0;
}

/** Adjacent neighbours carry more of a word than the ones two away; `wideContext` adds to both. */
const neighbourRoles: readonly NeighbourTemplates[] = [
  { role: WordRole.Previous, lower: Template.PreviousLower, shortShape: Template.PreviousShortShape, suffix: Template.PreviousSuffix, commonNoun: Template.PreviousCommonNoun, gazetteer: Template.PreviousGazetteer, wideGazetteer: 0, nameType: Template.PreviousNameType, cluster: Template.PreviousCluster, clusterCoarse: Template.PreviousClusterCoarse, clusterFine: Template.PreviousClusterFine },
  { role: WordRole.Next, lower: Template.NextLower, shortShape: Template.NextShortShape, suffix: Template.NextSuffix, commonNoun: Template.NextCommonNoun, gazetteer: Template.NextGazetteer, wideGazetteer: 0, nameType: 0, cluster: Template.NextCluster, clusterCoarse: Template.NextClusterCoarse, clusterFine: Template.NextClusterFine },
  { role: WordRole.SecondPrevious, lower: Template.SecondPreviousLower, shortShape: Template.SecondPreviousShortShape, suffix: 0, commonNoun: 0, gazetteer: 0, wideGazetteer: Template.SecondPreviousGazetteer, nameType: Template.SecondPreviousNameType, cluster: 0, clusterCoarse: 0, clusterFine: 0 },
  { role: WordRole.SecondNext, lower: Template.SecondNextLower, shortShape: Template.SecondNextShortShape, suffix: 0, commonNoun: 0, gazetteer: 0, wideGazetteer: Template.SecondNextGazetteer, nameType: 0, cluster: 0, clusterCoarse: 0, clusterFine: 0 },
];

/** What a word contributes to its neighbours' features, by role (`roleStarts[1..5]` are set). */
function writeNeighbourHashes(word: WordFacts, options: FeatureOptions, list: HashList, roleStarts: Int32Array): void {
  const [clusterCoarse, cluster, clusterFine] = word.clusterPrefixes;
  for (const templates of neighbourRoles) {
    roleStarts[templates.role] = list.length;
    list.push(mixHashes(templates.lower, word.lower));
    const adjacent = templates.suffix !== 0;
    // Adjacent neighbours always show their shape; the ones two away only with wide context.
    if (adjacent || options.wideContext) list.push(mixHashes(templates.shortShape, word.shortShape));
    if (adjacent) list.push(mixHashes(templates.suffix, word.contextSuffix));
    if (templates.commonNoun !== 0 && options.commonNouns) list.push(mixHashes(templates.commonNoun, word.commonNoun));
    if (templates.gazetteer !== 0 && options.gazetteer) list.push(mixHashes(templates.gazetteer, word.gazetteer));
    if (templates.cluster !== 0 && options.clusters) list.push(mixHashes(templates.cluster, cluster));
    if (templates.nameType !== 0 && word.nameType !== 0) list.push(mixHashes(templates.nameType, word.nameType));
    if (options.wideContext) {
      if (templates.clusterCoarse !== 0 && options.clusters) {
        list.push(mixHashes(templates.clusterCoarse, clusterCoarse));
        list.push(mixHashes(templates.clusterFine, clusterFine));
      }
      if (templates.wideGazetteer !== 0 && options.gazetteer) list.push(mixHashes(templates.wideGazetteer, word.gazetteer));
    }
  }
  roleStarts[wordRoleCount] = list.length;
}

/** The features a word has wherever it stands. */
function writeOwnHashes(word: WordFacts, options: FeatureOptions, list: HashList): void {
  list.push(mixHashes(Template.Bias, 0));
  list.push(mixHashes(Template.Form, word.form));
  list.push(mixHashes(Template.Lower, word.lower));
  for (const prefix of word.prefixes) list.push(mixHashes(Template.Prefix, prefix));
  for (const suffix of word.suffixes) list.push(mixHashes(Template.Suffix, suffix));
  list.push(mixHashes(Template.Shape, word.shape));
  list.push(mixHashes(Template.ShortShape, word.shortShape));
  if (word.hasHyphen) {
    list.push(mixHashes(Template.HyphenFirst, word.hyphenFirst));
    list.push(mixHashes(Template.HyphenLast, word.hyphenLast));
    if (options.gazetteer) list.push(mixHashes(Template.HyphenFirstGazetteer, word.hyphenFirstGazetteer));
    if (options.clusters) list.push(mixHashes(Template.HyphenFirstCluster, word.hyphenFirstCluster));
    if (options.commonNouns) list.push(mixHashes(Template.HyphenFirstCommonNoun, word.hyphenFirstCommonNoun));
  }
  if (options.commonNouns) {
    list.push(mixHashes(Template.CommonNoun, word.commonNoun));
    list.push(mixHashes(Template.ShapeCommonNoun, mixHashes(word.shortShape, word.commonNoun)));
    if (word.hasHyphen) list.push(mixHashes(Template.HyphenLastCommonNoun, word.hyphenLastCommonNoun));
    list.push(mixHashes(Template.CompoundHeadKnown, mixHashes(word.compoundHead === 0 ? 0 : 1, word.shortShape)));
    if (word.compoundHead !== 0) list.push(mixHashes(Template.CompoundHead, word.compoundHead));
  }
  if (options.gazetteer) {
    list.push(mixHashes(Template.Gazetteer, word.gazetteer));
    // One feature per list as well, so a word on two lists still shares weights with words on one.
    for (let bits = word.gazetteer, bit = 0; bits !== 0; bits >>>= 1, bit++) {
      if ((bits & 1) === 0) continue;
      list.push(mixHashes(Template.GazetteerBit, bit));
      list.push(mixHashes(Template.GazetteerBitShape, mixHashes(bit, word.shortShape)));
    }
  }
  if (options.clusters) for (const prefix of word.clusterPrefixes) list.push(mixHashes(Template.Cluster, prefix));
  if (options.derivation && options.gazetteer) {
    const capitalised = word.capitalised ? 1 : 0;
    for (let bits = word.derivedStemGazetteer, bit = 0; bits !== 0; bits >>>= 1, bit++) {
      if ((bits & 1) !== 0) list.push(mixHashes(Template.DerivedStemBit, mixHashes(bit, capitalised)));
    }
    const restKind = word.compoundRestIsNoun ? 1 : 0;
    for (let bits = word.compoundModifierGazetteer, bit = 0; bits !== 0; bits >>>= 1, bit++) {
      if ((bits & 1) !== 0) list.push(mixHashes(Template.CompoundModifierBit, mixHashes(bit, restKind)));
    }
    for (let bits = word.hyphenLastGazetteer, bit = 0; bits !== 0; bits >>>= 1, bit++) {
      if ((bits & 1) !== 0) list.push(mixHashes(Template.HyphenLastGazetteerBit, bit));
    }
  }
}

/** Name-type nouns share the gazetteer's table but are no names: `Stadtrat` has no name in front. */
const namesOnly = ~nameTypeMask;

const quoteOnly = /^["„“”»«‚‘’']+$/;

function describeWord(word: string, resources: FeatureResources, options: FeatureOptions, facts = new WordFacts()): WordFacts {
  const lower = word.toLowerCase();
  const affixLength = options.affixLength ?? 4;
  facts.prefixes.length = 0;
  facts.suffixes.length = 0;
  for (let length = 1; length <= affixLength && length < lower.length; length++) {
    facts.prefixes.push(hashText(10 + length, lower, 0, length));
    facts.suffixes.push(hashText(20 + length, lower, lower.length - length));
  }
  facts.form = hashText(1, word);
  facts.lower = hashText(2, lower);
  facts.contextSuffix = facts.suffixes.length > 2 ? facts.suffixes[2] : facts.lower;
  writeShapeHashes(word, facts);
  facts.capitalised = startsWithUpperCaseLetter(word);
  const commonNouns = resources.commonNouns;
  const gazetteer = resources.gazetteer;
  facts.commonNoun = commonNouns?.has(word) ? 1 : 0;
  facts.gazetteer = gazetteer?.get(lower) ?? 0;
  writeClusterPrefixHashes(resources, word, lower, facts.clusterPrefixes);
  const hyphen = word.indexOf('-', 1);
  const hasHyphen = hyphen > 0 && hyphen < word.length - 1;
  facts.hasHyphen = hasHyphen;
  facts.hyphenFirst = 0;
  facts.hyphenLast = 0;
  facts.hyphenLastCommonNoun = 0;
  facts.hyphenFirstGazetteer = 0;
  facts.hyphenFirstCluster = 0;
  facts.hyphenFirstCommonNoun = 0;
  if (hasHyphen) {
    const lastHyphen = word.lastIndexOf('-');
    const firstPart = word.slice(0, hyphen);
    facts.hyphenFirst = hashText(5, lower, 0, hyphen);
    facts.hyphenLast = hashText(6, lower, lastHyphen + 1);
    facts.hyphenLastCommonNoun = commonNouns?.has(word.slice(lastHyphen + 1)) ? 1 : 0;
    facts.hyphenFirstGazetteer = (gazetteer?.get(lower.slice(0, hyphen)) ?? 0) & namesOnly;
    const firstPartCluster = clusterOf(resources, firstPart, firstPart.toLowerCase());
    facts.hyphenFirstCluster = firstPartCluster ? clusterPrefixHash(firstPartCluster, 1) : 0;
    facts.hyphenFirstCommonNoun = commonNouns?.has(firstPart) ? 1 : 0;
  }
  // The compound head serves two features: computed once.
  const head = facts.capitalised ? commonNouns?.compoundHead?.(word) : undefined;
  facts.compoundHead = head ? hashText(7, head.toLowerCase()) : 0;
  facts.isQuote = quoteOnly.test(word);
  facts.derivedStemGazetteer = 0;
  facts.compoundModifierGazetteer = 0;
  facts.compoundRestIsNoun = false;
  facts.hyphenLastGazetteer = 0;
  if (options.derivation) writeDerivationParts(word, lower, resources, facts);
  facts.nameType = options.nameTypes && gazetteer && facts.capitalised ? nameTypeOf(word, gazetteer, head) : 0;
  return facts;
}

/**
 * The hashes of the word's shape (`wordShape`) and of its collapsed form (`collapseShape`), stepped along
 * one character at a time instead of building either string: equal to `hashText(3, wordShape(word))` and
 * `hashText(4, collapseShape(wordShape(word)))`.
 */
function writeShapeHashes(word: string, facts: WordFacts): void {
  let shape = seededStart(3);
  let short = seededStart(4);
  let previousSymbol = -1;
  let run = 0;
  let lastShortUnit = -1;
  for (let index = 0; index < word.length; ) {
    const codePoint = word.codePointAt(index)!;
    index += codePoint > 0xffff ? 2 : 1;
    const symbol = shapeSymbol(codePoint);
    run = symbol === previousSymbol ? run + 1 : 1;
    previousSymbol = symbol;
    if (run > 3) continue;
    if (symbol > 0xffff) {
      // A symbol of two code units: both go into either hash; the collapsed shape never merges it.
      const high = 0xd800 + ((symbol - 0x10000) >> 10);
      const low = 0xdc00 + ((symbol - 0x10000) & 0x3ff);
      shape = fnvStep(fnvStep(shape, high), low);
      short = fnvStep(fnvStep(short, high), low);
      lastShortUnit = low;
    } else {
      shape = fnvStep(shape, symbol);
      if (symbol !== lastShortUnit) {
        short = fnvStep(short, symbol);
        lastShortUnit = symbol;
      }
    }
  }
  facts.shape = finishText(shape);
  facts.shortShape = finishText(short);
}

const shapeSymbols = new Map<number, number>();

/** The code point a character stands for in a shape: `d` for a digit, `X` / `x` for a letter by case, else itself. */
function shapeSymbol(codePoint: number): number {
  if (codePoint < 128) {
    if (codePoint >= 48 && codePoint <= 57) return 100;
    if (codePoint >= 65 && codePoint <= 90) return 88;
    if (codePoint >= 97 && codePoint <= 122) return 120;
    return codePoint;
  }
  let symbol = shapeSymbols.get(codePoint);
  if (symbol === undefined) {
    const character = String.fromCodePoint(codePoint);
    symbol = character !== character.toLowerCase() ? 88 : character !== character.toUpperCase() ? 120 : codePoint;
    shapeSymbols.set(codePoint, symbol);
  }
  return symbol;
}

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

interface GazetteerIndex {
  /** The first three letters of every entry of three letters or more. */
  frontsOfThree: Set<string>;
  longestKey: number;
  /** Every entry, for trying the fronts of a compound by running hash before cutting any out. */
  entries: PresenceFilter;
}

const gazetteerIndexes = new WeakMap<NameTable, GazetteerIndex>();

function gazetteerIndex(gazetteer: NameTable): GazetteerIndex {
  let index = gazetteerIndexes.get(gazetteer);
  if (!index) {
    index = { frontsOfThree: new Set(), longestKey: 0, entries: PresenceFilter.sizedFor(gazetteer.size) };
    for (const key of gazetteer.keys()) {
      if (key.length >= 3) index.frontsOfThree.add(key.slice(0, 3));
      index.longestKey = Math.max(index.longestKey, key.length);
      index.entries.add(hashRange(key));
    }
    gazetteerIndexes.set(gazetteer, index);
  }
  return index;
}

/** Sets the derivation facts (`derivedStemGazetteer` … `hyphenLastGazetteer`); they are 0 without a gazetteer. */
function writeDerivationParts(word: string, lower: string, resources: FeatureResources, facts: WordFacts): void {
  const gazetteer = resources.gazetteer;
  if (!gazetteer) return;
  let derivedStemGazetteer = 0;
  const index = gazetteerIndex(gazetteer);
  for (const ending of derivationalEndings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stemLength = lower.length - ending.length;
    const stemHash = hashRange(lower, 0, stemLength);
    for (const restored of restoredStemEndings) {
      // Most stems are no name: the filter says so before the name is built.
      if (!index.entries.mayContain(hashRange(restored, 0, restored.length, stemHash))) continue;
      derivedStemGazetteer |= (gazetteer.get(lower.slice(0, stemLength) + restored) ?? 0) & namesOnly;
    }
    if (derivedStemGazetteer !== 0) break;
  }
  let compoundModifierGazetteer = 0;
  let compoundRestIsNoun = false;
  const hyphen = word.indexOf('-');
  // Most words start with three letters no list entry starts with: then no front can be a name.
  if (hyphen < 0 && index.frontsOfThree.has(lower.slice(0, 3))) {
    // The longest known name in front: `Deutschlandreise` → `deutschland`, with or without the linking `s`.
    const firstSplit = Math.min(lower.length - minimumCompoundRest, index.longestKey + 1);
    const frontHashes = prefixHashes(lower, firstSplit);
    for (let split = firstSplit; split >= minimumCompoundModifier; split--) {
      const maybeName = index.entries.mayContain(frontHashes[split]) || (lower.charCodeAt(split - 1) === 115 /* s */ && index.entries.mayContain(frontHashes[split - 1]));
      if (!maybeName) continue;
      const front = lower.slice(0, split);
      const bits = (gazetteer.get(front) ?? (front.endsWith('s') ? gazetteer.get(front.slice(0, -1)) : undefined) ?? 0) & namesOnly;
      if (bits === 0) continue;
      compoundModifierGazetteer = bits;
      compoundRestIsNoun = resources.commonNouns?.has(word.slice(split)) ?? false;
      break;
    }
  }
  const lastHyphen = word.lastIndexOf('-');
  const hyphenLastGazetteer = lastHyphen > 0 && lastHyphen < word.length - 1 ? (gazetteer.get(lower.slice(lastHyphen + 1)) ?? 0) & namesOnly : 0;
  facts.derivedStemGazetteer = derivedStemGazetteer;
  facts.compoundModifierGazetteer = compoundModifierGazetteer;
  facts.compoundRestIsNoun = compoundRestIsNoun;
  facts.hyphenLastGazetteer = hyphenLastGazetteer;
}

let prefixScratch = new Int32Array(64);

/** `result[k]` is the running hash of `text[0, k)` for k up to `last` (a shared scratch array). */
function prefixHashes(text: string, last: number): Int32Array {
  if (prefixScratch.length <= last) prefixScratch = new Int32Array(last * 2 + 1);
  let hash = fnvStart;
  prefixScratch[0] = hash;
  for (let index = 0; index < last; index++) prefixScratch[index + 1] = hash = fnvStep(hash, text.charCodeAt(index));
  return prefixScratch;
}

/** Writes the hashes of the word's cluster bit string cut at each prefix length (all 0 when the word has no cluster). */
function writeClusterPrefixHashes(resources: FeatureResources, word: string, lower: string, into: number[]): void {
  const cluster = clusterOf(resources, word, lower);
  for (let level = 0; level < clusterPrefixLengths.length; level++) into[level] = cluster ? clusterPrefixHash(cluster, level) : 0;
}

function clusterOf(resources: FeatureResources, word: string, lower: string): string | undefined {
  const clusters = resources.clusters;
  return clusters?.get(word) ?? clusters?.get(lower);
}

/** The hash of a cluster bit string cut at `clusterPrefixLengths[level]`. */
function clusterPrefixHash(cluster: string, level: number): number {
  const length = clusterPrefixLengths[level];
  return hashText(30 + length, cluster, 0, Math.min(length, cluster.length));
}


/** Whether the first character is an upper-case letter (a plain test for ASCII; case mapping otherwise). */
function startsWithUpperCaseLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const character = word.charAt(0);
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
