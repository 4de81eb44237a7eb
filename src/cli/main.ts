/**
 * The `depesche` command line: dispatches to one module per command.
 * Every command takes `--help`; stdout carries only data (records, schema), everything else goes to stderr.
 */
import { runExtractCommand } from './extract-command.ts';
import { DepescheError } from '../errors.ts';
import { runSchemaCommand } from './schema-command.ts';
import { runCheckCommand } from './check-command.ts';
import { runExplainCommand } from './explain-command.ts';

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

type Command = (argv: string[], io: CommandIo) => Promise<number>;

const commands: Record<string, { run: Command; summary: string }> = {
  extract: { run: runExtractCommand, summary: 'extract records from articles (files, folders, JSONL, feeds, stdin)' },
  schema: { run: runSchemaCommand, summary: 'print the JSON Schema of the output record' },
  check: { run: runCheckCommand, summary: 'validate and lint a pipeline or rule pack (file:line: rule-id: message)' },
  explain: { run: runExplainCommand, summary: 'show which rule or model produced each entity, relation and event, and near misses' },
};

export const usage = `depesche: German news articles in, validated event records out

Usage: depesche <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run 'depesche <command> --help' for a command's options.
`;

export async function main(argv: string[], io: CommandIo = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`depesche: unknown command '${name}'.\n\n${usage}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Program errors (a bad pipeline file, a broken rule pack) say what to fix; anything else is a bug.
    if (error instanceof DepescheError) {
      io.stderr.write(`depesche ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
