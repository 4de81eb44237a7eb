/**
 * The generic token-pattern matcher (in the spirit of spaCy's Matcher): a pattern is a list of token tests, each
 * with an optional operator (? optional, * any number, + at least one, ! must not match). Patterns are compiled once
 * into predicate lists; matching is a small backtracking search that returns the longest match at a start.
 */
import type { Token } from '../doc/types.ts';
import type { TokenAttribute } from '../rules/schema.ts';

export interface TokenContext {
  isInLexicon(name: string, word: string): boolean;
}

export interface CompiledStep {
  test: (token: Token, context: TokenContext) => boolean;
  op: '1' | '?' | '*' | '+' | '!';
  capture?: string;
}

export interface TokenPatternMatch {
  start: number;
  end: number;
  captures: Map<string, { start: number; end: number }>;
}

export function tokenShape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\d/g, 'd')
    .replace(/(.)\1{3,}/g, '$1$1$1$1');
}

/** Compiles one token test; throws with a readable reason when a regex does not compile. */
export function compileStep(attribute: TokenAttribute): CompiledStep {
  const tests: ((token: Token, context: TokenContext) => boolean)[] = [];
  if (attribute.text !== undefined) tests.push((token) => token.text === attribute.text);
  if (attribute.lower !== undefined) {
    const lower = attribute.lower.toLowerCase();
    tests.push((token) => token.text.toLowerCase() === lower);
  }
  if (attribute.regex !== undefined) {
    const regex = new RegExp(`^(?:${attribute.regex})$`, 'u');
    tests.push((token) => regex.test(token.text));
  }
  if (attribute.shape !== undefined) tests.push((token) => tokenShape(token.text) === attribute.shape);
  if (attribute.isCapitalised !== undefined) tests.push((token) => /^\p{Lu}/u.test(token.text) === attribute.isCapitalised);
  if (attribute.inLexicon !== undefined) tests.push((token, context) => context.isInLexicon(attribute.inLexicon!, token.text));
  if (attribute.notInLexicon !== undefined) {
    const excluded = typeof attribute.notInLexicon === 'string' ? [attribute.notInLexicon] : attribute.notInLexicon;
    tests.push((token, context) => !excluded.some((name) => context.isInLexicon(name, token.text)));
  }
  const op = attribute.op === undefined ? '1' : attribute.op;
  return { test: (token, context) => tests.every((test) => test(token, context)), op, capture: attribute.capture };
}

export function compileTokenPattern(attributes: readonly TokenAttribute[]): CompiledStep[] {
  return attributes.map(compileStep);
}

interface StartFilter {
  /** Tests one of which the first token of any match passes; undefined when that cannot be said (a leading `!`). */
  firstTokenTests?: CompiledStep[];
  hasCaptures: boolean;
}

const startFilters = new WeakMap<readonly CompiledStep[], StartFilter>();

/**
 * What any match's first token must pass: one of the leading optional steps or the first required one. A pattern
 * is tried at every token of every sentence, and most tokens fail this at once, before any search state is built.
 */
function startFilter(steps: readonly CompiledStep[]): StartFilter {
  let filter = startFilters.get(steps);
  if (!filter) {
    const firstTokenTests: CompiledStep[] = [];
    let known = true;
    for (const step of steps) {
      if (step.op === '!') {
        known = false;
        break;
      }
      firstTokenTests.push(step);
      if (step.op === '1' || step.op === '+') break;
    }
    filter = { firstTokenTests: known ? firstTokenTests : undefined, hasCaptures: steps.some((step) => step.capture !== undefined) };
    startFilters.set(steps, filter);
  }
  return filter;
}

/** The longest match of the pattern starting at `start` within `[start, limit)`, if any. */
export function matchTokenPattern(
  steps: readonly CompiledStep[],
  tokens: readonly Token[],
  start: number,
  limit: number,
  context: TokenContext,
): TokenPatternMatch | undefined {
  const filter = startFilter(steps);
  if (start >= limit) return undefined;
  if (filter.firstTokenTests && !filter.firstTokenTests.some((step) => step.test(tokens[start], context))) return undefined;
  let best: TokenPatternMatch | undefined;
  const captures = new Map<string, { start: number; end: number }>();
  const record = (step: CompiledStep, from: number, to: number) => {
    if (!step.capture || to <= from) return;
    const existing = captures.get(step.capture);
    captures.set(step.capture, existing ? { start: Math.min(existing.start, from), end: Math.max(existing.end, to) } : { start: from, end: to });
  };
  const search = (stepIndex: number, position: number) => {
    if (stepIndex === steps.length) {
      if (position > start && (!best || position > best.end)) best = { start, end: position, captures: new Map(captures) };
      return;
    }
    const step = steps[stepIndex];
    const matches = (at: number) => at < limit && step.test(tokens[at], context);
    // Captures are saved and restored around each branch only when the pattern names any.
    const saved = filter.hasCaptures ? new Map(captures) : undefined;
    const restore = () => {
      if (!saved) return;
      captures.clear();
      for (const [key, value] of saved) captures.set(key, value);
    };
    switch (step.op) {
      case '1':
        if (matches(position)) {
          record(step, position, position + 1);
          search(stepIndex + 1, position + 1);
          restore();
        }
        return;
      case '!':
        if (position < limit && !step.test(tokens[position], context)) search(stepIndex + 1, position + 1);
        return;
      case '?':
        if (matches(position)) {
          record(step, position, position + 1);
          search(stepIndex + 1, position + 1);
          restore();
        }
        search(stepIndex + 1, position);
        return;
      case '*':
      case '+': {
        let end = position;
        while (matches(end)) end++;
        const minimum = step.op === '+' ? position + 1 : position;
        for (let stop = end; stop >= minimum; stop--) {
          record(step, position, stop);
          search(stepIndex + 1, stop);
          restore();
        }
        return;
      }
    }
  };
  search(0, start);
  return best;
}
