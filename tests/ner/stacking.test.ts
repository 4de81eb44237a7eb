import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/ner/hashing.ts';
import { decodeModel, encodeModel, type ModelData } from '../../src/ner/model-format.ts';
import { batchMajority, buildBatchLabelMemory, concatenateFeatures, stackedFeatures, tagClass } from '../../src/ner/stacking.ts';
import { createNerModel } from '../../src/ner/tagger.ts';
import { germEvalTags } from '../../src/ner/tags.ts';

describe('batch label memory', () => {
  const sentences = [
    ['Merkel', 'sprach', 'in', 'Berlin'],
    ['Angela', 'Merkel', 'reiste', 'ab'],
    ['Merkel', 'lachte'],
  ];
  const tags = [
    ['B-PER', 'O', 'O', 'B-LOC'],
    ['B-PER', 'I-PER', 'O', 'O'],
    ['O', 'O'],
  ];
  const memory = buildBatchLabelMemory(sentences, tags);

  it.each([
    // word, its own first-stage class, expected majority of the other occurrences
    ['Merkel', 'O', { entityClass: 'PER', unanimous: true }],
    ['Merkel', 'PER', { entityClass: 'PER', unanimous: false }],
    ['Berlin', 'LOC', undefined],
    ['Hamburg', 'O', undefined],
  ] as const)('%s tagged %s elsewhere in the batch: %j', (word, ownClass, expected) => {
    expect(batchMajority(memory, word, ownClass)).toEqual(expected);
  });

  it('breaks a tie between a name class and O in favour of the name', () => {
    const tied = buildBatchLabelMemory([['Kohl'], ['Kohl'], ['Kohl']], [['B-PER'], ['O'], ['O']]);
    expect(batchMajority(tied, 'Kohl', 'O')).toEqual({ entityClass: 'PER', unanimous: false });
  });

  it('reads classes without their BIO prefix', () => {
    expect(['B-LOCderiv', 'I-ORG', 'O'].map(tagClass)).toEqual(['LOCderiv', 'ORG', 'O']);
  });
});

describe('stacked features', () => {
  const words = ['Petr', 'Fiala', 'kam'];

  it('gives every token its own and its neighbours\' first-stage tags, and batch features only with a memory', () => {
    const plain = stackedFeatures(words, ['B-PER', 'I-PER', 'O'], undefined);
    expect(Array.from(plain.offsets)).toEqual([0, 4, 8, 12]);
    const memory = buildBatchLabelMemory([words, ['Fiala']], [['B-PER', 'I-PER', 'O'], ['B-PER']]);
    const withMemory = stackedFeatures(words, ['B-PER', 'I-PER', 'O'], memory);
    // Only `Fiala` occurs again in the batch.
    expect(Array.from(withMemory.offsets)).toEqual([0, 4, 10, 14]);
  });

  it('changes with the first-stage tags', () => {
    const first = stackedFeatures(words, ['B-PER', 'I-PER', 'O'], undefined);
    const second = stackedFeatures(words, ['B-ORG', 'I-ORG', 'O'], undefined);
    expect(first.hashes[0]).not.toBe(second.hashes[0]);
    // The last token's own tag is the same, its left neighbour's is not.
    expect(first.hashes[8]).toBe(second.hashes[8]);
    expect(first.hashes[9]).not.toBe(second.hashes[9]);
  });

  it('joins two feature lists token by token and refuses lists of different lengths', () => {
    const joined = concatenateFeatures(
      { offsets: Int32Array.from([0, 1, 3]), hashes: Uint32Array.from([1, 2, 3]) },
      { offsets: Int32Array.from([0, 2, 3]), hashes: Uint32Array.from([7, 8, 9]) },
    );
    expect(Array.from(joined.offsets)).toEqual([0, 3, 6]);
    expect(Array.from(joined.hashes)).toEqual([1, 7, 8, 2, 3, 9]);
    expect(() => concatenateFeatures({ offsets: Int32Array.from([0, 1]), hashes: Uint32Array.from([1]) }, { offsets: Int32Array.from([0]), hashes: new Uint32Array(0) })).toThrow(/cannot be joined/);
  });
});

describe('a stacked model', () => {
  const hashBits = 8;
  const tagCount = germEvalTags.length;
  const untrained = (): ModelData => ({
    header: {
      format: 'depesche-ner',
      version: 1,
      tags: [...germEvalTags],
      hashBits,
      featureOptions: { commonNouns: false, gazetteer: false, clusters: false },
      confidenceTemperature: 1,
      outsidePenalty: 0,
      gazetteer: '',
      clusters: '',
      training: {},
    },
    weights: new Float32Array(2 ** hashBits * tagCount),
    transitions: new Float32Array((tagCount + 1) * tagCount),
  });

  // The first stage tags every word B-LOC; the second stage has learnt that a first-stage B-LOC is a B-PER.
  const firstStage = untrained();
  firstStage.header.classBias = { LOC: 1 };
  const second = untrained();
  const firstStageLocRow = hashText(0x5a000, 'B-LOC') & (2 ** hashBits - 1);
  second.weights[firstStageLocRow * tagCount + germEvalTags.indexOf('B-PER')] = 5;
  const stacked: ModelData = { ...second, header: { ...second.header, stacking: { batchMemory: true } }, firstStage };

  it('tags from the first stage\'s tags', () => {
    expect(createNerModel(firstStage, undefined).tag(['Prag'])).toEqual(['B-LOC']);
    expect(createNerModel(stacked, undefined).tag(['Prag', 'Wien'])).toEqual(['B-PER', 'B-PER']);
    expect(createNerModel(stacked, undefined).tagBatch([['Prag'], [], ['Wien']])).toEqual([['B-PER'], [], ['B-PER']]);
  });

  it('keeps both stages in one model file', () => {
    const decoded = decodeModel(encodeModel(stacked));
    expect(decoded.header.stacking).toEqual({ batchMemory: true });
    expect(decoded.firstStage?.header.classBias).toEqual({ LOC: 1 });
    expect(createNerModel(decoded, undefined).tag(['Prag'])).toEqual(['B-PER']);
    expect(() => encodeModel({ ...stacked, firstStage: undefined })).toThrow(/stacked model/);
  });
});
