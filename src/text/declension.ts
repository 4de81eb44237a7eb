/**
 * The forms a listed name of adjectives and a noun takes after an article. Lists give names in the nominative
 * without article ("Islamischer Staat", "Deutsche Bank", "Internationales Olympisches Komitee"); running text has
 * them declined: "des Islamischen Staates", "der Deutschen Bank", "dem Internationalen Olympischen Komitee". These
 * follow from the adjectives' endings and the gender alone, so no list of inflected names is needed.
 */

export type NameGender = 'm' | 'f' | 'n' | 'pl';

/** Strong nominative endings of an adjective by gender: what a name without article shows. */
const strongEnding: Record<NameGender, string> = { m: 'er', f: 'e', n: 'es', pl: 'e' };

/** The gender an adjective's strong ending points to, when the list does not say. */
function genderOfEnding(adjective: string): NameGender | undefined {
  if (adjective.endsWith('er')) return 'm';
  if (adjective.endsWith('es')) return 'n';
  if (adjective.endsWith('e')) return 'f';
  return undefined;
}

/** A capitalised word in a strong adjective ending: "Islamischer", "Deutsche", "Olympisches". */
const adjectiveLike = /^\p{Lu}\p{Ll}+(?:er|e|es)$/u;

/**
 * The declined forms of a name that opens with adjectives and their noun ("Deutsche Bank" → "Deutschen Bank", and
 * without an article "Deutscher Bank"; a phrase after the noun stays: "Europäischen Gerichtshof für Menschenrechte",
 * and so does a one-word name after it: "Demokratischen Republik Kongo"), without the name itself; none for any other
 * name. `gender` is the name's, when known: it decides between a feminine singular and a plural, which end alike
 * ("Vereinigte Staaten"). Meant for names of organisations and places: a person's given name may end like an
 * adjective ("Kate").
 */
export function declinedNameForms(name: string, gender: NameGender | undefined): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  // The adjectives, the noun they go with, and what follows it unchanged: "Europäischer Gerichtshof [für Menschenrechte]".
  let nounIndex = 0;
  while (nounIndex < words.length - 1 && adjectiveLike.test(words[nounIndex])) nounIndex++;
  if (nounIndex === 0) return [];
  const adjectives = words.slice(0, nounIndex);
  const noun = words[nounIndex];
  const tail = words.slice(nounIndex + 1);
  // A phrase after the noun opens with a preposition; a name after it stands alone ("Demokratische Republik Kongo").
  if (tail.length > 0 && !/^\p{Ll}/u.test(tail[0]) && tail.length > 1) return [];
  const nameGender = gender ?? genderOfEnding(adjectives[0]);
  if (!nameGender) return [];
  const ending = strongEnding[nameGender];
  if (!adjectives.every((word) => word.endsWith(ending))) return [];
  const stems = adjectives.map((word) => word.slice(0, word.length - ending.length));
  const withEnding = (adjectiveEnding: string, nounForm: string) => [...stems.map((stem) => stem + adjectiveEnding), nounForm, ...tail].join(' ');
  const forms = new Set<string>();
  if (nameGender === 'pl') {
    // After an article every case ends in -en; the dative plural noun takes -n where it has none ("den Vereinigten Arabischen Emiraten").
    forms.add(withEnding('en', noun));
    if (!/[ns]$/.test(noun)) forms.add(withEnding('en', `${noun}n`));
  } else {
    forms.add(withEnding('e', noun));
    forms.add(withEnding('en', noun));
    // Without an article the adjectives keep strong endings: the dative and genitive of a feminine name ("von
    // Europäischer Zentralbank und IWF"), the dative of a masculine or neuter one ("von Internationalem Währungsfonds").
    forms.add(withEnding(nameGender === 'f' ? 'er' : 'em', noun));
    if (nameGender !== 'f') {
      // The genitive of a masculine or neuter noun: "des Islamischen Staates", "des Bayerischen Rundfunks".
      if (!/(?:s|ß|x|z)$/.test(noun)) forms.add(withEnding('en', `${noun}s`));
      if (!/[aeiouy]$/.test(noun)) forms.add(withEnding('en', `${noun}es`));
    }
  }
  forms.delete(name);
  return [...forms];
}

/**
 * The nominative of a masculine or neuter noun in the genitive: "Rundfunks" → "Rundfunk", "Krieges" → "Krieg",
 * "Forschungsrates" → "Forschungsrat" (not "Forschungsrate": after a consonant -es is the ending where the shorter
 * stem, or its last part, is a noun), "Gebäudes" → "Gebäude".
 */
