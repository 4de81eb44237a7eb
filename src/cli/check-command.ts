import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolvePipelineFile } from '../pipeline/load-pipeline.ts';
import { pipelineFileSchema } from '../pipeline/pipeline-file.ts';
import { formatProblem, lintRulePack, type LintContext, type LintProblem } from '../rules/lint-pack.ts';
import type { CommandIo } from './main.ts';

const help = `Usage: depesche check <pipeline-or-pack>...

Validates rule packs and pipeline files and lints them: schema errors on every line, duplicate ids, aliases
claimed by two entities, patterns that can never match, regexes that do not compile or can backtrack
catastrophically, triggers with unknown event types. Each problem is printed as
  file:line: rule-id: severity: message [code]
<pipeline-or-pack> is a pipeline name (news-de), a pipeline .json file, or a rule pack folder.
Exit code: 0 when there are no errors (warnings allowed), 1 when there are errors, 2 on unusable arguments.
`;

/** The packs a pipeline file lists, in order; the problems of the pipeline file itself. */
function packsOfPipeline(file: string): { packs: string[]; problems: LintProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { packs: [], problems: [{ file, severity: 'error', code: 'invalid-json', message: (error as Error).message }] };
  }
  const result = pipelineFileSchema.safeParse(raw);
  if (!result.success) {
    return { packs: [], problems: result.error.issues.map((issue) => ({ file, severity: 'error' as const, code: 'schema', message: `${issue.path.join('.') || '(top)'}: ${issue.message}` })) };
  }
  return { packs: result.data.rulePacks.map((pack) => resolve(dirname(file), pack)), problems: [] };
}

export async function runCheckCommand(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, 'built-in': { type: 'string' } } });
  } catch (error) {
    io.stderr.write(`check: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(help);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.stderr.write(`check: give a pipeline or a rule pack folder\n\n${help}`);
    return 2;
  }
  const problems: LintProblem[] = [];
  for (const target of parsed.positionals) {
    const isFolder = existsSync(target) && statSync(target).isDirectory();
    let packs: string[];
    if (isFolder) {
      // A user pack is checked after the built-in one, so it may use the built-in event types.
      packs = [...packsOfPipeline(resolvePipelineFile('news-de')).packs, resolve(target)];
    } else {
      const file = resolvePipelineFile(target);
      if (!existsSync(file)) {
        io.stderr.write(`check: no pipeline or pack at '${target}'\n`);
        return 2;
      }
      const fromPipeline = packsOfPipeline(file);
      problems.push(...fromPipeline.problems);
      packs = fromPipeline.packs;
    }
    let context: LintContext = { eventTypes: new Map(), roleTitles: new Set() };
    for (const pack of packs) {
      const result = lintRulePack(pack, context);
      context = result;
      if (!isFolder || pack === resolve(target)) problems.push(...result.problems);
    }
  }
  for (const problem of problems) io.stdout.write(formatProblem(problem) + '\n');
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  io.stderr.write(`check: ${errors} error(s), ${problems.length - errors} warning(s)\n`);
  return errors ? 1 : 0;
}
