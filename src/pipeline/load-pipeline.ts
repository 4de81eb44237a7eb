/**
 * Loads a pipeline file: validates it, loads its rule packs, checks that every stage's requirements are produced
 * by an earlier stage, builds every stage once, and freezes the result. Extraction then runs the stages in order.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput, Doc, DocField } from '../doc/types.ts';
import { PipelineConfigError, StageFailedError } from '../errors.ts';
import { loadRulePack } from '../rules/load-pack.ts';
import { mergeRulePacks, type MergedRules } from '../rules/merge-packs.ts';
import type { ArticleRecord, ErrorRecord } from '../schema/record.ts';
import { pipelineFileSchema, resolvePipelineFile, type PipelineFile } from './pipeline-file.ts';
import { StageRegistry } from './registry.ts';
import type { StageContext, StageDefinition, StageFunction } from './stage.ts';
import { importModule } from '../bundle/import-module.ts';

export interface ExtractOptions {
  /** Keep the per-rule trace (fired rules and near misses) on the Doc for `depesche explain`. */
  explain?: boolean;
  /** When given, the milliseconds spent in each stage are added to it (for benchmarks). */
  stageTimings?: Map<string, number>;
}

export interface LoadedPipeline {
  readonly name: string;
  readonly version: string;
  readonly file: string;
  readonly stageNames: readonly string[];
  readonly rules: MergedRules;
  /** Runs every stage and returns the validated record (an error record if anything fails). */
  extract(article: ArticleInput, options?: ExtractOptions): ArticleRecord;
  /** Runs every stage and returns the final Doc, with its trace when `explain` is set. */
  process(article: ArticleInput, options?: ExtractOptions): Doc;
}

export interface LoadPipelineOptions {
  /** Extra stage definitions to make available (the programmatic way to add custom stages). */
  stages?: readonly StageDefinition<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Extra rule pack folders loaded after (and so over) the pipeline's own. */
  rulePacks?: readonly string[];
}

// Defined beside the file schema, so the batch main thread can find a pipeline file without loading every stage.
export { builtinPipelineDirectory, resolvePipelineFile } from './pipeline-file.ts';