function genitiveLemma(noun: string, knownNoun: (word: string) => boolean): string | undefined {
  const endsAsKnownNoun = (stem: string) => {
    if (knownNoun(stem)) return true;
    for (let length = 3; length <= Math.min(8, stem.length - 2); length++) {
      const part = stem.slice(-length);
      if (knownNoun(part.charAt(0).toUpperCase() + part.slice(1))) return true;
    }
    return false;
  };
  const shorter = noun.slice(0, -2);
  if (noun.endsWith('es') && /[^aeiouäöüy]$/.test(shorter) && endsAsKnownNoun(shorter)) return shorter;
  if (noun.endsWith('s') && knownNoun(noun.slice(0, -1))) return noun.slice(0, -1);
  if (noun.endsWith('s') && endsAsKnownNoun(noun.slice(0, -1))) return noun.slice(0, -1);
  return undefined;
}

/** What the article before a declined name says of its gender and case; undefined for a word that is no article. */
const articleReading: Record<string, { gender: NameGender | 'mn'; genitive?: boolean }> = {
  zur: { gender: 'f' },
  einer: { gender: 'f' },
  der: { gender: 'f' },
  des: { gender: 'mn', genitive: true },
  eines: { gender: 'mn', genitive: true },
  dem: { gender: 'mn' },
  einem: { gender: 'mn' },
  im: { gender: 'mn' },
  vom: { gender: 'mn' },
  zum: { gender: 'mn' },
  beim: { gender: 'mn' },
  am: { gender: 'mn' },
  den: { gender: 'm' },
  einen: { gender: 'm' },
};

/**
 * An adjective in a weak ending after an article, as names hold them: "Bayerischen", "Deutsche", and in -en only
 * where the stem ends less tellingly ("Kalten", "Zweiten"; "Monte", "State" are no adjectives).
 */
const weakAdjective = /^\p{Lu}\p{Ll}+(?:(?:isch|lich|ig|ell|al|är|iv|ös|sch)en?|(?:t|er|an)en)$/u;

/**
 * The name without article, in the nominative, of a name declined after `article` ("der Deutschen Welle" →
 * "Deutsche Welle", "des Bayerischen Rundfunks" → "Bayerischer Rundfunk", "vom Deutschen Zentrum" → "Deutsches
 * Zentrum"); undefined where the words are no adjectives and a noun or the article says nothing. `knownNoun` says
 * whether a word is a noun form, to take a genitive -s or -es off only where that leaves a noun; `neuterEndings`
 * (lower case) tell a neuter noun from a masculine one after "des" or "dem" ("Zentrum", "Komitee"); `knownPlace` says
 * whether a word after the noun is a place's name, which the name may end in ("der Technischen Universität Wien").
 */
export function nominativeOfDeclinedName(
  words: readonly string[],
  article: string,
  knownNoun: (word: string) => boolean,
  neuterEndings: readonly string[],
  knownPlace: (word: string) => boolean = () => false,
): string | undefined {
  const reading = articleReading[article.toLowerCase()];
  if (!reading || words.length < 2) return undefined;
  let nounIndex = 0;
  while (nounIndex < words.length - 1 && weakAdjective.test(words[nounIndex])) nounIndex++;
  if (nounIndex === 0 || !/^\p{Lu}/u.test(words[nounIndex])) return undefined;
  const tail = words.slice(nounIndex + 1);
  // After the noun, words in lower case ("für Luft- und Raumfahrt") or a place ("der Technischen Universität Wien").
  if (tail.length > 0 && !/^\p{Ll}/u.test(tail[0]) && !tail.every(knownPlace)) return undefined;
  let noun = words[nounIndex];
  if (reading.genitive) {
    const lemma = genitiveLemma(noun, knownNoun);
    if (!lemma) return undefined;
    noun = lemma;
  }
  const lowerNoun = noun.toLowerCase();
  // After "den" a noun in -n is a dative plural ("den Unabhängigen Griechen"); a plural's strong ending is the feminine's.
  const plural = reading.gender === 'm' && lowerNoun.endsWith('n');
  const gender: NameGender = plural ? 'pl' : reading.gender === 'mn' ? (neuterEndings.some((ending) => lowerNoun.endsWith(ending)) ? 'n' : 'm') : reading.gender;
  const adjectives = words.slice(0, nounIndex).map((word) => word.replace(/en?$/, '') + strongEnding[gender]);
  return [...adjectives, noun, ...tail].join(' ');
}
