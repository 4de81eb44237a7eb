/**
 * A shallow clause analysis of German, enough to find who does what to whom without a parser:
 *  - segments: a sentence split at , ; : – — ( ) (German sets commas around every subordinate clause);
 *  - noun phrases around entity mentions: the determiner that marks case, a preposition that makes it a PP;
 *  - coordination: "Macron und Starmer", "X, Y und Z" share one grammatical function.
 */
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';
import { isInDateline } from '../../doc/dateline.ts';
import { isSpeakerLabel } from '../../doc/speaker-label.ts';
import { isGenitiveName } from '../../rules/name-forms.ts';
import type { MentionIndex } from '../../doc/mention-index.ts';
import type { Doc, Mention, Token } from '../../doc/types.ts';
import { roleSex, type CompiledLexicons } from '../../rules/compile-lexicons.ts';

export interface Segment {
  /** Tokens `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Lower-cased first word when it opens a subordinate clause ("dass", "die", "wie"). */
  subordinator?: string;
}

export interface Argument {
  mention: Mention;
  entity: string;
  /** First token of the noun phrase (determiner, adjectives, role noun before the name). */
  phraseStart: number;
  preposition?: string;
  /** Cases the determiner allows; undefined when there is none (names without article). */
  cases?: readonly string[];
  /** Index of the first argument of the coordination this one belongs to. */
  coordinationHead: number;
}


/** Words between an aside's opening bracket and a name inside it that still count as the aside's. */
const asideReach = 8;

const boundaryPunctuation = new Set([',', ';', ':', '–', '—', '(', ')', '-']);

/** Words before a parenthesised short name that the name may abbreviate: "Organisation des Vertrags über kollektive Sicherheit". */
const abbreviatedPhraseReach = 7;

/** Where the phrase a parenthesised name abbreviates starts: the nearest word before it with its first letter. */
function abbreviatedPhraseStart(tokens: readonly Token[], mention: Mention, tokenStart: number): number | undefined {
  const initial = mention.text.charAt(0).toLowerCase();
  for (let position = mention.tokenStart - 2; position >= tokenStart && position >= mention.tokenStart - 2 - abbreviatedPhraseReach; position--) {
    if (tokens[position].text.charAt(0).toLowerCase() === initial) return position;
  }
  return undefined;
}

/** Words a parenthesis inside a clause may hold: "(ÖVP)", "(45)", "(SPD/Berlin)". */
const inlineParenthesisReach = 4;

/**
 * Where a parenthesis opened at `open` closes, when it holds only a few capitalised words, figures or slashes (a
 * party, an age, a country) and so adds to the name before it rather than open a clause; undefined otherwise.
 */
export function inlineParenthesisEnd(tokens: readonly Token[], open: number, end: number): number | undefined {
  for (let index = open + 1; index < end && index <= open + inlineParenthesisReach + 1; index++) {
    const text = tokens[index].text;
    if (text === ')') return index > open + 1 ? index : undefined;
    if (!/^[\p{Lu}\p{N}]/u.test(text) && text !== '/' && text !== '-') return undefined;
  }
  return undefined;
}

/**
 * Where the clause that a parenthetical aside interrupts began, when `segment` resumes it right after the aside's
 * closing bracket: "zu drei Jahren Haft (nicht rechtskräftig) verurteilt" resumes at "verurteilt", and the words
 * before the bracket belong to its clause. Undefined when the segment follows no aside. Short inline parentheses
 * ("(Kursmanipulation)") inside the earlier part are stepped over.
 */
export function interruptedClauseStart(tokens: readonly Token[], segment: Segment, sentenceStart: number): number | undefined {
  if (tokens[segment.tokenStart - 1]?.text !== ')') return undefined;
  let open = segment.tokenStart - 2;
  while (open >= sentenceStart && tokens[open].text !== '(') {
    if (tokens[open].text === ')') return undefined;
    open--;
  }
  if (open < sentenceStart) return undefined;
  let start = open;
  while (start > sentenceStart) {
    const previous = tokens[start - 1];
    if (previous.text === ')') {
      let inlineOpen = start - 2;
      while (inlineOpen >= sentenceStart && tokens[inlineOpen].text !== '(') inlineOpen--;
      if (inlineOpen < sentenceStart || inlineParenthesisEnd(tokens, inlineOpen, start) !== start - 1) break;
      start = inlineOpen;
      continue;
    }
    if (previous.kind === 'punct' && boundaryPunctuation.has(previous.text)) break;
    start--;
  }
  return start < open ? start : undefined;
}

/** Words a dash-enclosed aside may hold: "– und nicht die Bank Austria –", "– wie es im Protokoll heißt –". */
const dashAsideReach = 12;

const dashes = new Set(['–', '—']);

/**
 * The clause a pair of dashes interrupts, when `segment` resumes it right after the closing dash: "Die EU-Kommission
 * werde die Bundesregierung – und nicht die Bank Austria – auffordern". `clauseStart` is where the interrupted clause
 * began, `asideStart` the opening dash. Only a segment opening in lower case resumes a clause: a dash before a
 * capitalised word mostly joins a headline's parts ("… – Dennoch sinkt die Dividende").
 */