function readPipelineFile(file: string): PipelineFile {
  if (!existsSync(file)) {
    throw new PipelineConfigError(file, `no such pipeline file; give a built-in name (news-de) or a path to a pipeline .json file`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PipelineConfigError(file, `not valid JSON (${(error as Error).message})`);
  }
  const result = pipelineFileSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`).join('; ');
    throw new PipelineConfigError(file, issues);
  }
  return result.data;
}

async function registerStageModules(registry: StageRegistry, modules: readonly string[], directory: string, file: string) {
  for (const modulePath of modules) {
    const absolute = isAbsolute(modulePath) ? modulePath : join(directory, modulePath);
    const loaded = (await importModule(pathToFileURL(absolute).href)) as { stages?: StageDefinition<unknown>[]; default?: StageDefinition<unknown>[] };
    const stages = loaded.stages ?? loaded.default;
    if (!Array.isArray(stages)) {
      throw new PipelineConfigError(file, `stage module '${modulePath}' must export 'stages', an array of stage definitions`);
    }
    for (const stage of stages) registry.register(stage);
  }
}

/** Checks stage order: every field a stage requires must be assigned by an earlier stage. */
function checkStageOrder(file: string, definitions: readonly StageDefinition<unknown>[]) {
  const available = new Set<DocField>();
  for (const definition of definitions) {
    const missing = definition.requires.filter((field) => !available.has(field));
    if (missing.length) {
      const producers = missing.map((field) => `'${field}'`).join(', ');
      throw new PipelineConfigError(
        file,
        `stage '${definition.name}' needs ${producers}, which no earlier stage assigns; move it after a stage that assigns ${producers}`,
      );
    }
    for (const field of definition.assigns) available.add(field);
  }
}

export function articleId(article: ArticleInput): string {
  if (article.id) return article.id;
  return 'sha1-' + createHash('sha1').update(article.text).digest('hex').slice(0, 16);
}

export async function loadPipeline(nameOrPath = 'news-de', options: LoadPipelineOptions = {}): Promise<LoadedPipeline> {
  const file = resolvePipelineFile(nameOrPath);
  const pipelineFile = readPipelineFile(file);
  const directory = dirname(file);
  const displayRoot = process.cwd();

  const registry = new StageRegistry();
  for (const stage of options.stages ?? []) registry.register(stage);
  await registerStageModules(registry, pipelineFile.stageModules, directory, file);

  const packDirectories = [...pipelineFile.rulePacks.map((pack) => resolve(directory, pack)), ...(options.rulePacks ?? []).map((pack) => resolve(pack))];
  const rules = mergeRulePacks(packDirectories.map((packDirectory) => loadRulePack(packDirectory, displayRoot)));

  const definitions = pipelineFile.stages.map(({ stage }) => {
    const definition = registry.get(stage);
    if (!definition) {
      throw new PipelineConfigError(file, `unknown stage '${stage}'; known stages: ${registry.names().join(', ')}`);
    }
    return definition;
  });
  checkStageOrder(file, definitions);

  const context: StageContext = Object.freeze({ rules, pipelineDirectory: directory, pipelineName: pipelineFile.name, pipelineVersion: pipelineFile.version });
  const built: { name: string; run: StageFunction; runsOnSkippedDocs: boolean }[] = pipelineFile.stages.map(({ stage, config }, index) => {
    const definition = definitions[index];
    const parsed = definition.configSchema.safeParse(config);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`).join('; ');
      throw new PipelineConfigError(file, `stages[${index}] '${stage}': ${issues}`);
    }
    return { name: stage, run: definition.create(parsed.data, context), runsOnSkippedDocs: definition.runsOnSkippedDocs ?? false };
  });

  const pipelineInfo = { name: pipelineFile.name, version: pipelineFile.version };

  function processArticle(article: ArticleInput, extractOptions: ExtractOptions = {}): Doc {
    let doc: Doc = {
      id: articleId(article),
      text: article.text,
      source: { title: article.title, url: article.url, publishedAt: article.publishedAt },
      messages: [],
      ...(extractOptions.explain ? { trace: [] } : {}),
    };
    for (const stage of built) {
      if (doc.skipped && !stage.runsOnSkippedDocs) continue;
      let next: Doc;
      const started = extractOptions.stageTimings ? performance.now() : 0;
      try {
        next = stage.run(doc);
      } catch (error) {
        throw new StageFailedError(stage.name, error);
      }
      if (extractOptions.stageTimings) extractOptions.stageTimings.set(stage.name, (extractOptions.stageTimings.get(stage.name) ?? 0) + performance.now() - started);
      if (!next || typeof next !== 'object' || typeof next.text !== 'string') {
        throw new StageFailedError(stage.name, new Error('the stage did not return a Doc'));
      }
      doc = next;
    }
    return doc;
  }

  function errorRecord(id: string, code: string, message: string): ErrorRecord {
    return { id, status: 'error', error: { code, message }, pipeline: pipelineInfo };
  }

  function extract(article: ArticleInput, extractOptions: ExtractOptions = {}): ArticleRecord {
    const id = articleId(article);
    if (typeof article.text !== 'string' || article.text.trim() === '') {
      return errorRecord(id, 'empty-text', 'the article has no text; give a non-empty "text"');
    }
    try {
      const doc = processArticle(article, extractOptions);
      if (!doc.record) return errorRecord(id, 'no-record', "the pipeline has no 'build-record' stage; add it as the last stage");
      return doc.record as ArticleRecord;
    } catch (error) {
      const code = error instanceof StageFailedError ? error.code : 'extraction-failed';
      return errorRecord(id, code, error instanceof Error ? error.message : String(error));
    }
  }

  return Object.freeze({
    name: pipelineFile.name,
    version: pipelineFile.version,
    file: relative(displayRoot, file) || file,
    stageNames: Object.freeze(built.map((stage) => stage.name)),
    rules,
    extract,
    process: processArticle,
  });
}
