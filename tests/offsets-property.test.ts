/**
 * The offset invariant as a property: for every fixture article, and for variants of it with characters that
 * break naive offset code (emoji outside the BMP, combining accents, CRLF line ends, non-breaking spaces, tabs),
 * every span of the record lies in the text and slices to its own text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../src/index.ts';
import { collectSpans } from '../src/stages/record/check-offsets.ts';
import { loadRulesOnlyPipeline } from './helpers/pipelines.ts';

const articleDirectory = resolve(import.meta.dirname, '..', 'fixtures', 'articles');

function readFixtureArticles(): ArticleInput[] {
  const articles: ArticleInput[] = [];
  for (const file of readdirSync(articleDirectory).sort()) {
    const content = readFileSync(join(articleDirectory, file), 'utf8');
    if (file.endsWith('.txt')) articles.push({ id: file, text: content });
    else if (file.endsWith('.json')) articles.push(JSON.parse(content));
    else if (file.endsWith('.jsonl')) for (const line of content.split('\n').filter((line) => line.trim())) articles.push(JSON.parse(line));
  }
  return articles.filter((article) => typeof article.text === 'string' && article.text.trim() !== '');
}

/** A small deterministic generator, so a failing variant can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const awkward = ['😀', '🇩🇪', 'é', 'e\u0301', '\r\n', '\u00a0', '\t', '„', '‘', '…', '–', 'ß', 'İ', '\u200b'];

function mutate(text: string, seed: number): string {
  const next = random(seed);
  const characters = [...text];
  for (let insertions = 0; insertions < 25; insertions++) {
    const at = Math.floor(next() * characters.length);
    characters.splice(at, 0, awkward[Math.floor(next() * awkward.length)]);
  }
  return characters.join('');
}

describe('every span slices to its text', () => {
  const articles = readFixtureArticles();

  it('has fixture articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(articles.map((article) => [article.id ?? article.text.slice(0, 20), article] as const))('%s and 5 mutated variants', async (_name, article) => {
    const pipeline = await loadRulesOnlyPipeline();
    for (let seed = 0; seed <= 5; seed++) {
      const text = seed === 0 ? article.text : mutate(article.text, seed);
      const record = pipeline.extract({ ...article, text });
      expect(record.status, JSON.stringify(record).slice(0, 500)).not.toBe('error');
      if (record.status === 'error') continue;
      expect(record.text).toBe(text);
      for (const { path, span } of collectSpans(record)) {
        expect(span.start, path).toBeGreaterThanOrEqual(0);
        expect(span.end, path).toBeLessThanOrEqual(text.length);
        expect(span.start, path).toBeLessThanOrEqual(span.end);
        if (span.text !== undefined) expect(text.slice(span.start, span.end), path).toBe(span.text);
      }
    }
  });
});
