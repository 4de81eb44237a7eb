/**
 * Entity patterns from rule packs (`patterns.jsonl`): phrases and token patterns, compiled once per pipeline.
 * These are the user's own rules, so they take precedence over everything built in (see candidate.ts).
 */
import type { Doc } from '../../doc/types.ts';
import { spanOfTokens } from '../../doc/spans.ts';
import { compileTokenPattern, matchTokenPattern, type CompiledStep, type TokenContext } from '../../matcher/token-pattern.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { MergedRules } from '../../rules/merge-packs.ts';
import type { PatternEntry } from '../../rules/schema.ts';
import type { Candidate } from './candidate.ts';

export interface CompiledPattern {
  entry: PatternEntry;
  steps: CompiledStep[];
  rank: number;
}

export function compilePatterns(rules: MergedRules): CompiledPattern[] {
  return rules.patterns.map(({ value: entry, rank }) => {
    const attributes = entry.pattern ?? entry.phrase!.split(/\s+/).filter(Boolean).map((text) => ({ text }));
    return { entry, steps: compileTokenPattern(attributes), rank };
  });
}

/**
 * Whether the word is in the lexicon a pattern token names (rules/pattern-lexicons.ts): `common-nouns`, the noun
 * lexicon; `places`, a place of one word the place lists know ("Österreich", "Zürich"), not in the genitive.
 */
function isInNamedLexicon(name: string, word: string, lexicons: CompiledLexicons): boolean {
  if (name === 'common-nouns') return lexicons.commonNouns.has(word);
  if (name === 'places') {
    const match = lexicons.matchPhrase([word], 0);
    return match !== undefined && !match.genitive && match.targets.some((target) => target.source === 'place');
  }
  return false;
}

export function findPatternMentions(doc: Doc, patterns: readonly CompiledPattern[], lexicons: CompiledLexicons): Candidate[] {
  if (patterns.length === 0) return [];
  const tokens = doc.tokens!;
  const context: TokenContext = { isInLexicon: (name, word) => isInNamedLexicon(name, word, lexicons) };
  const candidates: Candidate[] = [];
  for (const sentence of doc.sentences!) {
    for (const pattern of patterns) {
      for (let start = sentence.tokenStart; start < sentence.tokenEnd; start++) {
        const match = matchTokenPattern(pattern.steps, tokens, start, sentence.tokenEnd, context);
        if (!match) continue;
        const entity = pattern.entry.entity ? match.captures.get(pattern.entry.entity) : match;
        if (!entity) continue;
        const linked = pattern.entry.links ? lexicons.knowledgeById.get(pattern.entry.links) ?? lexicons.placeById.get(pattern.entry.links) : undefined;
        candidates.push({
          source: 'user-pattern',
          packRank: pattern.rank,
          mention: {
            ...spanOfTokens(doc, entity.start, entity.end),
            label: pattern.entry.label,
            kind: 'name',
            sentence: tokens[entity.start].sentence,
            tokenStart: entity.start,
            tokenEnd: entity.end,
            rule: pattern.entry.id,
            key: linked ? pattern.entry.links : undefined,
            confidence: 0.95,
          },
        });
        start = match.end - 1;
      }
    }
  }
  return candidates;
}
