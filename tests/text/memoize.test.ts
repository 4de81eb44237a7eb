import { describe, expect, it } from 'vitest';
import { memoizeWord } from '../../src/text/memoize.ts';

describe('memoizeWord', () => {
  it('computes each word once while it stays in use, undefined results included', () => {
    const computed: string[] = [];
    const lookup = memoizeWord((word: string) => {
      computed.push(word);
      return word.startsWith('x') ? undefined : word.toUpperCase();
    }, 4);
    expect(lookup('alpha')).toBe('ALPHA');
    expect(lookup('xeno')).toBeUndefined();
    expect(lookup('alpha')).toBe('ALPHA');
    expect(lookup('xeno')).toBeUndefined();
    expect(computed).toEqual(['alpha', 'xeno']);
  });

  it('keeps a word that is still used when the cache turns over, and forgets one that is not', () => {
    const computed: string[] = [];
    const lookup = memoizeWord((word: string) => (computed.push(word), word.length), 4); // two generations of two
    lookup('kept');
    lookup('dropped');
    for (const word of ['a', 'b', 'c', 'd', 'e', 'f']) {
      lookup(word);
      lookup('kept'); // used all along: moves back to the young generation each time it ages
    }
    computed.length = 0;
    lookup('kept');
    lookup('dropped');
    expect(computed).toEqual(['dropped']);
  });
});
