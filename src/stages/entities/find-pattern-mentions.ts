/**
 * Entity patterns from rule packs (`patterns.jsonl`): phrases and token patterns, compiled once per pipeline.
 * These are the user's own rules, so they take precedence over everything built in (see candidate.ts).
 */
import type { Doc } from '../../doc/types.ts';
import { spanOfTokens } from '../../doc/spans.ts';
import { compileTokenPattern, matchTokenPattern, type CompiledStep, type TokenContext } from '../../matcher/token-pattern.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { MergedRules } from '../../rules/merge-packs.ts';
import type { PatternEntry, TokenAttribute } from '../../rules/schema.ts';
import type { Candidate } from './candidate.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';
import { isClosedClassWord } from '../../rules/name-forms.ts';

export interface CompiledPattern {
  entry: PatternEntry;
  steps: CompiledStep[];
  rank: number;
  /** Words every match holds (tests of `text`, and of `lower` in lower case, that are not optional or negated). */
  requiredTexts: string[];
  requiredLowers: string[];
  /** Regular expressions some token of every match passes (of steps that are not optional or negated). */
  requiredRegexes: RegExp[];
}

export function compilePatterns(rules: MergedRules): CompiledPattern[] {
  return rules.patterns.map(({ value: entry, rank }) => {
    const attributes: TokenAttribute[] = entry.pattern ?? entry.phrase!.split(/\s+/).filter(Boolean).map((text) => ({ text }));
    const required = attributes.filter((attribute) => attribute.op === undefined || attribute.op === '+');
    return {
      entry,
      steps: compileTokenPattern(attributes),
      rank,
      requiredTexts: required.flatMap((attribute) => (attribute.text === undefined ? [] : [attribute.text])),
      requiredLowers: required.flatMap((attribute) => (attribute.lower === undefined ? [] : [attribute.lower.toLowerCase()])),
      requiredRegexes: required.flatMap((attribute) => (attribute.regex === undefined ? [] : [new RegExp(`^(?:${attribute.regex})$`, 'u')])),
    };
  });
}

/**
 * Whether the word is in the lexicon a pattern token names (rules/pattern-lexicons.ts): `common-nouns`, the noun
 * lexicon; `noun-compounds`, a known noun or a compound ending in one ("Anfangsbuchstaben"); `places`, a place of one
 * word the place lists know ("Österreich", "Zürich"), not in the genitive;
 * `first-names`, the given-name list; `function-words`, the grammar's closed classes (determiners, prepositions,
 * conjunctions, pronouns) and its words that open sentences but never names ("Und", "Dann"), in any case.
 */
function isInNamedLexicon(name: string, word: string, lexicons: CompiledLexicons): boolean {
  if (name === 'common-nouns') return lexicons.commonNouns.has(word);
  if (name === 'noun-compounds') return lexicons.isNounOrCompound(word);
  if (name === 'first-names') return loadFirstNames().has(word);
  if (name === 'function-words') return lexicons.grammar.nonNameWords.has(word) || isClosedClassWord(word, lexicons);
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
    // A pattern whose words the sentence lacks cannot match in it: a pack of many phrases costs a set look-up each.
    let texts: Set<string> | undefined;
    let lowers: Set<string> | undefined;
    const sentenceTokens = () => tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    for (const pattern of patterns) {
      if (pattern.requiredTexts.length > 0) {
        texts ??= new Set(sentenceTokens().map((token) => token.text));
        if (!pattern.requiredTexts.every((text) => texts!.has(text))) continue;
      }
      if (pattern.requiredLowers.length > 0) {
        lowers ??= new Set(sentenceTokens().map((token) => token.text.toLowerCase()));
        if (!pattern.requiredLowers.every((lower) => lowers!.has(lower))) continue;
      }
      // "Husam M.": a pattern that needs a single capital letter runs only where the sentence has one.
      if (pattern.requiredRegexes.length > 0) {
        texts ??= new Set(sentenceTokens().map((token) => token.text));
        if (!pattern.requiredRegexes.every((regex) => [...texts!].some((text) => regex.test(text)))) continue;
      }
      for (let start = sentence.tokenStart; start < sentence.tokenEnd; start++) {
        const match = matchTokenPattern(pattern.steps, tokens, start, sentence.tokenEnd, context);
        if (!match) continue;
        const entity = pattern.entry.entity ? match.captures.get(pattern.entry.entity) : match;
        if (!entity) continue;
        const linked = pattern.entry.links ? lexicons.knowledgeById.get(pattern.entry.links) ?? lexicons.placeById.get(pattern.entry.links) : undefined;
        candidates.push({
          source: pattern.entry.fallback ? 'fallback' : 'user-pattern',
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