export function dashAsideBefore(tokens: readonly Token[], segment: Segment, sentenceStart: number): { clauseStart: number; asideStart: number } | undefined {
  if (!dashes.has(tokens[segment.tokenStart - 1]?.text ?? '') || !/^\p{Ll}/u.test(tokens[segment.tokenStart]?.text ?? '')) return undefined;
  let open = segment.tokenStart - 2;
  while (open >= sentenceStart && !dashes.has(tokens[open].text)) {
    if (segment.tokenStart - open > dashAsideReach + 1) return undefined;
    open--;
  }
  if (open < sentenceStart || open === segment.tokenStart - 2) return undefined;
  let start = open;
  while (start > sentenceStart && !(tokens[start - 1].kind === 'punct' && boundaryPunctuation.has(tokens[start - 1].text))) start--;
  return start < open ? { clauseStart: start, asideStart: open } : undefined;
}

export function segmentSentence(doc: Doc, sentenceIndex: number, lexicons: CompiledLexicons): Segment[] {
  const sentence = doc.sentences![sentenceIndex];
  const tokens = doc.tokens!;
  const segments: Segment[] = [];
  const appositionCommas = appositionCommasIn(doc, sentence.tokenStart, sentence.tokenEnd, lexicons);
  let start = sentence.tokenStart;
  const close = (end: number) => {
    if (end > start) {
      const first = tokens[start].text.toLowerCase();
      segments.push({ tokenStart: start, tokenEnd: end, sentence: sentenceIndex, subordinator: lexicons.grammar.subordinators.has(first) ? first : undefined });
    }
  };
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    // "Bürgermeister Kurt Fischer (ÖVP) verhandelt": a short parenthesis of names or figures stays inside the clause.
    const inline = tokens[index].text === '(' ? inlineParenthesisEnd(tokens, index, sentence.tokenEnd) : undefined;
    if (inline !== undefined) {
      index = inline;
      continue;
    }
    if (tokens[index].kind === 'punct' && boundaryPunctuation.has(tokens[index].text) && !appositionCommas.has(index) && !isListComma(tokens, index, sentence.tokenEnd, lexicons.grammar.prepositions) && !isAttributeListComma(tokens, index, lexicons) && !isCorrelativeComma(tokens, index, start, lexicons)) {
      close(index);
      start = index + 1;
    }
  }
  close(sentence.tokenEnd);
  return segments;
}

/**
 * A comma inside an enumeration of names ("Selenskyj, Merz und Meloni"; "in die Türkei, nach Deutschland, Belgien
 * und Marokko") does not end a clause: up to the "und", only names, articles, prepositions, further commas and
 * adjectives before a capitalised word follow it (an infinitive in -en does not: "…, sie wieder aufzunehmen und").
 */
function isListComma(tokens: readonly Token[], index: number, end: number, prepositions: ReadonlySet<string>): boolean {
  if (tokens[index].text !== ',') return false;
  // A list goes on from a name (or a bracket or quote closing one): "…, profitieren, kritisieren Arbeiterkammer und
  // Grüne" is a verb after a clause, no list.
  const before = tokens[index - 1]?.text ?? '';
  if (!/^[\p{Lu}\p{N})"“”»]/u.test(before)) return false;
  // "für Gruppen, die zu Terrorismus und Hass aufrufen": a "die" before a preposition is no article but a relative
  // pronoun, which opens a clause.
  if (/^(der|die|das|den|dem|des)$/.test(tokens[index + 1]?.text ?? '') && prepositions.has(tokens[index + 2]?.text ?? '')) return false;
  for (let ahead = index + 1; ahead < Math.min(end, index + 12); ahead++) {
    const word = tokens[ahead].text;
    if (word === 'und' || word === 'sowie' || word === 'oder') return ahead > index + 1;
    const attributive = /^\p{Ll}+(e|en|er)$/u.test(word) && ahead + 1 < end && /^\p{Lu}/u.test(tokens[ahead + 1].text);
    // "ökonomisch naive Beamte": an uninflected adjective (by its suffix, which no verb form has) before an attribute.
    const degree = /^\p{Ll}+(isch|lich|ig|bar|sam|haft|los|ell|al|iv)$/u.test(word) && ahead + 2 < end && /^\p{Ll}+(e|en|er)$/u.test(tokens[ahead + 1].text) && /^\p{Lu}/u.test(tokens[ahead + 2].text);
    // A bracket holds a name's abbreviation: "die Europäische Zentralbank (EZB) sowie der Währungsfonds".
    const listPart = word === ',' || word === '(' || word === ')' || /^\p{Lu}/u.test(word) || /^(der|die|das|den|dem|des)$/.test(word) || attributive || degree || prepositions.has(word);
    if (!listPart) return false;
  }
  return false;
}

/**
 * A comma between two attributive adjectives of one noun after a determiner ("die kleine, nationalistische Partei",
 * "mit einem langen, harten Streik"): both end alike, the second comes right before the capitalised noun. It joins
 * attributes and ends no clause, so a relative clause holding it stays one.
 */
function isAttributeListComma(tokens: readonly Token[], index: number, lexicons: CompiledLexicons): boolean {
  if (tokens[index].text !== ',') return false;
  const first = tokens[index - 1]?.text ?? '';
  const second = tokens[index + 1]?.text ?? '';
  const ending = /^\p{Ll}+?(e|en|er|es|em)$/u.exec(first)?.[1];
  if (ending === undefined || !second.endsWith(ending) || !/^\p{Ll}+$/u.test(second)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[index + 2]?.text ?? '')) return false;
  return lexicons.grammar.determinerCases.has((tokens[index - 2]?.text ?? '').toLowerCase());
}

