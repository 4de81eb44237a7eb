/**
 * Features of a second-stage tagger built on a first-stage tagger's output (stacking, after Krishnan &
 * Manning 2006). The first stage sees a window of five words; its tags on the neighbours, and what it
 * said about the same word form elsewhere in the same batch of text (an article, or the sentences
 * tagged together), let the second stage fix chunks that disagree with their context.
 *
 * The second stage must be trained on first-stage tags that are as wrong as they will be on new text,
 * so in training they come from first-stage models that did not see the sentence (`experiment.ts`).
 */
import type { SentenceFeatures } from './features.ts';
import { hashText, mixHashes } from './hashing.ts';

// Template numbers of the stacked features: far from the word features' numbers, and only ever append.
const enum StackTemplate {
  Tag = 0x5a000,
  PreviousTag,
  NextTag,
  TagWindow,
  BatchMajority,
  BatchMajorityWithOwn,
}

const outsideClass = 'O';
const sentenceEdge = '<edge>';

/** `B-LOC` → `LOC`, `O` → `O`. */
export function tagClass(tag: string): string {
  return tag === 'O' ? outsideClass : tag.slice(2);
}

/**
 * For every word form of a batch, how often the first stage gave each class to it (`O` included).
 * Read by `batchMajority`; built once per batch.
 */
export type BatchLabelMemory = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function buildBatchLabelMemory(sentences: readonly (readonly string[])[], firstStageTags: readonly (readonly string[])[]): BatchLabelMemory {
  const memory = new Map<string, Map<string, number>>();
  sentences.forEach((words, sentence) => {
    words.forEach((word, token) => {
      let counts = memory.get(word);
      if (!counts) memory.set(word, (counts = new Map()));
      const entityClass = tagClass(firstStageTags[sentence][token]);
      counts.set(entityClass, (counts.get(entityClass) ?? 0) + 1);
    });
  });
  return memory;
}

/**
 * The class the first stage gave most often to the other occurrences of `word` in the batch (this one
 * left out, so a word seen once says nothing), and whether they all agreed; undefined when none.
 */
export function batchMajority(memory: BatchLabelMemory, word: string, ownClass: string): { entityClass: string; unanimous: boolean } | undefined {
  const counts = memory.get(word);
  if (!counts) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  let total = 0;
  for (const [entityClass, stored] of counts) {
    const count = entityClass === ownClass ? stored - 1 : stored;
    total += count;
    // Ties go to the name class: a name tagged O elsewhere is more often a miss than the reverse.
    if (count > bestCount || (count === bestCount && count > 0 && best === outsideClass)) {
      best = entityClass;
      bestCount = count;
    }
  }
  return best === undefined || total === 0 ? undefined : { entityClass: best, unanimous: bestCount === total };
}

/** The stacked feature hashes of one sentence, one list per token, in the layout the scorers read. */
export function stackedFeatures(words: readonly string[], firstStageTags: readonly string[], memory: BatchLabelMemory | undefined): SentenceFeatures {
  const count = words.length;
  const offsets = new Int32Array(count + 1);
  const hashes: number[] = [];
  const tagAt = (position: number) => (position >= 0 && position < count ? firstStageTags[position] : sentenceEdge);
  for (let token = 0; token < count; token++) {
    offsets[token] = hashes.length;
    const own = tagAt(token);
    const previous = tagAt(token - 1);
    const next = tagAt(token + 1);
    const ownHash = hashText(StackTemplate.Tag, own);
    const previousHash = hashText(StackTemplate.PreviousTag, previous);
    const nextHash = hashText(StackTemplate.NextTag, next);
    hashes.push(ownHash, previousHash, nextHash);
    hashes.push(mixHashes(StackTemplate.TagWindow, mixHashes(mixHashes(previousHash, ownHash), nextHash)));
    if (memory) {
      const ownClass = tagClass(own);
      const majority = batchMajority(memory, words[token], ownClass);
      if (majority) {
        const majorityHash = hashText(StackTemplate.BatchMajority, majority.entityClass);
        hashes.push(mixHashes(majorityHash, majority.unanimous ? 1 : 0));
        hashes.push(mixHashes(majorityHash, hashText(StackTemplate.BatchMajorityWithOwn, ownClass)));
      }
    }
  }
  offsets[count] = hashes.length;
  return { offsets, hashes: Uint32Array.from(hashes) };
}

/** Both feature lists of every token, the first's before the second's. */
export function concatenateFeatures(first: SentenceFeatures, second: SentenceFeatures): SentenceFeatures {
  const count = first.offsets.length - 1;
  if (second.offsets.length - 1 !== count) throw new Error(`feature lists for ${count} and ${second.offsets.length - 1} tokens cannot be joined`);
  const offsets = new Int32Array(count + 1);
  const hashes = new Uint32Array(first.hashes.length + second.hashes.length);
  let position = 0;
  for (let token = 0; token < count; token++) {
    offsets[token] = position;
    hashes.set(first.hashes.subarray(first.offsets[token], first.offsets[token + 1]), position);
    position += first.offsets[token + 1] - first.offsets[token];
    hashes.set(second.hashes.subarray(second.offsets[token], second.offsets[token + 1]), position);
    position += second.offsets[token + 1] - second.offsets[token];
  }
  offsets[count] = position;
  return { offsets, hashes };
}
