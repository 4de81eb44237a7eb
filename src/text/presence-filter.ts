/**
 * A Bloom filter over strings, queried with hashes built one code unit at a time. Lexicon look-ups of
 * word parts (the noun ending a compound, the place name in front of one) try every split of a word;
 * building each part as a string and hashing it into a Set costs an allocation per try. With running
 * hashes over the word itself, a split costs one multiply, and only the rare split the filter passes
 * is cut out and checked against the real lexicon. The filter can err only towards "maybe".
 */

import { fnvStart, fnvStep } from './fnv.ts';

/** Bits per expected entry: with two probes about 1.4 % of absent strings pass. */
const bitsPerEntry = 16;

export class PresenceFilter {
  private readonly mask: number;

  /** Over `bits` built by another filter (their count a power of two of at least 32): adopts them, no copy. */
  constructor(readonly bits: Uint32Array) {
    this.mask = bits.length * 32 - 1;
  }

  /** An empty filter sized for about `expectedEntries`; `shared`: its bits in a SharedArrayBuffer. */
  static sizedFor(expectedEntries: number, shared = false): PresenceFilter {
    let size = 1 << 10;
    while (size < expectedEntries * bitsPerEntry && size < 1 << 30) size *= 2;
    return new PresenceFilter(shared ? new Uint32Array(new SharedArrayBuffer(size / 8)) : new Uint32Array(size / 32));
  }

  add(hash: number): void {
    const mixed = mix(hash);
    this.set(mixed & this.mask);
    this.set(((mixed >>> 16) | (mixed << 16)) & this.mask);
  }

  /** False means the string with this running hash was never added; true means it may have been. */
  mayContain(hash: number): boolean {
    const mixed = mix(hash);
    return this.get(mixed & this.mask) && this.get(((mixed >>> 16) | (mixed << 16)) & this.mask);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private get(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** Spreads FNV's low bits, which alone would probe neighbouring bits for similar strings. */
function mix(value: number): number {
  let hash = value ^ (value >>> 16);
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The running hash of `text[start, end)`, left to right; from `hash`, the hash of text that comes before it. */
export function hashRange(text: string, start = 0, end = text.length, hash = fnvStart): number {
  for (let index = start; index < end; index++) hash = fnvStep(hash, text.charCodeAt(index));
  return hash;
}
