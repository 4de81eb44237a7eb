/** One stream of source items over all input files, in argument order and, within a file, in file order. */
import { readCsv } from './read-csv.ts';
import { readFeed } from './read-feed.ts';
import { readJsonFile } from './read-json-file.ts';
import { readJsonLines } from './read-json-lines.ts';
import { readTextFile } from './read-text-file.ts';
import type { InputFile } from './input-files.ts';
import { defaultCsvOptions, type CsvOptions, type SourceItem } from './source-item.ts';

export interface ReadOptions {
  csv?: CsvOptions;
  stdin?: NodeJS.ReadableStream;
}

function readFile(file: InputFile, options: ReadOptions): AsyncGenerator<SourceItem> {
  switch (file.format) {
    case 'text':
      return readTextFile(file.path);
    case 'json':
      return readJsonFile(file.path);
    case 'json-lines':
      return readJsonLines(file.path, file.path === '-' ? (options.stdin ?? process.stdin) : undefined);
    case 'csv':
      return readCsv(file.path, options.csv ?? defaultCsvOptions);
    case 'feed':
      return readFeed(file.path);
  }
}

/** A file that vanishes or cannot be read mid-run becomes one error record, not a crash. */
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
      };
    }
  }
}
