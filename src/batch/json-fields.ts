/**
 * Where an article's fields sit in someone else's JSON. Scrapers and archives rarely say `text`: news-please writes
 * `maintext` and `date_publish`, others nest the body (`content.body`) or keep it as a list of paragraphs. A field
 * map (`--json-fields text=maintext,publishedAt=date_publish`) names, per article field, the path of the value in
 * each object, so such dumps need no conversion step. Fields the map does not name are read from their own names.
 */

export const articleFieldNames = ['id', 'text', 'title', 'url', 'publishedAt'] as const;
export type ArticleFieldName = (typeof articleFieldNames)[number];

/** Per article field, the path (property names, outermost first) of its value in an input object. */
export type JsonFieldMap = Partial<Record<ArticleFieldName, readonly string[]>>;

/**
 * Parses `text=maintext,title=headline,publishedAt=meta.date`. Throws an Error saying what is wrong: an unknown
 * article field, a missing `=`, an empty path, or a field named twice.
 */
export function parseJsonFieldMap(spec: string): JsonFieldMap {
  const map: Record<string, readonly string[]> = {};
  for (const entry of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    const equals = entry.indexOf('=');
    if (equals <= 0) throw new Error(`'${entry}' is not field=path (for example text=maintext)`);
    const field = entry.slice(0, equals).trim();
    const path = entry.slice(equals + 1).trim().split('.');
    if (!(articleFieldNames as readonly string[]).includes(field)) throw new Error(`'${field}' is not an article field (${articleFieldNames.join(', ')})`);
    if (path.some((segment) => segment === '')) throw new Error(`the path for ${field} is empty or has an empty segment: '${entry.slice(equals + 1)}'`);
    if (field in map) throw new Error(`${field} is mapped twice`);
    map[field] = path;
  }
  if (Object.keys(map).length === 0) throw new Error('no field=path mapping given');
  return map as JsonFieldMap;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The article object the map describes, built from `value` (returned unchanged when it is no object, so the schema
 * reports that). A text given as a list of paragraph strings is joined with blank lines.
 */
export function projectArticleFields(value: unknown, map: JsonFieldMap): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const article: Record<string, unknown> = {};
  for (const field of articleFieldNames) {
    let fieldValue = valueAt(value, map[field] ?? [field]);
    if (field === 'text' && Array.isArray(fieldValue) && fieldValue.every((paragraph) => typeof paragraph === 'string')) fieldValue = fieldValue.join('\n\n');
    if (fieldValue !== undefined) article[field] = fieldValue;
  }
  return article;
}

/** How a field is named in messages: `text (maintext)` when mapped, else just `text`. */
export function describeField(field: string, map: JsonFieldMap | undefined): string {
  const path = map?.[field as ArticleFieldName];
  return path ? `${field} (${path.join('.')})` : field;
}
