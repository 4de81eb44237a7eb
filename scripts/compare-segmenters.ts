/**
 * Compares sentence splitting on the shared German case table (tests/segment/cases.ts) and speed on a long text:
 * depesche's segmenter, `Intl.Segmenter('de', { granularity: 'sentence' })` and natural's SentenceTokenizer
 * (without abbreviations and with depesche's list). Run: `node bin/run-ts.js scripts/compare-segmenters.ts`.
 * The speed text is the 1,028 articles of ../shared/data/news-de/10kGNAD-test.csv when present, else synthetic.
 * When ../shared/data/smartdata-corpus is present, it also reports agreement with the sentence spans of its
 * v3 documents (produced by DFKI's own pipeline, so a second opinion rather than gold). `--failures` lists the
 * cases each segmenter gets wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { segmentCases, type SegmentCase } from '../tests/segment/cases.ts';
import { loadNewsSegmenter } from '../tests/segment/load-news-segmenter.ts';
import { readAbbreviationsFile } from '../src/stages/segment/index.ts';
import { newsAbbreviationsPath } from '../tests/segment/load-news-segmenter.ts';

// natural loads dotenv, which prints to stdout unless told to be quiet; it must be set before natural is required.
process.env.DOTENV_CONFIG_QUIET = 'true';
const require = createRequire(import.meta.url);
const natural = require('natural') as { SentenceTokenizer: new (abbreviations?: string[]) => { tokenize(text: string): string[] } };

type SplitSentences = (text: string) => string[];
/** Offsets where sentences after the first one start. */
type SentenceStarts = (text: string) => number[];

const depesche = loadNewsSegmenter();
const intlSegmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
const naturalPlain = new natural.SentenceTokenizer();
const naturalWithAbbreviations = new natural.SentenceTokenizer(readAbbreviationsFile(newsAbbreviationsPath).abbreviations);

const segmenters: [string, SplitSentences][] = [
  ['depesche', (text) => depesche.segment(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end))],
  ['Intl.Segmenter', (text) => Array.from(intlSegmenter.segment(text), (segment) => segment.segment.trim()).filter((sentence) => sentence.length > 0)],
  ['natural', (text) => naturalPlain.tokenize(text).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0)],
  ['natural + abbreviations', (text) => naturalWithAbbreviations.tokenize(text).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0)],
];

/** Where each sentence string starts in `text`, found left to right (natural returns strings only). */
function startsOfStrings(text: string, sentences: string[]): number[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const found = text.indexOf(sentence, cursor);
    if (found === -1) continue;
    starts.push(found);
    cursor = found + sentence.length;
  }
  return starts.slice(1);
}

const sentenceStarts: [string, SentenceStarts][] = [
  ['depesche', (text) => depesche.segment(text).sentences.slice(1).map((sentence) => sentence.start)],
  [
    'Intl.Segmenter',
    (text) => Array.from(intlSegmenter.segment(text)).map((segment) => segment.index + (segment.segment.length - segment.segment.trimStart().length)).slice(1),
  ],
  ['natural', (text) => startsOfStrings(text, naturalPlain.tokenize(text).map((sentence) => sentence.trim()))],
  ['natural + abbreviations', (text) => startsOfStrings(text, naturalWithAbbreviations.tokenize(text).map((sentence) => sentence.trim()))],
];

function sameSentences(actual: string[], expected: string[]): boolean {
  return actual.length === expected.length && actual.every((sentence, index) => sentence === expected[index]);
}

function failedCases(split: SplitSentences, cases: SegmentCase[]): string[] {
  return cases.filter((testCase) => !sameSentences(split(testCase.text), testCase.sentences)).map((testCase) => testCase.name);
}

/** Rows of a `label;'text'` CSV with `'` as quote character and `''` as an escaped quote. */
function parseQuotedCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < content.length; index++) {
    const character = content[index];
    if (quoted) {
      if (character !== "'") field += character;
      else if (content[index + 1] === "'") field += content[++index];
      else quoted = false;
    } else if (character === "'") quoted = true;
    else if (character === ';') (row.push(field), (field = ''));
    else if (character === '\n' || character === '\r') {
      if (character === '\r' && content[index + 1] === '\n') index++;
      row.push(field);
      if (row.some((value) => value.length > 0)) rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field]);
  return rows;
}

