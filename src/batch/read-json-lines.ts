/**
 * JSONL from a file or stdin, one article object per line, streamed line by line so memory stays flat.
 * A bad line becomes a problem item carrying its line number; blank lines are ignored.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { articleItemFromValue } from './article-input-schema.ts';
import { fileStem } from './file-stem.ts';
import type { SourceItem } from './source-item.ts';

export function articleItemFromLine(line: string, lineNumber: number, input: string, stem: string): SourceItem {
  const fallbackId = `${stem}#${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'problem', id: fallbackId, code: 'invalid-json', message: (error as Error).message, input, line: lineNumber };
  }
  return articleItemFromValue(value, { input, line: lineNumber, fallbackId });
}

export async function* readJsonLines(input: string, stream?: NodeJS.ReadableStream): AsyncGenerator<SourceItem> {
  const source = stream ?? createReadStream(input, { encoding: 'utf8' });
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  const stem = fileStem(input);
  let lineNumber = 0;
  for await (const rawLine of lines) {
    lineNumber += 1;
    // A byte-order mark would make the first line invalid JSON.
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    yield articleItemFromLine(line, lineNumber, input, stem);
  }
}
