/**
 * Nouns that name the kind of the name beside them ("die Band Rainrock", "der Vulkan Hekla", "Regisseur
 * Wim Wenders"), read from the rule pack's `name-types.json`, with the role titles of `roles.jsonl` as
 * person nouns. The tagger sees them as features of a word's left neighbours, so a name nobody listed
 * still gets the class its neighbour announces. They travel inside the model as extra gazetteer bits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { NameTable } from './features.ts';

const packDirectory = resolve(import.meta.dirname, '..', '..', 'pipelines', 'news-de');
export const defaultNameTypesPath = resolve(packDirectory, 'name-types.json');
export const defaultRolesPath = resolve(packDirectory, 'roles.jsonl');

/** Bits above the place lexicon's (13–15): see `place-lexicon.ts`. */
export const nameTypeBits = {
  PER: 1 << 16,
  LOC: 1 << 17,
  ORG: 1 << 18,
  OTH: 1 << 19,
} as const;
export const nameTypeMask = nameTypeBits.PER | nameTypeBits.LOC | nameTypeBits.ORG | nameTypeBits.OTH;

const nameTypesSchema = z.looseObject({
  PER: z.array(z.string()),
  LOC: z.array(z.string()),
  ORG: z.array(z.string()),
  OTH: z.array(z.string()),
});

const roleLineSchema = z.looseObject({ title: z.string(), feminine: z.string().optional() });

/** The key a noun is stored under: lower case, without an abbreviation's full stop (`Dr.` → `dr`). */
const nounKey = (noun: string) => noun.toLowerCase().replace(/\.$/, '');

/** Lower-cased noun → name-type bits; empty (with a note on stderr) when the file is missing. */
export function readNameTypeNouns(path = defaultNameTypesPath, rolesPath = defaultRolesPath): Map<string, number> {
  const nouns = new Map<string, number>();
  if (!existsSync(path)) {
    process.stderr.write(`note: ${path} is missing, so the model is trained without name-type nouns\n`);
    return nouns;
  }
  const add = (noun: string, bit: number) => {
    const key = nounKey(noun);
    nouns.set(key, (nouns.get(key) ?? 0) | bit);
  };
  const lists = nameTypesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  for (const entityClass of ['PER', 'LOC', 'ORG', 'OTH'] as const) for (const noun of lists[entityClass]) add(noun, nameTypeBits[entityClass]);
  if (existsSync(rolesPath)) {
    for (const line of readFileSync(rolesPath, 'utf8').split('\n')) {
      if (line.trim().length === 0) continue;
      const role = roleLineSchema.parse(JSON.parse(line));
      add(role.title, nameTypeBits.PER);
      if (role.feminine) add(role.feminine, nameTypeBits.PER);
    }
  }
  return nouns;
}

/** Case and plural endings tried when a form is not itself listed: `Dorfes` → `dorf`, `Planeten` → `planet`. */
const inflectionEndings = ['es', 's', 'en', 'n', 'e', 'er', 'nen'];

/**
 * The name-type bits of a word, of its inflected form, or of `compoundHead`, the head the noun lexicon splits off
 * a compound it does not know itself (`Provinzhauptstadt` → `Hauptstadt`); 0 when it names no kind. Heads come from the
 * lexicon's own compound split. Scanning every listed noun at the end of any word instead (so that known
 * compounds such as `Wochenzeitung` count too) lost 0.4 F1 on folds 0–1: `Deutsch|land`, `Bei|spiel`.
 */
export function nameTypeOf(word: string, gazetteer: NameTable, compoundHead: string | undefined): number {
  const own = inflectedNameType(nounKey(word), gazetteer);
  if (own !== 0) return own;
  // The lexicon splits off its longest known head, which it knows as a whole: one step is all there is.
  return compoundHead === undefined ? 0 : inflectedNameType(nounKey(compoundHead), gazetteer);
}

function inflectedNameType(lower: string, gazetteer: NameTable): number {
  const own = (gazetteer.get(lower) ?? 0) & nameTypeMask;
  if (own !== 0) return own;
  for (const ending of inflectionEndings) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const bits = (gazetteer.get(lower.slice(0, -ending.length)) ?? 0) & nameTypeMask;
    if (bits !== 0) return bits;
  }
  return 0;
}
