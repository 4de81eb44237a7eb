import { describe, expect, it } from 'vitest';
import { nameKey, wordKey } from '../../src/text/name-keys.ts';

describe('name keys', () => {
  it.each([
    ['Selenskyj', 'Zelensky'],
    ['Selenskyj', 'Zelenskyy'],
    ['Wladimir', 'Vladimir'],
    ['Tschechow', 'Chekhov'],
    // Letters with a stroke, which Unicode does not decompose.
    ['Wałęsa', 'Walesa'],
    ['Đoković', 'Djokovic'],
  ])('folds spellings of one name together: %s and %s', (one, other) => {
    expect(wordKey(one)).toBe(wordKey(other));
  });

  it('keys an abbreviation in capitals letter by letter: "ISS" (the space station) is not "IS", nor "BWB" "BVB"', () => {
    expect(wordKey('ISS')).not.toBe(wordKey('IS'));
    expect(wordKey('BWB')).not.toBe(wordKey('BVB'));
    expect(nameKey('Internationale Raumstation ISS')).toBe('internationale raumstation iss');
  });
});
