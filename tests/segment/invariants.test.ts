/**
 * Property tests: for every case, for random mixes of the characters that make segmentation hard, and for random
 * UTF-16 code units (lone surrogates included), the offset and losslessness invariants hold. Inputs come from a
 * seeded generator so a failure is reproducible; the failing input is printed.
 */
import { describe, expect, it } from 'vitest';
import { segmentCases } from './cases.ts';
import { findInvariantViolations } from './check-invariants.ts';
import { loadNewsSegmenter } from './load-news-segmenter.ts';

const segmenter = loadNewsSegmenter();

/** mulberry32: a tiny seeded generator, so every run tests the same inputs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const trickyFragments = [
  'z.', ' B.', 'z.B.', 'Dr.', 'usw.', 'St.', 'Angst', 'Mio.', 'Dipl.-Ing.', 'J.', 'Dann', 'Die', 'am', '3.', '19', 'März',
  '1.000', '3,5', '14.30', '14:30', '°C', '%', '€', '&', '„', '“', '‚', '‘', '»', '«', '"', "'", '’', '(', ')', '[', ']',
  '...', '…', '?', '!', '?!', '.', ',', ':', ';', '-', '–', '—', '*', '_', '/', 'innen', 'in', 'Kund', 'Ein-',
  'https://x.de/a(b)', 'www.', '.de', '@', 'a@b.de', 'spiegel.de', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0',
  '\u2028', '\ufeff', '\u00ad', '\u200d', '\ufe0f', '\u0301', '😀', '👍🏽', '🇩🇪', '𝔊', '\ud800', '\udc00', 'Österreichs',
  'a', 'Z', 'ß', 'x', '7',
];

function randomFragmentText(random: () => number): string {
  const length = 1 + Math.floor(random() * 40);
  let text = '';
  for (let index = 0; index < length; index++) text += trickyFragments[Math.floor(random() * trickyFragments.length)];
  return text;
}

function randomCodeUnitText(random: () => number): string {
  const length = 1 + Math.floor(random() * 30);
  let text = '';
  for (let index = 0; index < length; index++) {
    // Mostly ASCII and Latin-1 with some of everything, surrogates included.
    const roll = random();
    const codeUnit = roll < 0.5 ? 0x20 + Math.floor(random() * 0x60) : roll < 0.7 ? Math.floor(random() * 0x100) : Math.floor(random() * 0x10000);
    text += String.fromCharCode(codeUnit);
  }
  return text;
}

function expectInvariants(text: string): void {
  const problems = findInvariantViolations(text, segmenter.segment(text));
  expect(problems, `input ${JSON.stringify(text)}`).toEqual([]);
}

describe('segmentation invariants', () => {
  it('hold for every case, alone and joined', () => {
    for (const testCase of segmentCases) expectInvariants(testCase.text);
    expectInvariants(segmentCases.map((testCase) => testCase.text).join(' '));
    expectInvariants(segmentCases.map((testCase) => testCase.text).join('\n\n'));
  });

  it('hold for random mixes of tricky fragments', () => {
    const random = seededRandom(20250303);
    for (let round = 0; round < 3000; round++) expectInvariants(randomFragmentText(random));
  });

  it('hold for random UTF-16 code units', () => {
    const random = seededRandom(1028);
    for (let round = 0; round < 2000; round++) expectInvariants(randomCodeUnitText(random));
  });

  it('hold for random cuts of the cases (texts starting or ending mid-word)', () => {
    const random = seededRandom(7);
    const joined = segmentCases.map((testCase) => testCase.text).join('\n');
    for (let round = 0; round < 1000; round++) {
      const start = Math.floor(random() * joined.length);
      expectInvariants(joined.slice(start, start + Math.floor(random() * 120)));
    }
  });
});

describe('linear time', () => {
  // Inputs that would make a backtracking or rescanning segmenter quadratic: at 200,000 characters a quadratic
  // pass takes minutes, a linear one milliseconds.
  const pathological: [string, string][] = [
    ['letters and periods', 'a.'.repeat(100_000)],
    ['digits and periods', '1.'.repeat(100_000)],
    ['a long word without an @', 'x'.repeat(200_000) + '@'],
    ['a long dotted name without a top-level domain', 'ab.'.repeat(70_000)],
    ['a long URL', 'https://' + 'a'.repeat(200_000)],
    ['only whitespace', ' \n'.repeat(100_000)],
    ['only emoji', '😀'.repeat(100_000)],
  ];

  it.each(pathological)('%s', (_name, text) => {
    const started = performance.now();
    const result = segmenter.segment(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(findInvariantViolations(text, result)).toEqual([]);
  });

  it('segments a 1 MB article quickly', () => {
    const paragraph = segmentCases.map((testCase) => testCase.text).join(' ');
    const text = Array.from({ length: Math.ceil(1_000_000 / paragraph.length) }, () => paragraph).join('\n\n');
    const started = performance.now();
    const result = segmenter.segment(text);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.tokens.at(-1)?.end).toBe(text.trimEnd().length);
  });
});
