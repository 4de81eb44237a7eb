/**
 * Spans (first the scanned pieces, then the token drafts) stored column by column in typed arrays. A megabyte of
 * text makes some 160,000 of them; with one object each, the garbage collector took more time than the segmenting.
 */
import type { TokenKind } from '../../doc/types.ts';

const tokenKinds: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'abbreviation', 'ordinal'];
const kindCodes: ReadonlyMap<TokenKind, number> = new Map(tokenKinds.map((kind, code) => [kind, code]));
const lineBreakBeforeFlag = 1;
const endsSentenceFlag = 2;
const smallestCapacity = 64;

export class SpanTable {
  private starts: Int32Array;
  private ends: Int32Array;
  private kindCodes: Uint8Array;
  private flags: Uint8Array;
  private count = 0;

  constructor(expectedLength: number) {
    const capacity = Math.max(smallestCapacity, expectedLength);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kindCodes = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /** `lineBreakBefore`: a line break lies in the whitespace before the span. `endsSentence`: see TokenDraft rules. */
  push(start: number, end: number, kind: TokenKind, lineBreakBefore: boolean, endsSentence = false): void {
    if (this.count === this.starts.length) this.grow();
    const index = this.count++;
    this.starts[index] = start;
    this.ends[index] = end;
    this.kindCodes[index] = kindCodes.get(kind) ?? 0;
    this.flags[index] = (lineBreakBefore ? lineBreakBeforeFlag : 0) | (endsSentence ? endsSentenceFlag : 0);
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.ends[index];
  }

  kind(index: number): TokenKind {
    return tokenKinds[this.kindCodes[index]];
  }

  lineBreakBefore(index: number): boolean {
    return (this.flags[index] & lineBreakBeforeFlag) !== 0;
  }

  endsSentence(index: number): boolean {
    return (this.flags[index] & endsSentenceFlag) !== 0;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    const grown = (old: Int32Array) => {
      const replacement = new Int32Array(capacity);
      replacement.set(old);
      return replacement;
    };
    const grownBytes = (old: Uint8Array) => {
      const replacement = new Uint8Array(capacity);
      replacement.set(old);
      return replacement;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.kindCodes = grownBytes(this.kindCodes);
    this.flags = grownBytes(this.flags);
  }
}
