/** The segmenter of the news-de pipeline, compiled from its abbreviation file, for tests and scripts. */
import { fileURLToPath } from 'node:url';
import { compileSegmenter, readAbbreviationsFile, type Segmenter } from '../../src/stages/segment/index.ts';

export const newsAbbreviationsPath = fileURLToPath(new URL('../../pipelines/news-de/abbreviations.json', import.meta.url));

export function loadNewsSegmenter(): Segmenter {
  return compileSegmenter(readAbbreviationsFile(newsAbbreviationsPath));
}
