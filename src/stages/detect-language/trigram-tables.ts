/**
 * Hash tables keyed by trigrams of three UTF-16 code units, stored as numbers rather than strings: franc builds a
 * three-character string per position and an object keyed by them, which is most of its cost per article.
 * A trigram's key is its three units side by side in 48 bits, exact in a double.
 */

export function trigramKey(first: number, second: number, third: number): number {
  return first * 0x1_0000_0000 + second * 0x1_0000 + third;
}

function trigramHash(first: number, second: number, third: number): number {
  const mixed = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77) ^ Math.imul(third, 0xc2b2ae3d);
  return mixed ^ (mixed >>> 15);
}

/** The smallest power of two that keeps the table at most half full, so probe runs stay short. */
function capacityFor(entries: number): number {
  let capacity = 16;
  while (capacity < entries * 2) capacity *= 2;
  return capacity;
}

/** A fixed set of trigrams, each with a dense id: the trigrams of the candidate languages' models. */
export class TrigramVocabulary {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(expectedSize: number) {
    const capacity = capacityFor(expectedSize);
    this.keys = new Float64Array(capacity).fill(-1);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The id of the trigram, added if new. */
  add(first: number, second: number, third: number): number {
    const slot = this.slotOf(first, second, third);
    if (this.keys[slot] === -1) {
      this.keys[slot] = trigramKey(first, second, third);
      this.ids[slot] = this.size++;
    }
    return this.ids[slot];
  }

  /** The id of the trigram, or -1 when no candidate model has it. */
  idOf(first: number, second: number, third: number): number {
    const slot = this.slotOf(first, second, third);
    return this.keys[slot] === -1 ? -1 : this.ids[slot];
  }

  private slotOf(first: number, second: number, third: number): number {
    const key = trigramKey(first, second, third);
    let slot = trigramHash(first, second, third) & this.mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/**
 * Occurrence counts of the trigrams of one text. Reused from text to text: a generation number marks which slots
 * belong to the current text, so nothing is cleared or allocated between articles.
 */
export class TrigramCounts {
  private keys = new Float64Array(0);
  private counts = new Int32Array(0);
  private generations = new Int32Array(0);
  private mask = 0;
  private generation = 0;
  /** Slots in use by the current text, in first-seen order. */
  private usedSlots = new Int32Array(0);
  /** Where each used slot's trigram first starts in the counted units. */
  private firstPositions = new Int32Array(0);
  distinct = 0;

  /** Counts the trigrams of `units[0 .. length)`, replacing the previous text's counts. */
  countTrigrams(units: Uint16Array, length: number): void {
    this.prepare(Math.max(0, length - 2));
    for (let position = 0; position + 2 < length; position++) {
      this.increment(units[position], units[position + 1], units[position + 2], position);
    }
  }

  /** Where the `index`-th distinct trigram first starts in the counted units. */
  positionOf(index: number): number {
    return this.firstPositions[index];
  }

  countOf(index: number): number {
    return this.counts[this.usedSlots[index]];
  }

  private prepare(trigrams: number): void {
    if (this.keys.length < trigrams * 2 || this.keys.length === 0) {
      const capacity = capacityFor(Math.max(trigrams, 1024));
      this.keys = new Float64Array(capacity);
      this.counts = new Int32Array(capacity);
      this.generations = new Int32Array(capacity);
      this.usedSlots = new Int32Array(capacity);
      this.firstPositions = new Int32Array(capacity);
      this.mask = capacity - 1;
      this.generation = 0;
    }
    if (this.generation === 0x7fff_ffff) {
      // After two billion texts the marks would wrap around and old slots would look current.
      this.generations.fill(0);
      this.generation = 0;
    }
    this.generation++;
    this.distinct = 0;
  }

  private increment(first: number, second: number, third: number, position: number): void {
    const key = trigramKey(first, second, third);
    let slot = trigramHash(first, second, third) & this.mask;
    while (this.generations[slot] === this.generation) {
      if (this.keys[slot] === key) {
        this.counts[slot]++;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.generations[slot] = this.generation;
    this.keys[slot] = key;
    this.counts[slot] = 1;
    this.usedSlots[this.distinct] = slot;
    this.firstPositions[this.distinct] = position;
    this.distinct++;
  }
}
