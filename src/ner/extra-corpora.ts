/**
 * The extra labelled corpora and how their labels map onto GermEval classes. They carry no
 * `deriv`/`part`/`OTH` annotation, so their use is measured (see `scripts/eval-ner.ts --extra`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConll, sharedDataDirectory, type LabelledSentence } from './corpus.ts';
import { readSmartData, smartDataFiles, smartDataLabelMap } from './smartdata-corpus.ts';

/** Legal NER (LER): persons, judges and lawyers are PER; places are LOC; institutions, courts, companies and brands are ORG. */
export const legalLabelMap: Readonly<Record<string, string>> = {
  PER: 'PER',
  RR: 'PER',
  AN: 'PER',
  LD: 'LOC',
  ST: 'LOC',
  STR: 'LOC',
  LDS: 'LOC',
  ORG: 'ORG',
  UN: 'ORG',
  INN: 'ORG',
  GRT: 'ORG',
  MRK: 'ORG',
};

export const europeanaLabelMap: Readonly<Record<string, string>> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG' };

export interface ExtraCorpus {
  name: string;
  files: string[];
  labelMap: Readonly<Record<string, string>>;
  /** A reader for corpora that are not CoNLL files. */
  read?: () => LabelledSentence[];
}

export function extraCorpora(dataDirectory = sharedDataDirectory()): ExtraCorpus[] {
  return [
    {
      name: 'legal',
      files: ['ler_dev.conll', 'ler_test.conll', 'ler_train.conll'].map((name) => resolve(dataDirectory, 'legal-ner-de', name)),
      labelMap: legalLabelMap,
    },
    {
      name: 'europeana',
      files: ['enp_DE.lft.bio', 'enp_DE.onb.bio', 'enp_DE.sbb.bio'].map((name) =>
        resolve(dataDirectory, 'europeana-newspapers-ner-de', name),
      ),
      labelMap: europeanaLabelMap,
    },
    { name: 'smartdata', files: smartDataFiles(dataDirectory), labelMap: smartDataLabelMap, read: () => readSmartData(smartDataFiles(dataDirectory)) },
  ];
}

export function readExtraCorpus(corpus: ExtraCorpus): LabelledSentence[] {
  if (corpus.read) return corpus.read();
  return corpus.files.filter((file) => existsSync(file)).flatMap((file) => parseConll(readFileSync(file, 'utf8'), corpus.labelMap));
}
