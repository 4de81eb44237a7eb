/**
 * First names with the sex they are given to, for telling whether "er" or "sie" can stand for a person (built by
 * `scripts/build-first-names.ts` into `models/first-names.txt.gz` from the name lists of `@faker-js/faker`). Names given
 * to both sexes in any of the lists are left out: they say nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type Sex = 'f' | 'm';

export const defaultFirstNamesPath = resolve(import.meta.dirname, '..', '..', 'models', 'first-names.txt.gz');

let cached: ReadonlyMap<string, Sex> | undefined;

/** The shipped table (`name TAB f|m` lines), read on first use and cached for the process; empty when it is missing. */
export function loadFirstNames(): ReadonlyMap<string, Sex> {
  cached ??= existsSync(defaultFirstNamesPath) ? parseFirstNames(gunzipSync(readFileSync(defaultFirstNamesPath)).toString('utf8')) : new Map();
  return cached;
}

export function parseFirstNames(table: string): Map<string, Sex> {
  const names = new Map<string, Sex>();
  for (const line of table.split('\n')) {
    const [name, sex] = line.split('\t');
    if (name && (sex === 'f' || sex === 'm')) names.set(name, sex);
  }
  return names;
}

/** `name TAB sex` lines, sorted, for names given to one sex only. */
export function formatFirstNames(female: Iterable<string>, male: Iterable<string>): string {
  const femaleSet = new Set(female);
  const maleSet = new Set(male);
  const lines: string[] = [];
  for (const name of femaleSet) if (!maleSet.has(name)) lines.push(`${name}\tf`);
  for (const name of maleSet) if (!femaleSet.has(name)) lines.push(`${name}\tm`);
  return lines.sort().join('\n') + '\n';
}
