/** How a name is written in the text, against how the lists write it. */
import type { Mention } from '../doc/types.ts';
import type { CompiledLexicons } from './compile-lexicons.ts';
import { jaroWinkler } from '../text/jaro-winkler.ts';
import { wordKey } from '../text/name-keys.ts';
import type { KnowledgeEntry } from './schema.ts';
import { loadFirstNames } from '../lexicon/first-names.ts';

/**
 * Whether the mention is a name in the genitive: it ends in -s and its place or knowledge entry is not written so
 * ("Israels", "Moskaus"; but "Paris" is the name itself). A name no list knows counts when it ends in -s.
 */
export function isGenitiveName(mention: Mention, lexicons: CompiledLexicons): boolean {
  // An institution's phrase ends in its own place or genitive: "Opposition in Vilnius", "Regierung Bahrains".
  if (!mention.text.endsWith('s') || mention.rule.startsWith('institution:')) return false;
  const entry = mention.key ? (lexicons.placeById.get(mention.key) ?? lexicons.knowledgeById.get(mention.key)) : undefined;
  if (!entry) return true;
  return entry.name !== mention.text && !(entry.aliases ?? []).includes(mention.text);
}

/**
 * Whether a word can be a given name: capitalised, and no noun ("Franzose Mathieu"), no closed-class word ("Sowohl
 * Faymann", "Neben Thurner") and no label ("Tore: Kozek") that a span may have taken in before a name.
 */
