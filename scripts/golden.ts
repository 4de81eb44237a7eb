/**
 * Scores the pipeline against the hand-annotated fixtures:
 *
 *   node bin/run-ts.js scripts/golden.ts [--details] [--pipeline news-de]
 *
 * Prints a table per article (with --details also the missed and spurious persons and events) and, as the last
 * line, the micro-averaged figures as one JSON object.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadPipeline } from '../src/index.ts';
import { formatGoldenTable, summarizeGoldenReport } from '../src/evaluation/format-golden-report.ts';
import { runGolden } from '../src/evaluation/run-golden.ts';

const { values } = parseArgs({
  options: {
    details: { type: 'boolean', default: false },
    pipeline: { type: 'string', default: 'news-de' },
  },
  strict: true,
});

let pipeline;
try {
  pipeline = await loadPipeline(values.pipeline);
} catch (error) {
  process.stderr.write(`golden: cannot load pipeline '${values.pipeline}': ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = runGolden(pipeline, resolve(repositoryRoot, 'fixtures/articles'), resolve(repositoryRoot, 'fixtures/expected'));

for (const id of run.articlesWithoutGold) process.stderr.write(`warning: article ${id} has no gold file; not scored\n`);
for (const id of run.goldWithoutArticle) process.stderr.write(`warning: gold ${id} has no article\n`);
for (const { id, message } of run.extractThrew) {
  process.stderr.write(`warning: extract threw on ${id} (scored as an error record): ${message}\n`);
}
process.stdout.write(formatGoldenTable(run.report, values.details) + '\n');
process.stdout.write(JSON.stringify(summarizeGoldenReport(run.report)) + '\n');
