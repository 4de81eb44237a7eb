/**
 * Keeps ids unique and, under `--duplicates drop`, recognises repeated articles (same id or same text).
 * A repeated id gets a `~2`, `~3` … suffix in input order, so every record has its own id (and file), and a
 * resumed run assigns the same ids again. Dropped duplicates still get a record (status `skipped`).
 */
import { createHash } from 'node:crypto';

export type DuplicatePolicy = 'keep' | 'drop';

export interface Admission {
  id: string;
  /** Under `drop`: the id of the earlier article this one repeats, and why. */
  duplicateOf?: { id: string; reason: 'id' | 'text' };
}

export class DuplicateTracker {
  private readonly occurrences = new Map<string, number>();
  private readonly firstIdByTextHash = new Map<string, string>();

  constructor(private readonly policy: DuplicatePolicy) {}

  admit(id: string, text?: string): Admission {
    const seen = this.occurrences.get(id) ?? 0;
    this.occurrences.set(id, seen + 1);
    const uniqueId = seen === 0 ? id : this.freshId(id, seen + 1);
    if (this.policy === 'keep') return { id: uniqueId };
    if (seen > 0) return { id: uniqueId, duplicateOf: { id, reason: 'id' } };
    if (text === undefined) return { id: uniqueId };
    // A digest rather than the text itself keeps memory flat over long streams.
    const hash = createHash('sha1').update(text).digest('base64');
    const first = this.firstIdByTextHash.get(hash);
    if (first !== undefined) return { id: uniqueId, duplicateOf: { id: first, reason: 'text' } };
    this.firstIdByTextHash.set(hash, uniqueId);
    return { id: uniqueId };
  }

  private freshId(id: string, occurrence: number): string {
    let candidate = `${id}~${occurrence}`;
    while (this.occurrences.has(candidate)) candidate = `${candidate}~${occurrence}`;
    this.occurrences.set(candidate, 1);
    return candidate;
  }
}
