/**
 * The model file: gzip of a small binary layout.
 *
 *   "DNER" | u32 header length | header JSON (UTF-8) | transitions f32[(tags+1)·tags]
 *   | u32 non-zero count | f32 weight scale | varint index gaps | i16 quantised weights
 *
 * Only non-zero weights are stored (index gaps as LEB128 varints, values as int16 times one scale),
 * so the file stays a few MB while the in-memory table is dense for fast lookups.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { StringTable, type StringTableData, type StringTableOptions } from '../text/string-table.ts';

const magic = 'DNER';

export const modelHeaderSchema = z.strictObject({
  format: z.literal('depesche-ner'),
  version: z.literal(1),
  tags: z.array(z.string()).min(2),
  hashBits: z.number().int().min(8).max(24),
  featureOptions: z.strictObject({ commonNouns: z.boolean(), gazetteer: z.boolean(), clusters: z.boolean(), derivation: z.boolean().optional(), wideContext: z.boolean().optional(), affixLength: z.number().int().min(1).max(8).optional(), nameTypes: z.boolean().optional() }),
  /** Divides scores before the forward-backward pass that gives per-token confidences. */
  confidenceTemperature: z.number().positive(),
  /**
   * Subtracted from the `O` score of every token before decoding. The perceptron is cautious with
   * unseen words (precision well above recall); a small penalty trades some precision for recall.
   */
  outsidePenalty: z.number().min(0),
  /**
   * Added to the score of `B-X` (a chunk of class X starting) before decoding, per class: the
   * perceptron is more cautious with some classes (OTH) than others (PER). Chosen on an inner split
   * of the training data; absent means none.
   */
  classBias: z.record(z.string(), z.number()).optional(),
  /** Lines `word TAB bits`: lower-cased word and its list bit set (see `gazetteer.ts`, `name-lists.ts`). One string, so loading stays fast. */
  gazetteer: z.string(),
  /** Lines `word TAB path`: word and its cluster bit string. */
  clusters: z.string(),
  /** Free-form provenance: corpora, epochs, seed, date. */
  training: z.record(z.string(), z.unknown()),
});

export type ModelHeader = z.infer<typeof modelHeaderSchema>;

export interface ModelData {
  header: ModelHeader;
  /**
   * `rows × tags` weights, each to be multiplied by `weightScale`. Training produces floats (scale 1);
   * a decoded model file keeps its int16 values, so the table takes half the memory (13 MB instead of
   * 26 MB at 2^18 rows) and more of it stays in the processor's caches.
   */
  weights: Float32Array | Int16Array;
  /** 1 when absent. */
  weightScale?: number;
  transitions: Float32Array;
  /**
   * The header's gazetteer, already built into a string table (shared memory, for workers); when present the
   * header's own `gazetteer` text may be empty.
   */
  gazetteerTable?: StringTableData;
}

export function encodeModel(model: ModelData): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(model.header), 'utf8');
  const inputScale = model.weightScale ?? 1;
  let maximum = 0;
  for (const weight of model.weights) maximum = Math.max(maximum, Math.abs(weight * inputScale));
  const scale = maximum === 0 ? 1 : maximum / 32767;
  const gaps: number[] = [];
  const values: number[] = [];
  let previous = -1;
  for (let index = 0; index < model.weights.length; index++) {
    const quantised = Math.round((model.weights[index] * inputScale) / scale);
    if (quantised === 0) continue;
    writeVarint(gaps, index - previous);
    values.push(quantised);
    previous = index;
  }
  const transitionBytes = Buffer.from(new Float32Array(model.transitions).buffer);
  const fixed = Buffer.alloc(4 + 4);
  const counts = Buffer.alloc(8);
  counts.writeUInt32LE(values.length, 0);
  counts.writeFloatLE(scale, 4);
  fixed.write(magic, 0, 'latin1');
  fixed.writeUInt32LE(headerBytes.length, 4);
  const valueBytes = Buffer.from(Int16Array.from(values).buffer);
  return gzipSync(Buffer.concat([fixed, headerBytes, transitionBytes, counts, Buffer.from(gaps), valueBytes]), { level: 9 });
}

export interface DecodeOptions {
  /**
   * Put the weight table (the bulk of the model: 2^hashBits × tags floats) in a SharedArrayBuffer, so worker
   * threads can read one copy instead of each decoding and holding its own. Reads are the same either way.
   */
  shared?: boolean;
}

export function decodeModel(compressed: Buffer, options: DecodeOptions = {}): ModelData {
  const bytes = gunzipSync(compressed);
  if (bytes.toString('latin1', 0, 4) !== magic) throw new Error('not a depesche NER model (bad magic bytes); rebuild it with `npm run train:ner`');
  const headerLength = bytes.readUInt32LE(4);
  let offset = 8;
  const header = modelHeaderSchema.parse(JSON.parse(bytes.toString('utf8', offset, offset + headerLength)));
  offset += headerLength;
  const tagCount = header.tags.length;
  const transitions = new Float32Array((tagCount + 1) * tagCount);
  for (let index = 0; index < transitions.length; index++, offset += 4) transitions[index] = bytes.readFloatLE(offset);
  const count = bytes.readUInt32LE(offset);
  const scale = bytes.readFloatLE(offset + 4);
  offset += 8;
  const indices = new Int32Array(count);
  let position = -1;
  for (let entry = 0; entry < count; entry++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[offset++];
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    position += gap;
    indices[entry] = position;
  }
  const weightCount = 2 ** header.hashBits * tagCount;
  const weights = options.shared ? new Int16Array(new SharedArrayBuffer(weightCount * Int16Array.BYTES_PER_ELEMENT)) : new Int16Array(weightCount);
  // The values may sit at an odd offset, so read them through a DataView rather than an Int16Array view.
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * 2);
  for (let entry = 0; entry < count; entry++) weights[indices[entry]] = view.getInt16(entry * 2, true);
  return { header, weights, weightScale: scale, transitions };
}

/** `word TAB value` lines, sorted by word so the file is the same for the same data. */
export function encodeWordTable(entries: Iterable<readonly [string, string | number]>): string {
  return [...entries]
    .map(([word, value]) => `${word}\t${value}`)
    .sort()
    .join('\n');
}

export function decodeWordTable(table: string): [string, string][] {
  const entries: [string, string][] = [];
  forEachWordTableEntry(table, (word, value) => entries.push([word, value]));
  return entries;
}

/** Walks the lines without splitting the whole table first: this runs at model load time. */
export function forEachWordTableEntry(table: string, visit: (word: string, value: string) => void): void {
  let start = 0;
  while (start < table.length) {
    let end = table.indexOf('\n', start);
    if (end < 0) end = table.length;
    const tab = table.lastIndexOf('\t', end);
    if (tab > start) visit(table.slice(start, tab), table.slice(tab + 1, end));
    start = end + 1;
  }
}

function writeVarint(into: number[], value: number): void {
  let remaining = value;
  while (remaining >= 0x80) {
    into.push((remaining & 0x7f) | 0x80);
    remaining = Math.floor(remaining / 128);
  }
  into.push(remaining);
}

/** The model's gazetteer (a `word TAB bits` table in its header) as a flat string table. */
export function gazetteerTable(wordTable: string, options: StringTableOptions = {}): StringTable {
  const words: string[] = [];
  const bits: number[] = [];
  forEachWordTableEntry(wordTable, (word, value) => {
    words.push(word);
    bits.push(Number(value));
  });
  return StringTable.fromKeys(words, (index) => bits[index], options);
}
