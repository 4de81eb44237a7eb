/**
 * Tagging speed of the shipped NER model in tokens per second over German news text (10kGNAD if
 * present, else generated sentences), on one core. The baseline measured in the same run is a plain
 * whitespace split of the same text, so the ratio says what tagging costs relative to reading words.
 *
 * Usage: npm run bench:ner [-- --tokens N]
 */
import { readFileSync } from 'node:fs';
import { loadCommonNouns } from '../src/lexicon/common-nouns.ts';
import { defaultNerModelPath, loadNerModel, type NerModel } from '../src/ner/index.ts';
import { decodeModel } from '../src/ner/model-format.ts';
import { createNerModel } from '../src/ner/tagger.ts';
import { readNewsArticles, splitIntoWords } from '../src/ner/unlabelled-text.ts';
import { parseScriptArgs } from './script-args.ts';

const usage = `Usage: npm run bench:ner [-- --tokens N]
Tagging speed of the shipped NER model in tokens per second, against a plain word split of the same text.`;
const values = parseScriptArgs({ tokens: { type: 'string' } }, usage);
const tokenBudget = Number(values.tokens ?? 300_000);

function generatedText(): string {
  const subjects = ['Die Bundesregierung', 'Bundeskanzler Olaf Scholz', 'Der französische Präsident Emmanuel Macron', 'Die Europäische Union'];
  const verbs = ['kritisierte', 'traf', 'lobte', 'besuchte'];
  const objects = ['die Regierung in Moskau', 'Vertreter der Vereinten Nationen', 'den Bürgermeister von Wien', 'die Opposition'];
  const sentences: string[] = [];
  for (let index = 0; index < 20_000; index++) {
    sentences.push(`${subjects[index % 4]} ${verbs[(index >> 2) % 4]} am Montag ${objects[(index >> 4) % 4]} .`);
  }
  return sentences.join(' ');
}

const articles = readNewsArticles();
const source = articles.length > 0 ? '10kGNAD news' : 'generated sentences';
const text = (articles.length > 0 ? articles : [generatedText()]).join('\n');

// Sentences of the tokenised text, cut at sentence-final punctuation, up to the token budget.
const sentences: string[][] = [];
let current: string[] = [];
let budget = tokenBudget;
for (const word of splitIntoWords(text)) {
  current.push(word);
  if (/^[.!?]$/.test(word) || current.length >= 80) {
    sentences.push(current);
    budget -= current.length;
    current = [];
    if (budget <= 0) break;
  }
}
const tokenCount = sentences.reduce((total, sentence) => total + sentence.length, 0);
const joined = sentences.map((sentence) => sentence.join(' ')).join('\n');

const loadStart = performance.now();
const model = loadNerModel();
const loadMilliseconds = performance.now() - loadStart;

/**
 * Tokens per second of wall time and of this process's CPU time (user + system): on a shared machine
 * the CPU figure is the steadier one, since waiting for a core is not counted.
 */
function measure(run: () => number): { wall: number; cpu: number } {
  run(); // warm-up: JIT and the word-feature cache
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const processed = run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: processed / ((performance.now() - start) / 1000), cpu: processed / ((cpu.user + cpu.system) / 1e6) };
}

const baseline = measure(() => joined.split(/\s+/).filter((word) => word.length > 0).length);
const tagAll = (tagger: NerModel) => {
  let tagged = 0;
  for (const sentence of sentences) tagged += tagger.tag(sentence).length;
  return tagged;
};
// The tagger caches per-word score sums, so a text's first pass (every distinct word new) is slower than
// the next. `measure` warms up on the shipped model; the cold pass then uses a fresh tagger built from
// the same file, whose JIT-compiled code is warm but whose word cache is empty.
const tagging = measure(() => tagAll(model));
const freshModel = (() => {
  const data = decodeModel(readFileSync(defaultNerModelPath));
  return createNerModel(data, data.header.featureOptions.commonNouns ? loadCommonNouns() : undefined);
})();
// A batch job's steady state: the tagger has seen other articles, and the text at hand is new. A fresh
// tagger reads the first half of the text unmeasured, then tags the second half, whose articles it has not seen.
const half = Math.floor(sentences.length / 2);
const unseen = (() => {
  const data = decodeModel(readFileSync(defaultNerModelPath));
  const tagger = createNerModel(data, data.header.featureOptions.commonNouns ? loadCommonNouns() : undefined);
  for (const sentence of sentences.slice(0, half)) tagger.tag(sentence);
  const rest = sentences.slice(half);
  const restTokens = rest.reduce((total, sentence) => total + sentence.length, 0);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const sentence of rest) tagger.tag(sentence);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: restTokens / ((performance.now() - start) / 1000), cpu: restTokens / ((cpu.user + cpu.system) / 1e6) };
})();

const coldStart = performance.now();
const coldCpuStart = process.cpuUsage();
tagAll(freshModel);
const coldCpu = process.cpuUsage(coldCpuStart);
const cold = { wall: tokenCount / ((performance.now() - coldStart) / 1000), cpu: tokenCount / ((coldCpu.user + coldCpu.system) / 1e6) };

console.log(`text: ${source}, ${sentences.length} sentences, ${tokenCount} tokens; model loaded in ${loadMilliseconds.toFixed(0)} ms`);
const format = (value: number) => Math.round(value).toLocaleString('en').padStart(11);
console.log(`                            wall tokens/s   CPU tokens/s`);
console.log(`baseline whitespace split: ${format(baseline.wall)}    ${format(baseline.cpu)}`);
console.log(`NER tagging, first pass:   ${format(cold.wall)}    ${format(cold.cpu)}   (every distinct word new to the tagger)`);
console.log(`NER tagging, second pass:  ${format(tagging.wall)}    ${format(tagging.cpu)}   (word scores cached)`);
console.log(`NER tagging, unseen text:  ${format(unseen.wall)}    ${format(unseen.cpu)}   (second half of the text, after the first half)`);
console.log(`ratio baseline / tagging:  ${(baseline.wall / cold.wall).toFixed(1).padStart(11)}    ${(baseline.cpu / cold.cpu).toFixed(1).padStart(11)}   (first pass)`);
console.log(
  JSON.stringify({
    tokens: tokenCount,
    loadMilliseconds: Math.round(loadMilliseconds),
    baselineTokensPerSecond: Math.round(baseline.wall),
    firstPassTokensPerSecond: Math.round(cold.wall),
    firstPassTokensPerCpuSecond: Math.round(cold.cpu),
    taggingTokensPerSecond: Math.round(tagging.wall),
    unseenTextTokensPerSecond: Math.round(unseen.wall),
    unseenTextTokensPerCpuSecond: Math.round(unseen.cpu),
    taggingTokensPerCpuSecond: Math.round(tagging.cpu),
  }),
);
