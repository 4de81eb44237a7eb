import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

function runScript(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/run-ts.js', script, ...args], { cwd: repositoryRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the scripts\' command lines', () => {
  it('print their usage for --help and exit 0', async () => {
    const result = await runScript('scripts/review-corpus.ts', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run review -- \[--sample events\|entities\|relations\]/);
  });

  it('name an unknown option and print the usage, exit 2, no stack trace', async () => {
    const result = await runScript('scripts/golden.ts', ['--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Unknown option '--bogus'/);
    expect(result.stderr).toMatch(/Usage: npm run golden/);
    expect(result.stderr).not.toMatch(/at parseArgs|node:internal/);
  });
});
