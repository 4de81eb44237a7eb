import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommonNounLexicon } from '../../src/lexicon/common-nouns.ts';
import { FeatureExtractor } from '../../src/ner/features.ts';
import { nameTypeBits, nameTypeOf, readNameTypeNouns } from '../../src/ner/name-type-nouns.ts';

const locationBit = 1 << 4; // "begins a LOC" in the corpus gazetteer (see gazetteer.ts)
const commonNouns = createCommonNounLexicon(['Band', 'Rockband', 'Dorf', 'Dorfes', 'Zeitung', 'Mannschaft', 'Nationalmannschaft', 'Regen', 'Stadt']);
const gazetteer = new Map([
  ['band', nameTypeBits.ORG],
  ['dorf', nameTypeBits.LOC],
  ['zeitung', nameTypeBits.ORG],
  ['mannschaft', nameTypeBits.ORG],
  ['dr', nameTypeBits.PER],
  ['stadt', nameTypeBits.LOC],
  ['stadtbahn', locationBit],
]);

describe('name-type nouns', () => {
  it('reads each class and the role titles, feminine forms included', () => {
    const directory = mkdtempSync(join(tmpdir(), 'name-types-'));
    const path = join(directory, 'name-types.json');
    const rolesPath = join(directory, 'roles.jsonl');
    writeFileSync(path, JSON.stringify({ PER: ['Herr', 'Dr.'], LOC: ['Vulkan', 'Kirche'], ORG: ['Band', 'Kirche'], OTH: ['Roman'] }));
    writeFileSync(rolesPath, [JSON.stringify({ id: 'role:x', title: 'Kanzler', feminine: 'Kanzlerin' }), ''].join('\n'));
    const nouns = readNameTypeNouns(path, rolesPath);
    expect(nouns.get('herr')).toBe(nameTypeBits.PER);
    expect(nouns.get('dr')).toBe(nameTypeBits.PER);
    expect(nouns.get('kirche')).toBe(nameTypeBits.LOC | nameTypeBits.ORG);
    expect(nouns.get('roman')).toBe(nameTypeBits.OTH);
    expect(nouns.get('kanzlerin')).toBe(nameTypeBits.PER);
  });

  it.each([
    ['Band', nameTypeBits.ORG, 'listed'],
    ['Dorfes', nameTypeBits.LOC, 'genitive'],
    ['Wochenzeitung', nameTypeBits.ORG, 'compound head'],
    ['Rockband', 0, 'a compound the lexicon knows as a whole is taken as it is'],
    ['Fußballnationalmannschaft', 0, 'the longest known head (Nationalmannschaft) is not listed'],
    ['Dr.', nameTypeBits.PER, 'abbreviation with its full stop'],
    ['Regen', 0, 'a noun of no kind'],
    ['Stadtbahn', 0, 'a name word that starts like a kind noun'],
    ['Jugendzeitung', nameTypeBits.ORG, 'head of a compound the lexicon does not know'],
  ])('%s → %s (%s)', (word, bits) => {
    expect(nameTypeOf(word, gazetteer, commonNouns.compoundHead(word))).toBe(bits);
  });
});

describe('name-type features', () => {
  const options = { commonNouns: true, gazetteer: true, clusters: false, derivation: true, nameTypes: true };
  const featuresAt = (words: string[], position: number, extractorOptions = options) => {
    const { offsets, hashes } = new FeatureExtractor(extractorOptions, { commonNouns, gazetteer }).extract(words);
    return new Set(hashes.slice(offsets[position], offsets[position + 1]));
  };
  const added = (words: string[], position: number) => {
    const without = featuresAt(words, position, { ...options, nameTypes: false });
    return [...featuresAt(words, position)].filter((hash) => !without.has(hash));
  };

  it('gives a name the kind its left neighbour announces, one or two words away', () => {
    expect(added(['mit', 'der', 'Band', 'Rainrock'], 3).length).toBe(1);
    expect(added(['der', 'Wochenzeitung', 'Die', 'Zeit'], 2).length).toBe(1);
    expect(added(['der', 'Wochenzeitung', 'Die', 'Zeit'], 3).length).toBe(1);
  });

  it('tells the kinds apart', () => {
    expect(added(['die', 'Band', 'Rainrock'], 2)).not.toEqual(added(['das', 'Dorf', 'Rainrock'], 2));
  });

  it('adds nothing where no kind noun stands to the left, nor after a lower-case word', () => {
    expect(added(['im', 'Regen', 'Rainrock'], 2)).toEqual([]);
    expect(added(['sie', 'band', 'Rainrock'], 2)).toEqual([]);
  });
});
