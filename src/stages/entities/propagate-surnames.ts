/**
 * Once a person is named in full ("Emmanuel Macron"), the surname alone names them later in the article
 * ("Macron", genitive "Macrons"), wherever the model or the lists missed it. Surnames from the knowledge file
 * work the same way, for persons introduced by surname only. The lexicon keeps common nouns out.
 */
import type { Doc, Mention } from '../../doc/types.ts';
import { isCapitalised } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { announcesCompany, familyNameFirstOf, givenNamesFitEntry, isClosedClassWord, isGivenNameLike } from '../../rules/name-forms.ts';
import { canStandAlone, stripGenitive, wordKey } from '../../text/name-keys.ts';
import type { Candidate } from './candidate.ts';
import { loadFirstNames } from '../../lexicon/first-names.ts';

export interface Propagated {
  candidates: Candidate[];
  /** Tokens of one-word place mentions that a person's surname takes over ("Montenegro selbst plant …" after "Luís Montenegro"). */
  displacedPlaces: ReadonlySet<number>;
}

/** `guessedRules`: the rules whose mentions are guesses by the words' shape (`fallback` patterns), no surer than the tagger. */
export function propagateSurnames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, guessedRules: ReadonlySet<string> = new Set()): Propagated {
  const tokens = doc.tokens!;
  // Propagation outranks the model (see candidate.ts), so a token the model alone tagged ("Macron" as OTH in a
  // headline) is still open to it; the overlap policy then decides.
  const coveredTokens = new Uint8Array(tokens.length);
  for (const mention of mentions) if (!mention.rule.startsWith('model:')) coveredTokens.fill(1, mention.tokenStart, mention.tokenEnd);
  const candidates: Candidate[] = [];
  // The tagger's name running into another person's surname is two names ("warf Lech Kaczyński Wałęsa Spionage vor").
  const split = splitAtSurnamesOfOthers(doc, mentions, lexicons, candidates);
  const whole = split.size ? mentions.filter((mention) => !split.has(mention)) : mentions;
  // Full names again first ("… sagte Ana Lopes"), then surnames alone.
  repeatFullNames(doc, whole, lexicons, coveredTokens, candidates);
  const displacedPlaces = surnamesOverPlaces(doc, whole, lexicons, coveredTokens);
  repeatSurnames(doc, whole, lexicons, coveredTokens, candidates);
  // A person named by one word where a role names them ("Parteichef Sarkozy") is named by it wherever it is written
  // again; not inside a longer name the tagger gave another class ("PwC Global … Survey" after "CEO Survey"), and not
  // by a word the lexicon knows as a noun ("Spieler Zugang").
  const blocked = coveredTokens.slice();
  for (const mention of mentions) if (mention.label !== 'PER' && mention.tokenEnd - mention.tokenStart > 1) blocked.fill(1, mention.tokenStart, mention.tokenEnd);
  const repeatSingleWordNames = (named: readonly Mention[]) => {
    const sources = named.filter((mention) => mention.label === 'PER' && mention.kind === 'name' && mention.tokenEnd - mention.tokenStart === 1 && singleWordNameRules.has(mention.rule) && !isNounOrLongCompound(mention.text, lexicons));
    if (sources.length === 0) return;
    const before = candidates.length;
    repeatSurnames(doc, sources, lexicons, blocked, candidates, true);
    for (const { mention } of candidates.slice(before)) {
      coveredTokens.fill(1, mention.tokenStart, mention.tokenEnd);
      blocked.fill(1, mention.tokenStart, mention.tokenEnd);
    }
  };
  repeatSingleWordNames(whole);
  // "von Sarkozy und Hollande": a word no list knows beside a person in a list of two is a person too, named by it
  // again likewise.
  const coordinated = coordinatedNames(doc, [...whole, ...candidates.map((candidate) => candidate.mention)], lexicons, coveredTokens, guessedRules);
  for (const { mention } of coordinated) blocked[mention.tokenStart] = 1;
  candidates.push(...coordinated);
  repeatSingleWordNames(coordinated.map((candidate) => candidate.mention));
  return { candidates, displacedPlaces };
}

