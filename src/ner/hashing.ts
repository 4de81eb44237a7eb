/**
 * Integer hashing for feature hashing. Features are never built as strings: each template has a
 * number, each word's parts are hashed once (and cached), and a feature is the mix of the two.
 * Everything is 32-bit integer arithmetic, so training and tagging give the same buckets on any machine.
 */
import { fnvStart, fnvStep } from '../text/fnv.ts';

/** FNV-1a over UTF-16 code units, started from a seed so two templates never share a hash space. */
export function hashText(seed: number, text: string, start = 0, end = text.length): number {
  let hash = seededStart(seed);
  for (let index = start; index < end; index++) hash = fnvStep(hash, text.charCodeAt(index));
  return finalise(hash);
}

/**
 * `hashText` built one code unit at a time, for text that is never made into a string (a word's shape):
 * `finishText(fnvStep(…fnvStep(seededStart(seed), unit)…))` equals `hashText(seed, units)`.
 */
export function seededStart(seed: number): number {
  return fnvStart ^ Math.imul(seed, 0x9e3779b1);
}

export function finishText(hash: number): number {
  return finalise(hash);
}

/** Combines two 32-bit values into one well-spread hash (order matters). */
export function mixHashes(first: number, second: number): number {
  let hash = Math.imul(first ^ 0x27d4eb2d, 0x85ebca6b) ^ second;
  hash = Math.imul(hash ^ (hash >>> 15), 0xc2b2ae35);
  return finalise(hash ^ Math.imul(second, 0x165667b1));
}

function finalise(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A small deterministic generator (mulberry32) for shuffling training data with a fixed seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
