/** A mention candidate before overlaps are resolved: which family of rules proposed it decides precedence. */
import type { Mention } from '../../doc/types.ts';

/**
 * Precedence of candidate sources when spans overlap, highest first. User patterns beat built-in lists; lists and
 * role patterns are sure about what they match; the statistical model fills what the rules leave open; a pattern marked
 * `fallback` (a guess by the words' shape) fills only what is left after that.
 */
export const sourcePrecedence = {
  'user-pattern': 6,
  knowledge: 5,
  'role-pattern': 4,
  gazetteer: 4,
  propagation: 3,
  model: 2,
  quoted: 1,
  fallback: 0,
} as const;

export type CandidateSource = keyof typeof sourcePrecedence;

export interface Candidate {
  mention: Mention;
  source: CandidateSource;
  /** Rank of the rule pack the rule came from (higher: a later, user pack). */
  packRank: number;
}
