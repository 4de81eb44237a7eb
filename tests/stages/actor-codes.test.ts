/**
 * CAMEO actor codes: sectors from roles, knowledge kinds, government seats, organisation names and the noun before a
 * name; codes from the country and the sector; and the event types that need a political actor. The persons and
 * companies here are made up: the codes come from the role nouns, kinds and nouns of actor-codes.json.
 */
import { describe, expect, it } from 'vitest';
import type { Doc, Entity } from '../../src/doc/types.ts';
import { compiledLexicons } from '../../src/rules/compile-lexicons.ts';
import { loadRulePack } from '../../src/rules/load-pack.ts';
import { mergeRulePacks } from '../../src/rules/merge-packs.ts';
import { loadPipeline } from '../../src/index.ts';
import { assignActorCodes, sectorOfOrganisationName, sectorOfRoleTitle } from '../../src/stages/link/assign-actor-codes.ts';
import { builtinPackDirectory, extractWithRules } from '../helpers/pipelines.ts';

const lexicons = compiledLexicons(mergeRulePacks([loadRulePack(builtinPackDirectory)]));

describe('the sector of a role title', () => {
  it.each([
    ['Außenministerin', 'government'],
    ['US-Präsident', 'government'],
    ['Kreml-Sprecher', 'government'],
    ['Polizeisprecher', 'police'],
    ['Regierungssprecher', 'government'],
    ['Gewerkschaftschef', 'labour'],
    ['Parteichef', 'party'],
    ['FPÖ-Chef', 'party'],
    ['Konzernchef', 'business'],
    ['Apple-Chef', 'business'],
    ['Landespolizeidirektor', 'police'],
    ['Oberstaatsanwältin', 'judiciary'],
    ['Ex-Finanzminister', 'government'],
    ['Nato-Generalsekretär', 'igo'],
    ['Greenpeace-Sprecher', 'ngo'],
    // The president of a listed body is that body's.
    ['ÖGB-Präsident', 'labour'],
  ])('%s → %s', (title, sector) => {
    expect(sectorOfRoleTitle(title, lexicons)?.name).toBe(sector);
  });

  it.each([
    // A function of any organisation says nothing alone.
    ['Sprecher'],
    ['Direktor'],
    // The president of a body no list knows is not a head of state.
    ['ÖAMTC-Präsident'],
  ])('%s has no sector', (title) => {
    expect(sectorOfRoleTitle(title, lexicons)).toBeUndefined();
  });
});

describe('the sector of an organisation nobody listed, from its name', () => {
  it.each([
    ['Brenner Logistik GmbH', 'business'],
    ['Kovač Holding AG', 'business'],
    ['Raiffeisen-Landesbank Tirol', 'business'],
    ['Universität Klagenfurt', 'education'],
    ['Oberlandesgericht Graz', 'judiciary'],
    ['Bundespolizei', 'police'],
    ['Salzburger Nachrichtenagentur', 'media'],
    ['Brandl Privatstiftung', 'business'],
  ])('%s → %s', (name, sector) => {
    expect(sectorOfOrganisationName(name, lexicons)?.name).toBe(sector);
  });

  it('does not read a noun that only ends in a listed one as a compound of it ("Verband" is no "Band")', () => {
    expect(sectorOfOrganisationName('Verband Steirischer Imker', lexicons)?.name).not.toBe('culture');
  });

  it('finds no listed noun inside a name written with a capital inside ("Coopers" holds no "Oper")', () => {
    expect(sectorOfOrganisationName('WintergreenCoopers', lexicons)?.name).toBeUndefined();
    expect(sectorOfOrganisationName('SaalfelderStaatsoper', lexicons)?.name).toBe('culture');
  });
});

describe('the noun before an organisation names its sector', () => {
  // A made-up document: tokens and the ORG entities a model would have found.
  function docWith(text: string, names: string[]): { doc: Doc; entities: Entity[] } {
    const tokens = [...text.matchAll(/[\p{L}\p{N}-]+|[^\s]/gu)].map((match) => ({ text: match[0], start: match.index!, end: match.index! + match[0].length }));
    const entities = names.map((name, index): Entity => {
      const start = text.indexOf(name);
      return { id: `e${index + 1}`, type: 'ORG', name, mentions: [{ text: name, start, end: start + name.length, sentence: 0, kind: 'name', rule: 'model:ner-de' }], rule: 'model:ner-de' };
    });
    return { doc: { id: 't', text, tokens, messages: [], source: {} } as unknown as Doc, entities };
  }

  it('in apposition, inflected and as a compound head', () => {
    const { doc, entities } = docWith('Aussagen des Satellitenfernsehanbieters Zentaro zufolge', ['Zentaro']);
    expect(assignActorCodes(entities, doc, lexicons)[0].sector).toBe('business');
  });

  it('for each name of the list it stands before', () => {
    const { doc, entities } = docWith('Die Mobilfunker Velox, Quanta und Tarifa bieten das Gerät an.', ['Velox', 'Quanta', 'Tarifa']);
    expect(assignActorCodes(entities, doc, lexicons).map((entity) => entity.sector)).toEqual(['business', 'business', 'business']);
  });

  it('not when the noun is an entity of its own', () => {
    const { doc, entities } = docWith('Dort fand die Polizei Marihuana.', ['Polizei', 'Marihuana']);
    expect(assignActorCodes(entities, doc, lexicons)[1].sector).toBeUndefined();
  });
});

