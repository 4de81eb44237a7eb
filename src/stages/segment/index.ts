/** German sentence segmentation and lossless tokenisation: the public API of the segment stage. */
export { compileSegmenter, type Segmenter, type SegmenterOptions } from './compile-segmenter.ts';
export type { Segmentation } from './build-tokens.ts';
export { readAbbreviationsFile, AbbreviationsFileError } from './load-abbreviations.ts';
export { InvalidAbbreviationError } from './compile-abbreviations.ts';
