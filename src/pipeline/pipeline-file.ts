/** The schema of `pipelines/<name>.json`: which stages run in which order, with what config and rule packs. */
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const pipelineFileSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
  version: z.string().default('0.0.0'),
  description: z.string().optional(),
  /** Rule pack folders, relative to the pipeline file. Later packs take precedence over earlier ones. */
  rulePacks: z.array(z.string().min(1)).default([]),
  /** TypeScript/JavaScript modules, relative to the pipeline file, that register custom stages. */
  stageModules: z.array(z.string().min(1)).default([]),
  stages: z
    .array(
      z.strictObject({
        stage: z.string().min(1),
        config: z.record(z.string(), z.unknown()).default({}),
      }),
    )
    .min(1, 'a pipeline needs at least one stage'),
});

export type PipelineFile = z.infer<typeof pipelineFileSchema>;

export const builtinPipelineDirectory = resolve(import.meta.dirname, '..', '..', 'pipelines');

/** A bare name ("news-de") means a built-in pipeline; anything with a slash or a .json ending is a path. */
export function resolvePipelineFile(nameOrPath: string): string {
  if (nameOrPath.includes('/') || nameOrPath.includes('\\') || nameOrPath.endsWith('.json')) return resolve(nameOrPath);
  return join(builtinPipelineDirectory, `${nameOrPath}.json`);
}
