/**
 * When does a capital or government seat stand for its government? When it acts: as the subject of a clause
 * ("Moskau lehnte ab"), in a genitive of possession ("Moskaus Haltung", "die Haltung Moskaus"), or as the source of
 * a statement ("Wie der Élysée-Palast mitteilte"). It is a place, not an actor:
 *  - in a dateline, at the start of a sentence before a dash or a bracket ("Wien – Die Lehrer …", "Kiew (dpa) –"),
 *    alone or among places joined by slashes ("Vancouver/Wien –");
 *  - after a preposition, also further down a list ("in Wien und London", "hinter den Hochburgen Salzburg und
 *    Wien"), but for "zwischen", "zu" and "mit" after a noun of a relation ("der Vertrag zwischen Wien und
 *    Bratislava", "die Beziehungen zu Havanna": grammar `relationNouns`);
 *  - inside a longer name: after a capitalised word that does not open the sentence ("Pädagogische Hochschule
 *    Wien", "University College London", "The Grand Budapest Hotel"), or before a capitalised word that is no known
 *    noun ("Paris Saint-Germain", "die San Jose Sharks"; not after a weekday or month, "am Freitagabend Warschau
 *    vorwarf"), or after a name's abbreviation in brackets
 *    ("Oberlandesgericht (OLG) Wien");
 * - after a noun for a part, the people or the things of a place, in the genitive ("im Süden Athens", "die Straßen
 *   Moskaus"; grammar `placePartNouns`);
 *   the same in a genitive before such a noun ("Roms Bürgermeister");
 * - before ", wo" ("Abu Dhabi, wo er seinen ersten Titel holte"), or alone in brackets ("6,5 Prozent (Wien)");
 * - inside an extended attribute, between its article and its inflected participle ("der Wien mitprägenden Kultur");
 * - equated by "sein" with a noun phrase, opening the clause ("Wien ist eine Stadt", "Der größte Markt ist Wien");
 * - in a sentence of a match report ("musste sich Paris mit einem 0:0 begnügen": the club; cues.json `sportsCues`).
 * A city after an article is left alone: "das Berlin der Sechzigerjahre" is a place, but "die Moskau abgelehnt
 * hat" has a relative pronoun, and telling the two apart needs more than the next word.
 */
import type { Doc, Mention, Token } from '../../doc/types.ts';
import { isInDateline } from '../../doc/dateline.ts';
import { isMatchReportSentence } from '../../doc/sports-sentence.ts';
import { isCapitalised } from '../../doc/spans.ts';
import { isGenitiveName } from '../../rules/name-forms.ts';
import { looksLikeInflectedAdjective } from '../../text/inflection.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import { isTimeNoun } from '../events/clauses.ts';

/** Prepositions of a relation noun that name its other party ("Beziehungen zu", "Streit mit") or both ("zwischen"). */
const relationPrepositions: ReadonlySet<string> = new Set(['zwischen', 'zu', 'mit']);

