/**
 * The DFKI SmartData corpus (v1, CC BY 4.0) as labelled sentences: German industry and traffic news,
 * RSS reports and tweets whose mentions carry character spans into the document text. The text is
 * split into words the GermEval way and into sentences at sentence-final punctuation and line
 * breaks; a word inside a person, organisation or place mention gets that class (BIO). Mention types
 * GermEval has no class for (dates, numbers, routes such as `A3`) stay `O`, and the sentences are
 * marked partial, since the corpus does not annotate OTH, deriv or part names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sharedDataDirectory, type LabelledSentence } from './corpus.ts';

export const smartDataLabelMap: Readonly<Record<string, string>> = {
  person: 'PER',
  organization: 'ORG',
  'organization-company': 'ORG',
  location: 'LOC',
  'location-city': 'LOC',
  'location-street': 'LOC',
  'location-stop': 'LOC',
};

export function smartDataFiles(dataDirectory = sharedDataDirectory()): string[] {
  return ['train.json.gz', 'test.json.gz'].map((name) => resolve(dataDirectory, 'smartdata-corpus', 'v1_20180119', name));
}

interface Mention {
  start: number;
  end: number;
  entityClass: string;
}

/** Which document sources to read: tweets are mostly hashtags, unlike anything a news tagger sees. */
export function readSmartData(files = smartDataFiles(), sources: ReadonlySet<string> = new Set(['news', 'rss'])): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const document of concatenatedJson(gunzipSync(readFileSync(file)).toString('utf8'))) {
      const source = avro(document.refids)?.source;
      if (typeof source === 'string' && !sources.has(source)) continue;
      const text = avro(document.text);
      if (typeof text !== 'string') continue;
      const mentions: Mention[] = [];
      for (const mention of avro(document.conceptMentions) ?? []) {
        const entityClass = smartDataLabelMap[String(mention.type).toLowerCase().replace(/_/g, '-')];
        if (entityClass && mention.span) mentions.push({ start: mention.span.start, end: mention.span.end, entityClass });
      }
      sentences.push(...labelledSentences(text, mentions));
    }
  }
  return sentences;
}

/** A parsed JSON value from the corpus; its shape is checked where it is read. */
type CorpusJson = any;

/** Avro unions are wrapped (`{"string": …}`, `{"array": […]}`); this unwraps one level. */
function avro(value: CorpusJson): CorpusJson {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && ['string', 'array', 'map', 'float', 'int', 'long'].includes(keys[0])) return value[keys[0]];
  }
  return value;
}

/** The objects of a file of pretty-printed JSON objects written one after another. */
function* concatenatedJson(text: string): Iterable<CorpusJson> {
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index++;
      else if (character === '"') inString = false;
      continue;
    }
    if (character === '"') inString = true;
    else if (character === '{') {
      if (depth === 0) start = index;
      depth++;
    } else if (character === '}') {
      depth--;
      if (depth === 0) yield JSON.parse(text.slice(start, index + 1));
    }
  }
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function labelledSentences(text: string, mentions: readonly Mention[]): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let previousMention: Mention | undefined;
  let lastEnd = 0;
  const flush = () => {
    if (words.length > 0) sentences.push({ words, tags, partial: true });
    words = [];
    tags = [];
    previousMention = undefined;
  };
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (text.slice(lastEnd, start).includes('\n')) flush();
    lastEnd = end;
    const mention = mentions.find((candidate) => candidate.start <= start && end <= candidate.end);
    if (mention) tags.push(`${mention === previousMention ? 'I' : 'B'}-${mention.entityClass}`);
    else tags.push('O');
    previousMention = mention;
    words.push(match[0]);
    if (/^[.!?]$/.test(match[0])) flush();
  }
  flush();
  return sentences;
}