/** Where a focus phrase (grammar `focusPhrases`: "vor allem") starts that ends right before token `end`, if one does. */
function focusPhraseEndingAt(tokens: readonly Token[], end: number, tokenStart: number, lexicons: CompiledLexicons): number | undefined {
  for (const phrase of lexicons.grammar.focusPhrases) {
    const start = end - phrase.length;
    if (start >= tokenStart && phrase.every((word, offset) => tokens[start + offset].text.toLowerCase() === word)) return start;
  }
  return undefined;
}

/** Lower-case words without the focus phrases among them: "und vor allem" → "und". */
function withoutFocusPhrases(words: readonly string[], lexicons: CompiledLexicons): string[] {
  const kept: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const phrase = lexicons.grammar.focusPhrases.find((candidate) => candidate.every((word, offset) => words[index + offset] === word));
    if (phrase) index += phrase.length - 1;
    else kept.push(words[index]);
  }
  return kept;
}

/** How many words a phrase of its own may take between a conjunct and the "und" after it. */
const conjunctPhraseReach = 6;

/**
 * Whether the words between two arguments are a prepositional phrase of the first, a coordinator and the opening
 * article and adjectives of the second: "Bischof A nach der Weihe am Donnerstag und der Grazer Bischof B … eintreffen"
 * joins A and B as one subject. The article after the coordinator marks a noun phrase, not a clause of its own.
 */
function joinsAcrossPhrase(between: readonly string[], lexicons: CompiledLexicons): boolean {
  const coordinator = between.findIndex((word) => lexicons.grammar.coordinators.has(word));
  if (coordinator < 2 || coordinator > conjunctPhraseReach || between.includes(',')) return false;
  if (!lexicons.grammar.prepositions.has(between[0])) return false;
  const opening = between.slice(coordinator + 1);
  return opening.length >= 1 && opening.length <= 3 && lexicons.grammar.determinerCases.has(opening[0]) && !lexicons.grammar.prepositions.has(opening[0]);
}

/** How many tokens a role phrase may take between its noun and the comma before the name in apposition. */
const appositionRoleReach = 8;

/**
 * The commas around a name in apposition to a role phrase of the same person before it ("zwischen dem Generaldirektor
 * für die öffentliche Sicherheit, Konrad Kogler, und …"): they enclose part of a noun phrase and end no clause.
 */
function appositionCommasIn(doc: Doc, tokenStart: number, tokenEnd: number, lexicons: CompiledLexicons): Set<number> {
  const tokens = doc.tokens!;
  const commas = new Set<number>();
  // "Deshalb will sie heute, Samstag, … marschieren": a weekday or date between commas after a word of time names
  // that time again, and ends no clause.
  for (let index = tokenStart + 1; index + 2 < tokenEnd; index++) {
    if (tokens[index].text !== ',' || !(isTimeNoun(tokens[index - 1].text, lexicons) || lexicons.grammar.relativeDays.has(tokens[index - 1].text.toLowerCase()))) continue;
    let close = index + 1;
    while (close < tokenEnd && close - index <= 4 && tokens[close].text !== ',' && (tokens[close].kind === 'number' || /^\d/.test(tokens[close].text) || isTimeNoun(tokens[close].text, lexicons) || tokens[close].text === 'den')) close++;
    if (close > index + 1 && tokens[close]?.text === ',' && tokens.slice(index + 1, close).some((token) => isTimeNoun(token.text, lexicons))) {
      commas.add(index);
      commas.add(close);
    }
  }
  const mentions = (doc.mentions ?? []).filter((mention) => mention.tokenStart >= tokenStart && mention.tokenEnd <= tokenEnd && mention.entity !== undefined);
  for (const name of mentions) {
    if (name.kind !== 'name' || tokens[name.tokenStart - 1]?.text !== ',' || tokens[name.tokenEnd]?.text !== ',') continue;
    const comma = name.tokenStart - 1;
    // "den Chef der prokurdischen HDP, Selahattin Demirtas, …": the role and its body's phrase the name's own mention
    // carries end right at the comma.
    const carried = name.appositiveRole !== undefined && name.appositiveRole.span.end === tokens[comma].start;
    const role = mentions.find((other) => other.kind === 'role' && other.entity === name.entity && other.tokenEnd <= comma && comma - other.tokenEnd <= appositionRoleReach);
    if (!carried && (!role || tokens.slice(role.tokenEnd, comma).some((token) => token.kind === 'punct'))) continue;
    commas.add(comma);
    commas.add(name.tokenEnd);
  }
  return commas;
}

/**
 * A comma right before the second part of a two-part conjunction whose first part stands earlier in the clause
 * ("nicht nur Kurzmann, sondern auch der Präsidentin"): it joins two phrases and ends no clause.
 */
function isCorrelativeComma(tokens: readonly Token[], index: number, clauseStart: number, lexicons: CompiledLexicons): boolean {
  if (tokens[index].text !== ',') return false;
  for (let position = index - 1; position >= clauseStart && index - position <= 8; position--) {
    const second = lexicons.grammar.correlativeConjunctions.get(tokens[position].text.toLowerCase());
    if (second === undefined) continue;
    const parts = second.split(' ');
    return parts.every((part, offset) => tokens[index + 1 + offset]?.text.toLowerCase() === part);
  }
  return false;
}

/** A capitalised common noun that can stand before a name it classifies ("Hauptstadt", "Konzern", "Islamistengruppe"). */
function isClassifierNoun(word: string, lexicons: CompiledLexicons): boolean {
  // A compound after an abbreviation counts by its last part: "beim US-Industriekonzern General Electric".
  const lastPart = word.slice(word.lastIndexOf('-') + 1);
  if (!/^\p{Lu}/u.test(word) || !/^\p{Lu}\p{Ll}/u.test(lastPart) || lexicons.matchRole(word)) return false;
  // "am Montag Salzburg": a weekday or month is a time, not the kind of the name after it.
  return !isTimeNoun(word, lexicons) && lexicons.isNounOrCompound(word);
}

