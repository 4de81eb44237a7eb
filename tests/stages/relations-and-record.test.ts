import { describe, expect, it } from 'vitest';
import type { OkRecord } from '../../src/index.ts';
import { validateRecord } from '../../src/stages/record/build-record-stage.ts';
import { extractWithRules } from '../helpers/pipelines.ts';

const extract = extractWithRules;

describe('extract-relations', () => {
  it('states holds_role with evidence from a role apposition and from a resolved role description', async () => {
    const record = await extract('Der kenianische Präsident Daniel Mwangi reiste ab. Später lobte der kenianische Präsident die Gastgeber.');
    const relations = record.relations.filter((relation) => relation.type === 'holds_role');
    expect(relations.map((relation) => [relation.object, record.text.slice(relation.evidence.start, relation.evidence.end), relation.rule])).toEqual([
      ['Präsident@KE', 'Der kenianische Präsident Daniel Mwangi', 'role-apposition'],
    ]);
  });

  it('states member_of for a party in brackets and for a party-compound role', async () => {
    const record = await extract('Die Abgeordnete Lena Vogt (SPD) widersprach. SPD-Chef Tomas Brandt schwieg.');
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const memberships = record.relations.filter((relation) => relation.type === 'member_of').map((relation) => [nameOf(relation.subject), nameOf(relation.object), relation.rule]);
    expect(memberships).toEqual(
      expect.arrayContaining([
        ['Lena Vogt', expect.stringMatching(/SPD|Sozialdemokratische/), 'person-bracketed-organisation'],
        ['Tomas Brandt', expect.stringMatching(/SPD|Sozialdemokratische/), 'role-compound-organisation'],
      ]),
    );
  });

  it('states member_of for the organisation a role\'s genitive names before its holder', async () => {
    const record = await extract('Der Vorstandschef des Stahlkonzerns Kaltex, Janis Berzins, kündigte einen Stellenabbau an.');
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const memberships = record.relations.filter((relation) => relation.type === 'member_of').map((relation) => [nameOf(relation.subject), nameOf(relation.object), relation.rule]);
    expect(memberships).toEqual([['Janis Berzins', 'Kaltex', 'role-body-organisation']]);
  });

  it('states located_in for an organisation in a place', async () => {
    const record = await extract('Die Europäische Zentralbank in Frankfurt erhöhte den Leitzins.');
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    expect(record.relations.filter((relation) => relation.type === 'located_in').map((relation) => [nameOf(relation.subject), nameOf(relation.object)])).toEqual([
      [expect.stringMatching(/Zentralbank|EZB/), 'Frankfurt am Main'],
    ]);
  });

  it('places a city in its country, but no country in another', async () => {
    const record = await extract('Die Stadt Linz in Österreich wächst. Auch wenn die Türkei in Griechenland gestrandete Flüchtlinge zurücknehme, bleibe die Lage ernst.');
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    expect(record.relations.filter((relation) => relation.type === 'located_in').map((relation) => [nameOf(relation.subject), nameOf(relation.object)])).toEqual([['Linz', 'Österreich']]);
  });
});

describe('build-record', () => {
  it('turns a record whose span does not slice to its text into an error record', async () => {
    const record = await extract('Die Premierministerin Ilse Brandauer traf den Gast.');
    const broken: OkRecord = structuredClone(record);
    broken.entities[0].mentions[0].start += 1;
    const result = validateRecord(broken, record.text);
    expect(result).toMatchObject({ id: 't', status: 'error', error: { code: 'invalid-record' } });
    expect(result.status === 'error' && result.error.message).toMatch(/entities\[0\]\.mentions\[0\]/);
  });

  it('turns a record that fails the schema into an error record', async () => {
    const record = await extract('Die Premierministerin Ilse Brandauer traf den Gast.');
    const broken = { ...structuredClone(record), language: { code: 'german', confidence: 2 } } as unknown as OkRecord;
    expect(validateRecord(broken, record.text)).toMatchObject({ status: 'error', error: { code: 'invalid-record' } });
  });

  it('keeps a valid record as it is', async () => {
    const record = await extract('Die Premierministerin Ilse Brandauer traf den Gast.');
    expect(validateRecord(record, record.text)).toEqual(record);
  });
});
