/** The default pipeline end to end through the command line, over the golden article set. */
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/batch/input-files.ts';
import { readInputs } from '../../src/batch/read-inputs.ts';
import { recordSchema } from '../../src/schema/record.ts';
import { parseJsonLines, repositoryRoot, runCli, summaryCounts } from './helpers/run-cli.ts';

type Spanned = { text: string; start: number; end: number };

describe('depesche extract fixtures/articles (default pipeline)', () => {
  it('writes one valid record per article, in input order, with offsets into the record text', async () => {
    process.chdir(repositoryRoot);
    const expectedIds: string[] = [];
    for await (const item of readInputs(await expandInputs(['fixtures/articles']))) expectedIds.push(item.kind === 'article' ? item.article.id : item.id);

    const result = await runCli(['extract', 'fixtures/articles', '--out', '-', '--workers', '2'], { realPipeline: true });
    expect(result.code, result.stderr).toBe(0);
    const records = parseJsonLines(result.stdout);
    expect(records.map((record) => record.id)).toEqual(expectedIds);
    for (const record of records) {
      expect(recordSchema.safeParse(record).success).toBe(true);
      if (record.status !== 'ok') continue;
      const text = record.text as string;
      const spans: Spanned[] = [];
      for (const entity of record.entities as Array<{ mentions: Spanned[] }>) spans.push(...entity.mentions);
      for (const event of record.events as Array<{ trigger: Spanned }>) spans.push(event.trigger);
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    const counts = summaryCounts(result.stderr);
    expect(counts.read).toBe(expectedIds.length);
    expect(counts.ok + counts.skipped + counts.error).toBe(counts.read);
  });
});
