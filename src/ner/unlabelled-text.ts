/**
 * Unlabelled German text for distributional features: the 10kGNAD news articles (CSV, `;`, quote `'`)
 * and, optionally, the words of the extra labelled corpora with their labels ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sharedDataDirectory } from './corpus.ts';

export function newsCsvPath(dataDirectory = sharedDataDirectory()): string {
  return resolve(dataDirectory, 'news-de', '10kGNAD-test.csv');
}

/** Article texts from the news CSV, or an empty list when the file is absent. */
export function readNewsArticles(path = newsCsvPath()): string[] {
  if (!existsSync(path)) return [];
  const rows: string[][] = parse(readFileSync(path, 'utf8'), { delimiter: ';', quote: "'", relax_column_count: true, relax_quotes: true });
  return rows.map((row) => row[1] ?? '').filter((text) => text.length > 0);
}

/**
 * Words the way GermEval tokenises them, closely enough for counting contexts: letters and digits
 * with inner hyphens, periods or apostrophes stay together; every other non-space character is a token.
 */
export function splitIntoWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
}
