import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommonNounLexicon } from '../../src/lexicon/common-nouns.ts';
import { FeatureExtractor } from '../../src/ner/features.ts';
import { defaultPlacesPath, placeLexiconBits, readPlaceLexicon } from '../../src/ner/place-lexicon.ts';

const locationBit = 1 << 4; // "begins a LOC" in the corpus gazetteer (see gazetteer.ts)
const resources = {
  commonNouns: createCommonNounLexicon(['Reise', 'Regierung', 'Kommission']),
  gazetteer: new Map([
    ['berlin', locationBit],
    ['bremen', locationBit],
    ['israel', locationBit],
    ['deutschland', locationBit],
    ['merkel', 1],
    ['französischen', placeLexiconBits.placeAdjective],
  ]),
  clusters: new Map<string, string>(),
};
const withDerivation = { commonNouns: true, gazetteer: true, clusters: false, derivation: true };
const withoutDerivation = { ...withDerivation, derivation: false };

/** The features of `word` in a fixed context that the derivation option adds. */
function addedFeatures(word: string): number[] {
  const featuresOf = (options: typeof withDerivation) => {
    const { offsets, hashes } = new FeatureExtractor(options, resources).extract(['die', word, 'sagte']);
    return new Set(hashes.slice(offsets[1], offsets[2]));
  };
  const plain = featuresOf(withoutDerivation);
  return [...featuresOf(withDerivation)].filter((hash) => !plain.has(hash));
}

describe('derivation features', () => {
  it.each([
    ['Berliner', 'inhabitant noun or adjective of a known place'],
    ['Bremer', 'stem restored with -en'],
    ['israelischen', '-isch adjective of a known place'],
    ['Deutschlandreise', 'known name in front of a compound'],
    ['Deutschlandsreise', 'known name with a linking s'],
    ['Merkel-Regierung', 'compound part before the hyphen is already covered; nothing new required'],
    ['deutsch-französischen', 'known adjective after the hyphen'],
  ])('%s (%s)', (word) => {
    if (word === 'Merkel-Regierung') expect(addedFeatures(word)).toEqual([]);
    else expect(addedFeatures(word).length).toBeGreaterThan(0);
  });

  it.each(['Bäcker', 'Regierung', 'sagte', 'Fiala'])('adds nothing to %s, which derives from no known name', (word) => {
    expect(addedFeatures(word)).toEqual([]);
  });

  it('tells a compound with a known noun after the name from one without', () => {
    expect(addedFeatures('Deutschlandreise')).not.toEqual(addedFeatures('Deutschlandxyz'));
  });
});

describe('place lexicon', () => {
  it('reads adjectives in every inflection, demonyms and place-name words', () => {
    const directory = mkdtempSync(join(tmpdir(), 'places-'));
    const path = join(directory, 'places.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({ id: 'country:fr', name: 'Frankreich', kind: 'country', adjective: 'französisch', demonyms: ['Franzose'] }),
        JSON.stringify({ id: 'region:nahost', name: 'Nahost', kind: 'region', aliases: ['Naher Osten'] }),
        '',
      ].join('\n'),
    );
    const lexicon = readPlaceLexicon(path);
    expect(lexicon.get('französischen')).toBe(placeLexiconBits.placeAdjective);
    expect(lexicon.get('französisch')).toBe(placeLexiconBits.placeAdjective);
    expect(lexicon.get('franzosen')).toBe(placeLexiconBits.demonym);
    expect(lexicon.get('frankreich')).toBe(placeLexiconBits.placeNameWord);
    expect(lexicon.get('osten')).toBe(placeLexiconBits.placeNameWord);
    expect(lexicon.has('nahost')).toBe(true);
  });

  it.skipIf(!existsSync(defaultPlacesPath))('knows the inflected nationality adjectives of the shipped place pack', () => {
    const lexicon = readPlaceLexicon();
    for (const word of ['deutschen', 'französische', 'russischer']) expect((lexicon.get(word) ?? 0) & placeLexiconBits.placeAdjective, word).not.toBe(0);
    expect(lexicon.get('regierung')).toBeUndefined();
  });

  it('is empty when the file is missing', () => {
    expect(readPlaceLexicon(join(tmpdir(), 'no-such-places.jsonl')).size).toBe(0);
  });
});
