import { parseArgs } from 'node:util';
import { expandInputs, InputArgumentError } from '../batch/input-files.ts';
import { readInputs } from '../batch/read-inputs.ts';
import type { ArticleInput, Doc } from '../doc/types.ts';
import { loadPipeline } from '../pipeline/load-pipeline.ts';
import type { CommandIo } from './main.ts';

const help = `Usage: depesche explain "<text>" [--pipeline <name|path>] [--file <article>] [--json]

Runs the pipeline on one text and shows, for every entity, relation and event, the rule or model that produced
it, and the rules that nearly matched (a mention that lost to an overlapping one, a trigger whose context or
support verb was missing). --file reads an article as extract does (plain text, a JSON article, JSONL, CSV, a
feed, HTML); of a file that holds several, the first.
`;

/**
 * The first article of an input file, read as \`extract\` reads it; else an error message and the exit code: 2 for a
 * path that does not exist (an unusable argument, as for extract), 1 for a file that holds no readable article.
 */
async function firstArticleOf(path: string): Promise<ArticleInput | { message: string; code: number }> {
  let files;
  try {
    files = await expandInputs([path]);
  } catch (error) {
    if (error instanceof InputArgumentError) return { message: error.message, code: 2 };
    throw error;
  }
  for await (const item of readInputs(files)) {
    if (item.kind === 'article') return item.article;
    return { message: `${item.message}${item.line !== undefined ? ` (line ${item.line})` : ''}`, code: 1 };
  }
  return { message: `${path} holds no article`, code: 1 };
}

export function formatExplanation(doc: Doc): string {
  const lines: string[] = [];
  const span = (start?: number, end?: number) => (start === undefined ? '' : ` [${start}, ${end})`);
  lines.push(`language: ${doc.language?.code ?? 'und'} (${doc.language?.confidence ?? 0})${doc.skipped ? `, skipped: ${doc.skipped.reason}` : ''}`);
  lines.push(`sentences: ${doc.sentences?.length ?? 0}, tokens: ${doc.tokens?.length ?? 0}`);
  lines.push('', 'entities:');
  for (const entity of doc.entities ?? []) {
    const roles = (entity.roles ?? []).map((role) => `${role.title}${role.country ? `@${role.country}` : ''}`).join(', ');
    lines.push(`  ${entity.id} ${entity.type} "${entity.name}"${entity.wikidata ? ` ${entity.wikidata}` : ''}${roles ? ` (${roles})` : ''} ← ${entity.rule}`);
    for (const mention of entity.mentions) lines.push(`      "${mention.text}"${span(mention.start, mention.end)} ${mention.kind} ← ${mention.rule}`);
  }
  lines.push('', 'relations:');
  for (const relation of doc.relations ?? []) lines.push(`  ${relation.type}(${relation.subject}, ${relation.object})${span(relation.evidence.start, relation.evidence.end)} ← ${relation.rule}`);
  lines.push('', 'events:');
  for (const event of doc.events ?? []) {
    const participants = event.participants.map((participant) => `${participant.role}=${participant.entity}`).join(' ');
    lines.push(`  ${event.id} ${event.type} CAMEO ${event.cameo} ${event.modality} "${event.trigger.text}"${span(event.trigger.start, event.trigger.end)} ${participants} ← ${event.rule} (confidence ${event.confidence})`);
    if (event.attribution) lines.push(`      attribution: "${event.attribution.text}"${event.attribution.entity ? ` = ${event.attribution.entity}` : ''}`);
    if (event.time) lines.push(`      time: "${event.time.text}"${event.time.value ? ` = ${event.time.value}` : ''}`);
    if (event.theme) lines.push(`      theme: "${event.theme.text}"`);
  }
  const nearMisses = (doc.trace ?? []).filter((entry) => entry.outcome !== 'fired');
  lines.push('', 'near misses:');
  for (const entry of nearMisses) lines.push(`  ${entry.stage}: ${entry.rule}: ${entry.detail}${span(entry.start, entry.end)}`);
  if (!nearMisses.length) lines.push('  (none)');
  for (const message of doc.messages) lines.push(`message ${message.code}: ${message.message}${span(message.start, message.end)}`);
  return lines.join('\n') + '\n';
}

export async function runExplainCommand(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, pipeline: { type: 'string', default: 'news-de' }, file: { type: 'string' }, json: { type: 'boolean' }, 'published-at': { type: 'string' } },
    });
  } catch (error) {
    io.stderr.write(`explain: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(help);
    return 0;
  }
  let article: ArticleInput = { id: 'explain', text: parsed.positionals.join(' ') };
  if (parsed.values.file) {
    const read = await firstArticleOf(parsed.values.file);
    if ('code' in read) {
      io.stderr.write(`explain: ${read.message}\n`);
      return read.code;
    }
    article = read;
  }
  if (!article.text.trim()) {
    io.stderr.write(`explain: give a text or --file\n\n${help}`);
    return 2;
  }
  const pipeline = await loadPipeline(parsed.values.pipeline);
  const publishedAt = parsed.values['published-at'] ?? article.publishedAt;
  const doc = pipeline.process({ ...article, ...(publishedAt ? { publishedAt } : {}) }, { explain: true });
  if (parsed.values.json) io.stdout.write(JSON.stringify({ record: doc.record, trace: doc.trace }, null, 2) + '\n');
  else io.stdout.write(formatExplanation(doc));
  return 0;
}
