import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from '../../src/ner/corpus.ts';
import { ChunkScorer } from '../../src/ner/chunk-score.ts';
import { FeatureExtractor } from '../../src/ner/features.ts';
import { decodeModel, encodeModel } from '../../src/ner/model-format.ts';
import { createNerModel } from '../../src/ner/tagger.ts';
import { trainPerceptron } from '../../src/ner/train.ts';
import { germEvalTags } from '../../src/ner/tags.ts';

// A synthetic language: first names + surnames are PER, "in" + city is LOC, "-isch" adjectives are LOCderiv.
const firstNames = ['Anna', 'Petr', 'Olaf', 'Maria', 'Jonas', 'Lena', 'Karl', 'Eva'];
const surnames = ['Fiala', 'Scholz', 'Huber', 'Novak', 'Berger', 'Keller', 'Wolf', 'Braun'];
const cities = ['Prag', 'Wien', 'Graz', 'Brünn', 'Linz', 'Bonn', 'Köln', 'Ulm'];
const adjectives = ['tschechische', 'österreichische', 'polnische', 'ungarische'];
const nouns = ['Minister', 'Regierung', 'Vertreter', 'Delegation'];

function syntheticSentence(seed: number): LabelledSentence {
  const pick = <T>(list: T[], salt: number) => list[(seed * 7 + salt * 13) % list.length];
  const first = pick(firstNames, 1);
  const last = pick(surnames, 2);
  const city = pick(cities, 3);
  const words = ['Der', pick(adjectives, 4), pick(nouns, 5), first, last, 'traf', 'in', city, 'die', pick(nouns, 6), '.'];
  const tags = ['O', 'B-LOCderiv', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'];
  return { words, tags };
}

describe('perceptron training', () => {
  const training = Array.from({ length: 120 }, (_, index) => syntheticSentence(index));
  const options = { commonNouns: false, gazetteer: false, clusters: false };

  it('learns a tiny synthetic corpus and generalises to unseen combinations', () => {
    const extractor = new FeatureExtractor(options, {});
    const tables = trainPerceptron(training, extractor, { epochs: 5, hashBits: 14, seed: 1 });
    const model = createNerModel(
      {
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
      },
      undefined,
    );
    const unseen = { words: ['Der', 'polnische', 'Minister', 'Eva', 'Novak', 'traf', 'in', 'Ulm', 'die', 'Delegation', '.'], tags: ['O', 'B-LOCderiv', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'] };
    expect(model.tag(unseen.words)).toEqual(unseen.tags);
    const scorer = new ChunkScorer();
    for (let index = 200; index < 240; index++) {
      const sentence = syntheticSentence(index);
      scorer.add(sentence.tags, model.tag(sentence.words));
    }
    expect(scorer.score().overall.f1).toBeGreaterThan(0.95);

    // and the model survives the file format
    const decoded = decodeModel(encodeModel({ header: { format: 'depesche-ner', version: 1, tags: [...germEvalTags], hashBits: 14, featureOptions: options, confidenceTemperature: 1, outsidePenalty: 0, gazetteer: '', clusters: '', training: {} }, weights: tables.weights, transitions: tables.transitions }));
    expect(createNerModel(decoded, undefined).tag(unseen.words)).toEqual(unseen.tags);
  });

  it('is deterministic for a fixed seed', () => {
    const run = () => trainPerceptron(training.slice(0, 30), new FeatureExtractor(options, {}), { epochs: 2, hashBits: 12, seed: 7 });
    expect(Array.from(run().transitions)).toEqual(Array.from(run().transitions));
  });

  it('treats O in partially labelled sentences as "not PER/ORG/LOC" instead of as O', () => {
    const full = training.slice(0, 12);
    // A PER/ORG/LOC-only corpus: the adjectives are LOCderiv in truth but annotated O.
    const partial = training.slice(12, 120).map((sentence) => ({
      words: sentence.words,
      tags: sentence.tags.map((tag) => (tag.endsWith('deriv') ? 'O' : tag)),
    }));
    const derivTag = (useLatentLabels: boolean) => {
      const corpus = [...full, ...partial.map((sentence) => ({ ...sentence, partial: useLatentLabels }))];
      const tables = trainPerceptron(corpus, new FeatureExtractor(options, {}), { epochs: 5, hashBits: 14, seed: 3 });
      const header = { format: 'depesche-ner' as const, version: 1 as const, tags: [...tables.tags], hashBits: 14, featureOptions: options, confidenceTemperature: 1, outsidePenalty: 0, gazetteer: '', clusters: '', training: {} };
      return createNerModel({ header, weights: tables.weights, transitions: tables.transitions }, undefined).tag(training[5].words)[1];
    };
    expect(derivTag(true)).toBe('B-LOCderiv');
    expect(derivTag(false)).toBe('O');
  });

  it('rejects tags outside the GermEval set', () => {
    const bad = [{ words: ['Paris'], tags: ['B-GPE'] }];
    expect(() => trainPerceptron(bad, new FeatureExtractor(options, {}), { epochs: 1, hashBits: 10, seed: 1 })).toThrow(/unknown tag/);
  });
});
