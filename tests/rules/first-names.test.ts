import { describe, expect, it } from 'vitest';
import { formatFirstNames, loadFirstNames, parseFirstNames } from '../../src/lexicon/first-names.ts';

describe('first names with their sex', () => {
  it('keeps names given to one sex only, sorted, and reads them back', () => {
    const table = formatFirstNames(['Anna', 'Andrea', 'Kim'], ['Mikko', 'Andrea', 'Kim']);
    expect(table).toBe('Anna\tf\nMikko\tm\n');
    expect([...parseFirstNames(table)]).toEqual([
      ['Anna', 'f'],
      ['Mikko', 'm'],
    ]);
  });

  it('ships a table built from the name lists (scripts/build-first-names.ts)', () => {
    const names = loadFirstNames();
    expect(names.size).toBeGreaterThan(5000);
    expect(names.get('Angela')).toBe('f');
    expect(names.get('Werner')).toBe('m');
    // Common German-speaking names the faker lists lack (scripts/data/given-names-de.json).
    expect(names.get('Jürgen')).toBe('m');
    expect(names.get('Elke')).toBe('f');
    // And names of the foreign news German-language papers print.
    expect(names.get('Yanis')).toBe('m');
    expect(names.get('Nikolaus')).toBe('m');
    // Given to men in Italy and to women in Germany: no answer.
    expect(names.has('Andrea')).toBe(false);
  });
});
