import { describe, expect, it } from 'vitest';
import { collapseShape, FeatureExtractor, wordShape } from '../../src/ner/features.ts';
import { createCommonNounLexicon } from '../../src/lexicon/common-nouns.ts';
import { hashText } from '../../src/ner/hashing.ts';

describe('word shapes', () => {
  it.each([
    ['Berlin', 'Xxxx', 'Xx'],
    ['EU', 'XX', 'X'],
    ['3.5', 'd.d', 'd.d'],
    ['14.30', 'dd.dd', 'd.d'],
    ['EU-Kommission', 'XX-Xxxx', 'X-Xx'],
    ['Österreichs', 'Xxxx', 'Xx'],
    ['tschechische', 'xxx', 'x'],
  ])('%s → %s / %s', (word, shape, short) => {
    expect(wordShape(word)).toBe(shape);
    expect(collapseShape(wordShape(word))).toBe(short);
  });

  it('hashes shapes without building them, exactly as hashing the shape strings', () => {
    const extractor = new FeatureExtractor({ commonNouns: false, gazetteer: false, clusters: false }, {});
    const words = ['Berlin', 'EU-Kommission', 'aaaaaa', 'AAAAb', '14.30', '…', '„Zitat“', 'Σίσυφος', 'ǅemal', 'İstanbul', '𝔄𝔅𝔅𝔅𝔅', 'x😀😀😀😀y', '\ud800x', 'straße', '', '---'];
    for (const word of words) {
      const facts = extractor.describe(word);
      expect(facts.shape, word).toBe(hashText(3, wordShape(word)));
      expect(facts.shortShape, word).toBe(hashText(4, collapseShape(wordShape(word))));
    }
  });

  it('describes a word the same into a reused object as into a fresh one', () => {
    const extractor = new FeatureExtractor({ commonNouns: true, gazetteer: true, clusters: true, derivation: true, affixLength: 6 }, {
      commonNouns: createCommonNounLexicon(['Reise', 'Regierung']),
      gazetteer: new Map([['prag', 16], ['deutschland', 16], ['berlin', 16]]),
      clusters: new Map([['Prag', '0101010101'], ['Berliner', '111']]),
    });
    const reused = extractor.describe('Deutschlandreise');
    for (const word of ['Prag-Besuch', 'Berliner', 'tschechischen', 'Deutschlandreise', 'a']) {
      expect({ ...extractor.describe(word, reused) }, word).toEqual({ ...extractor.describe(word) });
    }
  });
});

describe('FeatureExtractor', () => {
  const options = { commonNouns: true, gazetteer: true, clusters: true };
  const resources = {
    commonNouns: createCommonNounLexicon(['Regierung', 'Sprecher']),
    gazetteer: new Map([['prag', 1 << 4]]),
    clusters: new Map([['Prag', '0101010101']]),
  };

  it('gives every token features and is deterministic', () => {
    const words = ['Der', 'Sprecher', 'traf', 'in', 'Prag', 'ein', '.'];
    const first = new FeatureExtractor(options, resources).extract(words);
    const second = new FeatureExtractor(options, resources).extract(words);
    expect(first.offsets.length).toBe(words.length + 1);
    for (let token = 0; token < words.length; token++) expect(first.offsets[token + 1]).toBeGreaterThan(first.offsets[token]);
    expect(Array.from(first.hashes)).toEqual(Array.from(second.hashes));
  });

  it('lets the context change a token’s features', () => {
    const extractor = new FeatureExtractor(options, resources);
    const tokenFeatures = (words: string[], index: number) => {
      const { offsets, hashes } = extractor.extract(words);
      return new Set(hashes.slice(offsets[index], offsets[index + 1]));
    };
    const inPrague = tokenFeatures(['in', 'Prag', 'ein'], 1);
    const fromPrague = tokenFeatures(['aus', 'Prag', 'ein'], 1);
    const shared = [...inPrague].filter((hash) => fromPrague.has(hash)).length;
    expect(shared).toBeGreaterThan(10);
    expect(shared).toBeLessThan(inPrague.size);
  });

  it('marks known common nouns, including the compound head, differently from unknown capitalised words', () => {
    const extractor = new FeatureExtractor(options, resources);
    const featuresOf = (word: string) => {
      const { offsets, hashes } = extractor.extract(['die', word, 'sagte']);
      return new Set(hashes.slice(offsets[1], offsets[2]));
    };
    const noun = featuresOf('Regierung');
    const compound = featuresOf('Regierungssprecher');
    const name = featuresOf('Fiala');
    const plainExtractor = new FeatureExtractor({ ...options, commonNouns: false }, resources);
    const { offsets, hashes } = plainExtractor.extract(['die', 'Regierung', 'sagte']);
    expect(noun.size).toBeGreaterThan(offsets[2] - offsets[1]);
    expect(compound.size).toBeGreaterThan(name.size);
    expect(new Set(hashes.slice(offsets[1], offsets[2])).size).toBeLessThan(noun.size);
  });
});

describe('cached per-word scoring for tagging', () => {
  it('scores exactly like the flat feature list the trainer uses', async () => {
    const { emissionScores } = await import('../../src/ner/decoder.ts');
    const { EmissionScorer } = await import('../../src/ner/emission-scorer.ts');
    const options = { commonNouns: true, gazetteer: true, clusters: true };
    const resources = {
      commonNouns: createCommonNounLexicon(['Regierung', 'Vertreter']),
      gazetteer: new Map([['prag', 16], ['petr', 64]]),
      clusters: new Map([['Prag', '010101'], ['traf', '111000']]),
    };
    const rows = 1 << 10;
    const weights = new Float32Array(rows * 25).map((_, index) => ((index * 7919) % 101) / 50 - 1);
    const tables = { weights, transitions: new Float32Array(26 * 25), tagCount: 25, rowMask: rows - 1 };
    const words = ['„', 'Petr', 'Fiala', '“', 'traf', 'in', 'Prag', 'Vertreter', 'der', 'Regierung', '.'];
    const flat = emissionScores(tables, new FeatureExtractor(options, resources).extract(words));
    const scorer = new EmissionScorer(tables, new FeatureExtractor(options, resources), 4);
    scorer.scores(['Prag', 'traf']); // fills the per-word cache from another sentence first
    const cached = scorer.scores(words).slice(0, words.length * 25); // past its bound of 4 words: the cache is refilled
    const again = scorer.scores(words).slice(0, words.length * 25);
    for (let index = 0; index < words.length * 25; index++) {
      expect(cached[index]).toBeCloseTo(flat[index], 4);
      expect(again[index]).toBe(cached[index]);
    }
  });
});
