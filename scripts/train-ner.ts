/**
 * Trains the shipped NER model on all 7,300 GermEval 2014 dev + test sentences (plus the extra corpora of
 * the default configuration, `src/ner/experiment.ts`: the SmartData news sentences) with a fixed seed, and
 * writes `models/ner-de.bin.gz`.
 *
 * Usage: npm run train:ner [-- --output PATH]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { germEvalAvailable, readGermEval, sharedDataDirectory } from '../src/ner/corpus.ts';
import { defaultExperimentConfig, prepareSharedResources, trainModel } from '../src/ner/experiment.ts';
import { defaultNerModelPath } from '../src/ner/index.ts';
import { encodeModel } from '../src/ner/model-format.ts';
import { parseScriptArgs } from './script-args.ts';

const usage = `Usage: npm run train:ner [-- --output PATH]
Trains the shipped NER model from ../shared (GermEval 2014 dev + test and the default extra corpora).`;
const values = parseScriptArgs({ output: { type: 'string' } }, usage);
const output = resolve(values.output ?? defaultNerModelPath);

if (!germEvalAvailable()) {
  console.log(`GermEval 2014 data not found under ${sharedDataDirectory()}/germeval2014: the shipped model was left as it is.`);
  process.exit(0);
}

const config = defaultExperimentConfig;
const started = performance.now();
const sentences = readGermEval();
const shared = await prepareSharedResources(config);
console.log(
  `training on ${sentences.length} GermEval sentences; gazetteer ${shared.gazetteer.size} words; clusters ${shared.clusters.size} words; ` +
    `epochs ${config.training.epochs}; hash bits ${config.training.hashBits}; seed ${config.training.seed}`,
);
const model = trainModel(config, shared, sentences, { corpus: 'germeval2014 dev+test', sentences: sentences.length });
if (model.header.training.outsidePenaltyChoice) {
  console.log(
    `outside penalty ${model.header.outsidePenalty} (inner-split F1 by penalty ${JSON.stringify(model.header.training.outsidePenaltyChoice)}), ` +
      `class bias ${JSON.stringify(model.header.classBias ?? {})}, inner-split F1 ${model.header.training.innerSplitF1}`,
  );
}
const encoded = encodeModel(model);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, encoded);
console.log(`wrote ${output}: ${(encoded.length / 1024 / 1024).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
