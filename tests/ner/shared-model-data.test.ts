/** The NER weight table in shared memory (for worker threads) gives the same tags as a privately decoded one. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommonNouns } from '../../src/lexicon/common-nouns.ts';
import { adoptSharedModelData, decodeSharedModelData, defaultNerModelPath, readModelData } from '../../src/ner/model-data.ts';
import { decodeModel, forEachWordTableEntry } from '../../src/ner/model-format.ts';
import { StringTable } from '../../src/text/string-table.ts';
import { createNerModel } from '../../src/ner/tagger.ts';

const articlesDirectory = new URL('../../fixtures/articles/', import.meta.url).pathname;

/** Word sequences from the fixture articles, cut into sentence-sized pieces. */
function fixtureSentences(): string[][] {
  const sentences: string[][] = [];
  for (const name of readdirSync(articlesDirectory).sort()) {
    const raw = readFileSync(join(articlesDirectory, name), 'utf8');
    const text = name.endsWith('.json') ? String((JSON.parse(raw) as { text?: unknown }).text ?? '') : raw;
    const words = text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
    for (let start = 0; start < words.length; start += 25) sentences.push(words.slice(start, start + 25));
  }
  return sentences;
}

describe.skipIf(!existsSync(defaultNerModelPath))('shared NER model data', () => {
  it('decodes the weight table into a SharedArrayBuffer with the same numbers', () => {
    const shared = decodeSharedModelData();
    const own = decodeModel(readFileSync(defaultNerModelPath));
    expect(shared.path).toBe(defaultNerModelPath);
    expect(shared.data.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(own.weights.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared.data.weights.buffer).equals(Buffer.from(own.weights.buffer))).toBe(true);
    expect(shared.data.transitions).toEqual(own.transitions);
    // The gazetteer travels as a shared string table instead of the header's text.
    expect({ ...shared.data.header, gazetteer: own.header.gazetteer }).toEqual(own.header);
    expect(shared.data.header.gazetteer).toBe('');
    const table = new StringTable(shared.data.gazetteerTable!);
    expect(table.data.units.buffer).toBeInstanceOf(SharedArrayBuffer);
    let entries = 0;
    forEachWordTableEntry(own.header.gazetteer, (word, bits) => {
      entries++;
      expect(table.get(word)).toBe(Number(bits));
    });
    expect(table.size).toBe(entries);
  });

  it('tags every fixture sentence exactly as the privately decoded model does, confidences included', () => {
    const commonNouns = loadCommonNouns();
    const own = createNerModel(decodeModel(readFileSync(defaultNerModelPath)), commonNouns);
    const shared = createNerModel(decodeSharedModelData().data, commonNouns);
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(50);
    for (const words of sentences) expect(shared.tagWithScores(words)).toEqual(own.tagWithScores(words));
  });

  it('once adopted, is what loading the model file gives in this thread', () => {
    const shared = decodeSharedModelData();
    adoptSharedModelData(shared);
    expect(readModelData(defaultNerModelPath)).toBe(shared.data);
  });
});
