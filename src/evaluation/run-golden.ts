/**
 * Runs a pipeline over the fixture articles and scores the records against the gold, for `scripts/golden.ts`
 * and `tests/golden.test.ts`.
 */
import type { LoadedPipeline } from '../pipeline/load-pipeline.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { scoreRecords, type GoldenReport, type ScorePair } from './golden.ts';
import { readFixtureArticles, readGoldRecords } from './read-fixtures.ts';

export interface GoldenRun {
  report: GoldenReport;
  /** Article ids without a gold file (they are not scored). */
  articlesWithoutGold: string[];
  /** Gold files without an article. */
  goldWithoutArticle: string[];
  /** Articles where `extract` threw instead of returning an error record; scored as error records. */
  extractThrew: Array<{ id: string; message: string }>;
}

function errorRecordFor(id: string, error: unknown): ArticleRecord {
  return {
    id,
    status: 'error',
    error: { code: 'extract-threw', message: error instanceof Error ? error.message : String(error) },
  };
}

export function runGolden(pipeline: LoadedPipeline, articlesDirectory: string, expectedDirectory: string): GoldenRun {
  const articles = readFixtureArticles(articlesDirectory);
  const golds = readGoldRecords(expectedDirectory);
  const pairs: ScorePair[] = [];
  const articlesWithoutGold: string[] = [];
  const extractThrew: GoldenRun['extractThrew'] = [];
  for (const article of articles) {
    const gold = golds.get(article.id);
    if (!gold) {
      articlesWithoutGold.push(article.id);
      continue;
    }
    let record: ArticleRecord;
    try {
      record = pipeline.extract(article.input);
    } catch (error) {
      extractThrew.push({ id: article.id, message: error instanceof Error ? error.message : String(error) });
      record = errorRecordFor(article.id, error);
    }
    pairs.push({ gold, record });
  }
  const articleIds = new Set(articles.map((article) => article.id));
  return {
    report: scoreRecords(pairs),
    articlesWithoutGold,
    goldWithoutArticle: [...golds.keys()].filter((id) => !articleIds.has(id)),
    extractThrew,
  };
}
