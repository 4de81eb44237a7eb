import { describe, expect, it } from 'vitest';
import { nameKey, wordKey } from '../../src/text/name-keys.ts';

describe('name keys', () => {
  it.each([
    ['Selenskyj', 'Zelensky'],
    ['Selenskyj', 'Zelenskyy'],
    ['Wladimir', 'Vladimir'],
    ['Tschechow', 'Chekhov'],
    ['Unesco', 'UNESCO'],
  ])('folds spellings of one name together: %s and %s', (one, other) => {
    expect(wordKey(one)).toBe(wordKey(other));
  });

  it('keeps the doubled letters of an abbreviation in capitals: "ISS" (the space station) is not "IS"', () => {
    expect(wordKey('ISS')).not.toBe(wordKey('IS'));
    expect(nameKey('Internationale Raumstation ISS')).toBe('internationale raumstation iss');
  });
});
