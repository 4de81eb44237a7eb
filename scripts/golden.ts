/**
 * Scores the pipeline against hand-annotated fixtures:
 *
 *   node bin/run-ts.js scripts/golden.ts [--set dev|heldout] [--details] [--pipeline news-de]
 *   node bin/run-ts.js scripts/golden.ts --set heldout --check-gold   # only check the gold against the articles
 *
 * `dev` is fixtures/articles with fixtures/expected, the set the rules were developed on; `heldout` is
 * fixtures/heldout, written by someone who did not see the rules and never tuned on (there is deliberately no
 * test over it: a failing test invites tuning, and then its figures would be as optimistic as the dev set's).
 * Prints a table per article (with --details also the missed and spurious persons and events) and, as the last
 * line, the micro-averaged figures as one JSON object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPipeline } from '../src/index.ts';
import { formatGoldenTable, summarizeGoldenReport } from '../src/evaluation/format-golden-report.ts';
import { goldProblems } from '../src/evaluation/gold-problems.ts';
import { readFixtureArticles, readGoldRecords } from '../src/evaluation/read-fixtures.ts';
import { runGolden } from '../src/evaluation/run-golden.ts';
import { parseScriptArgs } from './script-args.ts';

const usage = `Usage: npm run golden -- [--set dev|heldout] [--details] [--check-gold] [--pipeline news-de]
Scores the pipeline against the hand-annotated fixtures (dev: fixtures/articles; heldout: fixtures/heldout).`;
const values = parseScriptArgs({
  set: { type: 'string', default: 'dev' },
  details: { type: 'boolean', default: false },
  'check-gold': { type: 'boolean', default: false },
  pipeline: { type: 'string', default: 'news-de' },
}, usage);

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sets: Record<string, { articles: string; expected: string }> = {
  dev: { articles: 'fixtures/articles', expected: 'fixtures/expected' },
  heldout: { articles: 'fixtures/heldout/articles', expected: 'fixtures/heldout/expected' },
};
const set = sets[values.set];
if (!set) {
  process.stderr.write(`golden: unknown --set '${values.set}'; use dev or heldout\n`);
  process.exit(2);
}
const articlesDirectory = resolve(repositoryRoot, set.articles);
const expectedDirectory = resolve(repositoryRoot, set.expected);
for (const directory of [articlesDirectory, expectedDirectory]) {
  if (!existsSync(directory)) {
    process.stderr.write(`golden: ${directory} does not exist; nothing to score\n`);
    process.exit(1);
  }
}

if (values['check-gold']) {
  const eventTypes: Array<{ type: string; cameo: string }> = JSON.parse(readFileSync(resolve(repositoryRoot, 'pipelines/news-de/event-types.json'), 'utf8')).eventTypes;
  const problems = goldProblems(readFixtureArticles(articlesDirectory), readGoldRecords(expectedDirectory), new Map(eventTypes.map((entry) => [entry.type, entry.cameo])));
  for (const problem of problems) process.stderr.write(`gold problem: ${problem}\n`);
  process.stdout.write(`golden: ${problems.length} gold problem(s)\n`);
  process.exit(problems.length === 0 ? 0 : 1);
}

let pipeline;
try {
  pipeline = await loadPipeline(values.pipeline);
} catch (error) {
  process.stderr.write(`golden: cannot load pipeline '${values.pipeline}': ${error instanceof Error ? error.message : String(error)}\n`);
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
