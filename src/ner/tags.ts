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

/**
 * The same classes in BILOU encoding: `B-X` begins, `I-X` continues and `L-X` ends a chunk of two or
 * more words, `U-X` is a chunk of one word. Training and decoding may use it; the tagger always
 * answers in BIO (`toBio`).
 */
export const bilouTags: readonly string[] = ['O', ...entityClasses.flatMap((entityClass) => ['B', 'I', 'L', 'U'].map((position) => `${position}-${entityClass}`))];

/** Whether a tag list is in BILOU encoding (it has single-word chunk tags). */
export function isBilou(tags: readonly string[]): boolean {
  return tags.some((tag) => tag.startsWith('U-'));
}

/** BIO tags of one sentence in BILOU: a chunk's last word becomes `L-X`, a one-word chunk `U-X`. */
export function bioToBilou(tags: readonly string[]): string[] {
  return tags.map((tag, index) => {
    if (tag === 'O') return tag;
    const continues = tags[index + 1] === `I-${tag.slice(2)}`;
    if (tag.startsWith('B-')) return continues ? tag : `U-${tag.slice(2)}`;
    return continues ? tag : `L-${tag.slice(2)}`;
  });
}

/** BILOU tags back in BIO; also turns a chunk cut off by the sentence end (`B-X` last) into a valid BIO chunk. */
export function bilouToBio(tags: readonly string[]): string[] {
  return tags.map((tag) => (tag.startsWith('U-') ? `B-${tag.slice(2)}` : tag.startsWith('L-') ? `I-${tag.slice(2)}` : tag));
}

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
  const allowed = isBilou(tags) ? isAllowedBilouTransition : isAllowedTransition;
  const allowedAfter = tags.map((tag) => tags.map((previous) => allowed(previous, tag)));
  const allowedAtStart = tags.map((tag) => !tag.startsWith('I-') && !tag.startsWith('L-'));
  return { tags, indexOf, allowedAfter, allowedAtStart };
}

/** Strict BIO: an inside tag continues a chunk of the same class and nothing else. */
export function isAllowedTransition(previous: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  const entityClass = tag.slice(2);
  return previous === `B-${entityClass}` || previous === `I-${entityClass}`;
}

/** BILOU: inside and last words continue an open chunk of their class; anything else needs none open. */
export function isAllowedBilouTransition(previous: string, tag: string): boolean {
  const open = previous.startsWith('B-') || previous.startsWith('I-');
  if (tag.startsWith('I-') || tag.startsWith('L-')) return open && previous.slice(2) === tag.slice(2);
  return !open;
}
