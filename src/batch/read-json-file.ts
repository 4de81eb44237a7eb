/** A `.json` file holds one article object (or, as a convenience, an array of them). */
import { readFile } from 'node:fs/promises';
import { articleItemFromValue } from './article-input-schema.ts';
import { fileStem } from './file-stem.ts';
import type { SourceItem } from './source-item.ts';

export async function* readJsonFile(path: string): AsyncGenerator<SourceItem> {
  const stem = fileStem(path);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    yield { kind: 'problem', id: stem, code: 'invalid-json', message: `${path}: ${(error as Error).message}`, input: path };
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) {
      yield articleItemFromValue(element, { input: path, fallbackId: `${stem}#${index + 1}` });
    }
    return;
  }
  yield articleItemFromValue(value, { input: path, fallbackId: stem });
}
