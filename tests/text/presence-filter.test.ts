import { describe, expect, it } from 'vitest';
import { hashRange, PresenceFilter } from '../../src/text/presence-filter.ts';

describe('PresenceFilter', () => {
  it('never rejects what was added, and rejects nearly everything else', () => {
    const added = Array.from({ length: 20_000 }, (_, index) => `wort${index}`);
    const filter = PresenceFilter.sizedFor(added.length);
    for (const word of added) filter.add(hashRange(word));
    for (const word of added) expect(filter.mayContain(hashRange(word))).toBe(true);
    let passed = 0;
    for (let index = 0; index < 20_000; index++) if (filter.mayContain(hashRange(`name${index}`))) passed++;
    // Two probes at 16 bits per entry: about 1.4 % in theory.
    expect(passed / 20_000).toBeLessThan(0.03);
  });

  it('hashes a range of a string like the string cut out', () => {
    expect(hashRange('Deutschlandreise', 0, 11)).toBe(hashRange('Deutschland'));
    expect(hashRange('xDeutschland', 1)).toBe(hashRange('Deutschland'));
  });
});