/** Rules whose person named by one word is sure enough to name them wherever the word is written again. */
const singleWordNameRules = new Set(['role-apposition', 'coordinated-name']);

/**
 * A known noun, or a compound of one whose front has five letters or more: short fronts make nouns of names
 * ("Hol|lande", "Sar|kozy" would not, but the lexicon's guess is that generous), long ones rarely do.
 */
function isNounOrLongCompound(word: string, lexicons: CompiledLexicons): boolean {
  if (lexicons.commonNouns.has(word)) return true;
  for (let split = 5; split <= word.length - 4; split++) {
    if (lexicons.commonNouns.has(word.charAt(split).toUpperCase() + word.slice(split + 1))) return true;
  }
  return false;
}

/** Words that join two names of one list. */
const listJoiners = new Set(['und', 'oder', 'sowie']);

/**
 * One capitalised word joined by "und", "oder" or "sowie" to a person's name ("von Sarkozy und Hollande", "Hollande
 * oder Le Pen"), where no mention covers it and no list knows it as a noun, a closed-class word, a nationality or a
 * word that never names: the tagger's miss of a surname in a pair. Not where a capitalised word joins it on the
 * other side, which would make it part of a longer name.
 */
function coordinatedNames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, coveredTokens: Uint8Array, guessedRules: ReadonlySet<string>): Candidate[] {
  const tokens = doc.tokens!;
  const anyMention = new Uint8Array(tokens.length);
  for (const mention of mentions) anyMention.fill(1, mention.tokenStart, mention.tokenEnd);
  const capitalisedWord = (index: number) => tokens[index]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[index].text);
  const found: Candidate[] = [];
  const taken = new Set<number>();
  const unknownWordAt = (index: number, outward: number) => {
    const token = tokens[index];
    // Three letters at least: "Gorgon, Kayode und Co" ends a list with no one.
    if (!token || anyMention[index] === 1 || coveredTokens[index] === 1 || taken.has(index) || !capitalisedWord(index) || token.text.length < 3) return false;
    const beyond = tokens[index + outward];
    if (beyond && beyond.sentence === token.sentence && (capitalisedWord(index + outward) || beyond.text === '-')) return false;
    const word = token.text;
    return (
      !isNounOrLongCompound(word, lexicons) &&
      !isNounOrLongCompound(stripGenitive(word), lexicons) &&
      !isClosedClassWord(word, lexicons) &&
      !lexicons.grammar.nonNameWords.has(word) &&
      !lexicons.adjectiveCountry(word) &&
      !lexicons.cityOfAdjective(word) &&
      !lexicons.matchPhrase([word], 0)
    );
  };
  // Only beside a person the rules named (by a role, a list, the knowledge file), not the tagger or a guess by the
  // words' shape: their persons are too often bands, films and companies listed with others ("Clueso, Marilyn Manson
  // und Motörhead").
  const isPropagated = (mention: Mention) => mention.rule === 'repeated-full-name' || mention.rule === 'surname-of-named-person' || guessedRules.has(mention.rule);
  const surelyNamed = new Set<string>();
  for (const mention of mentions) {
    if (mention.label === 'PER' && mention.kind === 'name' && !mention.rule.startsWith('model:') && !isPropagated(mention)) surelyNamed.add(wordKey(stripGenitive(tokens[mention.tokenEnd - 1].text)));
  }
  for (const mention of mentions) {
    if (mention.label !== 'PER' || mention.kind !== 'name' || !surelyNamed.has(wordKey(stripGenitive(tokens[mention.tokenEnd - 1].text)))) continue;
    for (const [joiner, word, outward] of [
      [mention.tokenEnd, mention.tokenEnd + 1, 1],
      [mention.tokenStart - 1, mention.tokenStart - 2, -1],
    ] as const) {
      const join = tokens[joiner];
      if (!join || join.sentence !== mention.sentence || !listJoiners.has(join.text)) continue;
      if (!tokens[word] || tokens[word].sentence !== mention.sentence || !unknownWordAt(word, outward)) continue;
      taken.add(word);
      const token = tokens[word];
      found.push({
        source: 'propagation',
        packRank: 0,
        mention: { start: token.start, end: token.end, text: token.text, label: 'PER', kind: 'name', sentence: token.sentence, tokenStart: word, tokenEnd: word + 1, rule: 'coordinated-name', confidence: 0.75 },
      });
    }
  }
  for (const { mention } of found) coveredTokens[mention.tokenStart] = 1;
  return found;
}

