/** One stream of source items over all input files, in argument order and, within a file, in file order. */
import { readCsv } from './read-csv.ts';
import { readFeed } from './read-feed.ts';
import { readHtmlFile } from './read-html-file.ts';
import { readJsonFile } from './read-json-file.ts';
import { readJsonLines } from './read-json-lines.ts';
import { readTextFile } from './read-text-file.ts';
import type { InputFile } from './input-files.ts';
import type { JsonFieldMap } from './json-fields.ts';
import { InputReadError } from './open-input.ts';
import { defaultCsvOptions, type CsvOptions, type SourceItem } from './source-item.ts';

export interface ReadOptions {
  csv?: CsvOptions;
  /** Where the article fields sit in JSON and JSONL objects (`--json-fields`); their own names when absent. */
  json?: JsonFieldMap;
  stdin?: NodeJS.ReadableStream;
}

function readFile(file: InputFile, options: ReadOptions): AsyncGenerator<SourceItem> {
  switch (file.format) {
    case 'text':
      return readTextFile(file.path, file.gzip);
    case 'json':
      return readJsonFile(file.path, file.gzip, options.json);
    case 'json-lines':
      return readJsonLines(file.path, file.path === '-' ? (options.stdin ?? process.stdin) : undefined, file.gzip, options.json);
    case 'csv':
      return readCsv(file.path, options.csv ?? defaultCsvOptions, undefined, file.gzip);
    case 'feed':
      return readFeed(file.path, file.gzip);
    case 'html':
      return readHtmlFile(file.path, file.gzip);
  }
}

/**
 * A file that vanishes or cannot be read mid-run (a truncated gzip archive, say) becomes one error record, not a
 * crash; the articles read before the failure keep theirs.
 */
export async function* readInputs(files: InputFile[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const file of files) {
    try {
      yield* readFile(file, options);
    } catch (error) {
      yield {
        kind: 'problem',
        id: file.path,
        code: 'unreadable-input',
        message: `${file.path}: ${(error as Error).message}`,
        input: file.path,
        ...(error instanceof InputReadError && error.line !== undefined ? { line: error.line } : {}),
      };
    }
  }
}
