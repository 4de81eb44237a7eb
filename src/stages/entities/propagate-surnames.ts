/**
 * Once a person is named in full ("Emmanuel Macron"), the surname alone names them later in the article
 * ("Macron", genitive "Macrons"), wherever the model or the lists missed it. Surnames from the knowledge file
 * work the same way, for persons introduced by surname only. The lexicon keeps common nouns out.
 */
import type { Doc, Mention } from '../../doc/types.ts';
import { isCapitalised } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { canStandAlone, stripGenitive, wordKey } from '../../text/name-keys.ts';
import type { Candidate } from './candidate.ts';

export interface Propagated {
  candidates: Candidate[];
  /** Tokens of one-word place mentions that a person's surname takes over ("Montenegro selbst plant …" after "Luís Montenegro"). */
  displacedPlaces: ReadonlySet<number>;
}

export function propagateSurnames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): Propagated {
  const tokens = doc.tokens!;
  // Propagation outranks the model (see candidate.ts), so a token the model alone tagged ("Macron" as OTH in a
  // headline) is still open to it; the overlap policy then decides.
  const coveredTokens = new Uint8Array(tokens.length);
  for (const mention of mentions) if (!mention.rule.startsWith('model:')) coveredTokens.fill(1, mention.tokenStart, mention.tokenEnd);
  const candidates: Candidate[] = [];
  // Full names again first ("… sagte Ana Lopes"), then surnames alone.
  repeatFullNames(doc, mentions, coveredTokens, candidates);
  const displacedPlaces = surnamesOverPlaces(doc, mentions, lexicons, coveredTokens);
  repeatSurnames(doc, mentions, lexicons, coveredTokens, candidates);
  return { candidates, displacedPlaces };
}

/**
 * "Portugals Ministerpräsident Luís Montenegro … Montenegro selbst plant keine Reise": after a person named in full,
 * their surname alone is the person even where it is also a place's name, unless a preposition or a determiner
 * makes it the place ("nach Montenegro"). Frees those tokens for `repeatSurnames` and returns them.
 */
function surnamesOverPlaces(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, coveredTokens: Uint8Array): Set<number> {
  const tokens = doc.tokens!;
  const displaced = new Set<number>();
  const firstNamedAt = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.label !== 'PER' || mention.kind !== 'name' || mention.tokenEnd - mention.tokenStart < 2) continue;
    const surname = tokens[mention.tokenEnd - 1].text;
    if (!firstNamedAt.has(surname)) firstNamedAt.set(surname, mention.tokenEnd);
  }
  if (firstNamedAt.size === 0) return displaced;
  for (const mention of mentions) {
    if (mention.label !== 'LOC' || mention.tokenEnd - mention.tokenStart !== 1) continue;
    const namedAt = firstNamedAt.get(mention.text);
    if (namedAt === undefined || namedAt > mention.tokenStart) continue;
    const before = tokens[mention.tokenStart - 1];
    const placeWord = before && before.sentence === mention.sentence && (lexicons.grammar.prepositions.has(before.text.toLowerCase()) || lexicons.grammar.determinerCases.has(before.text.toLowerCase()));
    if (placeWord) continue;
    displaced.add(mention.tokenStart);
    coveredTokens[mention.tokenStart] = 0;
  }
  return displaced;
}

/** A person's full name written again where nothing but the model has tagged it. */
function repeatFullNames(doc: Doc, mentions: readonly Mention[], coveredTokens: Uint8Array, candidates: Candidate[]): void {
  const tokens = doc.tokens!;
  const fullNames = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.label === 'PER' && mention.kind === 'name' && mention.tokenEnd - mention.tokenStart >= 2) fullNames.set(tokens[mention.tokenStart].text, mention);
  }
  if (fullNames.size === 0) return;
  for (const token of tokens) {
    const named = fullNames.get(token.text);
    if (!named || coveredTokens[token.index] === 1) continue;
    const length = named.tokenEnd - named.tokenStart;
    let same = token.index + length <= tokens.length;
    for (let offset = 0; same && offset < length; offset++) {
      same = tokens[token.index + offset].text === tokens[named.tokenStart + offset].text && coveredTokens[token.index + offset] !== 1;
    }
    if (!same) continue;
    coveredTokens.fill(1, token.index, token.index + length);
    const last = tokens[token.index + length - 1];
    candidates.push({
      source: 'propagation',
      packRank: 0,
      mention: { start: token.start, end: last.end, text: doc.text.slice(token.start, last.end), label: 'PER', kind: 'name', sentence: token.sentence, tokenStart: token.index, tokenEnd: token.index + length, rule: 'repeated-full-name', confidence: 0.9 },
    });
  }
}

/** The surname alone (or in the genitive) of a person named in full here, or a surname the knowledge file knows. */
function repeatSurnames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, coveredTokens: Uint8Array, candidates: Candidate[]): void {
  const tokens = doc.tokens!;
  const surnames = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.label !== 'PER' || mention.kind !== 'name' || mention.tokenEnd - mention.tokenStart < 2) continue;
    const last = tokens[mention.tokenEnd - 1].text;
    if (!canStandAlone(last)) continue;
    surnames.set(wordKey(stripGenitive(last)), mention);
    surnames.set(wordKey(last), mention);
  }
  const surnameTexts = new Set<string>();
  for (const mention of surnames.values()) {
    const last = tokens[mention.tokenEnd - 1].text;
    surnameTexts.add(last).add(last + 's').add(stripGenitive(last));
  }
  for (const token of tokens) {
    if (token.kind !== 'word' || !isCapitalised(token.text) || lexicons.grammar.nonNameWords.has(token.text)) continue;
    if (coveredTokens[token.index] === 1) continue;
    // Most capitalised words are nouns; only those that are not, or that equal a surname here, need keys.
    if (lexicons.commonNouns.has(token.text) && !surnameTexts.has(token.text)) continue;
    const keys = [wordKey(token.text), wordKey(stripGenitive(token.text))];
    const fromArticle = keys.map((key) => surnames.get(key)).find(Boolean);
    const known = fromArticle ? undefined : keys.map((key) => lexicons.knowledgeBySurnameKey.get(key)).find((entries) => entries?.length === 1)?.[0];
    if (!fromArticle && !known) continue;
    if (!fromArticle && lexicons.commonNouns.has(token.text)) continue;
    // "Martin Seidler": a known surname right before another name is a first name here.
    const next = tokens[token.index + 1];
    if (!fromArticle && next && next.sentence === token.sentence && next.kind === 'word' && isCapitalised(next.text) && !lexicons.commonNouns.has(next.text)) continue;
    candidates.push({
      source: 'propagation',
      packRank: 0,
      mention: {
        start: token.start,
        end: token.end,
        text: token.text,
        label: 'PER',
        kind: 'name',
        sentence: token.sentence,
        tokenStart: token.index,
        tokenEnd: token.index + 1,
        rule: fromArticle ? 'surname-of-named-person' : `knowledge-surname:${known!.id}`,
        key: fromArticle ? undefined : known!.id,
        confidence: fromArticle ? 0.85 : 0.7,
      },
    });
  }
}
