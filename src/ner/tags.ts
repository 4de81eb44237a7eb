/**
 * The GermEval 2014 outer tag set: four classes, each plain, `deriv` and `part`, in BIO encoding.
 * The order is part of the model format: a model stores weights per tag index, so never reorder.
 */

export const entityClasses = [
  'PER',
  'ORG',
  'LOC',
  'OTH',
  'PERderiv',
  'ORGderiv',
  'LOCderiv',
  'OTHderiv',
  'PERpart',
  'ORGpart',
  'LOCpart',
  'OTHpart',
] as const;

export type EntityClass = (typeof entityClasses)[number];

/** `O` first, then `B-X`, `I-X` for every class in `entityClasses` order. */
export const germEvalTags: readonly string[] = ['O', ...entityClasses.flatMap((entityClass) => [`B-${entityClass}`, `I-${entityClass}`])];

export interface TagSet {
  tags: readonly string[];
  indexOf: Map<string, number>;
  /** For each tag index, whether it may follow each previous tag index (I-X only after B-X or I-X). */
  allowedAfter: boolean[][];
  /** For each tag index, whether it may start a sentence. */
  allowedAtStart: boolean[];
}

export function buildTagSet(tags: readonly string[]): TagSet {
  const indexOf = new Map(tags.map((tag, index) => [tag, index]));
  const allowedAfter = tags.map((tag) => tags.map((previous) => isAllowedTransition(previous, tag)));
  const allowedAtStart = tags.map((tag) => !tag.startsWith('I-'));
  return { tags, indexOf, allowedAfter, allowedAtStart };
}

/** Strict BIO: an inside tag continues a chunk of the same class and nothing else. */
export function isAllowedTransition(previous: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  const entityClass = tag.slice(2);
  return previous === `B-${entityClass}` || previous === `I-${entityClass}`;
}
