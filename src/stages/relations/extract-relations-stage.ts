/**
 * Relations stated in the text:
 *  - holds_role: "der französische Präsident Emmanuel Macron" → (Macron, "Präsident@FR"), from role appositions
 *    and role descriptions linked to a person;
 *  - member_of: a party or organisation in brackets after a person ("Friedrich Merz (CDU)"), as the first part of
 *    a role compound ("SPD-Chef Lars Klingbeil") or in the role's genitive ("Der Vorstandschef des Konzerns
 *    Voestalpine, Herbert Eibensteiner");
 *  - located_in: "Universität in Wien", "X aus Y": an organisation or place followed by in/aus and a place (no
 *    country in another country).
 * The object of holds_role is a value (title@country); the others point at entity ids.
 */
import { z } from 'zod';
import type { Doc, Relation } from '../../doc/types.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { compiledLexicons, type CompiledLexicons } from '../../rules/compile-lexicons.ts';

export function extractRelations(doc: Doc, lexicons: CompiledLexicons): Relation[] {
  const relations: Relation[] = [];
  const tokens = doc.tokens!;
  const add = (relation: Relation) => {
    if (!relations.some((other) => other.type === relation.type && other.subject === relation.subject && other.object === relation.object)) relations.push(relation);
  };
  const mentions = doc.mentions!.filter((mention) => mention.entity);
  const mentionAt = new Map(mentions.map((mention) => [mention.tokenStart, mention]));
  const organisationNamed = new Map(mentions.filter((mention) => mention.label === 'ORG').map((mention) => [mention.text, mention]));
  for (const mention of mentions) {
    if (mention.label === 'PER' && mention.appositiveRole) {
      const role = mention.appositiveRole;
      add({ type: 'holds_role', subject: mention.entity!, object: role.country ? `${role.title}@${role.country}` : role.title, evidence: { start: role.span.start, end: mention.end }, rule: 'role-apposition' });
      const modifier = lexicons.matchRole(doc.text.slice(role.span.start, mention.start).trim().split(/\s+/).pop() ?? '')?.modifier;
      const organisation = modifier ? organisationNamed.get(modifier) : undefined;
      if (organisation) add({ type: 'member_of', subject: mention.entity!, object: organisation.entity!, evidence: { start: role.span.start, end: mention.end }, rule: 'role-compound-organisation' });
      // "Der Vorstandschef des Stahlkonzerns Voestalpine, Herbert Eibensteiner": the organisation the role's genitive or
      // von-phrase names, the first one after the role noun.
      const body = role.ofBody ? mentions.find((other) => other.label === 'ORG' && other.start >= role.span.start && other.end <= mention.start && other.entity !== mention.entity) : undefined;
      if (body) add({ type: 'member_of', subject: mention.entity!, object: body.entity!, evidence: { start: role.span.start, end: mention.end }, rule: 'role-body-organisation' });
    }
    if (mention.label === 'PER' && mention.kind === 'role' && mention.role) {
      add({ type: 'holds_role', subject: mention.entity!, object: mention.role.country ? `${mention.role.title}@${mention.role.country}` : mention.role.title, evidence: { start: mention.start, end: mention.end }, rule: 'role-description' });
    }
    // "Friedrich Merz (CDU)"
    if (mention.label === 'PER' && tokens[mention.tokenEnd]?.text === '(' && tokens[mention.tokenEnd + 2]?.text === ')') {
      const inside = mentionAt.get(mention.tokenEnd + 1);
      const organisation = inside?.label === 'ORG' ? inside : undefined;
      if (organisation) add({ type: 'member_of', subject: mention.entity!, object: organisation.entity!, evidence: { start: mention.start, end: tokens[mention.tokenEnd + 2].end }, rule: 'person-bracketed-organisation' });
    }
    // "die Universität in Wien", "Konzern aus Wolfsburg"
    if ((mention.label === 'ORG' || mention.label === 'LOC') && mention.kind === 'name') {
      const preposition = tokens[mention.tokenEnd]?.text;
      if (preposition === 'in' || preposition === 'aus') {
        const next = mentionAt.get(mention.tokenEnd + 1);
        const place = next?.label === 'LOC' && next.kind === 'name' ? next : undefined;
        // "Auch wenn die Türkei in Griechenland gestrandete Flüchtlinge zurücknehme": a country lies in no other country.
        const countries = place !== undefined && [mention, place].every((each) => lexicons.placeById.get(each.rule)?.kind === 'country');
        if (place && place.entity !== mention.entity && !countries) add({ type: 'located_in', subject: mention.entity!, object: place.entity!, evidence: { start: mention.start, end: place.end }, rule: `organisation-${preposition}-place` });
      }
    }
  }
  return relations;
}

export const extractRelationsStage = defineStage({
  name: 'extract-relations',
  description: 'Finds holds_role, member_of and located_in relations stated in the text, each with its evidence span.',
  requires: ['entities'],
  assigns: ['relations'],
  configSchema: z.strictObject({}),
  create(_config, context) {
    const lexicons = compiledLexicons(context.rules);
    return (doc: Doc): Doc => ({ ...doc, relations: extractRelations(doc, lexicons) });
  },
});
