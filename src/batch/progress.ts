/**
 * Everything the batch says on stderr: one line per article, a live progress line when stderr is a terminal
 * (articles/s and, when the total is known, an ETA), and the final summary line. stdout is never touched.
 */
import type { FinishedRecord } from './finished-record.ts';

export interface BatchCounts {
  read: number;
  ok: number;
  skipped: number;
  error: number;
  /** Already in the output from an earlier run (`--resume`); not written again. */
  alreadyDone: number;
  /** Of the skipped: dropped as duplicates. */
  duplicates: number;
}

export function emptyCounts(): BatchCounts {
  return { read: 0, ok: 0, skipped: 0, error: 0, alreadyDone: 0, duplicates: 0 };
}

export function articleLine(record: FinishedRecord): string {
  if (record.status === 'error') return `${record.id}  error ${record.errorCode}: ${record.errorMessage}`;
  const status = record.status === 'skipped' ? '  skipped' : '';
  return `${record.id}  ${record.language ?? 'und'}  entities ${record.entityCount}  events ${record.eventCount}${status}`;
}

export function summaryLine(counts: BatchCounts, seconds: number): string {
  const rate = seconds > 0 ? (counts.read / seconds).toFixed(1) : '0';
  const resumed = counts.alreadyDone > 0 ? `, already done ${counts.alreadyDone}` : '';
  const duplicates = counts.duplicates > 0 ? ` (${counts.duplicates} duplicates)` : '';
  return `read ${counts.read}: ok ${counts.ok}, skipped ${counts.skipped}${duplicates}, error ${counts.error}${resumed} in ${seconds.toFixed(1)} s (${rate} articles/s)`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}

export interface ReporterOptions {
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** No per-article lines (the summary is still printed). */
  quiet?: boolean;
  total?: number;
  now?: () => number;
}

export class ProgressReporter {
  private readonly startedAt: number;
  private lastDrawn = 0;
  private statusShown = false;
  private readonly now: () => number;

  constructor(private readonly options: ReporterOptions) {
    this.now = options.now ?? (() => performance.now());
    this.startedAt = this.now();
  }

  private get interactive(): boolean {
    return this.options.stderr.isTTY === true;
  }

  record(record: FinishedRecord, counts: BatchCounts): void {
    const now = this.now();
    // Quiet runs redraw the status at most five times a second; chatty runs redraw below every article line.
    const redraw = this.interactive && (!this.options.quiet || now - this.lastDrawn >= 200);
    if (this.statusShown && (redraw || !this.options.quiet)) {
      this.options.stderr.write('\r\x1b[K');
      this.statusShown = false;
    }
    if (!this.options.quiet) this.options.stderr.write(`${articleLine(record)}\n`);
    if (redraw) this.drawStatus(counts, now);
  }

  private drawStatus(counts: BatchCounts, now: number): void {
    this.lastDrawn = now;
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? counts.read / seconds : 0;
    const total = this.options.total;
    const eta = total !== undefined && rate > 0 ? `, ETA ${formatDuration((total - counts.read) / rate)}` : '';
    const of = total !== undefined ? `/${total}` : '';
    this.options.stderr.write(`${counts.read}${of} articles, ${rate.toFixed(1)}/s${eta}`);
    this.statusShown = true;
  }

  finish(counts: BatchCounts): number {
    const seconds = (this.now() - this.startedAt) / 1000;
    if (this.interactive && this.statusShown) this.options.stderr.write('\r\x1b[K');
    this.options.stderr.write(`${summaryLine(counts, seconds)}\n`);
    return seconds;
  }
}