/** Words, initials or particles only, and no abbreviation in capitals ("SR" for the referee). */
function isNameRun(tokens: NonNullable<Doc['tokens']>, mention: Mention): boolean {
  for (let index = mention.tokenStart; index < mention.tokenEnd; index++) {
    const token = tokens[index];
    if (token.kind !== 'word' && !/^\p{Lu}\.$/u.test(token.text)) return false;
    if (/^\p{Lu}{2,}$/u.test(token.text)) return false;
  }
  return true;
}

/** Whether the words of `other`'s name end the run at `end` too ("Hans Jörg Schelling" in the tagger's span is him). */
function sameNameEndingAt(tokens: NonNullable<Doc['tokens']>, mention: Mention, end: number, other: Mention): boolean {
  const length = other.tokenEnd - other.tokenStart;
  const first = end + 1 - length;
  if (first < mention.tokenStart) {
    // The span holds only the end of the other name: the same person when those words agree.
    for (let offset = mention.tokenStart; offset <= end; offset++) if (tokens[offset].text !== tokens[other.tokenEnd - 1 - (end - offset)].text) return false;
    return true;
  }
  for (let offset = 0; offset < length; offset++) if (tokens[first + offset].text !== tokens[other.tokenStart + offset].text) return false;
  return true;
}

/**
 * A person's name from the tagger that goes on, after two words or more, with the surname of someone else named in
 * full ("Lech Kaczyński Wałęsa" after "Präsident Lech Wałęsa") ends before it: the words up to there are
 * one name (a candidate here), the surname is the other person's (found by `repeatSurnames`). Returns the mentions split.
 */
