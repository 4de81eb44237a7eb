import { parseArgs } from 'node:util';
import { recordJsonSchema } from '../schema/record.ts';
import type { CommandIo } from './main.ts';

const help = `Usage: depesche schema

Prints the JSON Schema (draft 2020-12) of the output record to stdout.
`;

export async function runSchemaCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(help);
    return 0;
  }
  io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
  return 0;
}
