/**
 * Chunk-level scoring in the manner of conlleval: a predicted chunk counts only when its start, end
 * and class all equal a gold chunk's (strict). Chunks are read from BIO tags the way conlleval reads
 * them, so a stray `I-X` after `O` or after another class opens a new chunk rather than vanishing.
 */

export interface Chunk {
  entityClass: string;
  /** Token index of the first token. */
  start: number;
  /** Token index after the last token. */
  end: number;
}

export interface ClassScore {
  entityClass: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ChunkScore {
  overall: ClassScore;
  perClass: ClassScore[];
  tokens: number;
  correctTokens: number;
}

function classOfTag(tag: string): string | undefined {
  return tag === 'O' || tag.length < 3 ? undefined : tag.slice(2);
}

export function extractChunks(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | undefined;
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index];
    const entityClass = classOfTag(tag);
    const continuesOpen = open !== undefined && tag.startsWith('I-') && entityClass === open.entityClass;
    if (continuesOpen) {
      open!.end = index + 1;
      continue;
    }
    if (open) chunks.push(open);
    open = entityClass === undefined ? undefined : { entityClass, start: index, end: index + 1 };
  }
  if (open) chunks.push(open);
  return chunks;
}

/** Accumulates counts over many sentences; `score()` turns them into precision, recall and F1. */
export class ChunkScorer {
  private readonly gold = new Map<string, number>();
  private readonly predicted = new Map<string, number>();
  private readonly correct = new Map<string, number>();
  private tokens = 0;
  private correctTokens = 0;

  add(goldTags: readonly string[], predictedTags: readonly string[]): void {
    if (goldTags.length !== predictedTags.length) {
      throw new Error(`gold and predicted tag sequences differ in length (${goldTags.length} vs ${predictedTags.length})`);
    }
    this.tokens += goldTags.length;
    for (let index = 0; index < goldTags.length; index++) if (goldTags[index] === predictedTags[index]) this.correctTokens++;
    const goldChunks = extractChunks(goldTags);
    const predictedChunks = extractChunks(predictedTags);
    const goldKeys = new Set(goldChunks.map(chunkKey));
    for (const chunk of goldChunks) increment(this.gold, chunk.entityClass);
    for (const chunk of predictedChunks) {
      increment(this.predicted, chunk.entityClass);
      if (goldKeys.has(chunkKey(chunk))) increment(this.correct, chunk.entityClass);
    }
  }

  score(): ChunkScore {
    const classes = [...new Set([...this.gold.keys(), ...this.predicted.keys()])].sort();
    const perClass = classes.map((entityClass) =>
      classScore(entityClass, this.gold.get(entityClass) ?? 0, this.predicted.get(entityClass) ?? 0, this.correct.get(entityClass) ?? 0),
    );
    const overall = classScore(
      'overall',
      sum(this.gold.values()),
      sum(this.predicted.values()),
      sum(this.correct.values()),
    );
    return { overall, perClass, tokens: this.tokens, correctTokens: this.correctTokens };
  }
}

function chunkKey(chunk: Chunk): string {
  return `${chunk.start}:${chunk.end}:${chunk.entityClass}`;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function classScore(entityClass: string, gold: number, predicted: number, correct: number): ClassScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { entityClass, gold, predicted, correct, precision, recall, f1 };
}

/** A conlleval-like table: one line per class and the overall line first. */
export function formatScoreTable(score: ChunkScore): string {
  const header = `${'class'.padEnd(10)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'correct'.padStart(7)} ${'prec'.padStart(7)} ${'rec'.padStart(7)} ${'F1'.padStart(7)}`;
  const line = (row: ClassScore) =>
    `${row.entityClass.padEnd(10)} ${String(row.gold).padStart(6)} ${String(row.predicted).padStart(6)} ${String(row.correct).padStart(7)} ${percent(row.precision)} ${percent(row.recall)} ${percent(row.f1)}`;
  const accuracy = score.tokens === 0 ? 0 : score.correctTokens / score.tokens;
  return [
    `tokens ${score.tokens}, token accuracy ${(accuracy * 100).toFixed(2)}%`,
    header,
    line(score.overall),
    ...score.perClass.map(line),
  ].join('\n');
}

function percent(value: number): string {
  return (value * 100).toFixed(2).padStart(7);
}
