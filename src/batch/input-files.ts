/**
 * Expands the command's input arguments into a list of files with a format each. Directories are walked
 * recursively and sorted by path so runs are deterministic; unknown extensions are sniffed by content.
 * `.gz` after a known extension (`news.jsonl.gz`) marks a gzip-compressed file of that format.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { hasGzipSuffix, startsWithGzipMagic, withoutGzipSuffix } from './open-input.ts';

export type InputFormat = 'text' | 'json' | 'json-lines' | 'csv' | 'feed' | 'html';

export interface InputFile {
  path: string;
  format: InputFormat;
  /** Set when the file is gzip-compressed (by its `.gz` name or its first bytes); it is decompressed as it is read. */
  gzip?: true;
}

const formatByExtension: Record<string, InputFormat> = {
  '.txt': 'text',
  '.json': 'json',
  '.jsonl': 'json-lines',
  '.ndjson': 'json-lines',
  '.csv': 'csv',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

export class InputArgumentError extends Error {
  readonly code = 'unusable-input';
}

/** The format a file name gives, looking through a final `.gz`; undefined when the name says nothing. */
export function formatFromExtension(path: string): InputFormat | undefined {
  return formatByExtension[extname(withoutGzipSuffix(path)).toLowerCase()];
}

/**
 * Looks at the first bytes: an HTML doctype or `<html>` is a page, other `<` a feed, `{` or `[` JSON (several `{`
 * lines: JSONL), anything else text.
 */
export function formatFromContent(head: string): InputFormat {
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(trimmed)) return 'html';
  if (trimmed.startsWith('<')) return 'feed';
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) return /\}\s*\n\s*\{/.test(trimmed) ? 'json-lines' : 'json';
  return 'text';
}

/** Format (and compression) from the first bytes; a gzip file's beginning is decompressed to look inside. */
async function sniffFormat(path: string): Promise<Pick<InputFile, 'format' | 'gzip'>> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (!startsWithGzipMagic(head)) return { format: formatFromContent(head.toString('utf8')) };
    let inside = '';
    try {
      // A sync flush decompresses what the first 4 KB hold instead of failing on the missing rest.
      inside = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    } catch {
      // Broken from the start: reading it fails with a message naming the file.
    }
    return { format: formatFromContent(inside), gzip: true };
  } finally {
    await handle.close();
  }
}

function inputFile(path: string, format: InputFormat, gzip: boolean | undefined): InputFile {
  return gzip ? { path, format, gzip: true } : { path, format };
}

async function walkDirectory(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const paths: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) paths.push(...(await walkDirectory(path)));
    else if (entry.isFile() && formatFromExtension(path)) paths.push(path);
  }
  return paths;
}

/** Code-unit order, not locale order, so the same tree gives the same order on every machine. */
function byPath(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `-` stays as stdin (JSONL). Throws InputArgumentError for a path that does not exist. */
export async function expandInputs(argumentsGiven: string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const argument of argumentsGiven) {
    if (argument === '-') {
      files.push({ path: '-', format: 'json-lines' });
      continue;
    }
    const info = await stat(argument).catch(() => undefined);
    if (!info) throw new InputArgumentError(`input '${argument}' does not exist`);
    if (info.isDirectory()) {
      const paths = (await walkDirectory(argument)).sort(byPath);
      for (const path of paths) files.push(inputFile(path, formatFromExtension(path)!, hasGzipSuffix(path)));
    } else {
      const format = formatFromExtension(argument);
      if (format) files.push(inputFile(argument, format, hasGzipSuffix(argument)));
      else {
        const sniffed = await sniffFormat(argument);
        files.push(inputFile(argument, sniffed.format, sniffed.gzip || hasGzipSuffix(argument)));
      }
    }
  }
  return files;
}