export function isMetonymPosition(doc: Doc, mention: Mention, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const sentenceStart = doc.sentences![mention.sentence].tokenStart;
  const sameSentence = (index: number) => index >= 0 && index < tokens.length && tokens[index].sentence === mention.sentence;
  const isPreposition = (index: number) => sameSentence(index) && lexicons.grammar.prepositions.has(tokens[index].text.toLowerCase());
  // An article or other determiner; "im", "zum" count as prepositions.
  const isArticle = (index: number) => sameSentence(index) && lexicons.grammar.determinerCases.has(tokens[index].text.toLowerCase()) && !isPreposition(index);
  // "Wien ist eine tote Stadt", "Der größte Markt ist Wien": a name that "sein" equates with a noun phrase is the place.
  // The noun phrase opens with a determiner of the nominative, and whichever stands first opens the clause ("In der
  // Frage ist Wien gegen …", "Nach Ansicht Athens war der Versuch …" leave the government).
  const isSein = (index: number) => sameSentence(index) && lexicons.grammar.seinForms.has(tokens[index].text.toLowerCase());
  const isNominativeDeterminer = (index: number) => sameSentence(index) && (lexicons.grammar.determinerCases.get(tokens[index].text.toLowerCase())?.includes('nom') ?? false);
  const opensClause = (index: number) => index === sentenceStart || [',', ':', '–', '—'].includes(tokens[index - 1]?.text ?? '');
  const inCopulaWithNoun = (named: Mention) => {
    if (opensClause(named.tokenStart) && isSein(named.tokenEnd) && isNominativeDeterminer(named.tokenEnd + 1)) return true;
    if (!isSein(named.tokenStart - 1)) return false;
    let start = named.tokenStart - 2;
    if (!sameSentence(start) || !isCapitalised(tokens[start].text) || !lexicons.isNounOrCompound(tokens[start].text)) return false;
    while (sameSentence(start - 1) && isAttributiveAdjective(tokens[start - 1].text, lexicons)) start--;
    return isNominativeDeterminer(start - 1) && opensClause(start - 1);
  };
  // "der Wien wesentlich mitprägenden jüdischen Kultur": between an article (no relative pronoun after a comma) and the
  // inflected participle and noun of an extended attribute, a name is the participle's object, a place that acts not.
  const insideExtendedAttribute = (named: Mention) => {
    if (!isArticle(named.tokenStart - 1) || tokens[named.tokenStart - 2]?.text === ',') return false;
    let next = named.tokenEnd;
    // Adverbs may stand between ("wesentlich"); a finite verb or an article there makes it a clause of its own.
    const isAdverb = (text: string) => /^\p{Ll}/u.test(text) && !isAttributiveAdjective(text, lexicons) && ![lexicons.grammar.auxiliaries, lexicons.grammar.seinForms, lexicons.grammar.determinerCases].some((words) => words.has(text.toLowerCase()));
    while (sameSentence(next) && next < named.tokenEnd + 2 && isAdverb(tokens[next].text)) next++;
    if (!sameSentence(next) || !isAttributiveAdjective(tokens[next].text, lexicons)) return false;
    while (sameSentence(next) && isAttributiveAdjective(tokens[next].text, lexicons)) next++;
    return sameSentence(next) && isCapitalised(tokens[next].text) && lexicons.isNounOrCompound(tokens[next].text);
  };
  if (isInDateline(doc, mention, lexicons.grammar.nameParticles)) return false;
  if (insideExtendedAttribute(mention)) return false;
  if (inCopulaWithNoun(mention)) return false;
  let before = mention.tokenStart - 1;
  // Skip a determiner and adjectives: "der Kreml", "das Weiße Haus" (Weiße is part of the name), "der französische Élysée".
  while (isArticle(before)) before--;
  if (sameSentence(before) && before === mention.tokenStart - 1 && before > sentenceStart && endsName(tokens[before], mention, lexicons)) return false;
  if (sameSentence(mention.tokenEnd) && startsName(tokens[mention.tokenEnd], lexicons)) return false;
  if (tokens[mention.tokenEnd]?.text === ',' && tokens[mention.tokenEnd + 1]?.text === 'wo') return false;
  if (before === mention.tokenStart - 1 && sameSentence(before) && lexicons.grammar.placePartNouns.has(tokens[before].text.toLowerCase())) return false;
  // "Roms Bürgermeister", "Tokios Stadion": a genitive before such a noun is the place too.
  if (sameSentence(mention.tokenEnd) && isGenitiveName(mention, lexicons) && lexicons.grammar.placePartNouns.has(tokens[mention.tokenEnd].text.toLowerCase())) return false;
  // "(Wien)": a place alone in brackets names where, as in a table or a list.
  if (tokens[mention.tokenStart - 1]?.text === '(' && tokens[mention.tokenEnd]?.text === ')') return false;
  if (isMatchReportSentence(doc, mention.sentence, lexicons.sportsWords)) return false;
  if (isObjectOfPlaceVerb(doc, mention, lexicons)) return false;
  if (isSpeakingSource(doc, mention, lexicons)) return true;
  // "Oberlandesgericht (OLG) Wien": a name interrupted by its abbreviation in brackets goes on with the place.
  if (tokens[mention.tokenStart - 1]?.text === ')' && sameSentence(mention.tokenStart - 1)) {
    let open = mention.tokenStart - 2;
    while (sameSentence(open) && tokens[open].text !== '(' && mention.tokenStart - open <= 4) open--;
    if (sameSentence(open - 1) && tokens[open].text === '(' && open - 1 > sentenceStart && isCapitalised(tokens[open - 1].text)) return false;
  }
  // "ins düstere London", "im chaotischen, geisterhaften London": adjectives between a preposition and the place. A
  // city with an adjective and an article is a city described ("des zerbombten Sarajevo"); a seat of government is
  // not ("der französische Élysée").
  let adjective = before;
  while (adjective > before - 4 && sameSentence(adjective) && (isAttributiveAdjective(tokens[adjective].text, lexicons) || (tokens[adjective].text === ',' && adjective < before))) adjective--;
  if (adjective < before) {
    if (isArticle(adjective) && isCity(mention, lexicons)) return false;
    while (isArticle(adjective)) adjective--;
    if (isPreposition(adjective)) return false;
  }
  // A preposition governs every place of a list: "in Wien und London", "nach Paris, Rom oder Madrid".
  while (sameSentence(before - 1) && isListSeparator(tokens[before].text, lexicons) && isCapitalised(tokens[before - 1].text)) before -= 2;
  // "hinter den Dienstleistungshochburgen Salzburg und Wien": so past a common noun that classifies the places, with
  // its adjectives and article.
  if (before < mention.tokenStart - 1 && sameSentence(before) && isCapitalised(tokens[before].text) && before > sentenceStart && lexicons.isNounOrCompound(tokens[before].text)) {
    before--;
    while (sameSentence(before) && !isPreposition(before) && (isAttributiveAdjective(tokens[before].text, lexicons) || isArticle(before))) before--;
  }
  // "der Vertrag zwischen Wien und Bratislava", "die diplomatischen Beziehungen zu Havanna", "der Streit mit Moskau":
  // after a noun of a relation between parties (grammar `relationNouns`) and a preposition of its other party, the
  // capitals are the parties.
  if (sameSentence(before - 1) && relationPrepositions.has(tokens[before].text.toLowerCase()) && lexicons.isRelationNoun(tokens[before - 1].text)) return true;
  return !isPreposition(before);
}

