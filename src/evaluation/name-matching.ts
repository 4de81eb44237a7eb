/**
 * Name comparison for the golden scorer: how a predicted name is compared with a gold name.
 *
 * Names are compared after `normalizeName`: Unicode compatibility decomposition with combining marks removed
 * (so "Erdoğan" equals "Erdogan" and "Babiš" equals "Babis"), lower case, "ß" as "ss", quotes and apostrophes
 * removed, hyphens and runs of whitespace as one space, one leading German article dropped ("der Kreml"
 * equals "Kreml"), and one trailing parenthesised qualifier dropped ("Außenministerin (DE)" equals
 * "Außenministerin": a disambiguating suffix is not part of the name). Transliteration variants ("Selenskyj"/"Zelensky") are NOT folded here: the gold lists the
 * variants the article uses as aliases, because folding them by rule would hide real linking errors.
 */

const leadingArticle = /^(der|die|das|den|dem|des) /;
const trailingParenthesis = /\s*\([^()]*\)$/;
const quotesAndApostrophes = /["'‚‘’„“”«»‹›`´]/g;
const hyphensAndSpace = /[\s\-‐‑–—]+/g;

export function normalizeName(name: string): string {
  return name
    .replace(trailingParenthesis, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(quotesAndApostrophes, '')
    .replace(hyphensAndSpace, ' ')
    .trim()
    .replace(leadingArticle, '');
}

/** The last word of a normalized name, taken as the surname ("emmanuel macron" → "macron"). */
export function surnameOf(normalizedName: string): string {
  const words = normalizedName.split(' ');
  return words[words.length - 1] ?? '';
}

/** Every form a gold entity may be predicted under, normalized: its name and its aliases. */
export function namesOf(entry: { name: string; aliases?: string[] }): string[] {
  return [entry.name, ...(entry.aliases ?? [])].map(normalizeName).filter((name) => name.length > 0);
}

/**
 * A hyphenated prefix naming a country, organisation, party or club ("US-Präsident", "Nato-Generalsekretär",
 * "Bayern-Trainer") qualifies the title but is not part of it: the qualifier is who the role belongs to, which the
 * record carries in `country` or in the text. Closed compounds ("Bundesverteidigungsminister") stay whole.
 */
function titleWithoutQualifier(title: string): string {
  const withoutPrefix = title.trim().replace(/^.*[-‐‑]/, '');
  return normalizeName(withoutPrefix);
}

/**
 * Two role titles are the same role when they are equal after normalization, when one is the other plus the
 * German feminine suffix "-in" ("Premierministerin" and "Premierminister"), or, for nouns declined like adjectives,
 * when one is the other plus "r" ("Abgeordnete" and "Abgeordneter", "Handelsbeauftragte" and "…beauftragter"):
 * gender and declension belong to the sentence and the person, not to the role, and the record schema does not
 * say which form to use.
 */
export function sameRoleTitle(first: string, second: string): boolean {
  const a = titleWithoutQualifier(first);
  const b = titleWithoutQualifier(second);
  const sameAdjectivalNoun = (longer: string, shorter: string) => shorter.endsWith('e') && longer === `${shorter}r`;
  return a === b || a === `${b}in` || b === `${a}in` || sameAdjectivalNoun(a, b) || sameAdjectivalNoun(b, a);
}

const minimumStemLength = 5;

/** Words of a trigger that can carry a stem: letters only, at least four characters ("ab" in "lehnte ab" cannot). */
function stemWords(trigger: string): string[] {
  return normalizeName(trigger)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4);
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Two triggers share a word stem when some word of one and some word of the other (both normalized, at least four
 * letters) have a common prefix of at least five letters, or when the shorter word (four letters) is a prefix of the
 * longer one. So "Telefongespräch" and "telefonierte" share "telefon", "Treffen" and "treffen" match, but "traf" and
 * "Treffen" (ablaut) or "lehnte ab" and "Ablehnung" (separable prefix) do not: participant overlap has to match those.
 */
export function triggersShareStem(first: string, second: string): boolean {
  const firstWords = stemWords(first);
  const secondWords = stemWords(second);
  return firstWords.some((a) =>
    secondWords.some((b) => {
      const prefix = commonPrefixLength(a, b);
      return prefix >= minimumStemLength || prefix === Math.min(a.length, b.length);
    }),
  );
}
