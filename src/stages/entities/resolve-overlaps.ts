/**
 * The overlap policy, in one place: where candidate mentions overlap, the one from the higher-precedence source wins
 * (a user's rules over built-in ones; lists and role patterns over the model), then the longer, then the earlier.
 * Candidates with the same span and label are merged, so a role pattern and a knowledge entry agreeing on
 * "Emmanuel Macron" give one mention with both the role and the knowledge key.
 */
import type { Mention } from '../../doc/types.ts';
import { sourcePrecedence, type Candidate } from './candidate.ts';

function mergeSameSpan(kept: Mention, other: Mention): Mention {
  return {
    ...other,
    ...kept,
    key: kept.key ?? other.key,
    country: kept.country ?? other.country,
    appositiveRole: kept.appositiveRole ?? other.appositiveRole,
    role: kept.role ?? other.role,
    standsFor: kept.standsFor ?? other.standsFor,
    confidence: Math.max(kept.confidence, other.confidence),
  };
}

export function resolveOverlaps(candidates: readonly Candidate[]): { kept: Mention[]; dropped: Candidate[] } {
  const ordered = [...candidates].sort(
    (a, b) =>
      b.packRank - a.packRank ||
      sourcePrecedence[b.source] - sourcePrecedence[a.source] ||
      b.mention.end - b.mention.start - (a.mention.end - a.mention.start) ||
      a.mention.start - b.mention.start,
  );
  const kept: Mention[] = [];
  const dropped: Candidate[] = [];
  // Which kept mention (index + 1) covers each token, and kept mentions by exact span: linear, not pairwise.
  const tokenCount = candidates.reduce((largest, candidate) => Math.max(largest, candidate.mention.tokenEnd), 0);
  const occupiedBy = new Int32Array(tokenCount);
  const bySpan = new Map<string, number>();
  for (const candidate of ordered) {
    const { mention } = candidate;
    const spanKey = `${mention.tokenStart}:${mention.tokenEnd}:${mention.label}`;
    const same = bySpan.get(spanKey);
    if (same !== undefined) {
      kept[same] = mergeSameSpan(kept[same], mention);
      continue;
    }
    let free = true;
    for (let token = mention.tokenStart; token < mention.tokenEnd && free; token++) free = occupiedBy[token] === 0;
    if (!free) {
      dropped.push(candidate);
      continue;
    }
    kept.push(mention);
    occupiedBy.fill(kept.length, mention.tokenStart, mention.tokenEnd);
    bySpan.set(spanKey, kept.length - 1);
  }
  kept.sort((a, b) => a.start - b.start);
  return { kept, dropped };
}
