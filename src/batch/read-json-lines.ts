/**
 * JSONL from a file or stdin, one article object per line, streamed line by line so memory stays flat.
 * A bad line becomes a problem item carrying its line number; blank lines are ignored.
 */
import { articleItemFromValue } from './article-input-schema.ts';
import { fileStem } from './file-stem.ts';
import type { JsonFieldMap } from './json-fields.ts';
import { gunzipIfCompressed, gzipProblem, InputReadError, openInputStream } from './open-input.ts';
import type { SourceItem } from './source-item.ts';
import { decodeInputBytes, encodingNote, type DecodedText, withNote } from './decode-text.ts';

export function articleItemFromLine(line: string, lineNumber: number, input: string, stem: string, fields?: JsonFieldMap): SourceItem {
  const fallbackId = `${stem}#${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'problem', id: fallbackId, code: 'invalid-json', message: (error as Error).message, input, line: lineNumber };
  }
  return articleItemFromValue(value, { input, line: lineNumber, fallbackId }, fields);
}

/**
 * One line's bytes as text, without the `\r` of a CRLF ending: UTF-8, or Windows-1252 where they are no valid UTF-8
 * (decode-text.ts), line by line, so one line pasted in from another system spoils no other.
 */
function decodeLine(bytes: Buffer): DecodedText {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  return decodeInputBytes(bytes.subarray(0, end));
}

/**
 * The lines of a stream, read one chunk at a time as the caller asks for them. Node's readline reads ahead up to
 * a thousand lines and slices them out of its chunk strings, so each pending line kept a whole chunk alive: in a
 * batch, where extraction sets the pace, that held 8-16 MB of text on the main thread. Here the stream's own
 * buffer (64 KB) is all that is read ahead, and each line is a string of its own. Lines end at `\n` (JSON Lines);
 * a `\r` before it is dropped. Splitting bytes at `\n` never cuts a UTF-8 character, which has no such byte.
 */
export async function* streamLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  for await (const line of streamDecodedLines(source)) yield line.text;
}

/** `streamLines`, with the encoding each line was read in. */
export async function* streamDecodedLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<DecodedText> {
  let pending: Buffer[] = [];
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a, start)) {
      const piece = bytes.subarray(start, newline);
      // A long line arrives in many chunks: its pieces are joined once, when its end comes.
      const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      start = newline + 1;
      yield decodeLine(line);
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) yield decodeLine(Buffer.concat(pending));
}

/**
 * `stream` (stdin) is decompressed when it starts with gzip's magic bytes; a file when `gzip` says so. A read that
 * fails part-way (a truncated archive) throws an `InputReadError` naming the last whole line: the lines before
 * it have been yielded, the broken one is not.
 */
export async function* readJsonLines(input: string, stream?: NodeJS.ReadableStream, gzip = false, fields?: JsonFieldMap): AsyncGenerator<SourceItem> {
  const source = stream ? gunzipIfCompressed(stream as AsyncIterable<Buffer | string>) : (openInputStream(input, gzip) as AsyncIterable<Buffer>);
  const stem = fileStem(input);
  let lineNumber = 0;
  const lines = streamDecodedLines(source);
  try {
    while (true) {
      let next: IteratorResult<DecodedText>;
      try {
        next = await lines.next();
      } catch (error) {
        throw new InputReadError(`${gzipProblem(error).message}; ${lineNumber === 0 ? 'no line' : `up to line ${lineNumber}`} read whole`, lineNumber + 1);
      }
      if (next.done) return;
      lineNumber += 1;
      // A byte-order mark would make the first line invalid JSON.
      const line = lineNumber === 1 ? next.value.text.replace(/^\uFEFF/, '') : next.value.text;
      if (line.trim() === '') continue;
      const item = articleItemFromLine(line, lineNumber, input, stem, fields);
      const note = encodingNote(next.value);
      yield withNote(item, note);
    }
  } finally {
    // A consumer that stops early closes the file (the loop's own iterator would have done this).
    await lines.return(undefined);
  }
}
