/**
 * CAMEO actor codes: each entity's sector (government, party, business …) and its code, the country's three letters
 * followed by the sector's ("FRAGOV"). The sector comes from what the rule pack knows of the entity (a knowledge or
 * institution entry's kind, a government seat standing for its government), from a person's roles ("der
 * Polizeisprecher", "FPÖ-Chef"), or, for organisations no list holds, from a noun in the name ("Deutsche Bank") or
 * right before it ("des Satellitenfernsehanbieters HD Austria"), or from a company's legal form ("ÖBB-Personenverkehr
 * AG"). Nouns, kinds and codes are data: actor-codes.json.
 */
import type { Doc, Entity } from '../../doc/types.ts';
import type { Sector } from '../../rules/compile-actor-codes.ts';
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';

/** Returns the entities with `sector` and `cameo` set where they can be told. */
export function assignActorCodes(entities: readonly Entity[], doc: Doc, lexicons: CompiledLexicons): Entity[] {
  const context = documentContext(entities, doc);
  // Organisations first: a person named with a party in brackets ("Werner Faymann (SPÖ)") takes its sector.
  const sectors = new Map<string, Sector | undefined>();
  for (const entity of entities) if (entity.type !== 'PER') sectors.set(entity.id, sectorOfOrganisationOrPlace(entity, context, lexicons));
  const countryOf = new Map(entities.map((entity) => [entity.id, entity.country]));
  return entities.map((entity) => {
    let sector = sectors.get(entity.id);
    let iso = entity.country;
    if (entity.type === 'PER') {
      // A person known only by the party in brackets is of that party, and of its country: "AUTPTY".
      sector = sectorOfPerson(entity, lexicons);
      const party = sector && iso ? undefined : partyAfterName(entity, context, sectors);
      if (party) {
        sector ??= sectors.get(party);
        iso ??= countryOf.get(party);
      }
    }
    const country = iso ? lexicons.actorCodes.countryCode(iso) : undefined;
    const cameo = (country ?? '') + (sector?.cameo ?? '');
    if (!sector && !cameo) return entity;
    // The codes go right after the entity's identity (name, country), so the record lists them there.
    const { roles, mentions, knowledgeId, rule, ...identity } = entity;
    return {
      ...identity,
      ...(sector ? { sector: sector.name } : {}),
      ...(cameo ? { cameo } : {}),
      ...(roles ? { roles } : {}),
      mentions,
      ...(knowledgeId ? { knowledgeId } : {}),
      rule,
    };
  });
}

/** Each organisation's sector as the record will give it, for linking to read before the record is built. */
export function sectorsOfOrganisations(entities: readonly Entity[], doc: Doc, lexicons: CompiledLexicons): Map<Entity, Sector | undefined> {
  const context = documentContext(entities, doc);
  return new Map(entities.map((entity) => [entity, sectorOfOrganisationOrPlace(entity, context, lexicons)]));
}

/** What the apposition test needs of the document, gathered once. */
interface DocumentContext {
  tokens: NonNullable<Doc['tokens']>;
  tokenAt: ReadonlyMap<number, number>;
  /** End offset of every entity mention. */
  mentionEnds: ReadonlySet<number>;
  /** End offset → start offset of every organisation mention. */
  organisationEnds: ReadonlyMap<number, number>;
  /** Start offset of every organisation mention → the organisation and the mention's end. */
  organisationAt: ReadonlyMap<number, { id: string; end: number }>;
}

function documentContext(entities: readonly Entity[], doc: Doc): DocumentContext {
  const tokens = doc.tokens ?? [];
  const tokenAt = new Map(tokens.map((token, position) => [token.start, position]));
  const mentionEnds = new Set<number>();
  const organisationEnds = new Map<number, number>();
  const organisationAt = new Map<number, { id: string; end: number }>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      mentionEnds.add(mention.end);
      if (entity.type !== 'ORG') continue;
      organisationEnds.set(mention.end, mention.start);
      organisationAt.set(mention.start, { id: entity.id, end: mention.end });
    }
  }
  return { tokens, tokenAt, mentionEnds, organisationEnds, organisationAt };
}

function sectorOfOrganisationOrPlace(entity: Entity, context: DocumentContext, lexicons: CompiledLexicons): Sector | undefined {
  const codes = lexicons.actorCodes;
  if (entity.type === 'LOC') return undefined;
  // "Moskau lehnte ab": a government seat standing for its government.
  if (entity.rule === 'metonym-government' || entity.mentions.some((mention) => mention.kind === 'metonym')) return codes.ofOrganisationKind('government');
  const knowledge = entity.knowledgeId ? lexicons.knowledgeById.get(entity.knowledgeId) : undefined;
  const kind = knowledge?.kind ?? lexicons.organisationKindOfRule.get(entity.rule);
  if (kind) return codes.ofOrganisationKind(kind);
  if (knowledge || entity.type !== 'ORG') return undefined;
  return sectorOfOrganisationName(entity.name, lexicons) ?? sectorBeforeName(entity, context, lexicons);
}

