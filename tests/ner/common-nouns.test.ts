import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCommonNounLexicon, defaultCommonNounsPath, loadCommonNouns, nounKey } from '../../src/lexicon/common-nouns.ts';

describe('common-noun lexicon', () => {
  it('compares the first letter case-insensitively and finds compound heads', () => {
    const lexicon = createCommonNounLexicon(['Regierung', 'Sprecher', 'präsident']);
    expect(lexicon.has('Regierung')).toBe(true);
    expect(lexicon.has('regierung')).toBe(true);
    expect(lexicon.has('Präsident')).toBe(true);
    expect(lexicon.has('REGIERUNG')).toBe(false);
    expect(lexicon.has('Fiala')).toBe(false);
    expect(lexicon.compoundHead('Regierungssprecher')).toBe('Sprecher');
    expect(lexicon.compoundHead('Ministerpräsident')).toBe('Präsident');
    expect(lexicon.compoundHead('Sprecher')).toBeUndefined();
    expect(lexicon.compoundHead('Prag')).toBeUndefined();
  });

  it.skipIf(!existsSync(defaultCommonNounsPath))('ships a lexicon that loads fast, once, and knows nouns but not typical names', () => {
    const start = performance.now();
    const lexicon = loadCommonNouns();
    const milliseconds = performance.now() - start;
    expect(loadCommonNouns()).toBe(lexicon);
    expect(milliseconds).toBeLessThan(1000);
    expect(lexicon.size).toBeGreaterThan(100_000);
    for (const noun of ['Regierung', 'Vertreter', 'Präsident', 'Häuser', 'Kindern', 'Gesetzes']) expect(lexicon.has(noun), noun).toBe(true);
    for (const name of ['Fiala', 'Prag', 'Scholz', 'Selenskyj', 'ADAC']) expect(lexicon.has(name), name).toBe(false);
  });
});

describe('common-noun look-ups behind the presence filter', () => {
  // What the lexicon answered before the filter: build the key, look it up.
  function reference(nouns: string[]) {
    const forms = new Set(nouns.map(nounKey));
    const has = (word: string) => forms.has(nounKey(word));
    const compoundHead = (word: string) => {
      if (has(word)) return undefined;
      for (let split = 3; split <= word.length - 4; split++) if (forms.has(nounKey(word.slice(split)))) return nounKey(word.slice(split));
      return undefined;
    };
    return { has, compoundHead };
  }

  it('answers exactly as plain key look-ups, umlauts, ß and odd letters included', () => {
    const nouns = ['Regierung', 'Sprecher', 'präsident', 'Übersicht', 'Ärztin', 'Öl', 'ßtraße', 'Straße', 'Ölpreis', 'Σigma', 'Ende'];
    const lexicon = createCommonNounLexicon(nouns);
    const plain = reference(nouns);
    const words = [
      'Regierungssprecher', 'Ministerpräsident', 'Gesamtübersicht', 'Landärztin', 'Rohölpreis', 'Hauptstraße', 'Nebenßtraße',
      'Wochenende', 'Fiala', 'Prag', 'ölpreis', 'ÖLPREIS', 'σigma', 'Großσigma', '', 'a', 'Spr', 'Übersichtsübersicht', '😀Ende', 'Ende😀',
    ];
    for (const word of words) {
      expect(lexicon.has(word), word).toBe(plain.has(word));
      expect(lexicon.compoundHead(word), word).toBe(plain.compoundHead(word));
    }
  });
});
