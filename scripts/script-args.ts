/**
 * Command-line options of the project's scripts (`npm run golden`, `review`, `eval:ner` …): node's parseArgs with
 * `--help`, which prints the script's usage, and, for an unknown or malformed option, a one-line error and the usage
 * (exit 2) instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseScriptArgs<const T extends Options>(options: T, usage: string, args: string[] = process.argv.slice(2)): ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values'] {
  const text = usage.endsWith('\n') ? usage : `${usage}\n`;
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${text}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(text);
    process.exit(0);
  }
  return parsed.values as ReturnType<typeof parseArgs<{ options: T; strict: true }>>['values'];
}
