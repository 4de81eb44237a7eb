/** `--resume` after a real kill -9: exactly one record per input article, no duplicates, no gaps. */
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idsInJsonLines } from '../../src/batch/record-writers.ts';
import { parseJsonLines, runCli, spawnCli, summaryCounts } from './helpers/run-cli.ts';

let scratch: string;
let inputPath: string;
const articleCount = 120;
const inputIds = Array.from({ length: articleCount }, (_, index) => `m${String(index + 1).padStart(3, '0')}`);

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'depesche-resume-'));
  inputPath = join(scratch, 'input.jsonl');
  // LANGSAM makes the test pipeline take 25 ms per article, so the run can be caught half-way.
  const lines = inputIds.map((id) => JSON.stringify({ id, text: `LANGSAM Meldung ${id}: Dr. Adler besuchte Görlitz.` }));
  await writeFile(inputPath, `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function countRecords(path: string): Promise<number> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.split('\n').length - 1;
}

/** Starts a run and SIGKILLs it as soon as the output holds at least `atLeast` records. */
async function killMidway(args: string[], progress: () => Promise<number>, atLeast: number): Promise<void> {
  const child = spawnCli(args);
  child.stdin!.end();
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  for (;;) {
    if ((await progress()) >= atLeast || child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

describe('--resume after kill -9', () => {
  it('JSONL output: completes with exactly one record per id', async () => {
    const out = join(scratch, 'records.jsonl');
    const args = ['extract', inputPath, '--out', out, '--workers', '2', '--quiet'];
    await killMidway(args, () => countRecords(out), 30);
    const partial = await countRecords(out);
    expect(partial).toBeGreaterThanOrEqual(30);
    expect(partial).toBeLessThan(articleCount);

    // Simulate the worst moment of a kill: half a line at the end of the file.
    await writeFile(out, `${await readFile(out, 'utf8')}{"id":"m9`, { flag: 'w' });

    const resumed = await runCli([...args, '--resume']);
    expect(resumed.code).toBe(0);
    const records = parseJsonLines(await readFile(out, 'utf8'));
    expect(records.map((record) => record.id)).toEqual(inputIds);
    const counts = summaryCounts(resumed.stderr);
    expect(counts['already done']).toBe(partial);
    expect(counts.ok + counts['already done']).toBe(articleCount);
  });

  it('folder output: completes with exactly one file per id and no temp files', async () => {
    const out = join(scratch, 'records');
    const args = ['extract', inputPath, '--out', out, '--workers', '2', '--quiet'];
    await killMidway(args, async () => (await readdir(out).catch(() => [])).length, 30);
    expect((await readdir(out)).filter((name) => !name.startsWith('.')).length).toBeLessThan(articleCount);
    const resumed = await runCli([...args, '--resume']);
    expect(resumed.code).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toEqual(inputIds.map((id) => `${id}.json`));
    for (const name of names.slice(0, 5)) expect(JSON.parse(await readFile(join(out, name), 'utf8')).status).toBe('ok');
  });

  it('a resumed run of a finished output writes nothing new', async () => {
    const out = join(scratch, 'fertig.jsonl');
    const small = join(scratch, 'small.jsonl');
    await writeFile(small, '{"id":"a","text":"Eins."}\n{"id":"b","text":"Zwei."}\n');
    await runCli(['extract', small, '--out', out, '--workers', '1']);
    const before = await stat(out);
    const again = await runCli(['extract', small, '--out', out, '--workers', '1', '--resume']);
    expect(summaryCounts(again.stderr)).toMatchObject({ read: 2, ok: 0, 'already done': 2 });
    expect((await stat(out)).size).toBe(before.size);
  });
});

describe('idsInJsonLines', () => {
  it('cuts a torn last line and reads the ids of the complete ones', async () => {
    const path = join(scratch, 'torn.jsonl');
    await writeFile(path, '{"id":"a","status":"ok"}\n{"id":"b","status":"ok"}\n{"id":"c","sta');
    expect([...(await idsInJsonLines(path))]).toEqual(['a', 'b']);
    expect(await readFile(path, 'utf8')).toBe('{"id":"a","status":"ok"}\n{"id":"b","status":"ok"}\n');
  });

  it('treats a missing file as empty', async () => {
    expect((await idsInJsonLines(join(scratch, 'nicht-da.jsonl'))).size).toBe(0);
  });
});
