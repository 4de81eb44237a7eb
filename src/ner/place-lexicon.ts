/**
 * Gazetteer entries from the project's own place pack (`pipelines/news-de/places.jsonl`): the
 * nationality adjectives (`französisch` → LOCderiv in GermEval) in every inflected form, the
 * demonyms (`Franzosen`), and the words of place names and aliases. They become extra bits in the
 * tagger's word gazetteer, so the tagger needs nothing beyond the model file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

export const defaultPlacesPath = resolve(import.meta.dirname, '..', '..', 'pipelines', 'news-de', 'places.jsonl');

/** Bits above those of the corpus gazetteer (6) and the name lists (7): see `name-lists.ts`. */
export const placeLexiconBits = {
  placeAdjective: 1 << 13,
  demonym: 1 << 14,
  placeNameWord: 1 << 15,
} as const;

const placeLineSchema = z.looseObject({
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  adjective: z.string().optional(),
  demonyms: z.array(z.string()).optional(),
});

/** Strong and weak adjective endings: `französisch` appears as `französische`, `französischen`, … */
const adjectiveEndings = ['', 'e', 'en', 'er', 'es', 'em'];
/** Demonym plural and genitive forms: `Franzose` → `Franzosen`, `Brite` → `Briten`, `Israeli` → `Israelis`. */
const demonymEndings = ['', 'n', 'en', 's', 'nen'];

/** Lower-cased word → place lexicon bits; empty (with a note on stderr) when the file is missing. */
export function readPlaceLexicon(path = defaultPlacesPath): Map<string, number> {
  if (!existsSync(path)) {
    process.stderr.write(`note: ${path} is missing, so the model is trained without the place adjectives\n`);
    return new Map();
  }
  const lexicon = new Map<string, number>();
  const add = (word: string, bit: number) => {
    const key = word.toLowerCase();
    lexicon.set(key, (lexicon.get(key) ?? 0) | bit);
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    const place = placeLineSchema.parse(JSON.parse(line));
    if (place.adjective) for (const ending of adjectiveEndings) add(place.adjective + ending, placeLexiconBits.placeAdjective);
    for (const demonym of place.demonyms ?? []) for (const ending of demonymEndings) add(demonym + ending, placeLexiconBits.demonym);
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      for (const word of name.split(/\s+/)) if (/^\p{Lu}/u.test(word)) add(word, placeLexiconBits.placeNameWord);
    }
  }
  return lexicon;
}
