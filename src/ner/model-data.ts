/**
 * Where a tagger's decoded model data comes from: the model file, or a copy that another thread decoded into
 * shared memory. The batch path decodes the model once, in a throw-away worker, with its weight table in a
 * SharedArrayBuffer, and hands it to every worker, so N workers hold one 13 MB table instead of N (and skip
 * the decoding). The tagger reads the same numbers either way.
 *
 * Kept apart from index.ts so that thread can decode without loading the tagger and feature code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeModel, gazetteerTable, type ModelData } from './model-format.ts';

/** The shipped model, found next to the sources rather than from the working directory. */
export const defaultNerModelPath = resolve(import.meta.dirname, '..', '..', 'models', 'ner-de.bin.gz');

/** Decoded model data for one model file; plain data with a shared weight table, so it can go to workers. */
export interface SharedModelData {
  /** Absolute path of the model file it was decoded from. */
  path: string;
  data: ModelData;
}

const adopted = new Map<string, ModelData>();

/**
 * Decodes a model file with its weight table and gazetteer in shared memory. The header's gazetteer text is
 * left out: the table replaces it, and a worker would otherwise receive a 4 MB copy of it.
 */
export function decodeSharedModelData(path: string = defaultNerModelPath): SharedModelData {
  const absolute = resolve(path);
  const data = decodeModel(readFileSync(absolute), { shared: true });
  const table = gazetteerTable(data.header.gazetteer, { shared: true });
  return { path: absolute, data: { ...data, header: { ...data.header, gazetteer: '' }, gazetteerTable: table.data } };
}

/** From now on, reading `shared.path` in this thread gives `shared.data` instead of decoding the file again. */
export function adoptSharedModelData(shared: SharedModelData): void {
  adopted.set(resolve(shared.path), shared.data);
}

/** The model data for a file: the adopted shared copy if there is one, else decoded from the file. */
export function readModelData(path: string): ModelData {
  const absolute = resolve(path);
  return adopted.get(absolute) ?? decodeModel(readFileSync(absolute));
}
