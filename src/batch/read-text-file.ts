/** A `.txt` file is one article: the whole file is the text, its first non-empty line the title. */
import { readInputText } from './open-input.ts';
import { fileStem } from './file-stem.ts';
import type { InputNote, SourceItem } from './source-item.ts';
import { encodingNote } from './decode-text.ts';

export function firstNonEmptyLine(text: string): string | undefined {
  for (const line of text.split('\n', 50)) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return undefined;
}

export function articleItemFromText(text: string, path: string, notes?: InputNote[]): SourceItem {
  const id = fileStem(path);
  if (text.trim() === '') {
    return { kind: 'problem', id, code: 'empty-text', message: 'the file is empty', input: path };
  }
  return { kind: 'article', article: { id, text, title: firstNonEmptyLine(text) }, input: path, ...(notes?.length ? { notes } : {}) };
}

export async function* readTextFile(path: string, gzip = false): AsyncGenerator<SourceItem> {
  const decoded = await readInputText(path, gzip);
  const note = encodingNote(decoded);
  yield articleItemFromText(decoded.text, path, note ? [note] : undefined);
}
