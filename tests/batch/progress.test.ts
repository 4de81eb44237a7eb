import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { FinishedRecord } from '../../src/batch/finished-record.ts';
import { articleLine, emptyCounts, formatDuration, ProgressReporter, summaryLine } from '../../src/batch/progress.ts';

const okRecord: FinishedRecord = { id: 'a1', status: 'ok', json: '{}', language: 'deu', entityCount: 3, eventCount: 1 };
const errorRecord: FinishedRecord = { id: 'b2', status: 'error', json: '{}', entityCount: 0, eventCount: 0, errorCode: 'timeout', errorMessage: 'zu lang' };

function capture(isTTY: boolean): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  let text = '';
  const stream = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, text: () => text };
}

describe('progress and summary lines', () => {
  it('formats one line per article', () => {
    expect(articleLine(okRecord)).toBe('a1  deu  entities 3  events 1');
    expect(articleLine(errorRecord)).toBe('b2  error timeout: zu lang');
  });

  it('summarises counts that add up', () => {
    const counts = { ...emptyCounts(), read: 10, ok: 6, skipped: 1, error: 1, alreadyDone: 2, duplicates: 1 };
    expect(summaryLine(counts, 2)).toBe('read 10: ok 6, skipped 1 (1 duplicates), error 1, already done 2 in 2.0 s (5.0 articles/s)');
  });

  it.each([[5, '5s'], [65, '1m05s'], [Infinity, '?']])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('draws a progress line with an ETA only on a terminal', () => {
    let now = 0;
    const terminal = capture(true);
    const reporter = new ProgressReporter({ stderr: terminal.stream, total: 4, now: () => now });
    now = 1000;
    reporter.record(okRecord, { ...emptyCounts(), read: 1, ok: 1 });
    expect(terminal.text()).toBe('a1  deu  entities 3  events 1\n1/4 articles, 1.0/s, ETA 3s');
    reporter.finish({ ...emptyCounts(), read: 1, ok: 1 });
    expect(terminal.text()).toMatch(/ETA 3s\r\x1b\[Kread 1: ok 1/);

    const pipe = capture(false);
    const quiet = new ProgressReporter({ stderr: pipe.stream, quiet: true, total: 4, now: () => now });
    quiet.record(okRecord, { ...emptyCounts(), read: 1, ok: 1 });
    quiet.finish({ ...emptyCounts(), read: 1, ok: 1 });
    expect(pipe.text()).toMatch(/^read 1: ok 1, skipped 0, error 0 in [\d.]+ s/);
    expect(pipe.text().split('\n')).toHaveLength(2);
  });
});
