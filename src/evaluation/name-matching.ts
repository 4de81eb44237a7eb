/**
 * Name comparison for the golden scorer: how a predicted name is compared with a gold name.
 *
 * Names are compared after `normalizeName`: Unicode compatibility decomposition with combining marks removed
 * (so "Erdoğan" equals "Erdogan" and "Babiš" equals "Babis"), lower case, "ß" as "ss", quotes and apostrophes
 * removed, hyphens and runs of whitespace as one space, and one leading German article dropped ("der Kreml"
 * equals "Kreml"). Transliteration variants ("Selenskyj"/"Zelensky") are NOT folded here: the gold lists the
 * variants the article uses as aliases, because folding them by rule would hide real linking errors.
 */

const leadingArticle = /^(der|die|das|den|dem|des) /;
const quotesAndApostrophes = /["'‚‘’„“”«»‹›`´]/g;
const hyphensAndSpace = /[\s\-‐‑–—]+/g;

export function normalizeName(name: string): string {
  return name
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
 * Two role titles are the same role when they are equal after normalization, when one is the other plus the
 * German feminine suffix "-in" ("Premierministerin" and "Premierminister"), or, for nouns declined like adjectives,
 * when one is the other plus "r" ("Abgeordnete" and "Abgeordneter", "Handelsbeauftragte" and "…beauftragter"):
 * gender and declension belong to the sentence and the person, not to the role, and the record schema does not
 * say which form to use.
 */
export function sameRoleTitle(first: string, second: string): boolean {
  const a = normalizeName(first);
  const b = normalizeName(second);
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
