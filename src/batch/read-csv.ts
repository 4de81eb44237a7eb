/**
 * CSV, streamed row by row through csv-parse. With a header row, columns are named; with `hasHeader: false`
 * they are given by number, counting from 1 (like `cut -f`). A broken row becomes a problem item; the rest go on.
 */
import { parse, type CsvError } from 'csv-parse';
import { fileStem } from './file-stem.ts';
import { gzipProblem, InputReadError, openInputStream } from './open-input.ts';
import { Readable } from 'node:stream';
import { decodeWindows1252, encodingNote, fallbackEncoding, startsAsUtf8, withNote } from './decode-text.ts';
import type { CsvOptions, InputNote, SourceItem } from './source-item.ts';

type Row = Record<string, string> | string[];

export function columnValue(row: Row, column: string | undefined, hasHeader: boolean): string | undefined {
  if (column === undefined) return undefined;
  if (hasHeader) return (row as Record<string, string>)[column];
  return (row as string[])[Number(column) - 1];
}

/** Checks column options up front, so a typo stops the run with a message instead of yielding only errors. */
export function csvOptionProblem(options: CsvOptions): string | undefined {
  if (options.hasHeader) return undefined;
  for (const [name, value] of [['--csv-text-column', options.textColumn], ['--csv-id-column', options.idColumn], ['--csv-title-column', options.titleColumn]]) {
    if (value !== undefined && !/^[1-9]\d*$/.test(value)) {
      return `${name} must be a column number (1, 2, …) with --csv-no-header, got '${value}'`;
    }
  }
  return undefined;
}

export function articleItemFromRow(row: Row, rowNumber: number, line: number, input: string, options: CsvOptions): SourceItem {
  const fallbackId = `${fileStem(input)}#${rowNumber}`;
  // With a header, columns named `id` and `title` are used when present, so the common case needs no options.
  const idColumn = options.idColumn ?? (options.hasHeader ? 'id' : undefined);
  const titleColumn = options.titleColumn ?? (options.hasHeader ? 'title' : undefined);
  const id = columnValue(row, idColumn, options.hasHeader)?.trim() || fallbackId;
  const text = columnValue(row, options.textColumn, options.hasHeader);
  if (text === undefined) {
    return { kind: 'problem', id, code: 'invalid-article', message: `row has no column '${options.textColumn}'`, input, line };
  }
  if (text.trim() === '') return { kind: 'problem', id, code: 'empty-text', message: 'the text column is empty', input, line };
  const title = columnValue(row, titleColumn, options.hasHeader)?.trim() || undefined;
  return { kind: 'article', article: { id, text, ...(title ? { title } : {}) }, input, line };
}

export async function* readCsv(input: string, options: CsvOptions, stream?: NodeJS.ReadableStream, gzip = false): AsyncGenerator<SourceItem> {
  const skipped: SourceItem[] = [];
  const parser = parse({
    delimiter: options.delimiter,
    quote: options.quote,
    // Quotes inside a quoted field are doubled (RFC 4180); csv-parse would otherwise treat '"' as an escape character.
    escape: options.quote,
    columns: options.hasHeader,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const line = (error as (CsvError & { lines?: number }) | undefined)?.lines;
      skipped.push({
        kind: 'problem',
        id: `${fileStem(input)}@line${line ?? '?'}`,
        code: 'invalid-csv',
        message: error?.message ?? 'unparsable CSV row',
        input,
        ...(line ? { line } : {}),
      });
      return undefined;
    },
  });
  const raw: NodeJS.ReadableStream = stream ?? openInputStream(input, gzip);
  let note: InputNote | undefined;
  const source = Readable.from(
    decodeStreamStart(raw as AsyncIterable<Buffer | string>, (encoding) => (note = encodingNote({ encoding, basis: 'content' }))),
    { objectMode: false },
  );
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);
  let rowNumber = 0;
  let lastLine = 0;
  try {
    for await (const entry of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
      while (skipped.length > 0) yield skipped.shift()!;
      rowNumber += 1;
      lastLine = entry.info.lines;
      const item = articleItemFromRow(entry.record, rowNumber, entry.info.lines, input, options);
      yield withNote(item, note);
    }
  } catch (error) {
    // The source failed part-way (a truncated archive): the rows before it have their items.
    throw new InputReadError(`${gzipProblem(error).message}; ${rowNumber === 0 ? 'no row' : `rows up to line ${lastLine}`} read whole`, lastLine + 1);
  }
  while (skipped.length > 0) yield skipped.shift()!;
}

/**
 * The stream's chunks as they come, or, when its first chunk is no valid UTF-8, decoded as Windows-1252
 * (decode-text.ts). The first chunk decides for the whole stream; `onEncoding` hears the choice before any row.
 */
async function* decodeStreamStart(source: AsyncIterable<Buffer | string>, onEncoding: (encoding: string) => void): AsyncGenerator<Buffer | string> {
  let windows1252 = false;
  let first = true;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (first) {
      first = false;
      windows1252 = !startsAsUtf8(chunk);
      onEncoding(windows1252 ? fallbackEncoding : 'utf-8');
    }
    // One byte is one character in Windows-1252: chunks decode on their own.
    yield windows1252 ? decodeWindows1252(chunk) : chunk;
  }
}
