/**
 * An organisation taken up by the noun its name ends in: "Die EU-Kommission hat … Die Kommission begrüßte die
 * Entscheidung", "der Europäische Gerichtshof … der Gerichtshof", "die Deutsche Bank … die Bank". The noun, after a
 * definite article and with no name, genitive or von-phrase after it, stands for the organisation named before whose
 * name it ends; linking gives it to the one named last. The noun must be a common noun of five letters or more that
 * names a kind of organisation (name-types.json), no place and no kind of person: "die Funktion", "der Staat" take
 * up nothing. A name with words in lower case has its head in front ("Institut für Kunst") and lends none.
 * A state's or region's institution, which the institution rules name by its place ("die bayerische Landesregierung"),
 * lends its singular noun only where the article names one institution of that noun, within five sentences before.
 * A name after a noun of its kind lends that noun's head too ("Die Umweltorganisation Global 2000 … Die Organisation").
 */
import type { Doc, Mention } from '../../doc/types.ts';
import { isCapitalised } from '../../doc/spans.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';
import type { Candidate } from './candidate.ts';
import { standsAlone } from './find-organisation-descriptions.ts';

export const headNounDescriptionRule = 'organisation-head-description';

/** Letters a head noun needs: "Rat", "Amt" are too often other words. */
const shortestHead = 5;

/** Definite articles, whose gender and number the noun's own form checks ("die Kommissionen" is no "Kommission"). */
const definiteArticles: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);

/** The noun an organisation's name ends in: its last word, or the part after its last hyphen ("EU-Kommission"). */
export function headNounOf(name: string): string {
  const lastWord = name.slice(name.lastIndexOf(' ') + 1);
  return lastWord.slice(lastWord.lastIndexOf('-') + 1);
}

/**
 * The head of the noun of a kind right before an organisation's name ("Die Umweltorganisation Global 2000" →
 * "Organisation"): a capitalised common noun or compound whose head names a kind of organisation (name-types.json),
 * five letters or more, and no noun the organisation descriptions read by sector (grammar `organisationDescriptionNouns`).
 */
export function kindHeadBefore(doc: Doc, nameStart: number, lexicons: CompiledLexicons): string | undefined {
  const tokens = doc.tokens!;
  const noun = tokens[nameStart - 1];
  if (!noun || noun.sentence !== tokens[nameStart].sentence || !isCapitalised(noun.text) || noun.text.includes('-')) return undefined;
  const head = lexicons.commonNouns.has(noun.text) && lexicons.nameTypeOf(noun.text) ? noun.text : lexicons.commonNouns.compoundHead(noun.text);
  if (!head || head.length < shortestHead || !lexicons.nameTypeOf(head)?.has('ORG') || lexicons.grammar.organisationDescriptionNouns.has(head)) return undefined;
  if (lexicons.matchRole(head) || lexicons.matchInstitution(head) || lexicons.grammar.singularPersonNouns.has(head.toLowerCase())) return undefined;
  return head;
}

/** Sentences after an institution's name in which its bare noun takes it up. */
const institutionReachSentences = 5;

export function findHeadNounDescriptions(doc: Doc, mentions: readonly Mention[], lexicons: CompiledLexicons): Candidate[] {
  const tokens = doc.tokens!;
  const institutionReach = new Map<string, number[]>();
  // Head nouns of the organisations named so far, by the token where the first such name ends.
  const firstNamedAt = new Map<string, number>();
  // A state's or region's institution by its noun: the names it ends, and the sentences they stand in.
  const institutions = new Map<string, { names: Set<string>; sentences: number[]; firstEnd: number }>();
  for (const mention of mentions) {
    if (mention.label !== 'ORG' || mention.kind !== 'name') continue;
    if (mention.rule.startsWith('institution:')) {
      const noun = headNounOf(mention.text);
      // A plural ("die Behörden") may be any authorities, those of another place too.
      const institution = lexicons.matchInstitution(noun);
      if (noun.length >= shortestHead && noun !== mention.text && institution && institution.gender !== 'pl') {
        const known = institutions.get(noun) ?? { names: new Set<string>(), sentences: [], firstEnd: mention.tokenEnd };
        known.names.add(mention.text.toLowerCase());
        known.sentences.push(mention.sentence);
        known.firstEnd = Math.min(known.firstEnd, mention.tokenEnd);
        institutions.set(noun, known);
      }
      continue;
    }
    // "Die Umweltorganisation Global 2000 … Die Organisation": the kind noun before the name lends its head too.
    const kindHead = kindHeadBefore(doc, mention.tokenStart, lexicons);
    if (kindHead !== undefined && (firstNamedAt.get(kindHead) ?? Infinity) > mention.tokenEnd) firstNamedAt.set(kindHead, mention.tokenEnd);
    // A name with words in lower case has its head in front: "Institut für Kunst" is no "Kunst".
    if (/\s\p{Ll}+\s+\p{Lu}/u.test(mention.text)) continue;
    const head = headNounOf(mention.text);
    if (head.length < shortestHead || !isCapitalised(head) || !lexicons.commonNouns.has(head) || !lexicons.nameTypeOf(head)?.has('ORG')) continue;
    // A state's institution ("die Polizei", "die Regierung") is any country's: the institution rules read it.
    if (lexicons.matchPhrase([head], 0) || lexicons.matchRole(head) || lexicons.matchInstitution(head) || lexicons.grammar.singularPersonNouns.has(head.toLowerCase())) continue;
    // The name must say more than the noun: "die Kommission" is no name of its own.
    if (head === mention.text) continue;
    const known = firstNamedAt.get(head);
    if (known === undefined || mention.tokenEnd < known) firstNamedAt.set(head, mention.tokenEnd);
  }
  // "Die oberösterreichische Landesregierung … warf der Landesregierung vor": an institution's bare noun takes up the
  // one institution of that noun the article names, within five sentences; with two ("die deutsche Polizei", "die
  // serbische Polizei") or none near, the institution rules read it.
  for (const [noun, { names, sentences, firstEnd }] of institutions) {
    if (names.size !== 1) continue;
    firstNamedAt.set(noun, firstEnd);
    institutionReach.set(noun, sentences);
  }
  if (firstNamedAt.size === 0) return [];
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) covered.fill(1, mention.tokenStart, mention.tokenEnd);
  const candidates: Candidate[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const named = firstNamedAt.get(tokens[index].text);
    if (named === undefined || index < named || covered[index]) continue;
    const reach = institutionReach.get(tokens[index].text);
    if (reach && !reach.some((sentence) => sentence <= tokens[index].sentence && tokens[index].sentence - sentence <= institutionReachSentences)) continue;
    // "Die Polizei in Tallinn": a place after the noun says whose it is.
    const placeAfter = () => lexicons.matchPhrase([tokens[index + 2]?.text ?? ''], 0)?.targets.some((target) => target.source === 'place') === true;
    if (reach && lexicons.grammar.placePrepositions.has(tokens[index + 1]?.text.toLowerCase() ?? '') && placeAfter()) continue;
    const article = tokens[index - 1];
    if (!definiteArticles.has(article.text.toLowerCase()) || article.sentence !== tokens[index].sentence) continue;
    if (!standsAlone(doc, index, lexicons)) continue;
    const start = article.start;
    const end = tokens[index].end;
    candidates.push({
      source: 'propagation',
      packRank: 0,
      mention: { start, end, text: doc.text.slice(start, end), label: 'ORG', kind: 'role', sentence: tokens[index].sentence, tokenStart: index - 1, tokenEnd: index + 1, rule: headNounDescriptionRule, confidence: 0.6 },
    });
  }
  return candidates;
}
