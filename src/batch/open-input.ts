/**
 * Opening an input file, gzip-compressed or not. Feed archives and JSONL dumps usually come gzipped
 * (`news.jsonl.gz`); they are decompressed as they stream, so a compressed input needs no more memory than a
 * plain one and no temporary file. A file is taken as gzip when its name ends in `.gz` or, for names that say
 * nothing, when it starts with gzip's magic bytes; stdin is recognised by those bytes too.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { declaredXmlEncoding, decodeInputBytes, type DecodedText } from './decode-text.ts';

const gunzipBuffer = promisify(gunzip);

/** The first two bytes of every gzip member (RFC 1952). */
export function startsWithGzipMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function hasGzipSuffix(path: string): boolean {
  return /\.gz$/i.test(path);
}

/** The name without a final `.gz`: `news.jsonl.gz` → `news.jsonl`. */
export function withoutGzipSuffix(path: string): string {
  return hasGzipSuffix(path) ? path.slice(0, -3) : path;
}

/** A read that failed part-way through a file, with the last line (or row's line) read whole before it. */
export class InputReadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** zlib's messages ("unexpected end of file") say nothing of gzip; this one says what is wrong with the input. */
export function gzipProblem(error: unknown): Error {
  const message = (error as Error).message ?? String(error);
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('Z_')) return error as Error;
  return new Error(`gzip data is corrupt or truncated (${message})`);
}

/** The file's bytes as a stream, decompressed when `gzip`; read or decompression errors surface on the stream. */
export function openInputStream(path: string, gzip: boolean): NodeJS.ReadableStream {
  const raw = createReadStream(path);
  if (!gzip) return raw;
  const decompressed = createGunzip();
  raw.on('error', (error) => decompressed.destroy(error));
  raw.pipe(decompressed);
  return decompressed;
}

/**
 * A whole (small) input as text: a `.txt`, `.json` or feed file, decompressed when `gzip`, decoded as decode-text.ts
 * says (for XML, the encoding its declaration names counts).
 */
export async function readInputText(path: string, gzip: boolean, format?: 'xml'): Promise<DecodedText> {
  const bytes = await readInputBytes(path, gzip);
  return decodeInputBytes(bytes, format === 'xml' ? declaredXmlEncoding(bytes) : undefined);
}

/** A whole (small) input's bytes, decompressed when `gzip`. */
export async function readInputBytes(path: string, gzip: boolean): Promise<Buffer> {
  const bytes = await readFile(path);
  if (!gzip) return bytes;
  try {
    return await gunzipBuffer(bytes);
  } catch (error) {
    throw gzipProblem(error);
  }
}

/**
 * The stream's chunks, decompressed if its first bytes are gzip's magic (for stdin, whose name says nothing).
 * A gzip magic split across the first two chunks is not recognised; pipes deliver far larger first chunks.
 */
export async function* gunzipIfCompressed(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = first.value;
  const rest = (async function* () {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  if (typeof head === 'string' || !startsWithGzipMagic(head)) {
    yield* rest;
    return;
  }
  const compressed = Readable.from(rest);
  const decompressed = createGunzip();
  compressed.on('error', (error) => decompressed.destroy(error));
  compressed.pipe(decompressed);
  try {
    for await (const chunk of decompressed as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    throw gzipProblem(error);
  }
}
