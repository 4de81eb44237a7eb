/**
 * Program errors, one class per failure mode, each with a stable code and a message that says how to fix it.
 * Content problems inside an article are not errors: they are `Message`s on the record.
 */

export abstract class DepescheError extends Error {
  abstract readonly code: string;
}

/** A rule-pack file is missing, unreadable, or has an entry that fails its schema. */
export class RulePackError extends DepescheError {
  readonly code = 'rule-pack-invalid';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly ruleId: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${ruleId ? `${ruleId}: ` : ''}${reason}`);
  }
}

/** A pipeline file cannot be found, does not validate, or lists stages in an order that cannot run. */
export class PipelineConfigError extends DepescheError {
  readonly code = 'pipeline-invalid';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A stage broke its contract (threw, or returned something that is not a Doc). */
export class StageFailedError extends DepescheError {
  readonly code = 'stage-failed';
  constructor(
    readonly stage: string,
    override readonly cause: unknown,
  ) {
    super(`stage '${stage}' failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
