/**
 * Descriptions of one organisation by its kind, with a definite article: "Die EU-Kommission warf dem Konzern vor",
 * "Das Unternehmen bestritt die Vorwürfe", "des Chipherstellers". Grammar `organisationDescriptionNouns` lists the
 * singular nouns by gender; the article must agree with the noun in the singular, so "die Konzerne" (a plural) is
 * none. Linking gives each to the last organisation of the noun's sector (actor-codes.json) named shortly before;
 * one with none stays out of the record. A compound ("der Aluminiumkonzern", "die Volkspartei") says more than its head
 * and names another as often as the last one: only the listed nouns count.
 */
import type { Doc } from '../../doc/types.ts';
import { isCapitalised, spanOfTokens } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';

export const organisationDescriptionRule = 'organisation-description';

type Gender = 'm' | 'f' | 'n';

/** Definite articles by the genders whose singular they open, and whether the noun is then in the genitive (-s, -es). */
const singularArticles: Record<string, { genders: readonly Gender[]; genitive: boolean }> = {
  der: { genders: ['m', 'f'], genitive: false },
  die: { genders: ['f'], genitive: false },
  das: { genders: ['n'], genitive: false },
  dem: { genders: ['m', 'n'], genitive: false },
  den: { genders: ['m'], genitive: false },
  des: { genders: ['m', 'n'], genitive: true },
};

export function findOrganisationDescriptions(doc: Doc, lexicons: CompiledLexicons): Candidate[] {
  const nouns = lexicons.grammar.organisationDescriptionNouns;
  if (nouns.size === 0) return [];
  const tokens = doc.tokens!;
  const candidates: Candidate[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const word = tokens[index].text;
    if (!isCapitalised(word) || word.includes('-')) continue;
    // The article right before the noun, or before one or two adjectives.
    let articleIndex = index - 1;
    while (articleIndex > index - 3 && articleIndex > 0 && /^\p{Ll}+e[nmrs]?$/u.test(tokens[articleIndex].text) && !singularArticles[tokens[articleIndex].text.toLowerCase()]) articleIndex--;
    const article = singularArticles[tokens[articleIndex].text.toLowerCase()];
    if (!article || tokens[articleIndex].sentence !== tokens[index].sentence) continue;
    const gender = nounGender(article.genitive ? withoutGenitive(word) : [word], nouns);
    if (!gender || !article.genders.includes(gender)) continue;
    if (!standsAlone(doc, index, lexicons)) continue;
    const sector = lexicons.actorCodes.ofNoun(word);
    if (!sector) continue;
    const span = spanOfTokens(doc, articleIndex, index + 1);
    candidates.push({
      source: 'role-pattern',
      packRank: 0,
      mention: { ...span, label: 'ORG', kind: 'role', sentence: tokens[index].sentence, tokenStart: articleIndex, tokenEnd: index + 1, rule: organisationDescriptionRule, sector: sector.name, confidence: 0.6 },
    });
  }
  return candidates;
}

/**
 * Whether the noun at `index` stands for an organisation by itself: no name, quote, genitive or von-phrase after it
 * makes it that one's kind or someone else's ("der Konzern Nordtek", "die Zeitung „Kurier“", "der Konzern des
 * Milliardärs", "das Unternehmen von Elon Musk").
 */
export function standsAlone(doc: Doc, index: number, lexicons: CompiledLexicons): boolean {
  const tokens = doc.tokens!;
  const next = tokens[index + 1];
  if (!next || next.sentence !== tokens[index].sentence) return true;
  const lower = next.text.toLowerCase();
  return !isCapitalised(next.text) && !/^["„“»«‚(]$/u.test(next.text) && !lexicons.grammar.genitiveDeterminers.has(lower) && lower !== 'von' && lower !== 'vom';
}

/** The word without a genitive ending: "Konzerns" → "Konzern", "Unternehmens" → "Unternehmen". */
function withoutGenitive(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** The gender of the listed noun that one of the forms is. */
function nounGender(forms: readonly string[], nouns: ReadonlyMap<string, Gender>): Gender | undefined {
  for (const form of forms) {
    const gender = nouns.get(form);
    if (gender) return gender;
  }
  return undefined;
}