function loadLongTextArticles(): { articles: string[]; source: string } {
  const path = new URL('../../shared/data/news-de/10kGNAD-test.csv', import.meta.url);
  if (existsSync(path)) {
    const articles = parseQuotedCsv(readFileSync(path, 'utf8')).map((row) => row[1] ?? '').filter((text) => text.length > 0);
    return { articles, source: `${articles.length} articles of ../shared/data/news-de/10kGNAD-test.csv` };
  }
  console.log('note: ../shared/data/news-de/10kGNAD-test.csv is not present; timing on synthetic articles built from the case table');
  const article = segmentCases.map((testCase) => testCase.text).join(' ');
  return { articles: Array.from({ length: 1000 }, () => article), source: '1000 synthetic articles' };
}

function millisecondsFor(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

console.log(`Sentence splits exactly right on ${segmentCases.length} German cases (tests/segment/cases.ts):`);
for (const [name, split] of segmenters) {
  const failures = failedCases(split, segmentCases);
  console.log(`  ${name.padEnd(24)} ${String(segmentCases.length - failures.length).padStart(3)}/${segmentCases.length}`);
  if (process.argv.includes('--failures')) for (const failure of failures) console.log(`      ✗ ${failure}`);
}

const { articles, source } = loadLongTextArticles();
const joined = articles.join('\n\n');
console.log(`\nSpeed on ${source} (${(joined.length / 1e6).toFixed(2)} M UTF-16 units):`);
// As one text, each segmenter first gets a tenth of it; only if that is quick does it get the whole, once, since
// some segmenters are far worse than linear (natural builds one regular expression over all sentence ends).
const tenth = joined.slice(0, Math.floor(joined.length / 10));
for (const [name, split] of segmenters) {
  let perArticle = Infinity;
  let sentenceCount = 0;
  for (let round = 0; round < 3; round++) {
    perArticle = Math.min(perArticle, millisecondsFor(() => {
      sentenceCount = 0;
      for (const article of articles) sentenceCount += split(article).length;
    }));
  }
  const tenthMilliseconds = millisecondsFor(() => split(tenth));
  const wholeText = tenthMilliseconds < 1000 ? `${millisecondsFor(() => split(joined)).toFixed(0)} ms` : 'not run (too slow on a tenth)';
  console.log(
    `  ${name.padEnd(24)} article by article ${perArticle.toFixed(0).padStart(5)} ms (best of 3, ${sentenceCount} sentences);` +
      ` one text: a tenth ${tenthMilliseconds.toFixed(0)} ms, whole ${wholeText}`,
  );
}

/** The JSON objects of a file of concatenated, pretty-printed objects (SmartData's format). */
function splitConcatenatedJson(content: string): string[] {
  const objects: string[] = [];
  let depth = 0;
  let inString = false;
  let objectStart = 0;
  for (let index = 0; index < content.length; index++) {
    const character = content[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '{') {
      if (depth === 0) objectStart = index;
      depth++;
    } else if (character === '}' && --depth === 0) objects.push(content.slice(objectStart, index + 1));
  }
  return objects;
}

interface SmartDataDocument {
  text: { string: string };
  sentences: { array: { span: { start: number; end: number } }[] };
}

/** Sentence starts that follow their previous sentence on the same line: line breaks are not compared. */
function inLineStarts(text: string, starts: number[]): Set<number> {
  const kept = new Set<number>();
  for (const start of starts) {
    let before = start - 1;
    while (before >= 0 && /\s/.test(text[before]) && text[before] !== '\n') before--;
    if (before >= 0 && text[before] !== '\n') kept.add(start);
  }
  return kept;
}

const smartDataFiles = ['dev', 'test'].map((split) => new URL(`../../shared/data/smartdata-corpus/v3_20200302/${split}.json.gz`, import.meta.url));
if (smartDataFiles.every((file) => existsSync(file))) {
  const documents = smartDataFiles.flatMap((file) =>
    splitConcatenatedJson(gunzipSync(readFileSync(file)).toString('utf8')).map((json) => JSON.parse(json) as SmartDataDocument),
  );
  console.log(`\nAgreement with the sentence starts of ${documents.length} SmartData v3 documents (dev + test), within lines only:`);
  for (const [name, starts] of sentenceStarts) {
    let agreed = 0;
    let predicted = 0;
    let reference = 0;
    for (const document of documents) {
      const text = document.text.string;
      const referenceStarts = inLineStarts(text, document.sentences.array.slice(1).map((sentence) => sentence.span.start));
      const predictedStarts = inLineStarts(text, starts(text));
      for (const start of predictedStarts) if (referenceStarts.has(start)) agreed++;
      predicted += predictedStarts.size;
      reference += referenceStarts.size;
    }
    const precision = agreed / predicted;
    const recall = agreed / reference;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`  ${name.padEnd(24)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${reference} reference starts)`);
  }
} else {
  console.log('\nnote: ../shared/data/smartdata-corpus/v3_20200302 is not present; agreement with its sentence spans skipped');
}
