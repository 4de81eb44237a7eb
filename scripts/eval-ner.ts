/**
 * 5-fold cross-validation of the NER tagger over GermEval 2014 dev + test (sentence i in fold i mod 5):
 * trains on four folds, scores the fifth with strict outer-chunk F1 over all 12 classes, and prints a
 * conlleval-style table. The last line is one JSON object with the figures.
 *
 * Usage: npm run eval:ner -- [--predictions DIR] [--folds N] [--epochs N] [--hash-bits N]
 *          [--no-common-nouns] [--no-gazetteer] [--no-clusters] [--no-name-lists] [--derivation on|off] [--wide-context on|off] [--affix-length N] [--name-types on|off] [--place-lexicon on|off] [--cluster-sources news,legal] [--gazetteer-corpora legal,europeana] [--extra legal,europeana] [--extra-sample N] [--extra-domain on|off]
 *          [--outside-penalty X] [--choose-outside-penalty 0,5,10 (by an inner split of the training folds; empty: off)] [--tune-class-bias on|off] [--sweep-outside-penalty 0,1,2] [--calibration 1,4,8]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChunkScorer, formatScoreTable, type ChunkScore } from '../src/ner/chunk-score.ts';
import { germEvalAvailable, readGermEval, sharedDataDirectory, splitFold, type LabelledSentence } from '../src/ner/corpus.ts';
import { defaultExperimentConfig, featureResources, prepareSharedResources, trainModel, type ExperimentConfig } from '../src/ner/experiment.ts';
import { createNerModel } from '../src/ner/tagger.ts';
import { parseScriptArgs } from './script-args.ts';

const foldCount = 5;
const usage = `Usage: npm run eval:ner -- [--predictions DIR] [--folds N] [--epochs N] [--hash-bits N]
         [--no-common-nouns] [--no-gazetteer] [--no-clusters] [--no-name-lists] [--derivation on|off] [--wide-context on|off] [--affix-length N] [--name-types on|off] [--place-lexicon on|off] [--cluster-sources news,legal] [--gazetteer-corpora legal,europeana] [--extra legal,europeana] [--extra-sample N] [--extra-domain on|off]
         [--outside-penalty X] [--choose-outside-penalty 0,5,10 (by an inner split of the training folds; empty: off)] [--tune-class-bias on|off] [--sweep-outside-penalty 0,1,2] [--calibration 1,4,8]
5-fold cross-validation of the NER tagger over GermEval 2014 dev + test (needs ../shared).`;
const values = parseScriptArgs({
  predictions: { type: 'string' },
  folds: { type: 'string' },
  epochs: { type: 'string' },
  'hash-bits': { type: 'string' },
  'no-common-nouns': { type: 'boolean' },
  'no-gazetteer': { type: 'boolean' },
  'no-clusters': { type: 'boolean' },
  'no-name-lists': { type: 'boolean' },
  derivation: { type: 'string' },
  'wide-context': { type: 'string' },
  'affix-length': { type: 'string' },
  'name-types': { type: 'string' },
  'place-lexicon': { type: 'string' },
  'cluster-sources': { type: 'string' },
  'gazetteer-corpora': { type: 'string' },
  extra: { type: 'string' },
  'extra-sample': { type: 'string' },
  'extra-domain': { type: 'string' },
  'outside-penalty': { type: 'string' },
  'choose-outside-penalty': { type: 'string' },
  'tune-class-bias': { type: 'string' },
  'sweep-outside-penalty': { type: 'string' },
  calibration: { type: 'string' },
  }, usage);

if (!germEvalAvailable()) {
  console.log(`GermEval 2014 data not found under ${sharedDataDirectory()}/germeval2014: nothing to evaluate.`);
  process.exit(0);
}

const booleanOption = (value: string | undefined, fallback: boolean) => (value === undefined ? fallback : value === 'on' || value === 'true');

const listOption = (value: string | undefined, fallback: string[]) =>
  value === undefined ? fallback : value.split(',').map((name) => name.trim()).filter(Boolean);

const config: ExperimentConfig = {
  ...defaultExperimentConfig,
  featureOptions: {
    ...defaultExperimentConfig.featureOptions,
    commonNouns: !values['no-common-nouns'],
    gazetteer: !values['no-gazetteer'] && defaultExperimentConfig.featureOptions.gazetteer,
    clusters: !values['no-clusters'] && defaultExperimentConfig.featureOptions.clusters,
    derivation: booleanOption(values.derivation, defaultExperimentConfig.featureOptions.derivation ?? false),
    wideContext: booleanOption(values['wide-context'], defaultExperimentConfig.featureOptions.wideContext ?? false),
    affixLength: values['affix-length'] ? Number(values['affix-length']) : defaultExperimentConfig.featureOptions.affixLength,
    nameTypes: booleanOption(values['name-types'], defaultExperimentConfig.featureOptions.nameTypes ?? false),
  },
  training: {
    ...defaultExperimentConfig.training,
    epochs: values.epochs ? Number(values.epochs) : defaultExperimentConfig.training.epochs,
    hashBits: values['hash-bits'] ? Number(values['hash-bits']) : defaultExperimentConfig.training.hashBits,
  },
  outsidePenalty: values['outside-penalty'] ? Number(values['outside-penalty']) : defaultExperimentConfig.outsidePenalty,
  outsidePenaltyCandidates: values['choose-outside-penalty'] === undefined
    ? defaultExperimentConfig.outsidePenaltyCandidates
    : listOption(values['choose-outside-penalty'], []).map(Number),
  tuneClassBias: booleanOption(values['tune-class-bias'], defaultExperimentConfig.tuneClassBias ?? false),
  extraTrainingCorpora: listOption(values.extra, defaultExperimentConfig.extraTrainingCorpora),
  extraTrainingSample: values['extra-sample'] ? Number(values['extra-sample']) : defaultExperimentConfig.extraTrainingSample,
  extraDomainFeatures: booleanOption(values['extra-domain'], defaultExperimentConfig.extraDomainFeatures ?? false),
  gazetteerCorpora: listOption(values['gazetteer-corpora'], defaultExperimentConfig.gazetteerCorpora),
  nameLists: !values['no-name-lists'] && defaultExperimentConfig.nameLists,
  placeLexicon: booleanOption(values['place-lexicon'], defaultExperimentConfig.placeLexicon ?? false),
  clusterSources: listOption(values['cluster-sources'], defaultExperimentConfig.clusterSources),
};
const foldsToRun = values.folds ? Math.min(foldCount, Number(values.folds)) : foldCount;

const sentences = readGermEval();
const shared = await prepareSharedResources(config);
console.log(
  `${sentences.length} sentences; folds ${foldsToRun}/${foldCount}; features ${JSON.stringify(config.featureOptions)}; ` +
    `epochs ${config.training.epochs}; hash bits ${config.training.hashBits}; gazetteer ${shared.gazetteer.size} words from [${config.gazetteerCorpora}]; ` +
    `clusters ${shared.clusters.size} words from [${config.clusterSources}]; extra training [${config.extraTrainingCorpora}]`,
);

const pooled = new ChunkScorer();
const foldScores: ChunkScore[] = [];
let taggedTokens = 0;
let taggingMilliseconds = 0;
if (values.predictions) mkdirSync(resolve(values.predictions), { recursive: true });

for (let fold = 0; fold < foldsToRun; fold++) {
  const { train, test } = splitFold(sentences, fold, foldCount);
  const trainingStart = performance.now();
  const data = trainModel(config, shared, train, { fold });
  const model = createNerModel(data, featureResources(config, shared).commonNouns);
  const trainingSeconds = (performance.now() - trainingStart) / 1000;
  const scorer = new ChunkScorer();
  const lines: string[] = [];
  const taggingStart = performance.now();
  const predictions = test.map((sentence) => model.tag(sentence.words));
  taggingMilliseconds += performance.now() - taggingStart;
  test.forEach((sentence, index) => {
    taggedTokens += sentence.words.length;
    scorer.add(sentence.tags, predictions[index]);
    pooled.add(sentence.tags, predictions[index]);
    if (values.predictions) {
      sentence.words.forEach((word, token) => lines.push(`${word}\t${sentence.tags[token]}\t${predictions[index][token]}`));
      lines.push('');
    }
  });
  if (values.predictions) writeFileSync(resolve(values.predictions, `fold-${fold}.tsv`), lines.join('\n') + '\n');
  const score = scorer.score();
  foldScores.push(score);
  if (values.calibration) {
    for (const temperature of listOption(values.calibration, []).map(Number)) {
      console.log(`  calibration at temperature ${temperature}: ${calibrationLine(createNerModel({ ...data, header: { ...data.header, confidenceTemperature: temperature } }, featureResources(config, shared).commonNouns), test)}`);
    }
  }
  if (values['sweep-outside-penalty']) {
    const sweep = listOption(values['sweep-outside-penalty'], []).map(Number).map((penalty) => {
      const variant = createNerModel(data, featureResources(config, shared).commonNouns, penalty);
      const variantScorer = new ChunkScorer();
      for (const sentence of test) variantScorer.add(sentence.tags, variant.tag(sentence.words));
      return `${penalty}: ${pct(variantScorer.score().overall.f1)}`;
    });
    console.log(`  outside penalty sweep (F1): ${sweep.join(', ')}`);
  }
  console.log(
    `fold ${fold}: train ${train.length} test ${test.length} sentences, trained in ${trainingSeconds.toFixed(1)} s, ` +
      `P ${pct(score.overall.precision)} R ${pct(score.overall.recall)} F1 ${pct(score.overall.f1)}, outside penalty ${data.header.outsidePenalty}` +
      (data.header.classBias ? `, class bias ${JSON.stringify(data.header.classBias)}` : ''),
  );
}

const mean = (pick: (score: ChunkScore) => number) => foldScores.reduce((total, score) => total + pick(score), 0) / foldScores.length;
console.log('\nAll folds pooled (official GermEval metric: outer chunks, strict, all 12 classes):');
console.log(formatScoreTable(pooled.score()));
const summary = {
  f1: round(mean((score) => score.overall.f1)),
  precision: round(mean((score) => score.overall.precision)),
  recall: round(mean((score) => score.overall.recall)),
  pooledF1: round(pooled.score().overall.f1),
  folds: foldScores.map((score) => round(score.overall.f1)),
  tokensPerSecond: Math.round(taggedTokens / (taggingMilliseconds / 1000)),
};
console.log(`\nmean over folds: P ${pct(summary.precision)} R ${pct(summary.recall)} F1 ${pct(summary.f1)}`);
console.log(JSON.stringify(summary));

/** Token-level reliability: per confidence band, the mean confidence and the share of correct tags. */
function calibrationLine(model: ReturnType<typeof createNerModel>, sentences: readonly LabelledSentence[]): string {
  const bands = [0.5, 0.7, 0.9, 0.99, 1.01];
  const totals = bands.map(() => ({ count: 0, confidence: 0, correct: 0 }));
  for (const sentence of sentences) {
    const { tags, confidences } = model.tagWithScores(sentence.words);
    tags.forEach((tag, index) => {
      if (tag === 'O' && sentence.tags[index] === 'O') return; // the many easy O tokens would swamp the picture
      const band = bands.findIndex((upper) => confidences[index] < upper);
      const total = totals[band];
      total.count++;
      total.confidence += confidences[index];
      if (tag === sentence.tags[index]) total.correct++;
    });
  }
  return totals
    .map((total, band) => `<${bands[band] > 1 ? '1.00' : bands[band]}: n ${total.count} conf ${(total.confidence / Math.max(1, total.count)).toFixed(2)} acc ${(total.correct / Math.max(1, total.count)).toFixed(2)}`)
    .join(' | ');
}

function pct(value: number): string {
  return (value * 100).toFixed(2);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
