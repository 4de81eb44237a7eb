import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from '../../src/ner/corpus.ts';
import { FeatureExtractor } from '../../src/ner/features.ts';
import { decodeModel, encodeModel, type ModelData } from '../../src/ner/model-format.ts';
import { createNerModel } from '../../src/ner/tagger.ts';
import { trainPerceptron } from '../../src/ner/train.ts';
import { bilouTags, bilouToBio, bioToBilou, buildTagSet, isAllowedBilouTransition, isBilou, germEvalTags } from '../../src/ner/tags.ts';

describe('BILOU encoding', () => {
  it.each([
    // BIO, BILOU
    [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'L-PER', 'O', 'U-LOC']],
    [['B-ORG', 'I-ORG', 'I-ORG', 'B-ORG'], ['B-ORG', 'I-ORG', 'L-ORG', 'U-ORG']],
    [['B-LOCderiv', 'B-OTH', 'I-OTH'], ['U-LOCderiv', 'B-OTH', 'L-OTH']],
    [['O', 'O'], ['O', 'O']],
  ])('%j ↔ %j', (bio, bilou) => {
    expect(bioToBilou(bio)).toEqual(bilou);
    expect(bilouToBio(bilou)).toEqual(bio);
  });

  it('turns a chunk the decoder left open at the sentence end into a BIO chunk', () => {
    expect(bilouToBio(['O', 'B-PER', 'I-PER'])).toEqual(['O', 'B-PER', 'I-PER']);
  });

  it('has four tags per class and is told apart from BIO', () => {
    expect(bilouTags).toHaveLength(1 + 4 * 12);
    expect(isBilou(bilouTags)).toBe(true);
    expect(isBilou(germEvalTags)).toBe(false);
  });

  it.each([
    ['B-PER', 'I-PER', true],
    ['B-PER', 'L-PER', true],
    ['I-PER', 'L-PER', true],
    ['B-PER', 'L-LOC', false],
    ['O', 'I-PER', false],
    ['U-PER', 'L-PER', false],
    ['B-PER', 'O', false],
    ['I-PER', 'U-LOC', false],
    ['L-PER', 'B-PER', true],
    ['U-PER', 'U-PER', true],
    ['O', 'U-ORG', true],
  ] as const)('%s → %s allowed: %s', (previous, tag, allowed) => {
    expect(isAllowedBilouTransition(previous, tag)).toBe(allowed);
  });

  it('lets no chunk start with an inside or last word', () => {
    const tagSet = buildTagSet(bilouTags);
    const startable = bilouTags.filter((_, index) => tagSet.allowedAtStart[index]);
    expect(startable.some((tag) => tag.startsWith('I-') || tag.startsWith('L-'))).toBe(false);
    expect(startable).toContain('U-PER');
  });
});

describe('a model trained in BILOU', () => {
  // One-word and two-word person names in the same contexts: BILOU tells them apart by their own tags.
  const firstNames = ['Anna', 'Petr', 'Olaf', 'Maria', 'Jonas', 'Lena'];
  const surnames = ['Fiala', 'Scholz', 'Huber', 'Novak', 'Berger', 'Keller'];
  const cities = ['Prag', 'Wien', 'Graz', 'Linz'];
  const sentence = (index: number): LabelledSentence => {
    const name = index % 2 === 0 ? [firstNames[index % 6], surnames[(index * 5) % 6]] : [surnames[index % 6]];
    return {
      words: ['Heute', 'kam', ...name, 'nach', cities[index % 4], '.'],
      tags: ['O', 'O', 'B-PER', ...(name.length === 2 ? ['I-PER'] : []), 'O', 'B-LOC', 'O'],
    };
  };
  const options = { commonNouns: false, gazetteer: false, clusters: false };
  const tables = trainPerceptron(Array.from({ length: 60 }, (_, index) => sentence(index)), new FeatureExtractor(options, {}), {
    epochs: 5,
    hashBits: 12,
    seed: 3,
    tagScheme: 'bilou',
  });
  const data: ModelData = {
    header: {
      format: 'depesche-ner',
      version: 1,
      tags: [...tables.tags],
      hashBits: tables.hashBits,
      featureOptions: options,
      confidenceTemperature: 1,
      outsidePenalty: 0,
      gazetteer: '',
      clusters: '',
      training: {},
    },
    weights: tables.weights,
    transitions: tables.transitions,
  };

  it('learns BILOU weights and answers in BIO, also from its model file', () => {
    expect(tables.tags).toEqual(bilouTags);
    const model = createNerModel(decodeModel(encodeModel(data)), undefined);
    expect(model.tags).toEqual(germEvalTags);
    expect(model.tag(['Heute', 'kam', 'Lena', 'Novak', 'nach', 'Graz', '.'])).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    expect(model.tag(['Heute', 'kam', 'Scholz', 'nach', 'Linz', '.'])).toEqual(['O', 'O', 'B-PER', 'O', 'B-LOC', 'O']);
    expect(model.tagWithScores(['Heute', 'kam', 'Scholz', 'nach', 'Linz', '.']).tags).toEqual(['O', 'O', 'B-PER', 'O', 'B-LOC', 'O']);
  });
});
