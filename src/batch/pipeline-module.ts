/**
 * Where the batch path gets `loadPipeline` from. Normally the public API; the environment variable
 * DEPESCHE_PIPELINE_MODULE can name another module exporting `loadPipeline` (the batch tests use it for
 * pipelines that hang or throw on purpose). Imported lazily so the command line starts even when only the
 * workers need the pipeline code.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importModule } from '../bundle/import-module.ts';
import type { ArticleInput } from '../doc/types.ts';

/** The part of a loaded pipeline the batch path uses. */
export interface ExtractingPipeline {
  readonly name: string;
  readonly version: string;
  /** Stage names in order, when the pipeline says (the built-in loader does); used to skip re-validation. */
  readonly stageNames?: readonly string[];
  extract(article: ArticleInput): unknown;
}

export type LoadPipeline = (nameOrPath?: string) => Promise<ExtractingPipeline>;

export const pipelineModuleVariable = 'DEPESCHE_PIPELINE_MODULE';

export async function importLoadPipeline(): Promise<LoadPipeline> {
  const override = process.env[pipelineModuleVariable];
  const module = (override ? await importModule(pathToFileURL(resolve(override)).href) : await import('../index.ts')) as { loadPipeline?: LoadPipeline };
  if (typeof module.loadPipeline !== 'function') throw new Error(`${override ?? 'src/index.ts'} does not export loadPipeline`);
  return module.loadPipeline;
}
