/**
 * Builds `models/first-names.txt.gz` from the devDependency `@faker-js/faker`: the female and male first names of the
 * locales whose names show up in German news (`personNameLocales`), and the common German-speaking ones the lists lack
 * (`scripts/data/given-names-de.json`). A name either list gives to both sexes, or that
 * is marked generic, is left out. The pipeline reads the table to tell whether "er" or "sie" can stand for a person.
 *
 * Usage: node bin/run-ts.js scripts/build-first-names.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { allLocales } from '@faker-js/faker';
import { defaultFirstNamesPath, formatFirstNames } from '../src/lexicon/first-names.ts';
import { personNameLocales } from '../src/ner/name-lists.ts';

type FirstNames = { female?: string[]; male?: string[]; generic?: string[] };

const female: string[] = [];
const male: string[] = [];
const generic = new Set<string>();
const isName = (name: string) => /^\p{Lu}[\p{L}'-]+$/u.test(name);
for (const locale of personNameLocales) {
  const firstNames = (allLocales as unknown as Record<string, { person?: { first_name?: FirstNames } }>)[locale]?.person?.first_name;
  female.push(...(firstNames?.female ?? []).filter(isName));
  male.push(...(firstNames?.male ?? []).filter(isName));
  for (const name of firstNames?.generic ?? []) generic.add(name);
}
// Common German-speaking given names the lists lack ("Jürgen", "Uwe", "Elke"): a data file of the project's own.
const extra = JSON.parse(readFileSync(resolve(import.meta.dirname, 'data', 'given-names-de.json'), 'utf8')) as { female: string[]; male: string[] };
female.push(...extra.female);
male.push(...extra.male);
const table = formatFirstNames(
  female.filter((name) => !generic.has(name)),
  male.filter((name) => !generic.has(name)),
);
const artifact = gzipSync(Buffer.from(table, 'utf8'), { level: 9 });
mkdirSync(dirname(defaultFirstNamesPath), { recursive: true });
writeFileSync(defaultFirstNamesPath, artifact);
console.log(`wrote ${defaultFirstNamesPath}: ${table.split('\n').length - 1} first names, ${artifact.length} bytes`);
