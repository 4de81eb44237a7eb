/**
 * What a stage is: a named, pure `(doc) => doc` function built once per pipeline from its config and the rules,
 * declaring which Doc fields it needs and which it writes so the loader can reject impossible orders.
 */
import type { z } from 'zod';
import type { Doc, DocField } from '../doc/types.ts';
import type { MergedRules } from '../rules/merge-packs.ts';

export interface StageContext {
  rules: MergedRules;
  /** Folder of the pipeline file, for resolving relative paths in config. */
  pipelineDirectory: string;
  pipelineName: string;
  pipelineVersion: string;
}

export type StageFunction = (doc: Doc) => Doc;

export interface StageDefinition<Config = unknown> {
  name: string;
  description: string;
  requires: readonly DocField[];
  assigns: readonly DocField[];
  /** Strict zod schema of the stage's `config` in a pipeline file; defaults fill what is left out. */
  configSchema: z.ZodType<Config>;
  /** Gate stages may mark a doc skipped; later stages run on skipped docs only when this is true. */
  runsOnSkippedDocs?: boolean;
  create(config: Config, context: StageContext): StageFunction;
}

/** Helps TypeScript infer `Config` from the schema when defining a stage. */
export function defineStage<Config>(definition: StageDefinition<Config>): StageDefinition<Config> {
  return definition;
}
