/** The command-line contract, exercised the way other tools use it: `node bin/depesche.js extract …`. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordSchema } from '../../src/schema/record.ts';
import { parseJsonLines, runCli, summaryCounts } from './helpers/run-cli.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'depesche-extract-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const allFormats = ['fixtures/batch/mixed', 'fixtures/batch/feeds', 'fixtures/batch/broken'];
const expectedIds = [
  'a-bahnstreik', 'hafen-kiel', 'jl-1', 'c-meldungen#2', 'jl-3', 'csv-1', 'csv-2',
  'urn:example:wissen:moos', 'urn:example:wissen:sternwarte', 'rss-magdeburg-1', 'https://example.org/rostock-umbau',
  'broken-feed', 'ok-1', 'malformed-lines#2', 'malformed-lines#3', 'malformed-lines#4', 'leer', 'ohne-text', 'ok-2',
];

describe('depesche extract --out -', () => {
  it('writes only valid records to stdout, one per input article, in input order', async () => {
    const result = await runCli(['extract', ...allFormats, '--out', '-', '--workers', '2']);
    expect(result.code).toBe(0);
    const records = parseJsonLines(result.stdout);
    expect(records.map((record) => record.id)).toEqual(expectedIds);
    for (const record of records) expect(recordSchema.safeParse(record).success).toBe(true);
    // Every ok record's offsets point into the text it holds.
    for (const record of records.filter((candidate) => candidate.status === 'ok')) {
      for (const entity of record.entities as Array<{ mentions: Array<{ text: string; start: number; end: number }> }>) {
        for (const mention of entity.mentions) expect((record.text as string).slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('prints one line per article and a summary that adds up on stderr', async () => {
    const result = await runCli(['extract', ...allFormats, '--out', '-', '--workers', '1']);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(expectedIds.length + 1);
    expect(lines[0]).toBe('a-bahnstreik  deu  entities 0  events 0');
    expect(lines).toContain('malformed-lines#2  error invalid-json: Expected \',\' or \'}\' after property value in JSON at position 42');
    const counts = summaryCounts(result.stderr);
    expect(counts).toMatchObject({ read: 19, ok: 13, skipped: 0, error: 6 });
    expect(counts.ok + counts.skipped + counts.error).toBe(counts.read);
  });

  it('gives error records stable codes, the input and the line', async () => {
    const result = await runCli(['extract', 'fixtures/batch/broken', '--out', '-', '--workers', '1', '--quiet']);
    const errors = parseJsonLines(result.stdout).filter((record) => record.status === 'error');
    expect(errors.map((record) => record.error)).toEqual([
      expect.objectContaining({ code: 'invalid-feed', line: 7, input: 'fixtures/batch/broken/broken-feed.xml', message: expect.stringMatching(/broken-feed\.xml:7:5/) }),
      expect.objectContaining({ code: 'invalid-json', line: 2, input: 'fixtures/batch/broken/malformed-lines.jsonl' }),
      expect.objectContaining({ code: 'invalid-article', line: 3 }),
      expect.objectContaining({ code: 'invalid-article', line: 4 }),
      expect.objectContaining({ code: 'empty-text', line: 5 }),
      expect.objectContaining({ code: 'invalid-article', line: 6 }),
    ]);
    expect(result.stderr).not.toMatch(/^\S+  \S+  entities/m);
  });

  it('reads JSONL from stdin (in-process with --workers 0)', async () => {
    const input = '{"id":"s1","text":"Dr. Weber sprach in Kassel."}\n{"text":"Zweite Meldung aus Fulda."}\n';
    const result = await runCli(['extract', '-', '--out', '-', '--workers', '0'], { input });
    const records = parseJsonLines(result.stdout);
    expect(records.map((record) => [record.id, (record.entities as unknown[]).length])).toEqual([['s1', 1], ['stdin#2', 0]]);
  });

  it('reads a file in Windows-1252 with its umlauts, and its record says in what encoding it was read', async () => {
    // In Windows-1252 "ö" and "ü" are one byte each (0xF6, 0xFC), which is no valid UTF-8.
    const path = join(scratch, 'alt-kodiert.txt');
    await writeFile(path, Buffer.from('Dr. Weber sprach in Köln über Zölle.', 'latin1'));
    const [record] = parseJsonLines((await runCli(['extract', path, '--out', '-', '--workers', '1'])).stdout);
    expect(record.text).toBe('Dr. Weber sprach in Köln über Zölle.');
    expect(record.messages).toContainEqual({ code: 'input-encoding', severity: 'warning', message: 'read as windows-1252: the input is not valid UTF-8' });
  });

  it('reads a gzip-compressed JSONL archive, and gives a truncated one an error record after its whole lines', async () => {
    const lines = Array.from({ length: 200 }, (_, index) => JSON.stringify({ id: `z${index + 1}`, text: `Meldung ${index + 1} aus Erfurt. ${'Dr. Weber sprach im Landtag. '.repeat(1 + (index % 5))}` }));
    const whole = gzipSync(lines.join('\n'));
    await writeFile(join(scratch, 'archiv.jsonl.gz'), whole);
    await writeFile(join(scratch, 'abgebrochen.jsonl.gz'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const result = await runCli(['extract', join(scratch, 'archiv.jsonl.gz'), join(scratch, 'abgebrochen.jsonl.gz'), '--out', '-', '--workers', '2', '--quiet']);
    expect(result.code).toBe(0);
    const records = parseJsonLines(result.stdout);
    const [complete, truncated] = [records.slice(0, 200), records.slice(200)];
    expect(complete.map((record) => record.id)).toEqual(lines.map((line) => JSON.parse(line).id));
    const error = truncated[truncated.length - 1];
    expect(error).toMatchObject({ status: 'error', error: { code: 'unreadable-input', input: join(scratch, 'abgebrochen.jsonl.gz'), line: truncated.length } });
    expect(truncated.slice(0, -1).every((record) => record.status === 'ok')).toBe(true);
    const counts = summaryCounts(result.stderr);
    expect(counts).toMatchObject({ read: records.length, error: 1 });
  });

  it('reads JSONL whose fields have other names, given --json-fields', async () => {
    const input = `${JSON.stringify({ meta: { uuid: 'np-1' }, maintext: ['Dr. Weber sprach in Kassel.', 'Dann reiste sie ab.'] })}\n`;
    const result = await runCli(['extract', '-', '--out', '-', '--workers', '1', '--json-fields', 'text=maintext,id=meta.uuid'], { input });
    const [record] = parseJsonLines(result.stdout);
    expect(record).toMatchObject({ id: 'np-1', status: 'ok', text: 'Dr. Weber sprach in Kassel.\n\nDann reiste sie ab.' });
    const misspelt = await runCli(['extract', '-', '--json-fields', 'txt=maintext']);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain("--json-fields: 'txt' is not an article field");
  });

  it('reads headerless CSV given column numbers', async () => {
    const result = await runCli(['extract', 'fixtures/batch/gnad-style.csv', '--csv-no-header', '--csv-delimiter', ';', '--csv-quote', "'", '--csv-text-column', '2', '--out', '-', '--workers', '1']);
    expect(parseJsonLines(result.stdout).map((record) => (record.text as string).slice(0, 4))).toEqual(['Wien', 'Graz']);
  });

  it('turns a throwing pipeline and an invalid record into error records and goes on', async () => {
    const input = ['WIRF-FEHLER hier', 'KAPUTTER-DATENSATZ hier', 'Normale Meldung.'].map((text, index) => JSON.stringify({ id: `x${index}`, text })).join('\n');
    const result = await runCli(['extract', '-', '--out', '-', '--workers', '1'], { input });
    const records = parseJsonLines(result.stdout);
    expect(records.map((record) => [record.id, record.status, (record.error as { code?: string } | undefined)?.code])).toEqual([
      ['x0', 'error', 'extraction-failed'],
      ['x1', 'error', 'invalid-record'],
      ['x2', 'ok', undefined],
    ]);
    expect((records[0].error as { message: string }).message).toContain('RangeError: absichtlich geworfen');
  });

  it('handles a 5 MB article', async () => {
    const paragraph = 'Dr. Berger eröffnete am Montag in Potsdam die Ausstellung über die Geschichte der Stadt. ';
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const path = join(scratch, 'gross.jsonl');
    await writeFile(path, `${JSON.stringify({ id: 'gross', text })}\n`);
    const result = await runCli(['extract', path, '--out', '-', '--workers', '1']);
    expect(result.code).toBe(0);
    const [record] = parseJsonLines(result.stdout);
    expect(record.status).toBe('ok');
    expect((record.text as string).length).toBe(text.length);
    expect((record.entities as unknown[]).length).toBe(text.split('Dr. Berger').length - 1);
  });
});

describe('depesche extract output targets', () => {
  it('writes one <id>.json per record into a folder, with safe file names', async () => {
    const directory = join(scratch, 'records');
    const result = await runCli(['extract', 'fixtures/batch/feeds', 'fixtures/batch/mixed/b-hafen.json', '--out', directory, '--workers', '1']);
    expect(result.code).toBe(0);
    const names = (await readdir(directory)).sort();
    expect(names).toHaveLength(5);
    expect(names).toContain('hafen-kiel.json');
    expect(names).toContain('rss-magdeburg-1.json');
    for (const name of names) expect(name).toMatch(/^[\p{L}\p{N}._#-]+\.json$/u);
    const record = JSON.parse(await readFile(join(directory, 'hafen-kiel.json'), 'utf8'));
    expect(recordSchema.parse(record).id).toBe('hafen-kiel');
  });

  it('writes one JSONL file, and nothing to stdout', async () => {
    const path = join(scratch, 'nested', 'all.jsonl');
    const result = await runCli(['extract', ...allFormats, '--out', path, '--workers', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(parseJsonLines(await readFile(path, 'utf8')).map((record) => record.id)).toEqual(expectedIds);
  });

  it('counts an empty feed as zero articles', async () => {
    const result = await runCli(['extract', 'fixtures/batch/feeds/empty-feed.rss', '--out', '-', '--workers', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(summaryCounts(result.stderr)).toMatchObject({ read: 0, ok: 0, skipped: 0, error: 0 });
  });
});

/** Runs the command in-process with captured streams: argument checks need no subprocess. */
async function runInProcess(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: new Writable({ write(chunk, _encoding, done) { stdout += String(chunk); done(); } }),
    stderr: new Writable({ write(chunk, _encoding, done) { stderr += String(chunk); done(); } }),
    stdin: Readable.from([]),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('depesche extract arguments', () => {
  it.each([
    [['extract', 'fixtures/batch/gibt-es-nicht.txt'], /input 'fixtures\/batch\/gibt-es-nicht.txt' does not exist/],
    [['extract', 'fixtures/batch/mixed', '--gibt-es-nicht'], /Unknown option '--gibt-es-nicht'/],
  ])('%j exits 2 with a clear message (subprocess)', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    [['extract'], /no input given/],
    [['extract', '-', '-'], /stdin \('-'\) can be read only once/],
    [['extract', '-', '--resume', '--out', '-'], /--resume needs an output file or folder/],
    [['extract', '-', '--duplicates', 'vielleicht'], /--duplicates expects keep or drop/],
    [['extract', '-', '--workers', 'zwei'], /--workers expects a whole number/],
    [['extract', '-', '--timeout-ms', '0'], /--timeout-ms must be greater than 0/],
    [['extract', 'x.csv', '--csv-no-header'], /--csv-no-header needs --csv-text-column/],
    [['extract', 'x.csv', '--csv-no-header', '--csv-text-column', 'text'], /column number/],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('prints help on stdout and exits 0', async () => {
    const result = await runInProcess(['extract', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: depesche extract <input\.\.\.>/);
  });

  it('exits 1 naming the pipeline when it cannot be loaded', async () => {
    const result = await runCli(['extract', 'fixtures/batch/mixed', '--out', '-', '--pipeline', 'gibt-es-nicht', '--workers', '1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot load pipeline 'gibt-es-nicht'/);
    expect(result.stdout).toBe('');
  });
});
