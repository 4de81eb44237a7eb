/**
 * English common words (verbs, adjectives, common nouns and other closed or open classes; no names of persons, places or
 * organisations), lower case, for telling a word the tagger took for a place in an English phrase ("Gestrichen wurden
 * Google Docs, Sheets und Slide") from a name. Built by `scripts/build-english-words.ts` into
 * `models/english-words.txt.gz` from the lexicon of the dependency compromise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const defaultEnglishWordsPath = resolve(import.meta.dirname, '..', '..', 'models', 'english-words.txt.gz');

let cached: ReadonlySet<string> | undefined;

/** The shipped list (one word per line), read on first use and cached for the process; empty when it is missing. */
export function loadEnglishWords(): ReadonlySet<string> {
  cached ??= existsSync(defaultEnglishWordsPath) ? new Set(gunzipSync(readFileSync(defaultEnglishWordsPath)).toString('utf8').split('\n').filter(Boolean)) : new Set();
  return cached;
}

/**
 * Whether compromise's tags for a word make it a common word: any tag of a word class, none of a name (a person's,
 * a place's, an organisation's, a month or weekday, an abbreviation or acronym, a proper noun).
 */
export function isCommonWordTag(tags: string): boolean {
  return !/Name|Person|Place|City|Country|Region|Organization|Company|SportsTeam|ProperNoun|Demonym|Acronym|Abbreviation|Month|WeekDay|Honorific|Date|Holiday|Religion|Currency/.test(tags);
}