describe('actor codes in the record', () => {
  it('joins the country and the sector, for persons, governments standing behind their seat, and places', async () => {
    const record = await extractWithRules('Der französische Präsident Jean Dupontel telefonierte mit Polizeisprecher Karl Weidinger. Moskau lehnte den Vorschlag ab. Schweden schweigt.');
    const byName = new Map(record.entities.map((entity) => [entity.name, entity]));
    expect(byName.get('Jean Dupontel')).toMatchObject({ sector: 'government', cameo: 'FRAGOV' });
    expect(byName.get('Karl Weidinger')).toMatchObject({ sector: 'police' });
    expect(byName.get('Russische Regierung')).toMatchObject({ sector: 'government', cameo: 'RUSGOV' });
    expect(byName.get('Schweden')).toMatchObject({ cameo: 'SWE' });
    expect(byName.get('Schweden')!.sector).toBeUndefined();
  });

  it('knows the social partners of Austria and Germany: unions are labour, chambers of commerce business', async () => {
    const record = await extractWithRules('Das kritisieren Arbeiterkammer und ÖGB. Die Wirtschaftskammer lehnte ab. In Berlin riefen ver.di und IG Metall zu Streiks auf.');
    const byName = new Map(record.entities.map((entity) => [entity.name, entity]));
    expect(byName.get('Arbeiterkammer')).toMatchObject({ sector: 'labour', cameo: 'AUTLAB' });
    expect(byName.get('Österreichischer Gewerkschaftsbund')).toMatchObject({ sector: 'labour', cameo: 'AUTLAB' });
    expect(byName.get('Wirtschaftskammer Österreich')).toMatchObject({ sector: 'business', cameo: 'AUTBUS' });
    expect(byName.get('ver.di')).toMatchObject({ sector: 'labour', cameo: 'DEULAB' });
    expect(byName.get('IG Metall')).toMatchObject({ sector: 'labour', cameo: 'DEULAB' });
  });
});

describe('a person named with a party in brackets', () => {
  it('is of that party and its country, though no role is stated', async () => {
    // The statistical model finds the names; the party after them says the sector.
    const record = (await loadPipeline('news-de')).extract({ id: 't', text: 'Das sagte Gernot Blümlinger (SPÖ) am Montag in Linz.' });
    expect(record.status).toBe('ok');
    const person = record.status === 'ok' ? record.entities.find((entity) => entity.name === 'Gernot Blümlinger') : undefined;
    expect(person).toMatchObject({ sector: 'party', cameo: 'AUTPTY' });
  });
});

describe('the gender of a listed organisation', () => {
  it('makes a feminine one after "der" a dative, never the subject ("hat Jauch der ARD gedroht")', async () => {
    const record = (await loadPipeline('news-de')).extract({ id: 't', text: 'Laut dem Spiegel hat Jauch der ARD bereits im April vergangenen Jahres mit der Kündigung seines Vertrages gedroht.' });
    expect(record.status).toBe('ok');
    if (record.status !== 'ok') return;
    const ard = record.entities.find((entity) => entity.name === 'ARD')!;
    expect(record.events.find((event) => event.type === 'threaten')?.participants).toContainEqual({ entity: ard.id, role: 'target' });
  });
});

describe('event types that need a political actor (politicalOnly, politicalSource)', () => {
  const eventsOf = async (type: string, text: string) => (await extractWithRules(text)).events.filter((event) => event.type === type);

  it.each([
    // politicalOnly: some actor must be political or a place.
    ["drops a company's promise to its customers", 'intent_to_cooperate', 'Konzernchef Tobias Ellmer versprach den Kunden schnellere Geräte.', 0],
    ['keeps a promise by a state office', 'intent_to_cooperate', 'Die Innenministerin Petra Hollmann versprach der Stadt mehr Polizisten.', 1],
    ['keeps a company that promises something to a country', 'intent_to_cooperate', 'Konzernchef Tobias Ellmer versprach Serbien neue Investitionen.', 1],
    ['drops a contract between two companies', 'sign_agreement', 'Konzernchef Tobias Ellmer und Bankchef Jonas Brandl haben einen Vertrag unterzeichnet.', 0],
    ['keeps a contract between a company and a country', 'sign_agreement', 'Konzernchef Tobias Ellmer hat mit Serbien einen Vertrag unterzeichnet.', 1],
    ['drops a meeting of two business people', 'meeting', 'Konzernchef Tobias Ellmer traf am Montag Bankchef Jonas Brandl.', 0],
    ['keeps a business leader meeting a minister', 'meeting', 'Konzernchef Tobias Ellmer traf den Innenminister Jonas Brandl.', 1],
    ['drops a phone call between two business people', 'phone_call', 'Konzernchef Tobias Ellmer telefonierte am Montag mit Bankchef Jonas Brandl.', 0],
    ['drops talks between two business people', 'consult', 'Konzernchef Tobias Ellmer beriet sich am Montag mit Bankchef Jonas Brandl.', 0],
    // politicalSource: the source must hold an office.
    ["drops a scientist's study", 'investigate', 'Professor Marko Varga hat die bosnische Diaspora in ganz Europa untersucht.', 0],
    ['keeps an investigation by a prosecutor', 'investigate', 'Die Oberstaatsanwältin Petra Hollmann hat die Vorwürfe gegen den Bürgermeister untersucht.', 1],
    ['keeps an investigation whose investigator is not named', 'investigate', 'Die Staatsanwaltschaft ermittelt gegen Bürgermeister Janis Berzins.', 1],
  ])('%s', async (_, type, text, count) => {
    expect(await eventsOf(type, text)).toHaveLength(count);
  });
});