/** Of a person's roles, the sector listed first in actor-codes.json: a chancellor who chairs a party is the government. */
function sectorOfPerson(entity: Entity, lexicons: CompiledLexicons): Sector | undefined {
  let best: Sector | undefined;
  for (const role of entity.roles ?? []) {
    const sector = sectorOfRoleTitle(role.title, lexicons);
    if (sector && (!best || sector.rank < best.rank)) best = sector;
  }
  return best;
}

/** "Werner Faymann (SPÖ)": the id of a party in brackets right after one of the person's names. */
function partyAfterName(entity: Entity, context: DocumentContext, organisationSectors: ReadonlyMap<string, Sector | undefined>): string | undefined {
  const { tokens, tokenAt, organisationAt } = context;
  // The token right after a span that starts at a token.
  const tokenAfter = (start: number, end: number) => {
    let position = tokenAt.get(start);
    if (position === undefined) return undefined;
    while (position < tokens.length && tokens[position].start < end) position++;
    return position;
  };
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    const open = tokenAfter(mention.start, mention.end);
    if (open === undefined || tokens[open]?.text !== '(' || !tokens[open + 1]) continue;
    const inside = organisationAt.get(tokens[open + 1].start);
    const close = inside && tokenAfter(tokens[open + 1].start, inside.end);
    const sector = inside && organisationSectors.get(inside.id);
    if (inside && sector?.name === 'party' && close !== undefined && tokens[close]?.text === ')') return inside.id;
  }
  return undefined;
}

/**
 * "Polizeisprecher": the organisation the title's front names; "US-Präsident": a country's, so the office's own
 * sector; "ÖGB-Präsident": an organisation nobody listed, so not a state office; "Außenminister": the role's kind.
 */
export function sectorOfRoleTitle(title: string, lexicons: CompiledLexicons): Sector | undefined {
  const role = lexicons.matchRole(title);
  if (!role) return undefined;
  const codes = lexicons.actorCodes;
  const own = role.entry.sector ? codes.ofSector(role.entry.sector) : role.entry.anyOrganisation ? undefined : codes.ofRoleKind(role.entry.kind);
  const front = role.modifier?.replace(/-$/, '');
  if (!front || lexicons.grammar.formerOfficeMarkers.some((marker) => front.toLowerCase() === marker.replace(/-$/, ''))) return own;
  const named = lexicons.matchPhrase([front], 0)?.targets[0];
  if (named?.source === 'place') {
    const place = lexicons.placeById.get(named.id);
    return place?.governmentOf ? codes.ofOrganisationKind('government') : own;
  }
  if (named?.source === 'knowledge') {
    const kind = lexicons.knowledgeById.get(named.id)?.kind;
    return kind ? codes.ofOrganisationKind(kind) : own;
  }
  const noun = codes.ofNoun(front);
  if (noun) return noun;
  // A hyphenated front the lists do not know is an organisation's name or abbreviation ("IOC-Präsident"): the
  // office is that body's, not a state's.
  const namesBody = title.includes('-') && /^\p{Lu}/u.test(front) && !lexicons.isNounOrCompound(front);
  return namesBody && own?.political ? undefined : own;
}

/** "Deutsche Bank", "Bundespolizei", "ÖBB-Personenverkehr AG": a listed noun or a legal form in the name. */
export function sectorOfOrganisationName(name: string, lexicons: CompiledLexicons): Sector | undefined {
  const codes = lexicons.actorCodes;
  const words = name.split(/\s+/);
  if (words.length > 1 && words.slice(1).some((word) => codes.isLegalForm(word))) return codes.ofSector('business');
  for (const word of words) {
    const sector = codes.ofNoun(word);
    if (sector) return sector;
  }
  return undefined;
}

const listJoiners = new Set([',', 'und', 'sowie', 'oder']);

/**
 * "der Mobilfunker T-Mobile", "des Satellitenfernsehanbieters HD Austria", "die Mobilfunker A1, T-Mobile und 3": a
 * listed noun right before a name, or before the list the name ends.
 */
function sectorBeforeName(entity: Entity, context: DocumentContext, lexicons: CompiledLexicons): Sector | undefined {
  const { tokens, tokenAt, mentionEnds, organisationEnds } = context;
  for (const mention of entity.mentions) {
    if (mention.kind !== 'name') continue;
    let position = tokenAt.get(mention.start);
    for (let hop = 0; position !== undefined && position > 0 && hop < 4; hop++) {
      const before = tokens[position - 1];
      if (!listJoiners.has(before.text)) {
        // "fand die Polizei Marihuana": a noun that is an entity of its own is no apposition.
        const sector = mentionEnds.has(before.end) ? undefined : lexicons.actorCodes.ofNoun(before.text);
        if (sector) return sector;
        break;
      }
      const previousStart = position >= 2 ? organisationEnds.get(tokens[position - 2].end) : undefined;
      position = previousStart === undefined ? undefined : tokenAt.get(previousStart);
    }
  }
  return undefined;
}
