import { basename, extname } from 'node:path';
import { withoutGzipSuffix } from './open-input.ts';

/** `fixtures/batch/a.b.jsonl` → `a.b`, `news.jsonl.gz` → `news`; stdin is `stdin`. Fallback ids are built from it. */
export function fileStem(path: string): string {
  if (path === '-') return 'stdin';
  const name = withoutGzipSuffix(basename(path));
  return name.slice(0, name.length - extname(name).length) || name;
}
