/** The commands besides extract, run as users run them: in a subprocess through bin/depesche.js. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './batch/helpers/run-cli.ts';

const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));

describe('depesche commands', () => {
  it('run on a cached bundle of the sources, with the same records as through tsx', async () => {
    const args = ['extract', 'fixtures/articles', '--out', '-', '--workers', '0'];
    const bundled = await runCli(args, { realPipeline: true });
    const throughTsx = await runCli(args, { realPipeline: true, env: { DEPESCHE_RUNTIME: 'tsx' } });
    expect(bundled.code).toBe(throughTsx.code);
    expect(bundled.stdout.split('\n').length).toBeGreaterThan(10);
    expect(bundled.stdout).toBe(throughTsx.stdout);
    const bundles = readdirSync(join(tmpdir(), 'depesche-bundles')).filter((name) => /^cli-[0-9a-f]+\.mjs$/.test(name));
    expect(bundles.length).toBeGreaterThan(0);
  });

  it.each(['extract', 'schema', 'check', 'explain'])('%s --help prints usage and exits 0', async (command) => {
    const result = await runCli([command, '--help'], { realPipeline: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: depesche/);
  });

  it.skipIf(process.platform === 'win32')('starts as a program (as npx does) through its launcher line, arguments intact', async () => {
    const sentence = 'Der tschechische Ministerpräsident Petr Fiala lehnte ein Treffen ab.';
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(join(repositoryRoot, 'bin', 'depesche.js'), ['explain', sentence], { cwd: repositoryRoot }, (error, out) => (error ? reject(error) : resolve(out))),
    );
    expect(stdout).toContain('Petr Fiala');
    expect(stdout).toMatch(/Ministerpräsident/);
  });

  it('an unknown command exits 2 and lists the commands', async () => {
    const result = await runCli(['extrakt'], { realPipeline: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'extrakt'[\s\S]*extract/);
  });

  it('schema prints the JSON Schema of the record', async () => {
    const result = await runCli(['schema'], { realPipeline: true });
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(JSON.stringify(schema)).toContain('"modality"');
  });

  it('explain names the rule behind each entity and event', async () => {
    const result = await runCli(['explain', 'Der tschechische Ministerpräsident Petr Fiala lehnte ein Treffen mit dem Kreml ab.'], { realPipeline: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/PER "Petr Fiala" \(Ministerpräsident@CZ\) ← role-apposition/);
    expect(result.stdout).toMatch(/reject CAMEO 120 asserted "lehnte" .* ← trigger:ablehnen/);
    expect(result.stdout).toMatch(/meeting CAMEO 040 negated "Treffen"/);
  });

  it('explain --file reads an article as extract does: a JSON article is its text, not its source', async () => {
    const result = await runCli(['explain', '--file', 'fixtures/articles/cz-pl-ostrava-meeting.json'], { realPipeline: true });
    expect(result.code).toBe(0);
    // Offsets count in the article's text, as in its record.
    const { text } = JSON.parse(readFileSync(join(repositoryRoot, 'fixtures/articles/cz-pl-ostrava-meeting.json'), 'utf8')) as { text: string };
    const start = text.indexOf('Petr Fiala');
    expect(result.stdout).toContain(`"Petr Fiala" [${start}, ${start + 'Petr Fiala'.length})`);
    const missing = await runCli(['explain', '--file', 'fixtures/articles/no-such-article.json'], { realPipeline: true });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-article\.json' does not exist/);
  });

  it('explain lists trigger words that nearly made an event', async () => {
    const result = await runCli(['explain', 'Die Ministerin forderte mehr Geld auf dem Land.'], { realPipeline: true });
    expect(result.stdout).toMatch(/near misses:[\s\S]*trigger:auffordern: "forderte" could be appeal, but its particle "auf" does not close the clause/);
  });

  it('extract --explain writes the explanation to stderr and only records to stdout', async () => {
    const input = JSON.stringify({ id: 'x', text: 'Kreml-Sprecher Igor Sokolow kritisierte die Regierung in Kiew.' }) + '\n';
    const result = await runCli(['extract', '-', '--out', '-', '--explain', '--workers', '0'], { realPipeline: true, input });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ id: 'x', status: 'ok' });
    expect(result.stderr).toMatch(/── explain x ──[\s\S]*"Igor Sokolow" \(Kreml-Sprecher@RU\)/);
  });
});
