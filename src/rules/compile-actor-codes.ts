/**
 * The CAMEO actor codes of actor-codes.json, compiled for lookup: countries to their three-letter codes, and the
 * sectors an organisation kind, a role kind or a noun names.
 */
import type { ActorCodesFile } from './schema.ts';
import { listedCompoundHead, listedHeads } from './listed-heads.ts';

export interface Sector {
  /** Readable name, as the record writes it: "government". */
  name: string;
  /** CAMEO's code: "GOV"; none for sectors CAMEO does not code. */
  cameo?: string;
  political?: boolean;
  /** Position in actor-codes.json: of a person's several sectors, the first listed wins. */
  rank: number;
}

export interface CompiledActorCodes {
  /** "FR" → "FRA". */
  countryCode(country: string): string | undefined;
  ofSector(name: string): Sector | undefined;
  ofRoleKind(kind: string): Sector | undefined;
  /** A knowledge or institution entry's kind ("company", "police"). */
  ofOrganisationKind(kind: string): Sector | undefined;
  /**
   * A noun naming an organisation of a sector, in any case, in the plural, as the head of a compound
   * ("Satellitenfernsehanbieters") or as a compound's front with its linking -s ("Regierungs" of "Regierungssprecher").
   */
  ofNoun(word: string): Sector | undefined;
  isLegalForm(word: string): boolean;
}

/** Endings a listed noun may carry: case, plural, a compound's linking element. */
const nounEndings = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ern'];

/**
 * Whether a compound's head found at `headStart` lies inside a part of a name written with capitals inside: one or
 * two letters after the last inner capital are no word of their own ("PricewaterhouseCoopers": "Co" before "oper"),
 * while "HallerTagblatt" ("Tag" before "blatt") is a compound.
 */
function isInsideNamePart(word: string, headStart: number): boolean {
  let capital = -1;
  for (let index = 1; index < headStart; index++) if (/\p{Lu}/u.test(word.charAt(index))) capital = index;
  const part = headStart - capital;
  return capital >= 0 && part > 0 && part < 3;
}

export function compileActorCodes(file: ActorCodesFile, isHeadOfCompound: (word: string, headLength: number) => boolean): CompiledActorCodes {
  const byRoleKind = new Map<string, Sector>();
  const byOrganisationKind = new Map<string, Sector>();
  const byNoun = new Map<string, Sector>();
  const byName = new Map<string, Sector>();
  file.sectors.forEach((entry, rank) => {
    const sector: Sector = { name: entry.sector, rank, ...(entry.cameo ? { cameo: entry.cameo } : {}), ...(entry.political !== undefined ? { political: entry.political } : {}) };
    byName.set(entry.sector, sector);
    for (const kind of entry.roleKinds ?? []) if (!byRoleKind.has(kind)) byRoleKind.set(kind, sector);
    for (const kind of entry.organisationKinds ?? []) if (!byOrganisationKind.has(kind)) byOrganisationKind.set(kind, sector);
    for (const noun of entry.nouns ?? []) if (!byNoun.has(noun.toLowerCase())) byNoun.set(noun.toLowerCase(), sector);
  });
  const heads = listedHeads(byNoun);
  const legalForms = new Set(file.legalForms ?? []);

  function ofNoun(word: string): Sector | undefined {
    if (!/^\p{Lu}/u.test(word)) return undefined;
    const afterHyphen = word.slice(word.lastIndexOf('-') + 1);
    const lower = afterHyphen.toLowerCase();
    for (const ending of nounEndings) {
      if (ending && !lower.endsWith(ending)) continue;
      const stem = lower.slice(0, lower.length - ending.length);
      if (stem.length < 2) continue;
      const exact = byNoun.get(stem);
      if (exact) return exact;
      // A front of three letters is more often a prefix than a noun: "Verband" is no band.
      const compound = listedCompoundHead(afterHyphen.slice(0, stem.length), stem, heads, isHeadOfCompound);
      if (compound && compound.front >= 4 && !isInsideNamePart(afterHyphen, compound.front)) return compound.head;
    }
    return undefined;
  }

  return {
    countryCode: (country) => file.countries[country],
    ofSector: (name) => byName.get(name),
    ofRoleKind: (kind) => byRoleKind.get(kind),
    ofOrganisationKind: (kind) => byOrganisationKind.get(kind),
    ofNoun,
    isLegalForm: (word) => legalForms.has(word),
  };
}
