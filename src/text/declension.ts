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
 * The declined forms of a name that opens with adjectives and their noun ("Deutsche Bank" → "Deutschen Bank"; a
 * phrase after the noun stays: "Europäischen Gerichtshof für Menschenrechte"), without the name itself; none for any
 * other name. `gender` is the name's, when known: it decides between a
 * feminine singular and a plural, which end alike ("Vereinigte Staaten"). Meant for names of organisations and places:
 * a person's given name may end like an adjective ("Kate").
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
  if (tail.length > 0 && !/^\p{Ll}/u.test(tail[0])) return [];
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
    if (nameGender !== 'f') {
      // The genitive of a masculine or neuter noun: "des Islamischen Staates", "des Bayerischen Rundfunks".
      if (!/(?:s|ß|x|z)$/.test(noun)) forms.add(withEnding('en', `${noun}s`));
      if (!/[aeiouy]$/.test(noun)) forms.add(withEnding('en', `${noun}es`));
    }
  }
  forms.delete(name);
  return [...forms];
}
