/** A `.json` file holds one article object (or, as a convenience, an array of them). */
import { articleItemFromValue } from './article-input-schema.ts';
import { fileStem } from './file-stem.ts';
import type { JsonFieldMap } from './json-fields.ts';
import { readInputText } from './open-input.ts';
import type { SourceItem } from './source-item.ts';
import { encodingNote, withNote } from './decode-text.ts';

export async function* readJsonFile(path: string, gzip = false, fields?: JsonFieldMap): AsyncGenerator<SourceItem> {
  const stem = fileStem(path);
  const decoded = await readInputText(path, gzip);
  const text = decoded.text;
  const note = encodingNote(decoded);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { kind: 'problem', id: stem, code: 'invalid-json', message: `${path}: ${(error as Error).message}`, input: path };
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, element] of value.entries()) {
      yield withNote(articleItemFromValue(element, { input: path, fallbackId: `${stem}#${index + 1}` }, fields), note);
    }
    return;
  }
  yield withNote(articleItemFromValue(value, { input: path, fallbackId: stem }, fields), note);
}
