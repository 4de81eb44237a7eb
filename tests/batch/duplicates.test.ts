import { describe, expect, it } from 'vitest';
import { DuplicateTracker } from '../../src/batch/duplicates.ts';
import { safeFileName } from '../../src/batch/safe-file-name.ts';
import { parseJsonLines, runCli, summaryCounts } from './helpers/run-cli.ts';

describe('DuplicateTracker', () => {
  it('keep: repeated ids get a stable suffix, repeated texts pass', () => {
    const tracker = new DuplicateTracker('keep');
    expect(['a', 'b', 'a', 'a', 'c'].map((id) => tracker.admit(id, 'gleicher Text'))).toEqual([
      { id: 'a' }, { id: 'b' }, { id: 'a~2' }, { id: 'a~3' }, { id: 'c' },
    ]);
  });

  it('drop: a repeated id or text names the article it repeats', () => {
    const tracker = new DuplicateTracker('drop');
    expect(tracker.admit('a', 'Text eins')).toEqual({ id: 'a' });
    expect(tracker.admit('b', 'Text zwei')).toEqual({ id: 'b' });
    expect(tracker.admit('c', 'Text eins')).toEqual({ id: 'c', duplicateOf: { id: 'a', reason: 'text' } });
    expect(tracker.admit('b', 'Text drei')).toEqual({ id: 'b~2', duplicateOf: { id: 'b', reason: 'id' } });
  });
});

describe('safeFileName', () => {
  it.each([
    ['hafen-kiel', 'hafen-kiel'],
    ['c-meldungen#2', 'c-meldungen#2'],
    ['Größe_Ä.1', 'Größe_Ä.1'],
  ])('keeps %j as is', (id, name) => expect(safeFileName(id)).toBe(name));

  it('replaces unsafe characters and keeps distinct ids distinct', () => {
    const names = ['https://example.org/a', 'https://example.org_a', '../../etc/passwd', '.hidden'].map(safeFileName);
    for (const name of names) expect(name).toMatch(/^[^./][\p{L}\p{N}._#-]*$/u);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('depesche extract --duplicates', () => {
  const input = [
    { id: 'a', text: 'Der Bürgermeister von Trier eröffnete das Fest.' },
    { id: 'b', text: 'Der Bürgermeister von Trier eröffnete das Fest.' },
    { id: 'a', text: 'Ganz anderer Text aus Koblenz.' },
    { id: 'c', text: 'Eine dritte Meldung aus Mainz.' },
  ].map((article) => JSON.stringify(article)).join('\n');

  it('keep (default): every article is extracted, repeated ids made unique', async () => {
    const result = await runCli(['extract', '-', '--out', '-', '--workers', '1'], { input });
    expect(parseJsonLines(result.stdout).map((record) => `${record.id}:${record.status}`)).toEqual(['a:ok', 'b:ok', 'a~2:ok', 'c:ok']);
  });

  it('drop: duplicates become skipped records that say what they repeat, and are counted', async () => {
    const result = await runCli(['extract', '-', '--out', '-', '--workers', '1', '--duplicates', 'drop'], { input });
    const records = parseJsonLines(result.stdout);
    expect(records.map((record) => `${record.id}:${record.status}`)).toEqual(['a:ok', 'b:skipped', 'a~2:skipped', 'c:ok']);
    expect((records[1].messages as Array<{ code: string; message: string }>)[0]).toMatchObject({ code: 'duplicate', message: expect.stringContaining("same text as article 'a'") });
    expect(summaryCounts(result.stderr)).toMatchObject({ read: 4, ok: 2, skipped: 2, error: 0 });
    expect(result.stderr).toContain('(2 duplicates)');
  });
});