export function isGivenNameLike(word: string, lexicons: CompiledLexicons): boolean {
  // A listed first name that is also a noun ("Marine", "Rose") is a given name still.
  return /^\p{Lu}[\p{L}'-]*\.?$/u.test(word) && (!lexicons.isNounOrCompound(word) || loadFirstNames().has(word)) && !isClosedClassWord(word, lexicons);
}

/** Whether a word, in any case, is of a closed class of the grammar: a determiner, preposition, conjunction or pronoun. */
export function isClosedClassWord(word: string, lexicons: CompiledLexicons): boolean {
  const { grammar } = lexicons;
  const lower = word.toLowerCase();
  return (
    grammar.determinerCases.has(lower) ||
    grammar.prepositions.has(lower) ||
    grammar.subordinators.has(lower) ||
    grammar.coordinators.has(lower) ||
    grammar.correlativeConjunctions.has(lower) ||
    grammar.personPronouns.has(lower)
  );
}

/** The family name that a person's name of two or three words puts first ("Li Yan", "Park Geun-hye"), if it does. */
export function familyNameFirstOf(words: readonly string[], lexicons: CompiledLexicons): string | undefined {
  return words.length >= 2 && words.length <= 3 && lexicons.grammar.familyNameFirst.has(words[0]) ? words[0] : undefined;
}

/**
 * Whether two full names of one surname may be one person: "Hillary Clinton" is not "Bill Clinton", nor "Hasan E."
 * "Jonas E."; "J. Smith" may be "John Smith", and "Lula da Silva" is "Luiz Inácio Lula da Silva".
 */
export function givenNamesAgree(oneName: string, otherName: string, givenNameLike: (word: string) => boolean = () => true): boolean {
  const one = oneName.split(/\s+/).slice(0, -1);
  const other = otherName.split(/\s+/).slice(0, -1);
  if (!one.length || !other.length) return true;
  // A span that took in a word before the name ("Sowohl Faymann", "Tore: Kozek") says nothing of the given name.
  if (!givenNameLike(one[0]) || !givenNameLike(other[0])) return true;
  const [shorter, longer] = one.length <= other.length ? [one, other] : [other, one];
  const isInitial = (word: string) => word.replace(/\.$/, '').length === 1;
  const fits = (word: string, against: string) => wordKey(word) === wordKey(against) || ((isInitial(word) || isInitial(against)) && word[0] === against[0]);
  // Every given name of the shorter form is, in order, one of the longer form's (or its initial).
  let position = 0;
  for (const word of shorter) {
    while (position < longer.length && !fits(word, longer[position])) position++;
    if (position === longer.length) return false;
    position++;
  }
  return true;
}

/**
 * How alike (Jaro-Winkler over transliteration keys) a given name must be to a listed person's to count as a variant of
 * it: "Vladimir" for "Wolodymyr" (0.90), "Muhammad" for "Mohammed" (0.83), "Viktor" for "Victor" (0.91); while
 * "Vitali" is not "Wladimir" (0.78), "Mahmud" not "Mohammed" (0.80), nor "Valentin" "Christian" (0.42).
 */
const givenNameVariantSimilarity = 0.82;

/**
 * Whether a full name found in a text may name the listed person of its surname: its given names agree with those of
 * the entry's name or of one of its full aliases, or its first given name is a spelling variant of theirs.
 */
export function givenNamesFitEntry(entry: KnowledgeEntry, name: string, givenNameLike: (word: string) => boolean = () => true): boolean {
  // The listed full names that end in the surname written here ("König Hamad" gives no given name of "Al Khalifa").
  const lastKey = (text: string) => wordKey(text.trim().split(/\s+/).at(-1)!);
  const surname = lastKey(name);
  const fullNames = [entry.name, ...(entry.aliases ?? [])].filter((listed) => /\s/.test(listed.trim()) && lastKey(listed) === surname);
  if (fullNames.length === 0) {
    // A name whose surname comes first ("Xi Jinping"): its other words are the given names.
    const given = entry.name.trim().split(/\s+/).filter((word) => wordKey(word) !== surname);
    if (given.length === 0) return true;
    fullNames.push(`${given.join(' ')} ${name.trim().split(/\s+/).at(-1)}`);
  }
  const firstGiven = (text: string) => wordKey(text.trim().split(/\s+/)[0]);
  const afterFirst = (text: string) => text.trim().split(/\s+/).slice(1).join(' ');
  // A variant of the first given name, with the words between it and the surname agreeing: "Marion Maréchal-Le Pen" is
  // not "Marine Le Pen", though "Marion" is near "Marine".
  return fullNames.some(
    (listed) =>
      givenNamesAgree(listed, name, givenNameLike) ||
      (jaroWinkler(firstGiven(listed), firstGiven(name)) >= givenNameVariantSimilarity && givenNamesAgree(afterFirst(listed), afterFirst(name), givenNameLike)),
  );
}

/** A noun for a kind of place (grammar `placeKindNouns`), also in the genitive: "Gemeinde", "Bundesstaates". */
export function isPlaceKindNoun(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  return lexicons.grammar.placeKindNouns.has(lower) || lexicons.grammar.placeKindNouns.has(lower.replace(/e?s$/, ''));
}

/**
 * Whether a noun is a compound whose head is a noun for a kind of place: "Grenzstadt", "Mittelmeerinsel",
 * "Provinzhauptstadt". The front is three letters or more, so "Republik" itself is none.
 */
export function isPlaceKindCompound(word: string, lexicons: CompiledLexicons): boolean {
  const lower = word.toLowerCase();
  for (let split = 3; split < lower.length - 3; split++) {
    if (lexicons.grammar.placeKindNouns.has(lower.slice(split))) return true;
  }
  return false;
}

/**
 * Whether a noun announces the name of a company or a medium (actor-codes.json sectors `business`, `media`), so that
 * a surname after it names the firm ("die Drogeriemarktkette Schlecker", "der Verlag Suhrkamp"). Other nouns before a
 * surname take it in the genitive or as their leader ("die Werke Schieles", "die Regierung Renzi").
 */
export function announcesCompany(word: string, lexicons: CompiledLexicons): boolean {
  const sector = lexicons.actorCodes.ofNoun(word)?.name;
  if (sector !== 'business' && sector !== 'media') return false;
  // "Vorstand", "Chefentwickler" are a firm's organs and people too; only a noun that announces an organisation's
  // name (name-types.json) and never a person's does.
  const kinds = lexicons.nameTypeOf(word);
  return kinds !== undefined && kinds.has('ORG') && !kinds.has('PER');
}
