/**
 * Reads the evaluation fixtures: articles from `fixtures/articles/` (.txt, .json, .jsonl) and gold annotations
 * from `fixtures/expected/`. Deliberately independent of the batch readers, so the evaluation does not share a bug
 * with the code it evaluates.
 *
 * - `.txt`: the whole file is the text, its first line the title, the file name without extension the id.
 * - `.json`: one article object `{ id, title?, text, publishedAt?, url? }`.
 * - `.jsonl`: one article object per non-empty line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import type { ArticleInput } from '../doc/types.ts';
import { goldRecordSchema, type GoldRecord } from './gold-schema.ts';

export interface FixtureArticle {
  id: string;
  /** The fixture file (and line, for .jsonl) the article came from, for messages. */
  source: string;
  input: ArticleInput;
}

const fixtureArticleSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().optional(),
  /** Empty text is allowed on purpose: one fixture checks that it becomes an error record. */
  text: z.string(),
  publishedAt: z.string().optional(),
  url: z.string().optional(),
});

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

function parseArticle(value: unknown, source: string): FixtureArticle {
  const result = fixtureArticleSchema.safeParse(value);
  if (!result.success) throw new Error(`${source}: not a fixture article: ${describeIssues(result.error)}`);
  const { id, ...input } = result.data;
  return { id, source, input: { id, ...input } };
}

function readTextArticle(file: string): FixtureArticle {
  const text = readFileSync(file, 'utf8');
  const id = basename(file, extname(file));
  const title = text.split('\n', 1)[0].trim();
  return { id, source: file, input: { id, text, title: title || undefined } };
}

function readJsonLinesArticles(file: string): FixtureArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.trim() === '' ? [] : [parseArticle(JSON.parse(line), `${file}:${index + 1}`)]));
}

/** Every article in the folder, sorted by id. Throws on an unreadable fixture: a broken fixture is a bug to fix. */
export function readFixtureArticles(directory: string): FixtureArticle[] {
  const articles: FixtureArticle[] = [];
  for (const name of readdirSync(directory).sort()) {
    const file = join(directory, name);
    const extension = extname(name);
    if (extension === '.txt') articles.push(readTextArticle(file));
    else if (extension === '.json') articles.push(parseArticle(JSON.parse(readFileSync(file, 'utf8')), file));
    else if (extension === '.jsonl') articles.push(...readJsonLinesArticles(file));
  }
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw new Error(`${article.source}: duplicate fixture id "${article.id}"`);
    seen.add(article.id);
  }
  return articles.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every gold file in the folder, validated, keyed by article id (which must equal the file name). */
export function readGoldRecords(directory: string): Map<string, GoldRecord> {
  const golds = new Map<string, GoldRecord>();
  for (const name of readdirSync(directory).sort()) {
    if (extname(name) !== '.json') continue;
    const file = join(directory, name);
    const result = goldRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.success) throw new Error(`${file}: invalid gold: ${describeIssues(result.error)}`);
    if (result.data.id !== basename(name, '.json')) {
      throw new Error(`${file}: gold id "${result.data.id}" differs from the file name`);
    }
    golds.set(result.data.id, result.data);
  }
  return golds;
}
