/**
 * A gazetteer the model writes for itself: a first model tags unlabelled news, and every capitalised
 * word it mostly tags as one class (at least twice) gets that class's bit. A second model trained with
 * these bits can then recognise a name in a weak context because the first model saw it in strong ones.
 */
import { gazetteerClasses } from './gazetteer.ts';
import type { NerModel } from './tagger.ts';

/** Bits above the corpus gazetteer (2 per class) and the name lists (7 bits). */
const firstSelfTrainedBit = gazetteerClasses.length * 2 + 7;
export const selfTrainedClasses = ['PER', 'ORG', 'LOC', 'OTH'] as const;

export function selfTrainedBit(entityClass: string): number {
  const index = selfTrainedClasses.indexOf(entityClass as (typeof selfTrainedClasses)[number]);
  return index < 0 ? 0 : 1 << (firstSelfTrainedBit + index);
}

export interface SelfTrainingOptions {
  minimumCount: number;
  minimumShare: number;
}

export const defaultSelfTrainingOptions: SelfTrainingOptions = { minimumCount: 2, minimumShare: 0.5 };

export function buildSelfTrainedGazetteer(
  model: NerModel,
  sentences: Iterable<readonly string[]>,
  options: SelfTrainingOptions = defaultSelfTrainingOptions,
): Map<string, number> {
  const occurrences = new Map<string, number>();
  const classCounts = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    const tags = model.tag(sentence);
    sentence.forEach((word, index) => {
      if (word.length < 2 || !/^\p{Lu}/u.test(word)) return;
      const key = word.toLowerCase();
      occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      const tag = tags[index];
      if (tag === 'O') return;
      const entityClass = tag.slice(2);
      let counts = classCounts.get(key);
      if (!counts) classCounts.set(key, (counts = new Map()));
      counts.set(entityClass, (counts.get(entityClass) ?? 0) + 1);
    });
  }
  const gazetteer = new Map<string, number>();
  for (const [key, counts] of classCounts) {
    const total = occurrences.get(key) ?? 1;
    for (const [entityClass, count] of counts) {
      const bit = selfTrainedBit(entityClass);
      if (bit !== 0 && count >= options.minimumCount && count / total >= options.minimumShare) gazetteer.set(key, (gazetteer.get(key) ?? 0) | bit);
    }
  }
  return gazetteer;
}

/** Cuts running text (already split into words) into sentence-sized pieces. */
export function* sentencePieces(words: readonly string[], maximumLength = 60): Iterable<string[]> {
  let current: string[] = [];
  for (const word of words) {
    current.push(word);
    if (/^[.!?]$/.test(word) || current.length >= maximumLength) {
      yield current;
      current = [];
    }
  }
  if (current.length > 0) yield current;
}
