/**
 * An immutable table from strings to unsigned 32-bit values in four flat typed arrays, for large lexicons (the
 * tagger's gazetteer: 156,000 names). A Map of that size costs about 14 MB of objects in every thread that
 * builds it; these arrays take about a third of that, can live in shared memory so that all workers read one
 * copy, and answer for a piece of a longer string (`text[start, end)`) without cutting it out.
 */
import { fnvStart, fnvStep } from './fnv.ts';

/** The arrays of a table: plain data, so a table built in one thread can be sent to others. */
export interface StringTableData {
  /** The keys' UTF-16 code units, one after another. */
  units: Uint16Array;
  /** Entry i's key is `units[keyStarts[i], keyStarts[i + 1])`. */
  keyStarts: Int32Array;
  values: Uint32Array;
  /** Open addressing with linear probing: entry index + 1 per slot, 0 when empty; the length is a power of two. */
  slots: Int32Array;
}

export interface StringTableOptions {
  /** Arrays in SharedArrayBuffers, so that workers can use the table without a copy. */
  shared?: boolean;
}

export class StringTable {
  private readonly mask: number;

  constructor(readonly data: StringTableData) {
    this.mask = data.slots.length - 1;
  }

  /** Later entries with the same key replace earlier ones, as with a Map. */
  static build(entries: Iterable<readonly [string, number]>, options: StringTableOptions = {}): StringTable {
    const keys: string[] = [];
    const values: number[] = [];
    for (const [key, value] of entries) {
      keys.push(key);
      values.push(value);
    }
    return StringTable.fromKeys(keys, (index) => values[index], options);
  }

  /** `keys[i]` with the value `valueOf(i)` (1 for every key when absent); a repeated key keeps its last value. */
  static fromKeys(keys: readonly string[], valueOf: (index: number) => number = () => 1, options: StringTableOptions = {}): StringTable {
    let unitCount = 0;
    for (const key of keys) unitCount += key.length;
    let slotCount = 1;
    while (slotCount < keys.length * 2) slotCount *= 2;
    const table = new StringTable(allocate(unitCount, keys.length, slotCount, options.shared));
    const { units, keyStarts, values, slots } = table.data;
    // Entries go in one after another; a key met again only replaces its value.
    let entryCount = 0;
    let offset = 0;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      const value = valueOf(index);
      let slot = table.slotOf(hashUnits(key, 0, key.length, -1));
      for (;;) {
        const entry = slots[slot] - 1;
        if (entry < 0) break;
        if (keyStarts[entry + 1] - keyStarts[entry] === key.length && sameUnits(units, keyStarts[entry], key, 0, key.length, -1)) break;
        slot = (slot + 1) & table.mask;
      }
      if (slots[slot] !== 0) {
        values[slots[slot] - 1] = value;
        continue;
      }
      keyStarts[entryCount] = offset;
      for (let index = 0; index < key.length; index++) units[offset + index] = key.charCodeAt(index);
      offset += key.length;
      keyStarts[entryCount + 1] = offset;
      values[entryCount] = value;
      slots[slot] = ++entryCount;
    }
    if (entryCount === keys.length) return table;
    // Repeated keys left room at the end: the table's size is its entry count, so copy into exact arrays.
    const exact = allocate(offset, entryCount, slotCount, options.shared);
    exact.units.set(units.subarray(0, offset));
    exact.keyStarts.set(keyStarts.subarray(0, entryCount + 1));
    exact.values.set(values.subarray(0, entryCount));
    exact.slots.set(slots);
    return new StringTable(exact);
  }

  get size(): number {
    return this.data.values.length;
  }

  get(key: string): number | undefined {
    return this.getRange(key, 0, key.length);
  }

  has(key: string): boolean {
    return this.getRange(key, 0, key.length) !== undefined;
  }

  /**
   * The value of `text[start, end)`, or undefined. With `firstUnit` (a UTF-16 code unit) the key is read as if
   * `text[start]` were that unit: `firstUnit` upper case finds the noun `Sprecher` in `Regierungssprecher`.
   */
  getRange(text: string, start: number, end: number, firstUnit = -1): number | undefined {
    const { units, keyStarts, values, slots } = this.data;
    const length = end - start;
    let slot = this.slotOf(hashUnits(text, start, end, firstUnit));
    for (;;) {
      const entry = slots[slot] - 1;
      if (entry < 0) return undefined;
      const keyStart = keyStarts[entry];
      if (keyStarts[entry + 1] - keyStart === length && sameUnits(units, keyStart, text, start, length, firstUnit)) return values[entry];
      slot = (slot + 1) & this.mask;
    }
  }

  *keys(): IterableIterator<string> {
    const { units, keyStarts } = this.data;
    for (let entry = 0; entry + 1 < keyStarts.length; entry++) {
      yield String.fromCharCode(...units.subarray(keyStarts[entry], keyStarts[entry + 1]));
    }
  }

  private slotOf(hash: number): number {
    // FNV's low bits alone cluster similar keys: spread them first.
    let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    mixed ^= mixed >>> 13;
    return (mixed ^ (mixed >>> 16)) & this.mask;
  }
}

function allocate(unitCount: number, entryCount: number, slotCount: number, shared = false): StringTableData {
  const buffer = (length: number, bytesPerElement: number) =>
    shared ? new SharedArrayBuffer(length * bytesPerElement) : new ArrayBuffer(length * bytesPerElement);
  return {
    units: new Uint16Array(buffer(unitCount, 2)),
    keyStarts: new Int32Array(buffer(entryCount + 1, 4)),
    values: new Uint32Array(buffer(entryCount, 4)),
    slots: new Int32Array(buffer(slotCount, 4)),
  };
}

function hashUnits(text: string, start: number, end: number, firstUnit: number): number {
  if (start >= end) return fnvStart;
  let hash = fnvStep(fnvStart, firstUnit >= 0 ? firstUnit : text.charCodeAt(start));
  for (let index = start + 1; index < end; index++) hash = fnvStep(hash, text.charCodeAt(index));
  return hash;
}

function sameUnits(units: Uint16Array, keyStart: number, text: string, start: number, length: number, firstUnit: number): boolean {
  if (length === 0) return true;
  if (units[keyStart] !== (firstUnit >= 0 ? firstUnit : text.charCodeAt(start))) return false;
  for (let index = 1; index < length; index++) if (units[keyStart + index] !== text.charCodeAt(start + index)) return false;
  return true;
}
