/**
 * `node bin/run-ts.js <file>` runs scripts on a cached bundle of the sources. The cache key covers the project's own
 * sources; a script outside them must never run from a stale bundle after it was edited.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const runTs = resolve(import.meta.dirname, '..', '..', 'bin', 'run-ts.js');
const folder = mkdtempSync(join(tmpdir(), 'depesche-run-ts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('bin/run-ts.js', () => {
  it('runs a script outside the project as it is now, after an edit too', () => {
    const script = join(folder, 'greet.ts');
    const run = () => execFileSync(process.execPath, [runTs, script], { encoding: 'utf8' }).trim();
    writeFileSync(script, 'const word: string = "first";\nconsole.log(word);\n');
    expect(run()).toBe('first');
    writeFileSync(script, 'const word: string = "second";\nconsole.log(word);\n');
    expect(run()).toBe('second');
  });
});
