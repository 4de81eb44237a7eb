/**
 * Scores the pipeline against the held-out fixtures, the second evaluation set that nobody tunes the rules on:
 *
 *   node bin/run-ts.js scripts/golden-heldout.ts [--details] [--pipeline news-de]
 *   node bin/run-ts.js scripts/golden-heldout.ts --check-gold   # only check the gold against the articles
 *
 * Same runner, scorer and output as `scripts/golden.ts` (a table per article, then the micro-averaged figures as one
 * JSON line), only over `fixtures/heldout/articles` and `fixtures/heldout/expected`. There is deliberately no vitest
 * test over this set: a failing test invites tuning against it, and then its figures would be as optimistic as the
 * development set's. Read `--details` output to measure, not to pick the next rule to write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadPipeline } from '../src/index.ts';
import { formatGoldenTable, summarizeGoldenReport } from '../src/evaluation/format-golden-report.ts';
import type { GoldRecord } from '../src/evaluation/gold-schema.ts';
import { readFixtureArticles, readGoldRecords, type FixtureArticle } from '../src/evaluation/read-fixtures.ts';
import { runGolden } from '../src/evaluation/run-golden.ts';

const { values } = parseArgs({
  options: {
    details: { type: 'boolean', default: false },
    'check-gold': { type: 'boolean', default: false },
    pipeline: { type: 'string', default: 'news-de' },
  },
  strict: true,
});

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const articlesDirectory = resolve(repositoryRoot, 'fixtures/heldout/articles');
const expectedDirectory = resolve(repositoryRoot, 'fixtures/heldout/expected');

// Checked before loading the pipeline, so a checkout without the held-out set says so instead of a stack trace.
for (const directory of [articlesDirectory, expectedDirectory]) {
  if (!existsSync(directory)) {
    process.stderr.write(`golden-heldout: ${directory} does not exist; the held-out set is missing, nothing to score\n`);
    process.exit(1);
  }
}

/** The most days an event may lie from the publication date before its `time` is taken as an annotation slip. */
const maximumDaysFromPublication = 60;

/**
 * The annotation checks of `tests/evaluation/gold-fixtures.test.ts`, for the held-out set, which has no test on
 * purpose: every name, alias and trigger word occurs in the text, every event type exists with the given root,
 * and every time lies near a publication date. They check the gold, never the pipeline.
 */
function goldProblems(articles: FixtureArticle[], golds: Map<string, GoldRecord>, cameoByType: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    const gold = golds.get(article.id);
    if (!gold) continue;
    const text = article.input.text;
    const publishedAt = article.input.publishedAt ? Date.parse(article.input.publishedAt) : undefined;
    // A person's name must occur unless the article never names them; an organisation's name ("Regierung
    // Russlands") is a convention, so for it one of its aliases is enough. Aliases are forms the article uses.
    for (const person of gold.persons) {
      if (person.nameInText !== false && !text.includes(person.name)) {
        problems.push(`${article.id}: person "${person.name}" does not occur in the text`);
      }
    }
    for (const entry of [...gold.persons, ...(gold.organisations ?? []), ...(gold.places ?? [])]) {
      for (const alias of entry.aliases ?? []) {
        if (!text.includes(alias)) problems.push(`${article.id}: alias "${alias}" of "${entry.name}" does not occur in the text`);
      }
      if (![entry.name, ...(entry.aliases ?? [])].some((form) => text.includes(form))) {
        problems.push(`${article.id}: neither "${entry.name}" nor an alias occurs in the text`);
      }
    }
    for (const event of gold.events) {
      const cameo = cameoByType.get(event.type ?? '');
      if (cameo === undefined) problems.push(`${article.id}: unknown event type "${event.type}"`);
      else if (cameo.slice(0, 2) !== event.cameoRoot) problems.push(`${article.id}: ${event.type} has root ${cameo.slice(0, 2)}, not ${event.cameoRoot}`);
      for (const word of event.trigger.split(/[\s…]+/).filter(Boolean)) {
        if (!text.includes(word)) problems.push(`${article.id}: trigger word "${word}" does not occur in the text`);
      }
      if (event.time === undefined) continue;
      if (publishedAt === undefined) problems.push(`${article.id}: event time ${event.time} but no publishedAt`);
      else if (Math.abs(Date.parse(event.time) - publishedAt) / 86_400_000 > maximumDaysFromPublication) {
        problems.push(`${article.id}: event time ${event.time} is far from the publication date`);
      }
    }
  }
  return problems;
}

const eventTypes: Array<{ type: string; cameo: string }> = JSON.parse(
  readFileSync(resolve(repositoryRoot, 'pipelines/news-de/event-types.json'), 'utf8'),
).eventTypes;
const problems = goldProblems(
  readFixtureArticles(articlesDirectory),
  readGoldRecords(expectedDirectory),
  new Map(eventTypes.map((entry) => [entry.type, entry.cameo])),
);
for (const problem of problems) process.stderr.write(`gold problem: ${problem}\n`);
if (values['check-gold']) {
  process.stdout.write(`golden-heldout: ${problems.length} gold problem(s)\n`);
  process.exit(problems.length === 0 ? 0 : 1);
}

let pipeline;
try {
  pipeline = await loadPipeline(values.pipeline);
} catch (error) {
  process.stderr.write(
    `golden-heldout: cannot load pipeline '${values.pipeline}': ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
const run = runGolden(pipeline, articlesDirectory, expectedDirectory);

for (const id of run.articlesWithoutGold) process.stderr.write(`warning: article ${id} has no gold file; not scored\n`);
for (const id of run.goldWithoutArticle) process.stderr.write(`warning: gold ${id} has no article\n`);
for (const { id, message } of run.extractThrew) {
  process.stderr.write(`warning: extract threw on ${id} (scored as an error record): ${message}\n`);
}
process.stdout.write(formatGoldenTable(run.report, values.details) + '\n');
process.stdout.write(JSON.stringify(summarizeGoldenReport(run.report)) + '\n');
