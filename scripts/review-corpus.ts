/**
 * A reviewer's view of the pipeline on real news nobody annotated: runs it over the 1,028 10kGNAD articles in
 * ../shared (DER STANDARD, every section), prints totals (entities by type, events by type, capitals read as their
 * government) and a seeded random sample of events, entities or relations with their evidence, for a person to judge. The
 * same seed gives the same sample, so a rule change can be judged on the same events before and after.
 *
 * Usage: npm run review -- [--sample events|entities|relations] [--size 40] [--seed 2026] [--pipeline news-de]
 */
import { existsSync } from 'node:fs';
import { loadPipeline } from '../src/index.ts';
import { sharedDataDirectory } from '../src/ner/corpus.ts';
import { newsCsvPath, readNewsArticles } from '../src/ner/unlabelled-text.ts';
import { seededRandom } from '../src/ner/hashing.ts';
import { parseScriptArgs } from './script-args.ts';

const usage = `Usage: npm run review -- [--sample events|entities|relations] [--size 40] [--seed 2026] [--pipeline news-de]
Runs the pipeline over the 10kGNAD articles in ../shared and prints a seeded random sample to judge.`;
const values = parseScriptArgs({
  sample: { type: 'string', default: 'events' },
  size: { type: 'string', default: '40' },
  seed: { type: 'string', default: '2026' },
  pipeline: { type: 'string', default: 'news-de' },
}, usage);

if (!existsSync(newsCsvPath())) {
  console.log(`The 10kGNAD articles were not found under ${sharedDataDirectory()}/news-de: nothing to review.`);
  process.exit(0);
}
if (values.sample !== 'events' && values.sample !== 'entities' && values.sample !== 'relations') {
  console.error(`--sample expects events, entities or relations, got '${values.sample}'`);
  process.exit(2);
}

const pipeline = await loadPipeline(values.pipeline);
const texts = readNewsArticles();
const entityTypes = new Map<string, number>();
const eventTypes = new Map<string, number>();
const relationTypes = new Map<string, number>();
let governments = 0;
const lines: string[] = [];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
for (const [index, text] of texts.entries()) {
  const record = pipeline.extract({ id: `gnad-${index + 1}`, text });
  if (record.status !== 'ok') continue;
  const nameOf = new Map(record.entities.map((entity) => [entity.id, entity.name]));
  for (const entity of record.entities) {
    entityTypes.set(entity.type, (entityTypes.get(entity.type) ?? 0) + 1);
    if (entity.rule === 'metonym-government') governments++;
    if (values.sample === 'entities') {
      const mention = entity.mentions[0];
      lines.push(`${record.id}  ${entity.type} "${entity.name}" (${mention.rule})  | ${oneLine(text.slice(Math.max(0, mention.start - 60), mention.end + 40))}`);
    }
  }
  for (const relation of record.relations) {
    relationTypes.set(relation.type, (relationTypes.get(relation.type) ?? 0) + 1);
    if (values.sample === 'relations') {
      const object = nameOf.get(relation.object) ?? `"${relation.object}"`;
      lines.push(`${record.id}  ${nameOf.get(relation.subject) ?? relation.subject} ${relation.type} ${object} (${relation.rule})  | ${oneLine(text.slice(relation.evidence.start, relation.evidence.end)).slice(0, 220)}`);
    }
  }
  for (const event of record.events) {
    eventTypes.set(event.type, (eventTypes.get(event.type) ?? 0) + 1);
    if (values.sample === 'events') {
      const participants = event.participants.map((participant) => `${nameOf.get(participant.entity) ?? participant.entity}/${participant.role}`).join(', ');
      lines.push(`${record.id}  [${event.type} ${event.modality}] ${participants || '(no participant)'}  trigger "${event.trigger.text}"  | ${oneLine(text.slice(event.evidence.start, event.evidence.end)).slice(0, 220)}`);
    }
  }
}

const sorted = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, count]) => `${key} ${count}`).join(', ');
console.log(`${texts.length} articles; entities: ${sorted(entityTypes)}; capitals read as their government: ${governments}`);
console.log(`events ${[...eventTypes.values()].reduce((sum, count) => sum + count, 0)}: ${sorted(eventTypes)}`);
console.log(`relations ${[...relationTypes.values()].reduce((sum, count) => sum + count, 0)}: ${sorted(relationTypes)}`);

// A seeded partial Fisher–Yates shuffle: the first `size` lines of a fixed permutation.
const random = seededRandom(Number(values.seed));
const size = Math.min(Number(values.size), lines.length);
for (let index = 0; index < size; index++) {
  const pick = index + Math.floor(random() * (lines.length - index));
  [lines[index], lines[pick]] = [lines[pick], lines[index]];
}
console.log(`\n${size} ${values.sample} drawn with seed ${values.seed}; judge each by its evidence:`);
lines.slice(0, size).forEach((line, index) => console.log(`${String(index + 1).padStart(3)}. ${line}`));
