/**
 * Builds `models/english-words.txt.gz` from the dependency compromise: the words of its English lexicon whose tags are
 * of a word class and of no name (src/lexicon/english-words.ts), lower case, letters only, three or more. The pipeline
 * reads the list to drop a single word the tagger took for a place or other name in an English phrase ("Slide").
 *
 * Usage: node bin/run-ts.js scripts/build-english-words.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { defaultEnglishWordsPath, isCommonWordTag } from '../src/lexicon/english-words.ts';

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
const words = Object.entries(lexicon)
  .filter(([word, tags]) => /^\p{Ll}{3,}$/u.test(word) && isCommonWordTag(Array.isArray(tags) ? tags.join(',') : tags))
  .map(([word]) => word)
  .sort();
const artifact = gzipSync(Buffer.from(words.join('\n') + '\n', 'utf8'), { level: 9 });
mkdirSync(dirname(defaultEnglishWordsPath), { recursive: true });
writeFileSync(defaultEnglishWordsPath, artifact);
console.log(`wrote ${defaultEnglishWordsPath}: ${words.length} English common words, ${artifact.length} bytes`);