function splitAtSurnamesOfOthers(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, candidates: Candidate[]): Set<Mention> {
  const tokens = doc.tokens!;
  const surnameOf = new Map<string, Mention>();
  for (const mention of mentions) {
    // The rules' full names, and the tagger's of two words ("Mikko Rantanen"); a longer one of the tagger's may be
    // the very run to split.
    const length = mention.tokenEnd - mention.tokenStart;
    if (mention.label !== 'PER' || mention.kind !== 'name' || length < 2 || (mention.rule.startsWith('model:') && length > 2)) continue;
    surnameOf.set(tokens[mention.tokenEnd - 1].text, mention);
  }
  const split = new Set<Mention>();
  if (surnameOf.size === 0) return split;
  const firstNames = loadFirstNames();
  for (const mention of mentions) {
    if (mention.label !== 'PER' || !mention.rule.startsWith('model:')) continue;
    // "richtete Sobotka Schelling … aus": two words that are the surnames of two others named in full are two names;
    // the first is a candidate here, the second is found by `repeatSurnames`.
    if (mention.tokenEnd - mention.tokenStart === 2) {
      const otherWith = (surname: string) => mentions.find((other) => other !== mention && other.label === 'PER' && other.kind === 'name' && other.tokenEnd - other.tokenStart >= 2 && tokens[other.tokenEnd - 1].text === surname);
      const [first, second] = [otherWith(tokens[mention.tokenStart].text), otherWith(tokens[mention.tokenStart + 1].text)];
      if (first && second && first.text !== second.text && !firstNames.has(tokens[mention.tokenStart].text)) {
        const only = tokens[mention.tokenStart];
        candidates.push({
          source: 'propagation',
          packRank: 0,
          mention: { ...mention, end: only.end, text: only.text, tokenEnd: mention.tokenStart + 1, rule: 'model-name-before-other-surname' },
        });
        split.add(mention);
      }
      continue;
    }
    if (mention.tokenEnd - mention.tokenStart < 3) continue;
    for (let end = mention.tokenStart + 2; end < mention.tokenEnd; end++) {
      const other = surnameOf.get(tokens[end].text);
      if (!other || sameNameEndingAt(tokens, mention, end, other)) continue;
      // A first name or a patronymic before it makes the surname this person's too: "Joyce Hilda Green" beside
      // "Robert Green", "Sergej Jurjewitsch Netschajew" beside "Sergej Netschajew".
      const before = tokens[end - 1].text;
      if (firstNames.has(before) || lexicons.grammar.isPatronymic(before)) continue;
      // And the words before it must make a name: "Tore: Fröschl" does not.
      if (!isNameRun(tokens, { ...mention, tokenEnd: end }) || !isCapitalised(before) || lexicons.grammar.nameParticles.has(before.toLowerCase())) continue;
      const last = tokens[end - 1];
      candidates.push({
        source: 'propagation',
        packRank: 0,
        mention: { ...mention, end: last.end, text: doc.text.slice(mention.start, last.end), tokenEnd: end, rule: 'model-name-before-other-surname' },
      });
      split.add(mention);
      break;
    }
  }
  return split;
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
function repeatFullNames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, coveredTokens: Uint8Array, candidates: Candidate[]): void {
  const tokens = doc.tokens!;
  // Every full name by its first word: "Franz Kafka" and "Franz Werfel" both repeat.
  const fullNames = new Map<string, Mention[]>();
  for (const mention of mentions) {
    if (mention.label !== 'PER' || mention.kind !== 'name' || mention.tokenEnd - mention.tokenStart < 2) continue;
    // Only names of name words: not a span that took in a label or a sign ("Tore: Rosseli", "SR Trattnig", "Angela #").
    if (!isNameRun(tokens, mention)) continue;
    const first = tokens[mention.tokenStart].text;
    const named = fullNames.get(first);
    if (named) named.push(mention);
    else fullNames.set(first, [mention]);
  }
  if (fullNames.size === 0) return;
  // Of two that fit, the rules' before the tagger's, and the shorter before the longer: the tagger's "Anna Kalnina
  // Rantanen" in "warf Anna Kalnina Rantanen Spionage vor" is Anna Kalnina and someone else, whose surname "Rantanen"
  // is. A longer name of the tagger's whose last word is no one else's surname goes first: "Maria Giulia Sergio", also
  // called "Maria Giulia", is one person.
  const surnamesOf = new Map<string, Set<string>>();
  for (const named of fullNames.values()) {
    for (const mention of named) {
      const surname = tokens[mention.tokenEnd - 1].text;
      const firsts = surnamesOf.get(surname) ?? new Set<string>();
      firsts.add(tokens[mention.tokenStart].text);
      surnamesOf.set(surname, firsts);
    }
  }
  const ownSurname = (mention: Mention) => {
    const firsts = surnamesOf.get(tokens[mention.tokenEnd - 1].text);
    return firsts !== undefined && firsts.size === 1;
  };
  // Only three plain name words, none a noun, a listed name or a genitive: not "Andrew Lloyd Webbers Evita", "Richard
  // Cassidy von Alert Logic".
  const plainName = (mention: Mention) =>
    mention.tokenEnd - mention.tokenStart === 3 &&
    tokens.slice(mention.tokenStart, mention.tokenEnd).every((token, offset, all) => /^\p{Lu}\p{Ll}+$/u.test(token.text) && !lexicons.isNounOrCompound(token.text) && !lexicons.matchPhrase([token.text], 0) && (offset === all.length - 1 || !token.text.endsWith('s')));
  const rank = (mention: Mention) => {
    const length = mention.tokenEnd - mention.tokenStart;
    if (!mention.rule.startsWith('model:')) return length;
    return 1000 + (plainName(mention) && ownSurname(mention) ? -length : length);
  };
  for (const named of fullNames.values()) named.sort((a, b) => rank(a) - rank(b));
  for (const token of tokens) {
    const candidatesHere = fullNames.get(token.text);
    if (!candidatesHere || coveredTokens[token.index] === 1 || afterPlaceContraction(tokens, token.index, lexicons)) continue;
    const named = candidatesHere.find((mention) => {
      const length = mention.tokenEnd - mention.tokenStart;
      if (token.index + length > tokens.length) return false;
      for (let offset = 0; offset < length; offset++) {
        if (tokens[token.index + offset].text !== tokens[mention.tokenStart + offset].text || coveredTokens[token.index + offset] === 1) return false;
      }
      return true;
    });
    if (!named) continue;
    const length = named.tokenEnd - named.tokenStart;
    coveredTokens.fill(1, token.index, token.index + length);
    const last = tokens[token.index + length - 1];
    candidates.push({
      source: 'propagation',
      packRank: 0,
      mention: { start: token.start, end: last.end, text: doc.text.slice(token.start, last.end), label: 'PER', kind: 'name', sentence: token.sentence, tokenStart: token.index, tokenEnd: token.index + length, rule: 'repeated-full-name', confidence: 0.9 },
    });
  }
}