/** A weekday or month, also with a time of day ("Montagabend"), or another noun of time (grammar `timeWords`). */
export function isTimeNoun(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  if (lexicons.grammar.timeWords.has(lower)) return true;
  for (const time of lexicons.grammar.timeNouns) if (lower.startsWith(time)) return true;
  return false;
}

/**
 * Whether the word at `position` is an adverb inside a noun phrase, right after its determiner: a lower-case word
 * that is no adjective, preposition, auxiliary, conjunction or pronoun ("den ebenfalls festgenommenen", "die bereits
 * verurteilten"). What follows it is left to the caller.
 */
function isAttributeAdverb(tokens: readonly Token[], position: number, lexicons: CompiledLexicons): boolean {
  const word = tokens[position]?.text ?? '';
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word) || looksLikeInflectedAdjective(word)) return false;
  const { grammar } = lexicons;
  if (grammar.prepositions.has(lower) || grammar.auxiliaries.has(lower) || grammar.coordinators.has(lower) || grammar.subordinators.has(lower) || grammar.personPronouns.has(lower) || grammar.reflexivePronouns.has(lower)) return false;
  return position > 0 && grammar.determinerCases.has(tokens[position - 1].text.toLowerCase());
}

/** Words an extended attribute's inner phrase may hold, read leftwards from the participle: "vom Krieg", "von der Armee". */
const extendedAttributeReach = 6;

/**
 * Where the determiner opening an extended attribute stands, reading left from `cursor`, the word before its
 * participle: the inner phrase's nouns, names, adjectives and determiners, then its preposition, then a determiner
 * or a contracted preposition ("im", "der"). Undefined when the words there are anything else.
 */
export function extendedAttributeOpener(tokens: readonly Token[], cursor: number, tokenStart: number, lexicons: CompiledLexicons): number | undefined {
  for (let position = cursor; position > tokenStart && cursor - position < extendedAttributeReach; position--) {
    const lower = tokens[position].text.toLowerCase();
    // "als" opens such a phrase as a preposition does: "einer als Teenager entführten Mutter".
    if ((lexicons.grammar.prepositions.has(lower) || lower === 'als') && position < cursor) {
      if (lexicons.grammar.determinerCases.has(tokens[position - 1].text.toLowerCase())) return position - 1;
      // "gegen den ebenfalls am Freitag festgenommenen Rabah N.": an adverb may stand after the determiner.
      return isAttributeAdverb(tokens, position - 1, lexicons) ? position - 2 : undefined;
    }
    const fits = /^\p{Lu}/u.test(tokens[position].text) || lexicons.grammar.determinerCases.has(lower) || looksLikeInflectedAdjective(tokens[position].text);
    if (!fits) return undefined;
  }
  return undefined;
}

const entityNamesByDoc = new WeakMap<object, ReadonlyMap<string, string>>();

/** Entity id → canonical name, built once per Doc: arguments are read clause by clause. */
function entityNamesOf(doc: Doc): ReadonlyMap<string, string> {
  const entities = doc.entities ?? [];
  let names = entityNamesByDoc.get(entities);
  if (!names) entityNamesByDoc.set(entities, (names = new Map(entities.map((entity) => [entity.id, entity.name]))));
  return names;
}

/**
 * Whether the word before `position` is a role noun without a determiner that a form of "sein" earlier in the range
 * makes the predicate: "war … Finanzminister und Regierungschef", not "die Außenminister" or "trafen Außenminister".
 */
function isPredicateRoleBefore(tokens: readonly Token[], position: number, tokenStart: number, tokenEnd: number, lexicons: CompiledLexicons): boolean {
  const role = position - 1;
  if (role <= tokenStart || !/^\p{Lu}/u.test(tokens[role].text) || !lexicons.matchRole(tokens[role].text)) return false;
  let opener = role - 1;
  while (opener > tokenStart && /^\p{Ll}/u.test(tokens[opener].text) && looksLikeInflectedAdjective(tokens[opener].text) && !lexicons.grammar.seinForms.has(tokens[opener].text) && !lexicons.grammar.determinerCases.has(tokens[opener].text)) opener--;
  const before = tokens[opener].text.toLowerCase();
  if (lexicons.grammar.determinerCases.has(before) || lexicons.grammar.possessiveDeterminers.has(before)) return false;
  // "Dort sind Außenminister Athens und Ankaras zusammengetroffen": a participle after the name up to the clause's end
  // or a conjunct with a verb of its own makes "sein" the perfect's auxiliary.
  for (let index = position + 1; index < tokenEnd; index++) {
    const word = tokens[index].text;
    if (lexicons.grammar.coordinators.has(word) && /^\p{Ll}/u.test(tokens[index + 1]?.text ?? '')) break;
    if (/^\p{Ll}*ge\p{Ll}{2,}(?:t|en)$/u.test(word) && !lexicons.grammar.prepositions.has(word)) return false;
  }
  for (let index = role - 1; index >= tokenStart; index--) if (lexicons.grammar.seinForms.has(tokens[index].text.toLowerCase())) return true;
  return false;
}

