/** A `.txt` file is one article: the whole file is the text, its first non-empty line the title. */
import { readInputText } from './open-input.ts';
import { fileStem } from './file-stem.ts';
import type { SourceItem } from './source-item.ts';

export function firstNonEmptyLine(text: string): string | undefined {
  for (const line of text.split('\n', 50)) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return undefined;
}

export function articleItemFromText(text: string, path: string): SourceItem {
  const id = fileStem(path);
  if (text.trim() === '') {
    return { kind: 'problem', id, code: 'empty-text', message: 'the file is empty', input: path };
  }
  return { kind: 'article', article: { id, text, title: firstNonEmptyLine(text) }, input: path };
}

export async function* readTextFile(path: string, gzip = false): AsyncGenerator<SourceItem> {
  yield articleItemFromText(await readInputText(path, gzip), path);
}
