import { basename, extname } from 'node:path';

/** `fixtures/batch/a.b.jsonl` → `a.b`; stdin is `stdin`. Fallback ids are built from it. */
export function fileStem(path: string): string {
  if (path === '-') return 'stdin';
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}