/** Arguments (linked entity mentions) inside a token range, with their noun-phrase analysis. */
export function argumentsIn(doc: Doc, index: MentionIndex, tokenStart: number, tokenEnd: number, lexicons: CompiledLexicons): Argument[] {
  const tokens = doc.tokens!;
  // A dateline's place is where the report was filed, not a participant: "Athen – Transportunternehmen fordern …".
  // Nor is an interview turn's speaker label ("Poposki: Wir …"), which says who speaks.
  const mentions = index.within(tokenStart, tokenEnd).filter((mention) => mention.entity && !isInDateline(doc, mention, lexicons.grammar.nameParticles) && !isSpeakerLabel(doc, mention));
  const result: Argument[] = [];
  // A genitive in a person's role phrase says whose minister he is ("Ungarns Innenminister Sándor Pintér"); it is
  // part of the person's phrase, no argument of its own.
  const rolePhrases = mentions.filter((mention) => mention.appositiveRole).map((mention) => ({ start: tokenIndexAt(tokens, mention.appositiveRole!.span.start, mention.tokenStart), end: mention.tokenStart }));
  const roleStarts = new Set([...rolePhrases.map((phrase) => phrase.start), ...mentions.filter((mention) => mention.kind === 'role').map((mention) => mention.tokenStart)]);
  const insideRolePhrase = (mention: Mention) => rolePhrases.some((phrase) => mention.tokenStart >= phrase.start && mention.tokenEnd <= phrase.end);
  // Likewise a genitive name right before another name, adjectives between: "Griechenlands geschlagene Linke"; not
  // one after a common noun, whose attribute it is ("die Haltung Moskaus Kiew gegenüber").
  const possessorOfNext = (mention: Mention, index: number) => {
    const next = mentions[index + 1];
    if (!next || !isGenitiveName(mention, lexicons)) return false;
    const before = tokens[mention.tokenStart - 1];
    if (before && /^\p{Lu}/u.test(before.text) && lexicons.isNounOrCompound(before.text)) return false;
    for (let token = mention.tokenEnd; token < next.tokenStart; token++) if (!looksLikeInflectedAdjective(tokens[token].text)) return false;
    return true;
  };
  // And one before adjectives and a common noun that no mention covers: "Days Familie appellierte", "Ayshas Mann",
  // "Griechenlands geschlagene Linke ruft auf". The noun's phrase acts; the name only says whose it is. The -s must be
  // the genitive's, not the end of the name itself ("lehnte Iglesias … ab"). An institution noun leaves the possessor
  // standing for it ("Merkels Regierung").
  const entityNames = entityNamesOf(doc);
  const possessorOfNoun = (mention: Mention) => {
    const lastWord = mention.text.slice(mention.text.lastIndexOf(' ') + 1);
    if (!lastWord.endsWith('s') || (entityNames.get(mention.entity!) ?? lastWord).split(/\s+/).includes(lastWord)) return false;
    let token = mention.tokenEnd;
    while (token < tokenEnd && looksLikeInflectedAdjective(tokens[token].text)) token++;
    const noun = tokens[token]?.text;
    return token < tokenEnd && noun !== undefined && !index.at(token) && /^\p{Lu}/u.test(noun) && lexicons.isNounOrCompound(noun) && !lexicons.matchRole(noun) && !lexicons.matchInstitution(noun);
  };
  // "Islands durch die Panama Papers in die Kritik geratener Regierungschef …": an extended attribute (a preposition
  // first, a participle last, no punctuation) may stand between the possessor and the role.
  const possessorBeforeAttribute = (mention: Mention) => {
    const opener = tokens[mention.tokenEnd];
    if (!opener || !lexicons.grammar.prepositions.has(opener.text.toLowerCase()) || !isGenitiveName(mention, lexicons)) return false;
    for (let token = mention.tokenEnd + 1; token < tokenEnd && token <= mention.tokenEnd + extendedAttributeReach + 2; token++) {
      if (tokens[token].kind === 'punct') return false;
      if (roleStarts.has(token)) return looksLikeInflectedAdjective(tokens[token - 1].text);
    }
    return false;
  };
  // "Theo Quendler (Katholischer Laienrat Österreichs) und …": a name inside a parenthesis that opens right after a
  // person says where the person belongs, like "(SPÖ)", however many other words the parenthesis holds.
  const inAsideOnPerson = (mention: Mention) => {
    for (let token = mention.tokenStart - 1; token >= tokenStart && token >= mention.tokenStart - asideReach; token--) {
      const word = tokens[token].text;
      if (word === ')') return false;
      if (word !== '(') continue;
      const person = index.at(token - 1);
      return person !== undefined && person !== mention && person.label === 'PER' && person.tokenEnd === token;
    }
    return false;
  };
  for (const [position, mention] of mentions.entries()) {
    // A possessor stands right before the role noun; a determiner there opens a phrase of its own ("forderte Staatschef
    // Klaus Johannis den Premier auf": Johannis is no genitive).
    const possessorOfRole =
      (roleStarts.has(mention.tokenEnd) && isGenitiveName(mention, lexicons) && !lexicons.grammar.determinerCases.has(tokens[mention.tokenEnd].text.toLowerCase())) ||
      possessorBeforeAttribute(mention);
    // "Kurt Fischer (ÖVP)": a name in a parenthesis right after another says where that one belongs, and takes no part.
    // After a common noun it is that noun's short name and stands for it: "Der Krankenanstaltenverbund (KAV) hat …".
    const inParenthesis = tokens[mention.tokenStart - 1]?.text === '(' && tokens[mention.tokenEnd]?.text === ')';
    const asideOnName = (inParenthesis && mentions[position - 1]?.tokenEnd === mention.tokenStart - 1) || inAsideOnPerson(mention);
    if (insideRolePhrase(mention) || possessorOfRole || possessorOfNext(mention, position) || asideOnName) continue;
    let phraseStart = mention.appositiveRole ? tokenIndexAt(tokens, mention.appositiveRole.span.start, mention.tokenStart) : mention.tokenStart;
    // A short name in a parenthesis after a noun stands in that noun's phrase, which starts at the word its first letter
    // abbreviates: "vor dem UNO-Menschenrechtsrat (UNHRC)" has the noun's preposition, "Die Organisation des Vertrags
    // über kollektive Sicherheit (OVKS)" is a subject. One that abbreviates nothing there is an aside on the word
    // before ("trifft er auf Maggie (Anne Hathaway)") and takes no part.
    if (inParenthesis) {
      // An abbreviation of another language's words ("der kurdischen Volksverteidigungseinheiten (YPG)") stands for the
      // noun before it that no name fills.
      const nounBefore = mention.tokenStart - 2;
      const foreignAbbreviation =
        /^\p{Lu}{2,}$/u.test(mention.text) && nounBefore > tokenStart && /^\p{Lu}\p{Ll}/u.test(tokens[nounBefore].text) && !index.at(nounBefore) ? nounBefore : undefined;
      const abbreviated = abbreviatedPhraseStart(tokens, mention, tokenStart) ?? foreignAbbreviation;
      if (abbreviated === undefined) continue;
      phraseStart = abbreviated;
    }
    // A name after a noun that classifies it shares that noun's phrase: "in der Hauptstadt Jakarta", "von der
    // Islamistengruppe Ansar Dine", "auf die Satirezeitschrift Charlie Hebdo". Not a genitive ("den Umgang Israels"),
    // which an organisation's name in -s after a noun hardly ever is: "die Partei Podemos".
    const genitive = isGenitiveName(mention, lexicons) && mention.label !== 'ORG';
    // A mention that opens with its own determiner ("des 38-Jährigen") is a phrase of its own, no classified name.
    const ownDeterminer = lexicons.grammar.determinerCases.has(tokens[phraseStart].text.toLowerCase());
    // The name may stand in quotes after its noun: 'der Zeitschrift "Nokta"'.
    const quoted = /^["„“»«‚]$/u.test(tokens[phraseStart - 1]?.text ?? '') && phraseStart - 2 > tokenStart && isClassifierNoun(tokens[phraseStart - 2].text, lexicons);
    if (!mention.appositiveRole && !ownDeterminer && !genitive && quoted) phraseStart -= 2;
    else if (!mention.appositiveRole && !ownDeterminer && phraseStart - 1 > tokenStart && isClassifierNoun(tokens[phraseStart - 1].text, lexicons) && !genitive) {
      phraseStart--;
      // "der Wirtschaftsprüfungs- und Steuerberatungsgesellschaft PwC": a compound's front cut off before "und" shares
      // the classifying noun, and the phrase goes on to the determiner before it.
      if (phraseStart - 2 >= tokenStart && lexicons.grammar.coordinators.has(tokens[phraseStart - 1].text) && /\p{L}-$/u.test(tokens[phraseStart - 2].text)) phraseStart -= 2;
    }
    // "gegen Südtirols Alt-Landeshauptmann Luis Durnwalder": the possessor before a role phrase opens that phrase.
    // Not before a determiner, which opens a phrase of its own ("in der Berzins den Minister X angriff").
    const possessor = mention.appositiveRole && phraseStart - 1 >= tokenStart && !lexicons.grammar.determinerCases.has(tokens[phraseStart].text.toLowerCase()) ? index.at(phraseStart - 1) : undefined;
    if (possessor && possessor !== mention && possessor.tokenEnd === phraseStart && isGenitiveName(possessor, lexicons)) phraseStart = possessor.tokenStart;
    // Walk left over adjectives and a determiner: "der britische Premierminister", "den russischen Führer".
    let cases: readonly string[] | undefined = lexicons.grammar.determinerCases.get(tokens[phraseStart].text.toLowerCase());
    let cursor = phraseStart - 1;
    // "und vor allem Ministerpräsident X": a focus phrase right before governs nothing; the phrase starts after it.
    if (!cases && focusPhraseEndingAt(tokens, phraseStart, tokenStart, lexicons) !== undefined) cursor = tokenStart - 1;
    while (cursor >= tokenStart && !cases) {
      const lower = tokens[cursor].text.toLowerCase();
      const determinerCases = lexicons.grammar.determinerCases.get(lower);
      if (determinerCases) {
        cases = determinerCases;
        phraseStart = cursor;
        cursor--;
        break;
      }
      // "in ganz Deutschland": an uninflected quantifier right before a place's name joins its phrase.
      const placeQuantifier = cursor === mention.tokenStart - 1 && mention.label === 'LOC' && lexicons.grammar.placeQuantifiers.has(lower);
      if (placeQuantifier || (looksLikeInflectedAdjective(tokens[cursor].text) && !lexicons.grammar.prepositions.has(lower) && !lexicons.grammar.auxiliaries.has(lower) && !lexicons.grammar.coordinators.has(lower))) {
        phraseStart = cursor;
        cursor--;
        continue;
      }
      // "gegen den ebenfalls festgenommenen Rabah N.": an adverb between the determiner and an adjective.
      if (phraseStart < mention.tokenStart && looksLikeInflectedAdjective(tokens[phraseStart].text) && isAttributeAdverb(tokens, cursor, lexicons)) {
        phraseStart = cursor;
        cursor--;
        continue;
      }
      break;
    }
    // An extended attribute: a phrase of its own between the determiner and the participle, "im vom Krieg gebeutelten
    // Jemen", "die von Russland annektierte Krim". A determiner right before a preposition opens one.
    if (!cases && phraseStart > tokenStart && phraseStart < mention.tokenStart) {
      const opener = extendedAttributeOpener(tokens, cursor, tokenStart, lexicons);
      if (opener !== undefined) {
        phraseStart = opener;
        cases = lexicons.grammar.determinerCases.get(tokens[opener].text.toLowerCase());
        cursor = opener - 1;
      }
    }
    // "…, in der Li ihren Mann umbrachte": after a comma and a preposition, "der" before a person's bare name is the
    // relative pronoun; the name is the clause's own, in no phrase of the preposition.
    if (
      cases &&
      mention.label === 'PER' &&
      !mention.appositiveRole &&
      phraseStart === tokenStart + 1 &&
      phraseStart + 1 === mention.tokenStart &&
      tokens[tokenStart - 1]?.text === ',' &&
      lexicons.grammar.prepositions.has(tokens[tokenStart].text.toLowerCase()) &&
      lexicons.grammar.relativePronouns.has(tokens[phraseStart].text.toLowerCase())
    ) {
      result.push({ mention, entity: mention.entity!, phraseStart: mention.tokenStart, preposition: undefined, cases: undefined, coordinationHead: result.length });
      continue;
    }
    // A contracted preposition ("beim", "zum") is both determiner and preposition.
    const determinerWord = tokens[phraseStart].text.toLowerCase();
    let preposition = lexicons.grammar.prepositions.has(determinerWord) ? determinerWord : undefined;
    // A postposition closes the phrase before it: "Dem Bericht zufolge griffen lettische Soldaten Estland an".
    if (!preposition && cursor >= tokenStart && lexicons.grammar.prepositions.has(tokens[cursor].text.toLowerCase()) && !lexicons.grammar.postpositions.has(tokens[cursor].text.toLowerCase())) preposition = tokens[cursor].text.toLowerCase();
    // "appellierte in Richtung Mitterlehner": a noun that acts as the name's preposition (grammar `prepositionNouns`).
    const nounBefore = mention.tokenStart - 1;
    if (nounBefore >= tokenStart && lexicons.grammar.prepositionNouns.has(tokens[nounBefore].text)) {
      preposition = tokens[nounBefore].text.toLowerCase();
      phraseStart = nounBefore - 1 >= tokenStart && lexicons.grammar.prepositions.has(tokens[nounBefore - 1].text.toLowerCase()) ? nounBefore - 1 : nounBefore;
      cases = undefined;
    }
    // "der Unterstützung der Ukraine", "gegen die Asylpolitik der Bundesregierung": der/des right after a common noun,
    // compounds included, starts a genitive attribute of that noun.
    const determiner = tokens[phraseStart].text.toLowerCase();
    const before = tokens[phraseStart - 1];
    // A month or weekday takes no genitive: "wurde Anfang Februar der frühere Vorsitzende X beschuldigt".
    if (!preposition && (determiner === 'der' || determiner === 'des') && before && phraseStart - 1 >= tokenStart && /^\p{Lu}/u.test(before.text) && lexicons.isNounOrCompound(before.text) && !lexicons.grammar.timeNouns.has(before.text.toLowerCase())) {
      cases = ['gen'];
    }
    // "vom Welternährungsprogramm (WFP) der Vereinten Nationen": so after a name and its abbreviation in brackets.
    if (!preposition && (determiner === 'der' || determiner === 'des') && before?.text === ')') {
      let open = phraseStart - 2;
      while (open > tokenStart && open >= phraseStart - 4 && tokens[open].text !== '(') open--;
      if (open > tokenStart && tokens[open].text === '(' && /^\p{Lu}/u.test(tokens[open - 1].text)) cases = ['gen'];
    }
    // "warf der Türkei vor", "erteilte der Landtagspräsidentin Bettina Vollath eine Absage": after "der" a feminine or
    // plural name, or a person named with a feminine title, is a dative or genitive, never the subject.
    // So is an institution whose noun is feminine or plural: "warf der US-Regierung vor", "der russischen Regierung".
    const roleMatch = mention.appositiveRole ? lexicons.matchRole(mention.appositiveRole.title) : undefined;
    const feminineTitle = roleMatch !== undefined && roleSex(roleMatch) === 'f';
    if (cases && determiner === 'der' && (isFeminineOrPluralName(tokens, mention, lexicons) || feminineTitle)) cases = cases.filter((grammaticalCase) => grammaticalCase !== 'nom');
    // "den Umgang Israels", "die Haltung Moskaus": a bare name in -s right after a common noun is its genitive
    // attribute; after a role noun it says whose the person is ("die Außenminister Athens und Ankaras") and stays. A
    // capitalised word inside the clause that is no name counts as a noun even where the lexicon lacks it ("im
    // Nordosten Nigerias").
    if (!preposition && !cases && phraseStart === mention.tokenStart && before && phraseStart - 1 >= tokenStart && mention.text.endsWith('s') && /^\p{Lu}/u.test(before.text) && (lexicons.commonNouns.has(before.text) || (phraseStart - 1 > tokenStart && !index.at(phraseStart - 1))) && !lexicons.matchRole(before.text)) {
      cases = ['gen'];
    }
    // "Der Christdemokrat war fast zwei Jahrzehnte lang Regierungschef Luxemburgs und wird … verantwortlich gemacht": a
    // role noun without a determiner after a form of "sein" is what the subject was; the name in its genitive says whose
    // office that was and takes part in nothing.
    if (!preposition && !cases && phraseStart === mention.tokenStart && mention.text.endsWith('s') && isPredicateRoleBefore(tokens, phraseStart, tokenStart, tokenEnd, lexicons) && isGenitiveName(mention, lexicons)) continue;
    // Also where the walk above took a verb in -en for an adjective ("führen Österreichs Autofahrer … Telefonate"), but
    // not over a role ("warf Bürgermeister Janis Berzins Untätigkeit vor": the mayor is accused).
    if (!preposition && !cases && (phraseStart === mention.tokenStart || !mention.appositiveRole) && possessorOfNoun(mention)) cases = ['gen'];
    // "…, der Mahrers Projekt unterstützt": after a comma the "der" is the relative pronoun, and the name in -s the
    // possessor of the noun after it.
    const relativeBefore = phraseStart === tokenStart && phraseStart + 1 === mention.tokenStart && tokens[tokenStart - 1]?.text === ',' && lexicons.grammar.relativePronouns.has(determiner);
    if (!preposition && relativeBefore && possessorOfNoun(mention)) cases = ['gen'];
    // "der als Rolf Rauchensteiner sein Vermögen verspricht", "als Bundesregierung", "mehr als Deutschland": a phrase
    // after "als" inside the range says as whom or than whom, and is no argument ("als" opening it is a conjunction).
    if (phraseStart - 1 > tokenStart && tokens[phraseStart - 1].text === 'als') continue;
    result.push({ mention, entity: mention.entity!, phraseStart, preposition, cases, coordinationHead: result.length });
  }
  // "zwischen dem Generaldirektor für die öffentliche Sicherheit, Konrad Kogler, und …": a name in apposition between
  // commas after a role phrase of the same person is that phrase's argument, with its preposition and case.
  for (let index = result.length - 1; index >= 1; index--) {
    const name = result[index];
    const role = result[index - 1];
    if (name.mention.kind !== 'name' || role.mention.kind !== 'role' || role.entity !== name.entity || tokens[name.mention.tokenStart - 1]?.text !== ',') continue;
    if (name.mention.tokenStart - role.mention.tokenEnd > appositionRoleReach + 1) continue;
    result.splice(index - 1, 2, { ...name, phraseStart: role.phraseStart, preposition: role.preposition, cases: role.cases });
  }
  result.forEach((argument, index) => (argument.coordinationHead = index));
  // Coordination: an argument right after "und"/"sowie"/"," following another argument shares its function.
  for (let index = 1; index < result.length; index++) {
    const previous = result[index - 1];
    // An inline parenthesis after the previous one ("Faymann (SPÖ) und Vize Mitterlehner"), or the one closing around
    // it ("die Federal Communications Commission (FCC) und die …"), is skipped.
    const closing = tokens[previous.mention.tokenEnd]?.text === '(' ? inlineParenthesisEnd(tokens, previous.mention.tokenEnd, tokenEnd) : tokens[previous.mention.tokenEnd]?.text === ')' ? previous.mention.tokenEnd : undefined;
    const between = withoutFocusPhrases(
      tokens.slice(closing === undefined ? previous.mention.tokenEnd : closing + 1, result[index].phraseStart).map((token) => token.text.toLowerCase()),
      lexicons,
    );
    // "Sowohl Merkel als auch Gauck", "weder Paris noch Berlin": a two-part conjunction joins like "und".
    // The first word stands before the first conjunct's phrase or, opening the sentence, is taken into it.
    const pairedWith = between.filter((word) => word !== ',').join(' ');
    const correlative = [previous.phraseStart - 1, previous.phraseStart, previous.mention.tokenStart - 1].some(
      (position) => position >= tokenStart && lexicons.grammar.correlativeConjunctions.get(tokens[position]?.text.toLowerCase() ?? '') === pairedWith,
    );
    // "auch" joins only beside a joining word ("und auch"): "traf in Jordanien auch König Abdullah" meets the king.
    const joiningWord = between.some((word) => word === ',' || lexicons.grammar.coordinators.has(word));
    const joined =
      between.length > 0 &&
      (correlative || (joiningWord && between.every((word) => word === ',' || lexicons.grammar.coordinators.has(word) || word === 'auch')) || joinsAcrossPhrase(between, lexicons));
    if (joined && !result[index].preposition) {
      result[index].coordinationHead = previous.coordinationHead;
      result[index].preposition = previous.preposition;
      result[index].cases = result[index].cases ?? previous.cases;
    }
  }
  return result;
}

/**
 * Whether a place's or organisation's name is feminine or plural (places.jsonl, knowledge.jsonl or institutions.jsonl
 * `gender`), so that "der" before it is its dative or genitive: "der Türkei", "der russischen Regierung".
 */
export function isFeminineOrPluralName(tokens: readonly Token[], mention: Mention, lexicons: CompiledLexicons): boolean {
  const listed = mention.key ? (lexicons.placeById.get(mention.key)?.gender ?? lexicons.knowledgeById.get(mention.key)?.gender) : undefined;
  const institution = mention.rule.startsWith('institution:') ? lexicons.matchInstitution(tokens[mention.tokenEnd - 1].text.replace(/^.*-/, ''))?.gender : undefined;
  return [listed, institution].some((gender) => gender === 'f' || gender === 'pl');
}

function tokenIndexAt(tokens: readonly Token[], offset: number, fallback: number): number {
  for (let index = fallback; index >= 0; index--) if (tokens[index].start <= offset) return index;
  return fallback;
}
