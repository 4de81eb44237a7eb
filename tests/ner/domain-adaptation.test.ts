import { describe, expect, it } from 'vitest';
import { sampleWithNames } from '../../src/ner/experiment.ts';
import { withDomainCopies } from '../../src/ner/train.ts';

describe('domain-specific feature copies', () => {
  const features = { offsets: Int32Array.of(0, 2, 3), hashes: Uint32Array.of(11, 22, 33) };

  it('keeps every shared feature and adds one copy per feature, token by token', () => {
    const copied = withDomainCopies(features, 'legal');
    expect(Array.from(copied.offsets)).toEqual([0, 4, 6]);
    expect(Array.from(copied.hashes).filter((_, index) => index % 2 === 0)).toEqual([11, 22, 33]);
    const copies = Array.from(copied.hashes).filter((_, index) => index % 2 === 1);
    for (const copy of copies) expect([11, 22, 33]).not.toContain(copy);
  });

  it('gives different domains different copies', () => {
    expect(withDomainCopies(features, 'legal').hashes[1]).not.toBe(withDomainCopies(features, 'traffic').hashes[1]);
  });
});

describe('sampling extra sentences', () => {
  const sentences = Array.from({ length: 100 }, (_, index) => ({
    words: [`w${index}`],
    tags: [index % 2 === 0 ? 'B-PER' : 'O'],
  }));

  it('keeps only sentences with a name, evenly spread, at most the maximum', () => {
    const sample = sampleWithNames(sentences, 10);
    expect(sample).toHaveLength(10);
    expect(sample.every((sentence) => sentence.tags[0] === 'B-PER')).toBe(true);
    expect(sample[0].words[0]).toBe('w0');
    expect(Number(sample[9].words[0].slice(1))).toBeGreaterThan(80);
  });

  it('keeps all sentences with names when there is no maximum', () => {
    expect(sampleWithNames(sentences, undefined)).toHaveLength(50);
  });
});
