/** Reads an `abbreviations.json` file and checks it against the rule-pack schema, naming the file on failure. */
import { readFileSync } from 'node:fs';
import { abbreviationsFileSchema, type AbbreviationsFile } from '../../rules/schema.ts';

export class AbbreviationsFileError extends Error {
  readonly code = 'segment/abbreviations-file';
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'AbbreviationsFileError';
  }
}

export function readAbbreviationsFile(path: string): AbbreviationsFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AbbreviationsFileError(path, `cannot be read as JSON (${(error as Error).message})`);
  }
  const parsed = abbreviationsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new AbbreviationsFileError(path, `does not match the abbreviations schema: ${issues}; expected {"abbreviations": ["Dr.", …], "ordinalContexts": ["am", …]}`);
  }
  return parsed.data;
}
