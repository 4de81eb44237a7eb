/**
 * Names in quotes: ‚Willingness Coalition‘, „Koalition der Willigen“. A short quoted run whose words are
 * capitalised (function words aside) names something (a coalition, a plan, a book): MISC. A single quoted noun
 * ('Abschreckungskräfte') or a lower-case phrase ('westliche Politik') is emphasis or a citation, not a name.
 */
import type { Doc } from '../../doc/types.ts';
import { isCapitalised, spanOfTokens } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';

const closingOf = new Map([['„', '“'], ['‚', '‘'], ['»', '«'], ['«', '»'], ['"', '"'], ['“', '”']]);
const maximumQuotedTokens = 6;

export function findQuotedNames(doc: Doc, lexicons: CompiledLexicons): Candidate[] {
  const candidates: Candidate[] = [];
  const tokens = doc.tokens!;
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open].kind !== 'punct') continue;
    const closing = closingOf.get(tokens[open].text);
    if (!closing) continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= maximumQuotedTokens + 1 && tokens[close].text !== closing && tokens[close].sentence === tokens[open].sentence) close++;
    if (close >= tokens.length || tokens[close].text !== closing) continue;
    const inner = tokens.slice(open + 1, close);
    if (inner.length === 0 || inner.length > maximumQuotedTokens) continue;
    const words = inner.filter((token) => token.kind === 'word');
    const contentWords = words.filter((token) => !lexicons.grammar.determinerCases.has(token.text.toLowerCase()) && !lexicons.grammar.prepositions.has(token.text.toLowerCase()) && !lexicons.grammar.coordinators.has(token.text.toLowerCase()));
    const allCapitalised = contentWords.length > 0 && contentWords.every((token) => isCapitalised(token.text));
    const singleCommonNoun = contentWords.length === 1 && lexicons.isNounOrCompound(contentWords[0].text);
    if (!allCapitalised || singleCommonNoun || inner.some((token) => token.kind === 'punct')) continue;
    candidates.push({
      source: 'quoted',
      packRank: 0,
      mention: {
        ...spanOfTokens(doc, open + 1, close),
        label: 'MISC',
        kind: 'name',
        sentence: tokens[open].sentence,
        tokenStart: open + 1,
        tokenEnd: close,
        rule: 'quoted-name',
        confidence: 0.6,
      },
    });
    open = close;
  }
  return candidates;
}
