/**
 * The article object accepted in `.json`, `.jsonl` and stdin inputs, checked at the edge with zod.
 * Unknown fields are ignored (corpora carry labels and metadata); a numeric id is accepted as a string.
 */
import { z } from 'zod';
import { describeField, projectArticleFields, type JsonFieldMap } from './json-fields.ts';
import type { SourceItem } from './source-item.ts';

export const articleInputSchema = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]).optional(),
  text: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
});

export interface ItemOrigin {
  input: string;
  line?: number;
  /** Used when the object carries no id. */
  fallbackId: string;
}

/**
 * Turns one parsed JSON value into an article item, or a problem item saying what is wrong with it. With a field
 * map, the article's fields are first taken from where the map says (see `json-fields.ts`).
 */
export function articleItemFromValue(raw: unknown, origin: ItemOrigin, fields?: JsonFieldMap): SourceItem {
  const { input, line, fallbackId } = origin;
  const value = fields ? projectArticleFields(raw, fields) : raw;
  const parsed = articleInputSchema.safeParse(value);
  if (!parsed.success) {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const objectId = isObject ? (value as Record<string, unknown>).id : undefined;
    const id = typeof objectId === 'string' && objectId !== '' ? objectId : fallbackId;
    const message = isObject
      ? `not a valid article: ${parsed.error.issues.map((issue) => `${issue.path.length > 0 ? describeField(issue.path.join('.'), fields) : '(root)'}: ${issue.message}`).join('; ')}`
      : `expected an article object { "text": … }, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
    return { kind: 'problem', id, code: 'invalid-article', message, input, line };
  }
  const { id = fallbackId, ...rest } = parsed.data;
  if (rest.text.trim() === '') {
    return { kind: 'problem', id, code: 'empty-text', message: 'the article text is empty', input, line };
  }
  return { kind: 'article', article: { id, ...rest }, input, line };
}
