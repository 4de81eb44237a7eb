/**
 * Golden test: runs the news-de pipeline over every fixture article and scores it against the hand-written gold
 * (`fixtures/expected/`). The floors are the lowest micro-averaged figures we accept; raise them when the pipeline
 * improves (measure with `node bin/run-ts.js scripts/golden.ts`), never lower them to make a change pass.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixtureArticles, readGoldRecords } from '../src/evaluation/read-fixtures.ts';
import { runGolden, type GoldenRun } from '../src/evaluation/run-golden.ts';
import { loadPipeline } from '../src/index.ts';

// Measured 2026-11-25: persons F1 0.986, events F1 0.805 (with the model); floors leave a small margin.
const personsF1Floor = 0.93;
const eventsF1Floor = 0.75;

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const articlesDirectory = join(repositoryRoot, 'fixtures/articles');
const expectedDirectory = join(repositoryRoot, 'fixtures/expected');

describe('golden fixtures', () => {
  let run: GoldenRun;

  beforeAll(async () => {
    const pipeline = await loadPipeline('news-de');
    run = runGolden(pipeline, articlesDirectory, expectedDirectory);
    const { persons, events } = run.report.micro;
    const figures = (score: { precision: number; recall: number; f1: number }) => `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`;
    console.info(`golden fixtures: persons ${figures(persons)}; events ${figures(events)}`);
  });

  it('has gold for every fixture article and scores all of them', () => {
    const articles = readFixtureArticles(articlesDirectory);
    expect(run.articlesWithoutGold).toEqual([]);
    expect(run.goldWithoutArticle).toEqual([]);
    expect(run.report.articles.map((article) => article.id)).toEqual(articles.map((article) => article.id));
  });

  it('gets a record, not an exception, for every article', () => {
    expect(run.extractThrew).toEqual([]);
  });

  it('produces figures in range for every article', () => {
    for (const article of run.report.articles) {
      for (const score of [article.persons, article.events, article.roles, article.eventTypes]) {
        expect(score.precision).toBeGreaterThanOrEqual(0);
        expect(score.precision).toBeLessThanOrEqual(1);
        expect(score.recall).toBeGreaterThanOrEqual(0);
        expect(score.recall).toBeLessThanOrEqual(1);
      }
    }
    const golds = readGoldRecords(expectedDirectory);
    const goldPersons = [...golds.values()].reduce((total, gold) => total + gold.persons.length, 0);
    const { persons } = run.report.micro;
    expect(persons.truePositives + persons.falseNegatives).toBe(goldPersons);
  });

  it(`reaches the persons F1 floor (${personsF1Floor})`, () => {
    expect(run.report.micro.persons.f1).toBeGreaterThanOrEqual(personsF1Floor);
  });

  it(`reaches the events F1 floor (${eventsF1Floor})`, () => {
    expect(run.report.micro.events.f1).toBeGreaterThanOrEqual(eventsF1Floor);
  });
});