/** Whether the words up to the token at `index` are the whole of the name `named`, which ends in that token's word. */
function endsFullName(tokens: NonNullable<Doc['tokens']>, index: number, named: Mention): boolean {
  const length = named.tokenEnd - named.tokenStart;
  if (length < 2 || index - length + 1 < 0) return false;
  for (let offset = 1; offset < length; offset++) if (tokens[index - offset].text !== tokens[named.tokenEnd - 1 - offset].text) return false;
  return true;
}

/**
 * Whether a preposition joined with its article (grammar `placeContractions`) stands right before the token: "im
 * Lower Ninth" is the place the tagger elsewhere took for a person, as the tagger's own mentions are read there.
 */
function afterPlaceContraction(tokens: NonNullable<Doc['tokens']>, index: number, lexicons: CompiledLexicons): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && previous.sentence === tokens[index].sentence && lexicons.grammar.placeContractions.has(previous.text.toLowerCase());
}

/** Whether a word is a listed noun's genitive: "Eides", "Krieges", "Vertrags". */
function isNounGenitive(word: string, lexicons: CompiledLexicons): boolean {
  return (word.endsWith('es') && lexicons.commonNouns.has(word.slice(0, -2))) || (word.endsWith('s') && lexicons.commonNouns.has(word.slice(0, -1)));
}

/** The part after a hyphenated name particle (grammar `hyphenatedNameParticles`): "al-Bashir" → "Bashir". */
function particleFreeSurname(word: string, lexicons: CompiledLexicons): string | undefined {
  if (!lexicons.grammar.isHyphenatedNamePart(word)) return undefined;
  const rest = word.slice(word.indexOf('-') + 1);
  return /^\p{Lu}\p{Ll}/u.test(rest) && !rest.includes('-') ? rest : undefined;
}

/**
 * The surname alone (or in the genitive) of a person named in full here, or a surname the knowledge file knows; with
 * `singleWordSources`, the one word that names each of the persons given.
 */
