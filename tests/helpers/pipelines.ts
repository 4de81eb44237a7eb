/** Pipelines for tests, loaded once per test file: the built-in one, and the same without the statistical model. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadPipeline, type LoadedPipeline, type OkRecord } from '../../src/index.ts';

export const builtinPackDirectory = resolve(import.meta.dirname, '..', '..', 'pipelines', 'news-de');

export function writePipelineFile(definition: object, directory = mkdtempSync(join(tmpdir(), 'depesche-test-'))): string {
  const file = join(directory, 'pipeline.json');
  writeFileSync(file, JSON.stringify(definition, null, 2));
  return file;
}

export const defaultStages = [
  { stage: 'detect-language' },
  { stage: 'segment' },
  { stage: 'recognise-entities' },
  { stage: 'link-entities' },
  { stage: 'extract-relations' },
  { stage: 'extract-events' },
  { stage: 'build-record' },
];

let rulesOnly: Promise<LoadedPipeline> | undefined;

/** The built-in rules without the statistical model: what the rules alone find. */
export function loadRulesOnlyPipeline(): Promise<LoadedPipeline> {
  rulesOnly ??= loadPipeline(
    writePipelineFile({
      name: 'rules-only',
      rulePacks: [builtinPackDirectory],
      stages: defaultStages.map((stage) => (stage.stage === 'recognise-entities' ? { stage: stage.stage, config: { model: false } } : stage)),
    }),
  );
  return rulesOnly;
}

/** Extracts with the rules-only pipeline and fails the test unless the record is ok. */
export async function extractWithRules(text: string, publishedAt?: string): Promise<OkRecord> {
  const pipeline = await loadRulesOnlyPipeline();
  const record = pipeline.extract({ id: 't', text, publishedAt });
  if (record.status !== 'ok') throw new Error(`expected an ok record, got ${JSON.stringify(record)}`);
  return record;
}

/** Extracts with the built-in pipeline, statistical tagger included, and fails the test unless the record is ok. */
export async function extractWithModel(text: string): Promise<OkRecord> {
  const record = (await loadPipeline('news-de')).extract({ id: 't', text });
  if (record.status !== 'ok') throw new Error(`expected an ok record, got ${JSON.stringify(record)}`);
  return record;
}
