/**
 * What a word looks like, letter by letter: a person's name (`Pischetsrieder`), a place (`Kratie`),
 * an organisation (`Telekom`) or a common noun (`Heimweh`). The tagger's own affix features learn this
 * from a few thousand training sentences; here it is learnt from the name lists and the common-noun
 * lexicon, hundreds of thousands of words, so a name nobody annotated still gets a hint of its class.
 *
 * A multinomial naive Bayes over the lower-cased word's letter n-grams (2 to 5, with `^` and `$` at the
 * edges), hashed into a fixed number of buckets per class. The table of quantised log-probabilities is
 * stored in the model, so tagging needs no lists.
 */
import { hashText } from './hashing.ts';

export const charClassNames = ['PER', 'LOC', 'ORG', 'NOUN'] as const;
export type CharClass = (typeof charClassNames)[number];

export interface CharClassOptions {
  bucketBits: number;
  minimumOrder: number;
  maximumOrder: number;
  /** Additive smoothing of every bucket's count. */
  smoothing: number;
}

export const defaultCharClassOptions: CharClassOptions = { bucketBits: 17, minimumOrder: 2, maximumOrder: 5, smoothing: 0.5 };

/** Log-probabilities are stored as int16 in steps of this size. */
const quantum = 1 / 1024;

/** A trained letter model: `logProbabilities[class · buckets + bucket]` in steps of `quantum`. */
export interface CharClassModel {
  options: CharClassOptions;
  logProbabilities: Int16Array;
}

/** Trains on word lists per class (duplicates within a class count once). */
export function trainCharClasses(wordsByClass: ReadonlyMap<CharClass, Iterable<string>>, options: CharClassOptions = defaultCharClassOptions): CharClassModel {
  const buckets = 2 ** options.bucketBits;
  const logProbabilities = new Int16Array(charClassNames.length * buckets);
  charClassNames.forEach((name, classIndex) => {
    const counts = new Float64Array(buckets);
    let total = 0;
    for (const word of new Set(wordsByClass.get(name) ?? [])) {
      forEachNgramBucket(word.toLowerCase(), options, (bucket) => {
        counts[bucket]++;
        total++;
      });
    }
    const denominator = Math.log(total + options.smoothing * buckets);
    for (let bucket = 0; bucket < buckets; bucket++) {
      const logProbability = Math.log(counts[bucket] + options.smoothing) - denominator;
      logProbabilities[classIndex * buckets + bucket] = Math.max(-32768, Math.round(logProbability / quantum));
    }
  });
  return { options, logProbabilities };
}

/**
 * Mean log-probability per n-gram of the word under each class, in `charClassNames` order, written into
 * `into` (length 4). Words shorter than two letters get zeros.
 */
export function scoreCharClasses(model: CharClassModel, lower: string, into: Float64Array): void {
  into.fill(0);
  const buckets = 2 ** model.options.bucketBits;
  let grams = 0;
  const table = model.logProbabilities;
  forEachNgramBucket(lower, model.options, (bucket) => {
    grams++;
    for (let classIndex = 0; classIndex < charClassNames.length; classIndex++) into[classIndex] += table[classIndex * buckets + bucket];
  });
  if (grams === 0) return;
  for (let classIndex = 0; classIndex < charClassNames.length; classIndex++) into[classIndex] *= quantum / grams;
}

function forEachNgramBucket(lower: string, options: CharClassOptions, visit: (bucket: number) => void): void {
  if (lower.length < 2) return;
  const padded = `^${lower}$`;
  const mask = 2 ** options.bucketBits - 1;
  for (let order = options.minimumOrder; order <= options.maximumOrder; order++) {
    for (let start = 0; start + order <= padded.length; start++) visit(hashText(40 + order, padded, start, start + order) & mask);
  }
}

export function encodeCharClassModel(model: CharClassModel): string {
  return `${JSON.stringify(model.options)}\n${Buffer.from(model.logProbabilities.buffer, model.logProbabilities.byteOffset, model.logProbabilities.byteLength).toString('base64')}`;
}

export function decodeCharClassModel(text: string): CharClassModel {
  const newline = text.indexOf('\n');
  const options = JSON.parse(text.slice(0, newline)) as CharClassOptions;
  const bytes = Buffer.from(text.slice(newline + 1), 'base64');
  const logProbabilities = new Int16Array(bytes.byteLength / 2);
  for (let index = 0; index < logProbabilities.length; index++) logProbabilities[index] = bytes.readInt16LE(index * 2);
  return { options, logProbabilities };
}
