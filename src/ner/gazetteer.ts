/**
 * A word-level gazetteer distilled from labelled corpora: for each lower-cased word, which classes
 * (PER, ORG, LOC) it was seen beginning or continuing a name in. Only words that are mostly names
 * where they occur are kept, so "Bank" seen once inside an ORG does not become an ORG hint.
 */
import type { LabelledSentence } from './corpus.ts';

export const gazetteerClasses = ['PER', 'ORG', 'LOC'] as const;

export interface GazetteerOptions {
  minimumNameCount: number;
  /** Share of a word's occurrences that must be inside names. */
  minimumNameShare: number;
}

export const defaultGazetteerOptions: GazetteerOptions = { minimumNameCount: 2, minimumNameShare: 0.5 };

/** Bit 2k is "begins a name of class k", bit 2k+1 "continues one". */
export function gazetteerBit(entityClass: string, inside: boolean): number {
  const classIndex = gazetteerClasses.indexOf(entityClass as (typeof gazetteerClasses)[number]);
  return classIndex < 0 ? 0 : 1 << (2 * classIndex + (inside ? 1 : 0));
}

export function buildGazetteer(
  sentences: readonly LabelledSentence[],
  options: GazetteerOptions = defaultGazetteerOptions,
): Map<string, number> {
  const occurrences = new Map<string, number>();
  const nameOccurrences = new Map<string, number>();
  const bits = new Map<string, number>();
  for (const sentence of sentences) {
    sentence.words.forEach((word, index) => {
      if (!/^\p{Lu}/u.test(word) || word.length < 2) return;
      const key = word.toLowerCase();
      occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
      const tag = sentence.tags[index];
      if (tag === 'O') return;
      const bit = gazetteerBit(tag.slice(2), tag.startsWith('I-'));
      if (bit === 0) return;
      nameOccurrences.set(key, (nameOccurrences.get(key) ?? 0) + 1);
      bits.set(key, (bits.get(key) ?? 0) | bit);
    });
  }
  const gazetteer = new Map<string, number>();
  for (const [key, bitSet] of bits) {
    const names = nameOccurrences.get(key) ?? 0;
    if (names >= options.minimumNameCount && names / (occurrences.get(key) ?? 1) >= options.minimumNameShare) gazetteer.set(key, bitSet);
  }
  return gazetteer;
}