function repeatSurnames(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons, coveredTokens: Uint8Array, candidates: Candidate[], singleWordSources = false): void {
  const tokens = doc.tokens!;
  const surnames = new Map<string, Mention>();
  const familyNameKeys = new Set<string>();
  const particleFreeTexts: string[] = [];
  for (const mention of mentions) {
    if (mention.label !== 'PER' || mention.kind !== 'name' || (mention.tokenEnd - mention.tokenStart < 2 && !singleWordSources)) continue;
    // "Li Yan" is named "Li" later: a family name that comes first is the surname too.
    const familyName = familyNameFirstOf(
      tokens.slice(mention.tokenStart, mention.tokenEnd).map((token) => token.text),
      lexicons,
    );
    const last = tokens[mention.tokenEnd - 1].text;
    // "Omar al-Bashir" is named "Bashir" later: the name after a hyphenated particle stands alone too.
    const afterParticle = particleFreeSurname(last, lexicons);
    for (const surname of [last, ...(familyName ? [familyName] : []), ...(afterParticle ? [afterParticle] : [])]) {
      if (!canStandAlone(surname)) continue;
      surnames.set(wordKey(stripGenitive(surname)), mention);
      surnames.set(wordKey(surname), mention);
      if (surname === familyName) familyNameKeys.add(wordKey(surname));
      if (surname === afterParticle) particleFreeTexts.push(surname);
    }
  }
  const surnameTexts = new Set<string>(particleFreeTexts.flatMap((surname) => [surname, surname + 's', stripGenitive(surname)]));
  // "Die US-Ratingagentur Moodys … Laut Moodys": a word the article names as an organisation or place is that one
  // throughout, no listed person's surname ("Modi").
  const otherNames = new Set(mentions.filter((mention) => mention.kind === 'name' && mention.label !== 'PER' && mention.tokenEnd - mention.tokenStart === 1).map((mention) => mention.text));
  for (const [key, mention] of surnames) {
    const words = tokens.slice(mention.tokenStart, mention.tokenEnd).map((token) => token.text);
    for (const surname of words.filter((word) => wordKey(word) === key || wordKey(stripGenitive(word)) === key)) {
      surnameTexts.add(surname).add(surname + 's').add(stripGenitive(surname));
    }
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
    if (!fromArticle && (lexicons.commonNouns.has(token.text) || otherNames.has(token.text))) continue;
    // "an Eides statt": nor a noun's genitive, which a known surname ("Eide") with -s can look like.
    if (!fromArticle && isNounGenitive(token.text, lexicons)) continue;
    // The whole name written after a place's contraction ("im Lower Ninth"), which was not repeated there, holds no
    // surname alone either.
    if (fromArticle && endsFullName(tokens, token.index, fromArticle) && afterPlaceContraction(tokens, token.index - (fromArticle.tokenEnd - fromArticle.tokenStart) + 1, lexicons)) continue;
    // "Martin Seidler": a known surname right before another name is a first name here.
    // So is a family name that comes first before other names: "Nguyen Phu Trong" after "Nguyen Tan Dung" is another.
    const next = tokens[token.index + 1];
    const firstOfName = !fromArticle || keys.some((key) => familyNameKeys.has(key));
    if (firstOfName && next && next.sentence === token.sentence && next.kind === 'word' && isCapitalised(next.text) && !lexicons.commonNouns.has(next.text)) continue;
    if (afterPlaceContraction(tokens, token.index, lexicons)) continue;
    const previous = tokens[token.index - 1];
    // "die Drogeriemarktkette Schlecker" names the firm after its founder.
    if (previous && previous.sentence === token.sentence && announcesCompany(previous.text, lexicons)) continue;
    // "telefoniert mit ihrem Mann", "der Koch": a surname that is also a noun is that noun after a determiner. After a
    // comma "die" is a relative pronoun, and the name follows it: "Aufnahmen, die Kohl angefertigt hatte".
    const previousWord = previous && previous.sentence === token.sentence ? previous.text.toLowerCase() : '';
    const relativePronoun = tokens[token.index - 2]?.text === ',';
    if (lexicons.commonNouns.has(token.text) && ((lexicons.grammar.determinerCases.has(previousWord) && !relativePronoun) || lexicons.grammar.possessiveDeterminers.has(previousWord))) continue;
    // "Alexis Sánchez": after a given name that is not the entry's, a known surname is someone else's.
    if (known && previous && previous.sentence === token.sentence && previous.end === token.start - 1 && isGivenNameLike(previous.text, lexicons) && !givenNamesFitEntry(known, `${previous.text} ${token.text}`)) continue;
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
