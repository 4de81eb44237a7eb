import { describe, expect, it } from 'vitest';
import { ChunkScorer, extractChunks } from '../../src/ner/chunk-score.ts';

describe('extractChunks', () => {
  it.each([
    { tags: ['B-PER', 'I-PER', 'O', 'B-LOC'], chunks: ['PER:0-2', 'LOC:3-4'] },
    { tags: ['B-LOCderiv', 'O', 'B-ORGpart'], chunks: ['LOCderiv:0-1', 'ORGpart:2-3'] },
    // conlleval reads a stray I- as the start of a chunk
    { tags: ['O', 'I-ORG', 'I-ORG'], chunks: ['ORG:1-3'] },
    { tags: ['B-PER', 'I-LOC'], chunks: ['PER:0-1', 'LOC:1-2'] },
    { tags: ['B-PER', 'B-PER'], chunks: ['PER:0-1', 'PER:1-2'] },
    { tags: ['I-OTHderiv'], chunks: ['OTHderiv:0-1'] },
    // PER and PERpart are different classes: the I-PERpart does not continue the PER chunk
    { tags: ['B-PER', 'I-PERpart'], chunks: ['PER:0-1', 'PERpart:1-2'] },
    { tags: ['O', 'O'], chunks: [] },
  ])('reads $tags', ({ tags, chunks }) => {
    expect(extractChunks(tags).map((chunk) => `${chunk.entityClass}:${chunk.start}-${chunk.end}`)).toEqual(chunks);
  });
});

describe('ChunkScorer', () => {
  it('counts only exact boundary and class matches (strict)', () => {
    const scorer = new ChunkScorer();
    // gold: PER 0-2, LOCderiv 3-4, ORG 5-6
    scorer.add(
      ['B-PER', 'I-PER', 'O', 'B-LOCderiv', 'O', 'B-ORG'],
      ['B-PER', 'O', 'O', 'B-LOCderiv', 'O', 'B-LOC'],
    );
    const { overall, perClass } = scorer.score();
    expect(overall.gold).toBe(3);
    expect(overall.predicted).toBe(3);
    expect(overall.correct).toBe(1);
    expect(overall.precision).toBeCloseTo(1 / 3);
    expect(overall.recall).toBeCloseTo(1 / 3);
    const byClass = Object.fromEntries(perClass.map((row) => [row.entityClass, row]));
    expect(byClass.LOCderiv.f1).toBe(1);
    expect(byClass.PER.correct).toBe(0);
    expect(byClass.LOC.predicted).toBe(1);
    expect(byClass.ORG.recall).toBe(0);
  });

  it('accumulates over sentences and scores a broken I- sequence against a clean one', () => {
    const scorer = new ChunkScorer();
    scorer.add(['B-OTH', 'I-OTH'], ['O', 'I-OTH']);
    scorer.add(['B-PERpart'], ['B-PERpart']);
    const { overall } = scorer.score();
    expect(overall.gold).toBe(2);
    expect(overall.predicted).toBe(2);
    expect(overall.correct).toBe(1);
    expect(overall.f1).toBeCloseTo(0.5);
  });

  it('rejects sequences of different lengths', () => {
    expect(() => new ChunkScorer().add(['O'], ['O', 'O'])).toThrow(/length/);
  });
});
