import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, type ModelData } from '../../src/ner/model-format.ts';
import { createNerModel, decodingScoreOffsets } from '../../src/ner/tagger.ts';
import { germEvalTags } from '../../src/ner/tags.ts';

describe('decoding score offsets', () => {
  it('lowers O by the outside penalty and raises only the chunk start of a biased class', () => {
    const offsets = decodingScoreOffsets(germEvalTags, 3, { OTH: 2, PER: -1 });
    const at = (tag: string) => offsets[germEvalTags.indexOf(tag)];
    expect(at('O')).toBe(-3);
    expect(at('B-OTH')).toBe(2);
    expect(at('I-OTH')).toBe(0);
    expect(at('B-PER')).toBe(-1);
    expect(at('B-LOC')).toBe(0);
  });
});

describe('class bias in a model', () => {
  // An untrained model: every emission is 0, so only the biases decide.
  const model: ModelData = {
    header: {
      format: 'depesche-ner',
      version: 1,
      tags: [...germEvalTags],
      hashBits: 8,
      featureOptions: { commonNouns: false, gazetteer: false, clusters: false },
      confidenceTemperature: 1,
      outsidePenalty: 0,
      gazetteer: '',
      clusters: '',
      training: {},
    },
    weights: new Float32Array(256 * germEvalTags.length),
    transitions: new Float32Array((germEvalTags.length + 1) * germEvalTags.length),
  };

  it('tags O without biases, and the favoured class once its chunk start outweighs O', () => {
    expect(createNerModel(model, undefined).tag(['Das', 'Buch'])).toEqual(['O', 'O']);
    expect(createNerModel(model, undefined, 0, { OTH: 1 }).tag(['Das'])).toEqual(['B-OTH']);
  });

  it('is stored in the model file and used by default', () => {
    const biased = decodeModel(encodeModel({ ...model, header: { ...model.header, classBias: { LOC: 1 } } }));
    expect(biased.header.classBias).toEqual({ LOC: 1 });
    expect(createNerModel(biased, undefined).tag(['Prag'])).toEqual(['B-LOC']);
  });
});
