import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCommonNounLexicon, defaultCommonNounsPath, loadCommonNouns } from '../../src/lexicon/common-nouns.ts';

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
