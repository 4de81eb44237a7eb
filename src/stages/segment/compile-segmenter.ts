/**
 * Builds a segmenter from a rule pack's abbreviation file, once per pipeline. The result holds only frozen lookup
 * tables, so one segmenter can serve any number of documents and pipelines at the same time.
 */
import { abbreviationsFileSchema, type AbbreviationsFile } from '../../rules/schema.ts';
import defaultSentenceStarters from './sentence-starters.json' with { type: 'json' };
import { compileAbbreviations } from './compile-abbreviations.ts';
import { buildSegmentation, type Segmentation } from './build-tokens.ts';
import { mergePieces, type MergeRules } from './merge-pieces.ts';
import { scanPieces } from './scan-pieces.ts';
import { findSentenceEnds, type HeadingWords } from './split-sentences.ts';

export interface Segmenter {
  /** Sentences and lossless tokens of `text`, with UTF-16 offsets into it. */
  segment(text: string): Segmentation;
}

export interface SegmenterOptions {
  /**
   * Capitalised words that start sentences ("Dann", "Die"); after an abbreviation or initial they mean the period
   * also ends the sentence. Defaults to the list in `sentence-starters.json`.
   */
  sentenceStarters?: readonly string[];
}

export function compileSegmenter(abbreviations: AbbreviationsFile, options: SegmenterOptions = {}): Segmenter {
  const file = abbreviationsFileSchema.parse(abbreviations);
  const rules: MergeRules = Object.freeze({
    abbreviations: compileAbbreviations(file),
    sentenceStarters: new Set(options.sentenceStarters ?? defaultSentenceStarters.words),
  });
  const headings: HeadingWords = Object.freeze({
    starters: rules.sentenceStarters,
    politeForms: new Set(defaultSentenceStarters.politeForms),
    articles: new Set(defaultSentenceStarters.articles),
  });
  return Object.freeze({
    segment(text: string): Segmentation {
      const pieces = scanPieces(text);
      const drafts = mergePieces({ text, pieces }, rules);
      return buildSegmentation(text, drafts, findSentenceEnds(text, drafts, headings));
    },
  });
}
