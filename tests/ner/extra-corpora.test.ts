import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { labelledSentences, readSmartData } from '../../src/ner/smartdata-corpus.ts';

describe('SmartData documents as labelled sentences', () => {
  const text = 'Die Deutsche Bahn streicht Züge.\nIn Berlin sagte Richard Lutz am 3. Mai etwas.';
  const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

  it('splits at sentence ends and line breaks and tags the words inside mentions in BIO', () => {
    const sentences = labelledSentences(text, [
      { ...span('Deutsche Bahn'), entityClass: 'ORG' },
      { ...span('Berlin'), entityClass: 'LOC' },
      { ...span('Richard Lutz'), entityClass: 'PER' },
    ]);
    expect(sentences.map((sentence) => sentence.words.join(' '))).toEqual([
      'Die Deutsche Bahn streicht Züge .',
      'In Berlin sagte Richard Lutz am 3 .',
      'Mai etwas .',
    ]);
    expect(sentences[0].tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']);
    expect(sentences[1].tags).toEqual(['O', 'B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O']);
    expect(sentences.every((sentence) => sentence.partial)).toBe(true);
  });

  it('reads the concatenated Avro-style JSON, maps the mention types and skips tweets', () => {
    const document = (source: string, body: string, mentions: { phrase: string; type: string }[]) =>
      JSON.stringify(
        {
          text: { string: body },
          refids: { map: { source } },
          conceptMentions: {
            array: mentions.map(({ phrase, type }) => ({ type, span: { start: body.indexOf(phrase), end: body.indexOf(phrase) + phrase.length } })),
          },
        },
        null,
        2,
      );
    const file = join(mkdtempSync(join(tmpdir(), 'smartdata-')), 'train.json.gz');
    const news = document('news', 'Siemens baut in München ab.', [
      { phrase: 'Siemens', type: 'organization-company' },
      { phrase: 'München', type: 'location-city' },
      { phrase: 'ab', type: 'trigger' },
    ]);
    const tweet = document('tweet', '#Stau auf der A3', [{ phrase: 'A3', type: 'location-route' }]);
    writeFileSync(file, gzipSync(`${news}\n${tweet}\n`));
    const sentences = readSmartData([file]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0].tags).toEqual(['B-ORG', 'O', 'O', 'B-LOC', 'O', 'O']);
  });
});
