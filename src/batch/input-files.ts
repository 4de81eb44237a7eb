/**
 * Expands the command's input arguments into a list of files with a format each. Directories are walked
 * recursively and sorted by path so runs are deterministic; unknown extensions are sniffed by content.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export type InputFormat = 'text' | 'json' | 'json-lines' | 'csv' | 'feed';

export interface InputFile {
  path: string;
  format: InputFormat;
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
};

export class InputArgumentError extends Error {
  readonly code = 'unusable-input';
}

export function formatFromExtension(path: string): InputFormat | undefined {
  return formatByExtension[extname(path).toLowerCase()];
}

/** Looks at the first bytes: `<` is a feed, `{` or `[` JSON (several `{` lines: JSONL), anything else text. */
export function formatFromContent(head: string): InputFormat {
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) return 'feed';
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) return /\}\s*\n\s*\{/.test(trimmed) ? 'json-lines' : 'json';
  return 'text';
}

async function sniffFormat(path: string): Promise<InputFormat> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return formatFromContent(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
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
      for (const path of paths) files.push({ path, format: formatFromExtension(path)! });
    } else {
      files.push({ path: argument, format: formatFromExtension(argument) ?? (await sniffFormat(argument)) });
    }
  }
  return files;
}