/**
 * Whether a capital or seat stands in an "aus" phrase right after or before a phrase of speech (grammar
 * `speechSourcePhrases`): "hieß es aus dem Weißen Haus", "Aus Moskau verlautete": the government speaks from there.
 */
function isSpeakingSource(doc: Doc, mention: Mention, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const lower = (index: number) => (index >= 0 && index < tokens.length && tokens[index].sentence === mention.sentence ? tokens[index].text.toLowerCase() : '');
  let preposition = mention.tokenStart - 1;
  if (lexicons.grammar.determinerCases.has(lower(preposition))) preposition--;
  if (lower(preposition) !== 'aus') return false;
  const phraseAt = (start: number, phrase: readonly string[]) => phrase.every((word, offset) => lower(start + offset) === word);
  return lexicons.grammar.speechSourcePhrases.some((phrase) => phraseAt(preposition - phrase.length, phrase) || phraseAt(mention.tokenEnd, phrase));
}

/** How many words may stand between a verb of going somewhere and the capital it takes as object. */
const placeObjectReach = 4;

/**
 * Whether a capital is the object of a verb whose object is a place one goes to (grammar `placeObjectVerbForms`):
 * after the verb in its clause ("besuchte am Montag Tallinn") or right before it at the clause's end ("will Tallinn
 * besuchen"). A capital opening its clause before the verb is its subject and stays the government.
 */
function isObjectOfPlaceVerb(doc: Doc, mention: Mention, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const forms = lexicons.grammar.placeObjectVerbForms;
  const inClause = (index: number) => index >= 0 && index < tokens.length && tokens[index].sentence === mention.sentence && tokens[index].kind !== 'punct';
  for (let index = mention.tokenStart - 1; index >= mention.tokenStart - placeObjectReach && inClause(index); index--) {
    if (forms.has(tokens[index].text.toLowerCase())) return true;
  }
  const opensClause = !inClause(mention.tokenStart - 1);
  const verbAfter = inClause(mention.tokenEnd) && forms.has(tokens[mention.tokenEnd].text.toLowerCase());
  // "Moskau besuchte er nie": fronted before the verb and a subject pronoun after it, the capital is the object.
  if (opensClause && verbAfter && inClause(mention.tokenEnd + 1) && lexicons.grammar.nominativePronouns.has(tokens[mention.tokenEnd + 1].text)) return true;
  return !opensClause && verbAfter;
}

/** A capitalised word after a place that no noun list knows makes the place the start of a name: "Paris Saint-Germain", "die San Jose Sharks". */
function startsName(next: Token, lexicons: CompiledLexicons): boolean {
  if (next.kind !== 'word' || !isCapitalised(next.text) || lexicons.grammar.nonNameWords.has(next.text)) return false;
  // "warf Washington Respektlosigkeit vor": a noun the lexicon lacks but its ending tells ("-keit", "-ung") names nothing.
  return !lexicons.isNounOrCompound(next.text) && !lexicons.grammar.hasAbstractNounEnding(next.text);
}

/** A lower-case word with an adjective's ending ("düstere", "maltesischen"), and no auxiliary ("würde"), relative pronoun ("denen") or determiner ("des"). */
function isAttributiveAdjective(text: string, lexicons: CompiledLexicons): boolean {
  const lower = text.toLowerCase();
  return looksLikeInflectedAdjective(text) && !lexicons.grammar.auxiliaries.has(lower) && !lexicons.grammar.seinForms.has(lower) && !lexicons.grammar.relativePronouns.has(lower) && !lexicons.grammar.determinerCases.has(lower);
}

function isCity(mention: Mention, lexicons: CompiledLexicons): boolean {
  return mention.key !== undefined && lexicons.placeById.get(mention.key)?.kind === 'city';
}

function isListSeparator(text: string, lexicons: CompiledLexicons): boolean {
  return text === ',' || lexicons.grammar.coordinators.has(text.toLowerCase());
}

/**
 * Whether the capitalised word right before a place makes the place the end of a longer name. Not when the place
 * is a genitive, which follows nouns as a possessor ("die Haltung Moskaus").
 */
function endsName(previous: Token, mention: Mention, lexicons: CompiledLexicons): boolean {
  if (previous.kind !== 'word' || !isCapitalised(previous.text) || lexicons.grammar.nonNameWords.has(previous.text)) return false;
  // "… am Freitagabend Warschau vorwarf": a weekday or month ends a phrase of time, no name.
  if (isTimeNoun(previous.text, lexicons)) return false;
  return !isGenitiveName(mention, lexicons);
}
