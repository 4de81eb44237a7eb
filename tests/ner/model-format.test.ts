import { describe, expect, it } from 'vitest';
import { decodeModel, decodeWordTable, encodeModel, encodeWordTable, type ModelHeader } from '../../src/ner/model-format.ts';
import { germEvalTags } from '../../src/ner/tags.ts';

const header: ModelHeader = {
  format: 'depesche-ner',
  version: 1,
  tags: [...germEvalTags],
  hashBits: 8,
  featureOptions: { commonNouns: false, gazetteer: true, clusters: true },
  confidenceTemperature: 2,
  outsidePenalty: 1.5,
  gazetteer: encodeWordTable([['prag', 16], ['müller', 128]]),
  clusters: encodeWordTable([['Wien', '0110'], ['Graz', '0111']]),
  training: { seed: 1 },
};

describe('model file format', () => {
  it('round-trips header, transitions and sparse quantised weights', () => {
    const weights = new Float32Array(256 * 25);
    weights[0] = 3.25;
    weights[77] = -0.5;
    weights[6399] = 12;
    const transitions = Float32Array.from({ length: 26 * 25 }, (_, index) => (index % 7) - 3);
    const decoded = decodeModel(encodeModel({ header, weights, transitions }));
    expect(decoded.header).toEqual(header);
    expect(Array.from(decoded.transitions)).toEqual(Array.from(transitions));
    expect(decoded.weights.length).toBe(weights.length);
    expect(decoded.weights).toBeInstanceOf(Int16Array); // kept quantised: half the memory of floats
    const weightAt = (index: number) => decoded.weights[index] * (decoded.weightScale ?? 1);
    expect(weightAt(0)).toBeCloseTo(3.25, 3);
    expect(weightAt(77)).toBeCloseTo(-0.5, 3);
    expect(weightAt(6399)).toBeCloseTo(12, 3);
    expect(decoded.weights.filter((weight) => weight !== 0).length).toBe(3);
    // Encoding a decoded model gives the same file.
    expect(encodeModel(decoded).equals(encodeModel({ header, weights, transitions }))).toBe(true);
  });

  it('keeps word tables sorted and readable, words with spaces included', () => {
    const table = encodeWordTable([['zürich', 1], ['new york', 2], ['aachen', 4]]);
    expect(table.split('\n')[0]).toBe('aachen\t4');
    expect(decodeWordTable(table)).toEqual([['aachen', '4'], ['new york', '2'], ['zürich', '1']]);
    expect(decodeWordTable('')).toEqual([]);
  });

  it('refuses a file that is not a model', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => decodeModel(gzipSync(Buffer.from('hello world')))).toThrow(/not a depesche NER model/);
  });
});
