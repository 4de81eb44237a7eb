/** Runs `node bin/depesche.js …` in a subprocess, as users and other tools do, and collects its output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const testPipelineModule = fileURLToPath(new URL('./test-pipeline.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string;
  /** Use the real pipeline instead of the test stand-in. */
  realPipeline?: boolean;
  env?: Record<string, string>;
}

export function spawnCli(args: string[], options: CliOptions = {}): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (options.realPipeline) delete env.DEPESCHE_PIPELINE_MODULE;
  else env.DEPESCHE_PIPELINE_MODULE = testPipelineModule;
  return spawn(process.execPath, ['bin/depesche.js', ...args], { cwd: repositoryRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawnCli(args, options);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin!.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

/** Parses JSONL output; throws on any line that is not JSON, which is what "stdout carries only records" means. */
export function parseJsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The numbers of the final summary line on stderr. */
export function summaryCounts(stderr: string): Record<string, number> {
  const line = stderr.trim().split('\n').at(-1) ?? '';
  const counts: Record<string, number> = {};
  for (const match of line.matchAll(/(read|ok|skipped|error|already done) (\d+)/g)) counts[match[1]] = Number(match[2]);
  return counts;
}
