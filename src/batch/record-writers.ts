/**
 * Where records go: JSONL on stdout, one JSONL file, or one `<id>.json` per record in a directory.
 * Writes never leave a half-written record that a reader would trip over: JSONL lines are written whole and a
 * torn last line (a killed run) is cut off on resume; directory records are written to a temp file and renamed.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FinishedRecord } from './finished-record.ts';
import { safeFileName } from './safe-file-name.ts';
import { streamLines } from './read-json-lines.ts';

export interface RecordWriter {
  /** With `--resume`: loads what earlier runs wrote and returns how many records that is. */
  loadExisting(): Promise<number>;
  /** True when a record with this id is already in the output (after loadExisting). */
  hasRecord(id: string): boolean;
  write(record: FinishedRecord): Promise<void>;
  close(): Promise<void>;
}

/** The reader of our output went away (`| head`); the run stops instead of extracting for nobody. */
export class OutputClosedError extends Error {
  readonly code = 'output-closed';
}

/**
 * Waits until a stream has room again, so a slow consumer slows the run instead of filling memory.
 * Also settles when the stream fails or closes, so a vanished reader cannot leave the run waiting forever.
 */
function writeWithBackpressure(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      stream.removeListener('drain', onDrain);
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => settle();
    const onError = (error: Error): void => settle(error);
    const onClose = (): void => settle(new OutputClosedError('the output stream was closed'));
    stream.on('error', onError);
    stream.on('close', onClose);
    if (stream.write(chunk)) settle();
    else stream.on('drain', onDrain);
  });
}

export class StreamRecordWriter implements RecordWriter {
  private closedReason?: Error;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // A closed pipe must end the run with a message, not the process with an unhandled 'error' event.
    stream.on('error', (error: Error) => {
      this.closedReason ??= new OutputClosedError(`the output stream failed: ${error.message}`);
    });
  }

  async loadExisting(): Promise<number> {
    return 0;
  }

  hasRecord(): boolean {
    return false;
  }

  async write(record: FinishedRecord): Promise<void> {
    if (this.closedReason) throw this.closedReason;
    try {
      await writeWithBackpressure(this.stream, `${record.json}\n`);
    } catch (error) {
      this.closedReason ??= error instanceof OutputClosedError ? error : new OutputClosedError(`the output stream failed: ${(error as Error).message}`);
      throw this.closedReason;
    }
  }

  async close(): Promise<void> {}
}

/** Finds the length of the file up to and including its last newline, reading backwards from the end. */
export async function lengthOfCompleteLines(path: string): Promise<number> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const chunkSize = 64 * 1024;
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunkSize);
      const buffer = Buffer.alloc(end - start);
      await handle.read(buffer, 0, buffer.length, start);
      const newline = buffer.lastIndexOf(0x0a);
      if (newline !== -1) return start + newline + 1;
      end = start;
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/** Reads the ids of an existing JSONL output, cutting off a torn last line first. */
export async function idsInJsonLines(path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const info = await stat(path).catch(() => undefined);
  if (!info) return ids;
  const complete = await lengthOfCompleteLines(path);
  if (complete < info.size) await truncate(path, complete);
  for await (const line of streamLines(createReadStream(path))) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as { id?: unknown };
      if (typeof record.id === 'string') ids.add(record.id);
    } catch {
      // A complete but unparsable line cannot come from this writer; its article is simply done again.
    }
  }
  return ids;
}

export class JsonLinesFileWriter implements RecordWriter {
  private stream?: WriteStream;
  private existing = new Set<string>();
  private append = false;

  constructor(private readonly path: string) {}

  async loadExisting(): Promise<number> {
    this.existing = await idsInJsonLines(this.path);
    this.append = true;
    return this.existing.size;
  }

  hasRecord(id: string): boolean {
    return this.existing.has(id);
  }

  private async open(): Promise<WriteStream> {
    await mkdir(dirname(this.path), { recursive: true });
    const stream = createWriteStream(this.path, { flags: this.append ? 'a' : 'w', encoding: 'utf8' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async write(record: FinishedRecord): Promise<void> {
    this.stream ??= await this.open();
    await writeWithBackpressure(this.stream, `${record.json}\n`);
  }

  async close(): Promise<void> {
    // Even an empty run leaves a (possibly empty) file, so "where is my output?" has an answer.
    this.stream ??= await this.open();
    const stream = this.stream;
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

const temporaryPrefix = '.partial-';
const maximumPendingFileWrites = 16;

export class DirectoryRecordWriter implements RecordWriter {
  private existing = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private firstError?: Error;
  private ready?: Promise<void>;

  constructor(private readonly directory: string) {}

  async loadExisting(): Promise<number> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    for (const name of names) {
      if (name.startsWith(temporaryPrefix)) await rm(join(this.directory, name), { force: true });
      else if (name.endsWith('.json')) this.existing.add(name);
    }
    return this.existing.size;
  }

  hasRecord(id: string): boolean {
    return this.existing.has(`${safeFileName(id)}.json`);
  }

  /** Files are independent, so a few writes run concurrently; the count is bounded to keep memory flat. */
  async write(record: FinishedRecord): Promise<void> {
    this.ready ??= mkdir(this.directory, { recursive: true }).then(() => undefined);
    await this.ready;
    if (this.firstError) throw this.firstError;
    const name = `${safeFileName(record.id)}.json`;
    const temporary = join(this.directory, `${temporaryPrefix}${process.pid}-${name}`);
    const task = writeFile(temporary, `${record.json}\n`)
      .then(() => rename(temporary, join(this.directory, name)))
      .catch((error: Error) => {
        this.firstError ??= error;
      });
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
    if (this.pending.size >= maximumPendingFileWrites) await Promise.race(this.pending);
  }

  async close(): Promise<void> {
    await Promise.all(this.pending);
    if (this.firstError) throw this.firstError;
  }
}

export type OutputTarget = { kind: 'stdout' } | { kind: 'json-lines'; path: string } | { kind: 'directory'; path: string };

export function outputTarget(out: string): OutputTarget {
  if (out === '-') return { kind: 'stdout' };
  if (out.toLowerCase().endsWith('.jsonl')) return { kind: 'json-lines', path: out };
  return { kind: 'directory', path: out };
}

export function createRecordWriter(target: OutputTarget, stdout: NodeJS.WritableStream): RecordWriter {
  if (target.kind === 'stdout') return new StreamRecordWriter(stdout);
  if (target.kind === 'json-lines') return new JsonLinesFileWriter(target.path);
  return new DirectoryRecordWriter(target.path);
}
