/**
 * Readers for the labelled corpora under `../shared/data`, each returning sentences of words and
 * GermEval outer tags. Corpora with other label sets are mapped onto PER/ORG/LOC through a label map
 * that is data (`extra-corpus-label-maps.ts`); labels the map does not know become `O`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LabelledSentence {
  words: string[];
  tags: string[];
  /**
   * Set on sentences from corpora that annotate only PER/ORG/LOC: their `O` means "not PER/ORG/LOC",
   * so training lets such a token take `O` or any OTH, deriv or part tag (see `train.ts`).
   */
  partial?: boolean;
  /**
   * Set on sentences from another domain (court decisions, …): in training each of their features
   * also gets a copy specific to that domain, which soaks up what holds only there, so the shared
   * weights the tagger uses stay closer to news (Daumé's "frustratingly easy" feature augmentation,
   * one-sided: the target domain has shared features only, so tagging is unchanged).
   */
  domain?: string;
}

/** `../shared/data` seen from the repository root, whatever the working directory. */
export function sharedDataDirectory(): string {
  return resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
}

export function germEvalFiles(dataDirectory = sharedDataDirectory()): string[] {
  return ['NER-de-dev.tsv', 'NER-de-test.tsv'].map((name) => resolve(dataDirectory, 'germeval2014', name));
}

export function germEvalAvailable(dataDirectory = sharedDataDirectory()): boolean {
  return germEvalFiles(dataDirectory).every((file) => existsSync(file));
}

/** GermEval 2014 TSV: `#` comment line, then `index TAB token TAB outer TAB nested` lines, blank line between sentences. */
export function parseGermEval(content: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let current: LabelledSentence = { words: [], tags: [] };
  const flush = () => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], tags: [] };
  };
  for (const line of content.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.length === 0) {
      flush();
      continue;
    }
    if (trimmed.startsWith('#\t') || trimmed === '#') continue;
    const fields = trimmed.split('\t');
    if (fields.length < 3) continue;
    current.words.push(fields[1]);
    current.tags.push(fields[2]);
  }
  flush();
  return sentences;
}

/** Dev then test, in file order: the order the cross-validation folds are numbered in. */
export function readGermEval(dataDirectory = sharedDataDirectory()): LabelledSentence[] {
  return germEvalFiles(dataDirectory).flatMap((file) => parseGermEval(readFileSync(file, 'utf8')));
}

/** Sentence i belongs to fold i mod folds. */
export function splitFold<T>(items: readonly T[], fold: number, folds: number): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  items.forEach((item, index) => (index % folds === fold ? test : train).push(item));
  return { train, test };
}

/**
 * CoNLL-style `TOKEN TAG` lines (the tag is the last whitespace-separated field). Blank lines end a
 * sentence; corpora without sentence boundaries are cut after sentence-final punctuation or at
 * `maximumLength` tokens. Lines that are not `TOKEN TAG` (headers, stray fields) are skipped.
 */
export function parseConll(
  content: string,
  labelMap: Readonly<Record<string, string>>,
  maximumLength = 60,
): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let current: LabelledSentence = { words: [], tags: [] };
  const flush = () => {
    if (current.words.length > 0) sentences.push(repairBio(current));
    current = { words: [], tags: [] };
  };
  for (const rawLine of content.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    if (line.startsWith('-DOCSTART-') || line.startsWith('# ')) continue;
    const fields = line.split(/[ \t]+/);
    if (fields.length < 2) continue;
    const word = fields[0];
    const rawTag = fields[fields.length - 1];
    current.words.push(word);
    current.tags.push(mapTag(rawTag, labelMap));
    if (/^[.!?]$/.test(word) || current.words.length >= maximumLength) flush();
  }
  flush();
  return sentences;
}

function mapTag(rawTag: string, labelMap: Readonly<Record<string, string>>): string {
  const match = /^([BI])-(.+)$/i.exec(rawTag);
  if (!match) return 'O';
  const mapped = labelMap[match[2]] ?? labelMap[match[2].toUpperCase()];
  return mapped ? `${match[1].toUpperCase()}-${mapped}` : 'O';
}

/** Mapping can leave `I-X` after `O` (when B was unmapped) or after another class: make it `B-X`. */
function repairBio(sentence: LabelledSentence): LabelledSentence {
  const tags = sentence.tags.map((tag, index) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = index === 0 ? 'O' : sentence.tags[index - 1];
    return previous.slice(2) === tag.slice(2) && previous !== 'O' ? tag : `B-${tag.slice(2)}`;
  });
  return { words: sentence.words, tags };
}
