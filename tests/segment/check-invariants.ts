/**
 * The offset and losslessness invariants every segmentation must keep, as one function returning the broken ones
 * (empty when all hold), so property tests can report the failing input.
 */
import type { Segmentation } from '../../src/stages/segment/index.ts';

const whitespaceOnly = /^\s*$/;

export function findInvariantViolations(text: string, result: Segmentation): string[] {
  const problems: string[] = [];
  const { tokens, sentences } = result;
  const leading = tokens.length > 0 ? text.slice(0, tokens[0].start) : text;
  if (!whitespaceOnly.test(leading)) problems.push('text before the first token is not whitespace');
  let rebuilt = leading;
  tokens.forEach((token, index) => {
    if (token.index !== index) problems.push(`token ${index} has index ${token.index}`);
    if (token.end <= token.start) problems.push(`token ${index} is empty`);
    if (text.slice(token.start, token.end) !== token.text) problems.push(`token ${index} text does not match its offsets`);
    if (!whitespaceOnly.test(token.whitespace)) problems.push(`token ${index} whitespace ${JSON.stringify(token.whitespace)} is not whitespace`);
    if (/\s/.test(token.text)) problems.push(`token ${index} ${JSON.stringify(token.text)} contains whitespace`);
    const nextStart = index + 1 < tokens.length ? tokens[index + 1].start : text.length;
    if (token.end + token.whitespace.length !== nextStart) problems.push(`token ${index} whitespace does not reach the next token`);
    rebuilt += token.text + token.whitespace;
  });
  if (rebuilt !== text) problems.push('tokens and whitespace do not rebuild the text');
  if (text.trim().length > 0 && sentences.length === 0) problems.push('a non-blank text has no sentence');
  let expectedTokenStart = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.tokenStart !== expectedTokenStart) problems.push(`sentence ${sentenceIndex} does not start where the previous one ended`);
    if (sentence.tokenEnd <= sentence.tokenStart) problems.push(`sentence ${sentenceIndex} has no token`);
    const first = tokens[sentence.tokenStart];
    const last = tokens[sentence.tokenEnd - 1];
    if (first === undefined || last === undefined) {
      problems.push(`sentence ${sentenceIndex} points outside the tokens`);
      return;
    }
    if (sentence.start !== first.start || sentence.end !== last.end) problems.push(`sentence ${sentenceIndex} does not cover exactly its tokens`);
    for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
      if (tokens[index].sentence !== sentenceIndex) problems.push(`token ${index} names sentence ${tokens[index].sentence}, lies in ${sentenceIndex}`);
    }
    expectedTokenStart = sentence.tokenEnd;
  });
  if (expectedTokenStart !== tokens.length) problems.push('some tokens belong to no sentence');
  return problems;
}
