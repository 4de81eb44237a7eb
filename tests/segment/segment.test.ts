import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbbreviationsFileError, compileSegmenter, InvalidAbbreviationError, readAbbreviationsFile } from '../../src/stages/segment/index.ts';
import { segmentCases } from './cases.ts';
import { findInvariantViolations } from './check-invariants.ts';
import { loadNewsSegmenter, newsAbbreviationsPath } from './load-news-segmenter.ts';

const segmenter = loadNewsSegmenter();

function sentenceTexts(text: string): string[] {
  return segmenter.segment(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('German segmentation cases', () => {
  it('has at least 50 cases', () => {
    expect(segmentCases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(segmentCases)('$name', (testCase) => {
    const result = segmenter.segment(testCase.text);
    expect(result.sentences.map((sentence) => testCase.text.slice(sentence.start, sentence.end))).toEqual(testCase.sentences);
    if (testCase.tokens) expect(result.tokens.map((token) => token.text)).toEqual(testCase.tokens);
    for (const [tokenText, kind] of Object.entries(testCase.kinds ?? {})) {
      const matching = result.tokens.filter((token) => token.text === tokenText);
      expect(matching.length, `token ${tokenText} is missing`).toBeGreaterThan(0);
      for (const token of matching) expect(token.kind, `kind of ${tokenText}`).toBe(kind);
    }
    expect(findInvariantViolations(testCase.text, result)).toEqual([]);
  });
});

describe('abbreviations come from the data file', () => {
  it('an abbreviation missing from the list ends the sentence', () => {
    const bare = compileSegmenter({ abbreviations: ['Dr.'] });
    const text = 'Es kamen ca. Zehn. Dann Dr. Müller.';
    expect(bare.segment(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      'Es kamen ca.',
      'Zehn.',
      'Dann Dr. Müller.',
    ]);
  });

  it('ordinal contexts come from the data file', () => {
    const withoutContexts = compileSegmenter({ abbreviations: [], ordinalContexts: [] });
    const text = 'Im 19. Jahrhundert war das so.';
    expect(withoutContexts.segment(text).sentences).toHaveLength(2);
    expect(sentenceTexts(text)).toEqual([text]);
  });

  it('rejects an entry without a period, naming it', () => {
    expect(() => compileSegmenter({ abbreviations: ['Dr'] })).toThrow(InvalidAbbreviationError);
    expect(() => compileSegmenter({ abbreviations: ['Dr'] })).toThrow(/"Dr"/);
  });

  it('the news-de list is large, free of duplicates and compiles', () => {
    const file = readAbbreviationsFile(newsAbbreviationsPath);
    expect(file.abbreviations.length).toBeGreaterThanOrEqual(150);
    expect(new Set(file.abbreviations).size).toBe(file.abbreviations.length);
    expect(file.ordinalContexts).toEqual(expect.arrayContaining(['März', 'am', 'im', 'seit']));
  });

  it('a file that is not valid names its path and the problem', () => {
    const directory = mkdtempSync(join(tmpdir(), 'depesche-segment-'));
    const path = join(directory, 'abbreviations.json');
    writeFileSync(path, JSON.stringify({ abbreviation: ['Dr.'] }));
    expect(() => readAbbreviationsFile(path)).toThrow(AbbreviationsFileError);
    expect(() => readAbbreviationsFile(path)).toThrow(path);
  });

  it('rejects a file that does not match the schema', () => {
    expect(() => compileSegmenter({ abbreviations: ['Dr.'], extra: true } as never)).toThrow();
  });

  it('the compiled segmenter is frozen and shared safely', () => {
    expect(Object.isFrozen(segmenter)).toBe(true);
    const first = segmenter.segment('Dr. Merz kam. Er ging.');
    segmenter.segment('Etwas ganz anderes usw. Dann Schluss.');
    expect(segmenter.segment('Dr. Merz kam. Er ging.')).toEqual(first);
  });
});

describe('offsets are UTF-16 code units', () => {
  it('counts an emoji as two code units', () => {
    const text = '😀 Wir';
    const [emoji, word] = segmenter.segment(text).tokens;
    expect(emoji).toMatchObject({ start: 0, end: 2, kind: 'symbol', whitespace: ' ' });
    expect(word).toMatchObject({ start: 3, end: 6, text: 'Wir' });
  });
});
