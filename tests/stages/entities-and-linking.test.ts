/**
 * Entities and linking on German sentences with people no list names: every case must come from the role
 * patterns, the grammar and the linking rules, not from the knowledge file. Add a row to add a case.
 */
import { describe, expect, it } from 'vitest';
import type { OkRecord } from '../../src/index.ts';
import { findModelMentions, nameChunkEnd, personNameEnd } from '../../src/stages/entities/find-model-mentions.ts';
import { findGazetteerMentions } from '../../src/stages/entities/find-gazetteer-mentions.ts';
import { confirmedFallbacks, listedNamesOpeningEnglishNames, placesStartingNames } from '../../src/stages/entities/recognise-entities-stage.ts';
import type { Candidate } from '../../src/stages/entities/candidate.ts';
import type { Mention } from '../../src/doc/types.ts';
import { resolveOverlaps } from '../../src/stages/entities/resolve-overlaps.ts';
import { propagateSurnames } from '../../src/stages/entities/propagate-surnames.ts';
import type { NerModel } from '../../src/ner/index.ts';
import { loadNewsSegmenter } from '../segment/load-news-segmenter.ts';
import { compiledLexicons } from '../../src/rules/compile-lexicons.ts';
import { loadRulePack } from '../../src/rules/load-pack.ts';
import { mergeRulePacks } from '../../src/rules/merge-packs.ts';
import { builtinPackDirectory, extractWithModel, extractWithRules } from '../helpers/pipelines.ts';
import { givenNamesAgree, givenNamesFitEntry, isGivenNameLike } from '../../src/rules/name-forms.ts';
import type { KnowledgeEntry } from '../../src/rules/schema.ts';

const extract = extractWithRules;

const persons = (record: OkRecord) => record.entities.filter((entity) => entity.type === 'PER');

/** The record's mentions that one rule found. */
const mentionsOfRule = (record: OkRecord, rule: string) => record.entities.flatMap((entity) => entity.mentions).filter((mention) => mention.rule === rule);

describe('a surname after an honorific', () => {
  it.each([
    ['Das bestätigte Herr Kowalczyk am Montag in Riga.', 'Kowalczyk'],
    ['Frau Silvestrelli sagte, die Kassette sei gestohlen worden.', 'Silvestrelli'],
    // "Mrs." is an abbreviation: the sentence goes on after it.
    ['Das sagte Mrs. Briscoe am Montag in London.', 'Briscoe'],
    // Academic titles too, one or several.
    ['Das bestätigte Dr. Kowalczyk am Montag in Riga.', 'Kowalczyk'],
    ['Das bestätigte Prof. Dr. Anna Kowalczyk am Montag in Riga.', 'Anna Kowalczyk'],
  ])('%s', async (text, name) => {
    const record = await extract(text);
    expect(persons(record).map((person) => person.name)).toEqual([name]);
    expect(record.sentences ?? [{}]).toHaveLength(1);
  });

  it('takes no common noun after "Frau" for a name ("Eine Frau Anfang 40")', async () => {
    expect(persons(await extract('Eine Frau Anfang 40 wurde in Riga verletzt.'))).toEqual([]);
  });

  it('knows a given name alone for the given name it is, so "er" passes over "seiner Frau Anna"', async () => {
    const record = await extract('Bürgermeister Janis Berzins besuchte seine Frau Anna in Riga. Er wurde dort festgenommen.');
    expect(persons(record).map((person) => person.name)).toEqual(['Janis Berzins', 'Anna']);
    const arrest = record.events.find((event) => event.type === 'arrest');
    const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));
    expect(arrest?.participants.map((participant) => names.get(participant.entity))).toEqual(['Janis Berzins']);
  });
});

describe('an organisation named after its kind', () => {
  it('reads the name after an article and a noun of organisations where the tagger found none ("die Gewerkschaft Pro-Ge")', async () => {
    const record = await extract('Die Gewerkschaft Pro-Ge kritisierte die Pläne scharf. Die Hilfsorganisation Vie Active verteilte Essen. Der Chef des Stahlkonzerns Kaltex schwieg. Die Klage gegen den lettischen Energiekonzern Nordtek ruht.');
    expect(record.entities.map((entity) => [entity.type, entity.name])).toEqual([['ORG', 'Pro-Ge'], ['ORG', 'Vie Active'], ['ORG', 'Kaltex'], ['ORG', 'Nordtek']]);
  });

  it('reads no common noun, given name or place after the kind noun', async () => {
    const record = await extract('Das Unternehmen Anfang Juli meldete Verluste. Die Partei Anna wählte. Die Bewegung Riga wuchs.');
    expect(record.entities.filter((entity) => entity.type === 'ORG')).toEqual([]);
  });
});

describe('one sense of a name per article', () => {
  it('takes no word the article names as an organisation for a listed person\'s surname ("Die Gewerkschaft Pistorius … Pistorius fordert")', async () => {
    const record = await extract('Die Gewerkschaft Pistorius streikt. Pistorius fordert mehr Lohn.');
    expect(record.entities.map((entity) => [entity.type, entity.name])).toEqual([['ORG', 'Pistorius']]);
  });
});

describe('roles in the plural', () => {
  it('takes a role noun in a form only a plural has for a group, not for the one holder named before ("den Senatoren")', async () => {
    const record = await extract('Der estnische Außenminister Kaarel Tamm reiste nach Riga. Am Montag dankte den Außenministern auch der Präsident.');
    expect(record.entities.find((entity) => entity.name === 'Kaarel Tamm')?.mentions.map((mention) => mention.text)).toEqual(['Der estnische Außenminister', 'Kaarel Tamm']);
  });
});

describe('a counterpart in office', () => {
  const rolesOf = (record: OkRecord, name: string) => record.entities.find((entity) => entity.name === name)?.roles;
  it('gives a name after "Amtskollege" and a nationality adjective the office of the person named before, in that country', async () => {
    const record = await extract('Der estnische Außenminister Kaarel Tamm empfing am Dienstag seinen litauischen Amtskollegen Vytautas Petraitis in Tallinn.');
    expect(rolesOf(record, 'Vytautas Petraitis')).toEqual([{ title: 'Außenminister', country: 'LT' }]);
    const women = await extract('Die lettische Regierungschefin Anna Kalnina traf ihre finnische Amtskollegin Liisa Virtanen.');
    expect(rolesOf(women, 'Liisa Virtanen')).toEqual([{ title: 'Regierungschefin', country: 'FI' }]);
    const toMan = await extract('Die lettische Regierungschefin Anna Kalnina traf ihren finnischen Amtskollegen Mikko Virtanen.');
    expect(rolesOf(toMan, 'Mikko Virtanen')).toEqual([{ title: 'Regierungschef', country: 'FI' }]);
  });

  it('gives none where no office was named before, or the adjective names no other country', async () => {
    expect(persons(await extract('Er traf am Montag seinen litauischen Amtskollegen Vytautas Petraitis.')).flatMap((person) => person.roles ?? [])).toEqual([]);
    const same = await extract('Der estnische Außenminister Kaarel Tamm traf seinen estnischen Amtskollegen Peeter Saar.');
    expect(rolesOf(same, 'Peeter Saar') ?? []).toEqual([]);
  });
});

describe('a firm named after its founder', () => {
  const personNames = (record: OkRecord) => persons(record).flatMap((person) => person.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text));
  it('takes the surname after a company\'s noun for the firm, not for the person named in full before', async () => {
    const record = await extract('Der Unternehmer Janis Kalnins gründete 1990 eine Kette in Riga. Die Drogeriemarktkette Kalnins meldete am Montag Insolvenz an. Der Verlag Kalnins auch.');
    expect(personNames(record)).toEqual(['Janis Kalnins']);
  });

  it('still takes the surname after a noun of a firm\'s organs or of persons', async () => {
    const record = await extract('Der Unternehmer Janis Kalnins gründete 1990 eine Kette in Riga. Vorstand Kalnins sagte am Montag, die Lage sei ernst.');
    expect(personNames(record)).toEqual(['Janis Kalnins', 'Kalnins']);
  });
});

describe('an organisation described by its kind', () => {
  const mentionsOf = (record: OkRecord, name: string) => record.entities.find((entity) => entity.name === name)?.mentions.map((mention) => mention.text);

  it('takes up the organisation of its sector named shortly before ("dem Konzern" after Amazon)', async () => {
    const record = await extract('Amazon hat in Riga 200 Stellen gestrichen. Die Regierung in Riga warf dem Konzern vor, Subventionen kassiert zu haben.');
    expect(mentionsOf(record, 'Amazon')).toEqual(['Amazon', 'dem Konzern']);
    const accusation = record.events.find((event) => event.type === 'accuse');
    const amazon = record.entities.find((entity) => entity.name === 'Amazon')!;
    expect(accusation?.participants).toContainEqual({ entity: amazon.id, role: 'target' });
  });

  it.each([
    // A plural, a genitive after the noun, a compound, another sector, or one named too long before.
    'Amazon hat in Riga 200 Stellen gestrichen. Die Konzerne der Branche schweigen.',
    'Amazon hat in Riga 200 Stellen gestrichen. Der Konzern des Milliardärs Berzins schweigt.',
    'Amazon hat in Riga 200 Stellen gestrichen. Der Versandkonzern schweigt.',
    'Amazon hat in Riga 200 Stellen gestrichen. Die Partei schweigt.',
    'Amazon hat in Riga 200 Stellen gestrichen. Es regnet. Es schneit. Es stürmt. Es hagelt. Der Konzern schweigt.',
  ])('takes up none in "%s"', async (text) => {
    const record = await extract(text);
    expect(mentionsOfRule(record, 'organisation-description')).toEqual([]);
  });
});

describe('the country of a role stated without one', () => {
  it('comes from a dateline that opens the text, with no title before it, where the article names other countries too', async () => {
    const record = await extract('Riga – Innenministerin Anna Kalnina sprach von einem schweren Schlag. Am Abend traf sie den estnischen Regierungschef.');
    expect(persons(record).find((person) => person.name === 'Anna Kalnina')?.roles).toEqual([{ title: 'Innenministerin', country: 'LV' }]);
  });

  it('is none for a title the knowledge file lists as an organisation\'s office of the person, whatever the dateline', async () => {
    const record = await extract('Riga – Generalsekretär Mark Rutte sagte am Montag, das Bündnis werde jeden Zentimeter verteidigen.');
    expect(persons(record).find((person) => person.name === 'Mark Rutte')?.roles).toEqual([{ title: 'Generalsekretär' }]);
  });

  it('comes from a country after "aus" right after the name before the dateline', async () => {
    const record = await extract('Riga – Die Polizei hat den früheren Innenminister Peter Kalnins aus Estland festgenommen. Er bestreitet die Vorwürfe.');
    expect(persons(record).find((person) => person.name === 'Peter Kalnins')?.roles).toEqual([{ title: 'Innenminister', country: 'EE' }]);
  });

  it('gives no role of an international body the country the article is about ("Kommissionssprecherin" beside the EU-Kommission)', async () => {
    const record = await extract('Riga – Die EU-Kommission hat ein Verfahren gegen Lettland eingeleitet. Kommissionssprecherin Elina Virta sagte am Mittwoch, Lettland habe gegen Regeln verstoßen.');
    expect(record.entities.find((entity) => entity.name === 'Elina Virta')?.roles).toEqual([{ title: 'Kommissionssprecherin' }]);
  });
});

describe('an organisation taken up by the noun its name ends in', () => {
  it('takes a bare institution noun for the one institution of that noun the article named shortly before', async () => {
    const targetOf = async (text: string) => {
      const record = await extract(text);
      const accusation = record.events.find((event) => event.type === 'accuse');
      const target = accusation?.participants.find((participant) => participant.role === 'target')?.entity;
      return record.entities.find((entity) => entity.id === target)?.name;
    };
    expect(await targetOf('Die bayerische Landesregierung hat ein Gesetz beschlossen. Bürgermeister Janis Berzins warf der Landesregierung vor, die Gemeinden zu übergehen.')).toBe('Bayerische Landesregierung');
    // Not where the article names two of them, nor a plural ("die Behörden" may be anyone's).
    expect(await targetOf('Die bayerische Landesregierung und die sächsische Landesregierung stritten. Bürgermeister Janis Berzins warf der Landesregierung vor, die Gemeinden zu übergehen.')).toBeUndefined();
    expect(await targetOf('Die bayerischen Behörden schwiegen. Bürgermeister Janis Berzins warf den Behörden vor, die Gemeinden zu übergehen.')).toBeUndefined();
  });

  it('links "die Kommission" to the EU-Kommission named before, and its act to it', async () => {
    const record = await extract('Die EU-Kommission hat den Plan aus Riga vorgelegt. Die Kommission kritisierte Lettland scharf.');
    const commission = record.entities.find((entity) => entity.name === 'Europäische Kommission');
    expect(commission?.mentions.map((mention) => mention.text)).toEqual(['EU-Kommission', 'Die Kommission']);
    expect(record.events.find((event) => event.type === 'criticize')?.participants).toContainEqual({ entity: commission!.id, role: 'source' });
  });

  it('links the head of the noun of a kind an organisation\'s name came after ("Die Umweltorganisation Kaltex … Die Organisation")', async () => {
    const record = await extract('Die Umweltorganisation Kaltex hat den Konzern Nordtek in Riga geklagt. Die Organisation wirft dem Unternehmen vor, Wälder zu zerstören.');
    const kaltex = record.entities.find((entity) => entity.name === 'Kaltex');
    expect(kaltex?.mentions.map((mention) => mention.text)).toEqual(['Kaltex', 'Die Organisation']);
    expect(record.events.find((event) => event.type === 'accuse')?.participants).toContainEqual({ entity: kaltex!.id, role: 'source' });
  });

  it.each([
    // A head in front of a phrase in lower case, a noun that names no kind of organisation, a state's institution.
    'Das Institut für Baltische Kunst zeigt Bilder. Die Kunst der Region ist alt.',
    'Der Islamische Staat drohte Riga. Der Staat reagierte.',
    'Die lettische Polizei ermittelt. Die Polizei in Tallinn schweigt.',
  ])('takes up nothing in "%s"', async (text) => {
    const record = await extract(text);
    expect(mentionsOfRule(record, 'organisation-head-description')).toEqual([]);
  });
});

describe('a team named by its town or country in a match report', () => {
  const types = (record: OkRecord) => Object.fromEntries(record.entities.map((entity) => [entity.name, entity.type]));

  it('is an organisation, where no preposition of place governs it', async () => {
    expect(types(await extract('Lettland besiegte Estland am Sonntag in Riga mit 2:0.'))).toEqual({ Lettland: 'ORG', Estland: 'ORG', Riga: 'LOC' });
    expect(types(await extract('Nach dem 3:1-Sieg über Estland feierte Riga bis in die Nacht.'))).toMatchObject({ Estland: 'ORG' });
    // A word of a match's result is a word of sport too.
    expect(types(await extract('Unzufriedenheit bei Riga nach der Nullnummer in Tallinn.'))).toEqual({ Riga: 'ORG', Tallinn: 'LOC' });
  });

  it('takes a capitalised plural no lexicon knows after the town into the team\'s name', async () => {
    const record = await extract('Halbfinale: Tallinn Kings – Riga Sharks 4:0 nach dem dritten Drittel.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toContain('Riga Sharks');
  });

  it('is the team after "von" and a player\'s noun, itself a word of sport, while "nach" a place stays one', async () => {
    expect(types(await extract('Der Stürmer von Tallinn wechselt im Sommer nach Riga.'))).toMatchObject({ Tallinn: 'ORG', Riga: 'LOC' });
    expect(types(await extract('Der Bürgermeister von Tallinn reist im Sommer nach Riga.'))).toMatchObject({ Tallinn: 'LOC', Riga: 'LOC' });
  });

  it('stays a place as the venue after a score, in a genitive, and outside match reports', async () => {
    expect(types(await extract('Lettland – Estland 1:0 (0:0) Riga. Tor: Kalnins (71.)'))).toMatchObject({ Riga: 'LOC' });
    expect(types(await extract('Lettlands Tennisass gewann in der ersten Runde mit 6:2.'))).toMatchObject({ Lettland: 'LOC' });
    expect(types(await extract('Lettland kritisierte Estland am Sonntag scharf.'))).toEqual({ Lettland: 'LOC', Estland: 'LOC' });
  });
});

describe('an abbreviation the article defines', () => {
  const organisations = (record: OkRecord) => record.entities.filter((entity) => entity.type === 'ORG').map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)]);

  it('is the name it abbreviates, before and after the definition, whatever a list means by it', async () => {
    const record = await extractWithModel('Die IWF warnt. Davor warnt nun die Internet Watch Foundation (IWF) in einem Bericht. Die IWF sammelt Hinweise.');
    expect(organisations(record)).toEqual([['Internet Watch Foundation', ['IWF', 'Internet Watch Foundation', 'IWF', 'IWF']]]);
  });

  it('leaves a listed abbreviation its entry where the name is the entry\'s own, declined or not', async () => {
    const record = await extractWithModel('Der Internationale Währungsfonds (IWF) warnt. Die Prognose des Internationalen Währungsfonds (IWF) sinkt.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => [entity.name, entity.wikidata])).toEqual([['Internationaler Währungsfonds', 'Q7804']]);
  });
});

describe('an institution named by its kind and place', () => {
  it('takes an adjective of its name in ("an der Technischen Universität Riga") and names it in the nominative', async () => {
    const record = await extract('Er forschte an der Technischen Universität Riga und an der Pädagogischen Hochschule Tallinn.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toEqual(['Technische Universität Riga', 'Pädagogische Hochschule Tallinn']);
  });
});

describe('names listed beside a listed organisation or place', () => {
  const named = (record: OkRecord) => record.entities.map((entity) => [entity.type, entity.name]);

  it.each([
    ['Hochwasser drohte an Donau, Marvach und Wörpel.', [['LOC', 'Marvach'], ['LOC', 'Wörpel']]],
    ['Der Vorstoß stieß bei Amazon, Quorvex und Zalemo auf Widerstand.', [['ORG', 'Quorvex'], ['ORG', 'Zalemo']]],
  ])('%s', async (text, expected) => {
    const record = await extract(text);
    for (const entity of expected) expect(named(record)).toContainEqual(entity);
  });

  it.each([
    // Commas alone make no list.
    'Laut Amazon, Quorvex sei betroffen.',
    // A member going on with a preposition or an article is a phrase, not a bare name.
    'Der Vorstoß stieß bei Amazon in Irland und Quorvex in Estland auf Widerstand.',
    'Die Gespräche mit Amazon und Quorvex der Firma liefen gut.',
  ])('takes no name from "%s"', async (text) => {
    const record = await extract(text);
    expect(mentionsOfRule(record, 'coordinated-name')).toEqual([]);
  });
});

describe('role patterns find persons nobody listed', () => {
  it.each([
    ['Der tschechische Ministerpräsident Petr Fiala traf am Montag in Prag ein.', 'Petr Fiala', 'Ministerpräsident', 'CZ'],
    ['Die estnische Außenministerin Maarja Kask-Tamm kritisierte den Beschluss scharf.', 'Maarja Kask-Tamm', 'Außenministerin', 'EE'],
    ['Frankreichs Präsident Jean Dupontel sagte am Abend, er sei zufrieden.', 'Jean Dupontel', 'Präsident', 'FR'],
    ['Kreml-Sprecher Igor Sokolow erklärte, man prüfe das Angebot.', 'Igor Sokolow', 'Kreml-Sprecher', 'RU'],
    ['Der brasilianische Präsident Luiz Inácio Lula da Silva reiste nach Rom.', 'Luiz Inácio Lula da Silva', 'Präsident', 'BR'],
    ['US-Präsidentin Mary Whitfield empfing den Gast im Weißen Haus.', 'Mary Whitfield', 'Präsidentin', 'US'],
    ['Die kenianische Gesundheitsministerin Amina Odhiambo eröffnete die Klinik.', 'Amina Odhiambo', 'Gesundheitsministerin', 'KE'],
  ])('%s', async (text, name, title, country) => {
    const record = await extract(text);
    const person = persons(record).find((entity) => entity.name === name);
    expect(person, JSON.stringify(persons(record).map((entity) => entity.name))).toBeDefined();
    expect(person!.roles).toContainEqual({ title, country });
  });

  it('takes the country of a listed person whose genitive stands before a role, and keeps the person a name of its own', async () => {
    const record = await extractWithModel('Putins Verteidigungsminister ist am Montag mit Präsident Mikko Rantanen in Helsinki zusammengetroffen.');
    const minister = persons(record).find((entity) => entity.roles?.some((role) => role.title === 'Verteidigungsminister'));
    expect(minister?.roles).toContainEqual({ title: 'Verteidigungsminister', country: 'RU' });
    expect(persons(record).map((entity) => entity.name)).toContain('Wladimir Putin');
  });

  it('takes a hashtag right after a role for the holder\'s name ("US-Außenminister #Kerry" in a post)', async () => {
    const record = await extract('RT @kieler_blatt: Die lettische Regierungschefin #Kalnina hat die Vorwürfe am Montag zurückgewiesen.');
    expect(persons(record).map((person) => [person.name, person.roles])).toEqual([['Kalnina', [{ title: 'Regierungschefin', country: 'LV' }]]]);
  });

  it('takes hyphenated Arabic name parts into the name', async () => {
    const record = await extract('Der syrische Machthaber Baschar al-Assad empfing den Gesandten.');
    expect(persons(record).map((entity) => entity.name)).toEqual(['Baschar al-Assad']);
  });

  it.each([
    ['Dann spielte Wirtschaftskammer-Präsident Christoph Leitl den Ball an die Regierung zurück.', 'Christoph Leitl'],
    ['Das bestätigte Pressesprecher Jörg Hennemann der Zeitung am Montag.', 'Jörg Hennemann'],
    ['Die Kommissionspräsidentin Ursula von der Leyen reiste ab.', 'Ursula von der Leyen'],
    ['Der jordanische Prinz Ali bin al-Hussein kandidiert.', 'Ali bin al-Hussein'],
    ['Die niederländische Ministerin Nienke van der Marel sprach am Montag in der Hauptstadt über die Zukunft der Landwirtschaft.', 'Nienke van der Marel'],
    // After "von der", an acronym or an organisation the lists know says where the person works.
    ['Einen Stopp forderte die lettische Abgeordnete Anna Kalnina von der SPD.', 'Anna Kalnina'],
    ['Einen Stopp forderte die lettische Abgeordnete Anna Kalnina von der Nato.', 'Anna Kalnina'],
    // Austrian offices (roles.jsonl): the role is no part of the name.
    ['Höhere Kosten würden das konterkarieren, weshalb Landeshauptmann Erwin Pröll (ÖVP) die Idee ablehnte.', 'Erwin Pröll'],
    // After an initial comes the family name, whatever noun it ends in.
    ['Das sagt Obmann Karl L. Brunnbauer, der auch einer Plattform vorsitzt.', 'Karl L. Brunnbauer'],
    // After a given name, a role word is the family name.
    ['Das Signal ist klar, erklärte der Greenpeace-Experte Martin Kaiser am Abend.', 'Martin Kaiser'],
  ])('ends the name after a role where the name ends: %s', async (text, name) => {
    const record = await extract(text);
    expect(persons(record).map((entity) => entity.name)).toEqual([name]);
  });

  it('ends a name after a role before a word that the article\'s other mentions of the name do not have after them', async () => {
    const record = await extract('Dann habe Landeshauptmann Erwin Pröll Mitterlehner angeschrien. Erwin Pröll stellte klar, er habe nicht geschrien. Mitterlehner schwieg.');
    expect(persons(record).map((entity) => entity.name)).toEqual(['Erwin Pröll']);
  });

  it('reads an institution noun before a place as the institution\'s name ("Universität Wien")', async () => {
    const record = await extract('Das berichtet die Universität Wien in einer Aussendung.');
    expect(record.entities.map((entity) => `${entity.type}:${entity.name}`)).toEqual(['ORG:Universität Wien']);
  });

  it('takes no noun in the genitive for a name, even after a word that looks like a rank', async () => {
    const record = await extract('Die ehemalige Präsidentin des Obersten Gerichtshofs fordert eine Kostengrenze.');
    expect(persons(record).map((entity) => entity.name)).not.toContain('Gerichtshofs');
    const named = await extract('Im Gespräch mit dem griechischen Staatspräsidenten Prokopis Pavlopoulos ging es um Flüchtlinge.');
    expect(persons(named).map((entity) => entity.name)).toContain('Prokopis Pavlopoulos');
  });

  it('does not read a role word that opens a known name as a role', async () => {
    const record = await extract('Leicester City steht vor dem Titel in der Premier League.');
    expect(persons(record)).toEqual([]);
  });

  it('reads a given name and a word no list knows as a person, but not before another such word (pattern fallback)', async () => {
    expect(persons(await extract('Die Polizei fand den Komplizen Uwe Böhnhardt am Montag in Riga.')).map((entity) => entity.name)).toEqual(['Uwe Böhnhardt']);
    expect(persons(await extract('Mit dem Gerät lässt sich per App das Licht steuern. Per Smart Remote kann das Handy die Kamera auslösen.'))).toEqual([]);
  });

  it('lets a fallback pattern\'s guess yield to every overlapping mention, the tagger\'s included', () => {
    const mention = (tokenStart: number, tokenEnd: number, rule: string) => ({ start: tokenStart, end: tokenEnd, text: rule, label: 'PER' as const, kind: 'name' as const, sentence: 0, tokenStart, tokenEnd, rule, confidence: 0.5 });
    const { kept } = resolveOverlaps([
      { source: 'fallback', packRank: 0, mention: mention(0, 2, 'fallback') },
      { source: 'model', packRank: 0, mention: mention(1, 3, 'model') },
    ]);
    expect(kept.map((kept) => kept.rule)).toEqual(['model']);
  });

  it('reads a listed abbreviation before a word no list knows as the start of a longer name, not as its entry', async () => {
    const names = async (text: string) => (await extract(text)).entities.map((entity) => entity.name);
    expect(await names('Der Anbieter will ab April die Tagesoption EU Day Pack anbieten.')).not.toContain('Europäische Union');
    // A noun, a given name or a time after it leaves the entry standing.
    expect(await names('Die EU Kommission in Brüssel prüft den Antrag aus Riga.')).toContain('Europäische Union');
  });

  it('does not read a role word after an ampersand as a role ("Daily Mail & General Trust")', async () => {
    const record = await extract('Daily Mail & General Trust führe dazu Gespräche mit mehreren Beteiligungsgesellschaften, hieß es.');
    expect(persons(record)).toEqual([]);
  });

  it('reads a foreign club named by a prefix and its city as one organisation, not as the city or its government', async () => {
    const record = await extract('Am Mittwoch trifft Dynamo Kiew in der Champions League auf Zenit St. Petersburg, sagte der Trainer.');
    const names = record.entities.map((entity) => `${entity.type}:${entity.name}`);
    expect(names).toEqual(expect.arrayContaining(['ORG:Dynamo Kiew', 'ORG:Zenit St. Petersburg']));
    expect(names.filter((name) => name.startsWith('LOC:'))).toEqual([]);
  });

  it('reads a sports club with its prefix as one organisation, not as its town', async () => {
    const record = await extract('Der 1. FC Köln ist Vierter, der FC Ingolstadt verlor gegen den SK Sturm Graz.');
    expect(record.entities.map((entity) => `${entity.type}:${entity.name}`)).toEqual(['ORG:1. FC Köln', 'ORG:FC Ingolstadt', 'ORG:SK Sturm Graz']);
    const more = await extract('In der Gruppe spielen ZSKA Moskau und PSV Eindhoven gegen den FC Ingolstadt.');
    expect(more.entities.map((entity) => `${entity.type}:${entity.name}`)).toEqual(['ORG:ZSKA Moskau', 'ORG:PSV Eindhoven', 'ORG:FC Ingolstadt']);
  });

  it('links a short form that is also a common word ("Bahn") only where the article names its entry otherwise', async () => {
    const names = async (text: string) => (await extract(text)).entities.map((entity) => entity.name);
    expect(await names('Die Wut hatte sich in Protesten Bahn gebrochen.')).not.toContain('Deutsche Bahn');
    const named = await extract('Die Deutsche Bahn erhöht die Preise. Die Bahn begründete das mit höheren Kosten.');
    expect(named.entities.find((entity) => entity.name === 'Deutsche Bahn')?.mentions.map((mention) => mention.text)).toEqual(['Deutsche Bahn', 'Bahn']);
    const council = await extract('Der UN-Menschenrechtsrat tagt in Genf. Zu Beginn der Sitzung des Menschenrechtsrats sprach der Präsident Mikko Rantanen.');
    expect(council.entities.find((entity) => entity.name === 'UN-Menschenrechtsrat')?.mentions.map((mention) => mention.text)).toEqual(['UN-Menschenrechtsrat', 'Menschenrechtsrats']);
  });

  it('leaves a word that opens sentences but never names out of the tagger\'s name ("Wann Pröll …"), but not a given name or month', async () => {
    const names = async (text: string) => (await extractWithModel(text)).entities.map((entity) => entity.name);
    expect(await names('Mikl-Leitner folgt Erwin Pröll nach. Wann Pröll sein Amt zurücklegt, war vorerst unklar.')).not.toContain('Wann Pröll');
    expect(await names('Die Kunstwerke, die Gauleiter August Eigruber vernichten lassen wollte, wurden gerettet.')).toContain('August Eigruber');
  });

  it('reads a name and the initial of a family name as a person, the period included ("Husam M.", "Fayçal C.")', async () => {
    const record = await extract('Der Verdächtige Husam M. wurde festgenommen. Gegen Fayçal C. wird ermittelt. Der Jihadist Abdelhamid A. gilt als Drahtzieher.');
    expect(persons(record).map((entity) => entity.name)).toEqual(['Husam M.', 'Fayçal C.', 'Abdelhamid A.']);
    const arrest = record.events.find((event) => event.type === 'arrest');
    expect(arrest?.participants.map((participant) => record.entities.find((entity) => entity.id === participant.entity)?.name)).toEqual(['Husam M.']);
  });

  it('reads a name and an initial the tokenizer joined to its period before a noun as a person, but leaves a given name and middle initial to the name after', async () => {
    // Before a capitalised word the tokenizer keeps "N." as one token, the period being no sentence end.
    const record = await extract('Gegen den ebenfalls festgenommenen Rabah N. Anklage erhoben hat die Staatsanwaltschaft in Riga.');
    expect(persons(record).map((entity) => entity.name)).toEqual(['Rabah N.']);
    expect(persons(await extractWithModel('Der Gründer John W. Kluge ist tot.')).map((entity) => entity.name)).not.toContain('John W.');
  });

  it('takes no listed role noun the tagger marks alone for a name ("des regierenden Sultans")', async () => {
    const names = (await extractWithModel('Eine Darmkrebserkrankung des seit 1970 regierenden Sultans, die in Deutschland behandelt wurde, galt als Grund.')).entities.map((entity) => entity.name);
    expect(names).toEqual(['Deutschland']);
  });

  it('takes a river or region a town\'s name is joined to into that name (grammar placeNameLinks), but no noun or listed place', async () => {
    const places = async (text: string) => (await extractWithModel(text)).entities.filter((entity) => entity.type === 'LOC').map((entity) => entity.name);
    expect(await places('Die Notunterkunft in Waidhofen an der Ybbs ist seit Montag voll.')).toContain('Waidhofen an der Ybbs');
    expect(await places('Die Notunterkunft in Waidhofen an der Grenze ist seit Montag voll.')).not.toContain('Waidhofen an der Grenze');
  });

  it('reads no noun, sentence opener or place with a letter after it as a person ("Plan B.", "Gruppe A.", "Und S.")', async () => {
    const record = await extract('Sie hatten einen Plan B. Dann kam Gruppe A. Und S. war weg. Der Anschluss in Wien C. fehlt.');
    expect(persons(record)).toEqual([]);
  });

  it('does not take common nouns for persons', async () => {
    const record = await extract('Die Koalition hat am Dienstag beschlossen, die Regierung zu unterstützen. Der Präsident der Kommission schwieg.');
    expect(persons(record)).toEqual([]);
  });
});

describe('linking', () => {
  it('gives a bare role noun opening the headline to the first holder the article names after it, not to a plural', async () => {
    const record = await extract('Präsident kritisiert Estland scharf. Riga – Der lettische Präsident Andris Ozols hat am Montag die Regierung in Tallinn kritisiert.');
    const ozols = record.entities.find((entity) => entity.name === 'Andris Ozols');
    expect(ozols?.mentions.map((mention) => mention.text)).toContain('Präsident');
    expect(ozols?.mentions.find((mention) => mention.text === 'Präsident')?.start).toBe(0);
    const plural = await extract('Ermittler gehen von Fahrlässigkeit aus. Riga – Der lettische Ermittler Andris Ozols sagte das am Montag.');
    expect(plural.entities.flatMap((entity) => entity.mentions).some((mention) => mention.start === 0)).toBe(false);
    // So a role with its country ("Lettlands Außenminister", "Estland-Außenminister"), for one the text gives the title
    // without a country; not one of a party ("SPÖ-Kandidat").
    const minister = await extract('Estland-Außenminister vermittelt in Riga. Riga – Außenminister Karl Tamm traf am Montag die Regierung.');
    expect(minister.entities.find((entity) => entity.name === 'Karl Tamm')?.mentions.some((mention) => mention.start === 0)).toBe(true);
    // The title stated without a country takes the one the text gives it elsewhere, not the dateline's.
    expect(persons(minister).find((entity) => entity.name === 'Karl Tamm')?.roles).toEqual([{ title: 'Außenminister', country: 'EE' }]);
  });
  it('writes an entity\'s name with single spaces, while its mention keeps the text as written', async () => {
    const record = await extract('Die Premierministerin Ilse  Brandauer traf den Gast.');
    const [person] = persons(record);
    expect(person.name).toBe('Ilse Brandauer');
    expect(person.mentions.find((mention) => mention.kind === 'name')?.text).toBe('Ilse  Brandauer');
  });

  it('keeps a name\'s final -s after a role with its article, which marks the case itself ("der … Richter Pernell Harris Botschaften")', async () => {
    const record = await extract('In der Serie erhält der nicht ganz ehrenwerte Richter Pernell Harris Botschaften von Gott.');
    expect(persons(record).map((entity) => entity.name)).toEqual(['Pernell Harris']);
  });

  it('joins surname-only and genitive mentions to the full name', async () => {
    const record = await extract('Die Premierministerin Ilse Brandauer traf den Gast. Brandauers Sprecher bestätigte das Treffen. Brandauer reiste danach ab.');
    const [person] = persons(record);
    expect(person.name).toBe('Ilse Brandauer');
    expect(person.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text)).toEqual(['Ilse Brandauer', 'Brandauers', 'Brandauer']);
    // A surname that ends in -s keeps it before a noun, where it looks like a genitive.
    const iglesias = await extract('Die Premierministerin Ilse Iglesias traf den Gast. Der Minister lehnte Iglesias Forderung ab.');
    expect(persons(iglesias).map((entity) => entity.name)).toEqual(['Ilse Iglesias']);
    // So before an inflected adjective and a noun, but not before a quantifier (grammar quantifiers) or an article.
    const novel = await extract('Die Verfilmung von Lew Wallaces gleichnamigem Roman wurde 1907 gedreht.');
    expect(persons(novel).map((entity) => entity.name)).toEqual(['Lew Wallace']);
    // And before a compound noun the noun list holds only by its head ("Klavierkonzert"), or after a hyphen.
    const concerto = await extractWithModel('Neben Francis Poulencs Klavierkonzert spielt das Orchester am Abend Werke von Ravel.');
    expect(persons(concerto).map((entity) => entity.name)).toEqual(['Francis Poulenc']);
    const documentary = await extractWithModel('Den Preis für den besten Dokumentarfilm erhielt Asif Kapadias umstrittene Amy-Winehouse-Biografie.');
    expect(persons(documentary).map((entity) => entity.name)).toContain('Asif Kapadia');
    // A past tense before a listed place is no adjective of a noun of the person's ("kritisierte Russland").
    const verb = await extract('Ein Sprecher von Bürgermeister Janis Berzins kritisierte Russland am Montag scharf.');
    expect(persons(verb).map((entity) => entity.name)).toEqual(['Janis Berzins']);
    const boss = await extract('Viele meinen, dass Konzernchef Karl Jobs solche Patzer nie erlaubt hätte. Danach übernahm Jörg Quoos die Leitung.');
    expect(persons(boss).map((entity) => entity.name)).toEqual(['Karl Jobs', 'Jörg Quoos']);
    // The name after a hyphenated particle stands alone too: "Omar al-Kadiri" … "Kadiris Rücktritt", "Kadiri".
    const particle = await extract('Der Präsident Omar al-Kadiri darf das Land nicht verlassen. Die Opposition fordert Kadiris Rücktritt. Kadiri schweigt.');
    const [kadiri] = persons(particle);
    expect(persons(particle)).toHaveLength(1);
    expect(kadiri.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text)).toEqual(['Omar al-Kadiri', 'Kadiris', 'Kadiri']);
  });

  it('joins a family name that comes first ("Li Yan" … "Li") to the full name, and no given name that comes first', async () => {
    const record = await extract('Die Anwältin Zhou Meilan wurde festgenommen. Später sagte Zhou, sie sei unschuldig.');
    expect(persons(record).map((person) => [person.name, person.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text)])).toEqual([['Zhou Meilan', ['Zhou Meilan', 'Zhou']]]);
    const western = await extract('Die Anwältin Ilse Brandauer wurde festgenommen. Später sagte Ilse, sie sei unschuldig.');
    expect(persons(western).flatMap((person) => person.mentions.map((mention) => mention.text))).not.toContain('Ilse');
  });

  it('does not let the first name in a regnal name\'s alias stand for that person alone', async () => {
    const record = await extract('Die Schülerin Leo Maier las vor. Danach sprach Leo über ihr Buch.');
    expect(persons(record).map((entity) => entity.name)).not.toContain('Leo XIV.');
  });

  it('does not let a regnal number or a one-letter key stand for a person alone', async () => {
    const record = await extract('König Frederik X. eröffnete die Messe. Dort zeigte Canon die G9 X und OnePlus das Modell X.');
    const king = persons(record).find((entity) => entity.name.startsWith('Frederik'));
    expect(king?.mentions.filter((mention) => mention.kind === 'name')).toHaveLength(1);
    expect(persons(record)).toHaveLength(1);
  });

  it('joins transliteration variants of one name', async () => {
    const record = await extract('Der ukrainische Präsident Wolodymyr Selenskyj sprach in Kiew. Später sagte Präsident Volodymyr Zelensky, die Lage sei ernst.');
    const ukrainians = persons(record);
    expect(ukrainians).toHaveLength(1);
    expect(ukrainians[0].mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(['Wolodymyr Selenskyj', 'Volodymyr Zelensky']));
  });

  it('resolves a role description to the person holding that role in the article', async () => {
    const record = await extract('Der kenianische Präsident Daniel Mwangi besuchte Berlin. Der kenianische Präsident betonte die guten Beziehungen.');
    const [person] = persons(record);
    expect(person.name).toBe('Daniel Mwangi');
    expect(person.mentions.map((mention) => [mention.text, mention.kind])).toContainEqual(['Der kenianische Präsident', 'role']);
  });

  it('reads a role without an article after "sein" or "werden" as what someone is or would be, no description of a holder', async () => {
    for (const text of ['Sein Arzt schrieb, er wäre "gesündester" US-Präsident aller Zeiten.', 'Der Milliardär wurde 2017 US-Präsident und zog ins Weiße Haus.']) {
      expect(persons(await extract(text)).map((person) => person.name)).toEqual([]);
    }
    // With an article or without a copula, the description stands for the holder.
    expect(persons(await extract('Der kenianische Präsident betonte die guten Beziehungen zu Berlin.'))).toHaveLength(1);
  });

  it('takes a role\'s country from the one state whose parties the article names where its places name none, and a place\'s office from a kind of place', async () => {
    const rolesOf = async (text: string) => persons(await extract(text)).map((person) => [person.name, person.roles]);
    expect(await rolesOf('Birkenau – Der Bürgermeister der Stadt Birkenau, Karl Weidner, ist zurückgetreten. Die Fraktion der Freien Wähler hatte ihm Untreue vorgeworfen. Landrat Peter Sommer dankte ihm.')).toEqual([
      ['Karl Weidner', [{ title: 'Bürgermeister', country: 'DE' }]],
      ['Peter Sommer', [{ title: 'Landrat', country: 'DE' }]],
    ]);
    // A news agency crediting the report says nothing of where it is.
    expect(await rolesOf('Birkenau – Der Bürgermeister der Stadt Birkenau, Karl Weidner, ist zurückgetreten. Landrat Peter Sommer dankte ihm. (APA/dpa)')).toEqual([
      ['Karl Weidner', [{ title: 'Bürgermeister' }]],
      ['Peter Sommer', [{ title: 'Landrat' }]],
    ]);
  });

  it('gives a role an international body names ("Nato-Verteidigungsminister") to no holder of one state\'s office', async () => {
    const found = await extract('Kalnina lädt Nato-Verteidigungsminister nach Riga\n\nRiga – Es wird erwartet, dass auch der lettische Verteidigungsminister Janis Ozolins an dem Treffen teilnimmt.');
    expect(persons(found).map((person) => [person.name, person.roles])).toEqual([['Janis Ozolins', [{ title: 'Verteidigungsminister', country: 'LV' }]]]);
  });

  it('reads one common noun after a role as no name, unless the article writes it after a given name', async () => {
    expect(persons(await extract('Der frühere Stürmer folgt dem als Geschäftsführer Sport zu Sturm Graz abwandernden Trainer.'))).toEqual([]);
    const coach = persons(await extract('Es war klar, dass Marcel Kollers Wunsch erfüllt wird. Am Montag sagte Teamchef Koller, er sei zufrieden.'));
    expect(coach.map((person) => [person.name.endsWith('Koller'), person.roles])).toEqual([[true, [{ title: 'Teamchef' }]]]);
  });

  it('reads no name in apposition after a plural role phrase without a determiner ("unabhängiger Experten")', async () => {
    expect(persons(await extract('In Lettland ist nach Angaben unabhängiger Experten Senfgas eingesetzt worden.'))).toEqual([]);
    expect(persons(await extract('Auch ehemaliger Präsident Janis Ozolins sprach am Montag über die schwierige Lage der Wirtschaft und die Zukunft des Landes.')).map((person) => person.name)).toEqual(['Janis Ozolins']);
  });

  it('gives a role description followed by more titles joined by "und" to the name after them', async () => {
    const record = await extract('Riga – Der lettische Gewerkschaftsführer, spätere Präsident und Friedensnobelpreisträger Janis Ozolins soll Spitzel gewesen sein.');
    expect(persons(record).map((person) => [person.name, person.roles, person.mentions.map((mention) => mention.text)])).toEqual([
      ['Janis Ozolins', [{ title: 'Gewerkschaftsführer', country: 'LV' }], ['Der lettische Gewerkschaftsführer', 'Janis Ozolins']],
    ]);
    // Not a list of groups, nor a single title after the comma, which names a person of its own.
    const groups = await extract('Er sprach vor den Abgeordneten, Regierungsmitgliedern und Bundespräsident Janis Ozolins.');
    expect(persons(groups).map((person) => person.roles)).toEqual([[{ title: 'Bundespräsident' }]]);
  });

  it('names an adjectival role ("Vorsitzende", "Abgeordnete") in its holder\'s gender, which only the determiner tells', async () => {
    const titleOf = async (text: string, name: string) => persons(await extract(text)).find((entity) => entity.name === name)?.roles?.[0]?.title;
    expect(await titleOf('Der UN-Sondergesandte Karel Dvořák forderte eine Waffenruhe.', 'Karel Dvořák')).toBe('UN-Sondergesandter');
    expect(await titleOf('Die UN-Sondergesandte Anna Berg forderte eine Waffenruhe.', 'Anna Berg')).toBe('UN-Sondergesandte');
    expect(await titleOf('Die Ministerin traf sich mit der SPD-Vorsitzenden Anna Berg.', 'Anna Berg')).toBe('SPD-Vorsitzende');
    expect(await titleOf('Die Ministerin traf sich mit dem SPD-Vorsitzenden Karl Huber.', 'Karl Huber')).toBe('SPD-Vorsitzender');
    // "zur" is "zu der": feminine.
    expect(await titleOf('Die Ministerin ging zur SPD-Vorsitzenden Anna Berg.', 'Anna Berg')).toBe('SPD-Vorsitzende');
    // A role anaphor in -e takes its sex from its determiner: "die Fraktionsvorsitzende" is the woman named before.
    const anaphor = await extract('Die Fraktionsvorsitzende Anna Berg kam früh. Der Fraktionsvorsitzende Karl Huber kam spät. Später rief die Fraktionsvorsitzende die Minister zur Ruhe auf.');
    const berg = persons(anaphor).find((entity) => entity.name === 'Anna Berg');
    expect(berg?.mentions.map((mention) => mention.text)).toContain('die Fraktionsvorsitzende');
  });

  it('resolves a role anaphor to the holder mentioned last before it, not to the one named last for the first time', async () => {
    const record = await extract('Finanzminister Karl Huber kritisierte den Plan. Unter Finanzminister Peter Moser war das anders. Huber sagte am Montag, man werde verhandeln. Den Vorwurf wies der Minister zurück.');
    expect(persons(record).find((entity) => entity.name === 'Karl Huber')?.mentions.map((mention) => mention.text)).toContain('der Minister');
  });

  it('resolves a role description in the headline to the person the lead names with that role in apposition', async () => {
    // The statistical tagger finds the name before the comma; the rules alone do not.
    const record = await extractWithModel('Lettlands Außenministerin vor Reise nach Estland\nRiga – Anna Kalnina, die lettische Außenministerin, wird am Donnerstag in Tallinn erwartet.');
    expect(persons(record).map((entity) => entity.name)).toEqual(['Anna Kalnina']);
    expect(persons(record)[0].mentions.map((mention) => mention.text)).toContain('Lettlands Außenministerin');
  });

  it('reads a surname that is also a place as the person named in full before it, unless a preposition makes it the place', async () => {
    const record = await extract('Der österreichische Innenminister Martin Linz kritisierte die Regierung. Linz selbst plant keine Reise nach Graz. In Linz regnete es.');
    const person = persons(record).find((entity) => entity.name === 'Martin Linz');
    expect(person?.mentions.map((mention) => mention.text)).toEqual(['Der österreichische Innenminister', 'Martin Linz', 'Linz']);
    expect(record.entities.find((entity) => entity.type === 'LOC' && entity.name === 'Linz')?.mentions.map((mention) => mention.start)).toEqual([record.text.lastIndexOf('Linz')]);
  });

  it('gives a name that entities of several countries share to the one of the country the article names most', async () => {
    // The CAMEO code starts with the entity's country.
    const greens = async (text: string) => (await extract(text)).entities.find((entity) => entity.mentions.some((mention) => mention.text.endsWith('Grünen')))?.cameo?.slice(0, 3);
    expect(await greens('In Wien kritisieren die Grünen die ÖVP und die FPÖ.')).toBe('AUT');
    expect(await greens('In Berlin kritisieren die Grünen die CDU und die SPD.')).toBe('DEU');
    // Named over and over, one country is still one name: Vienna and two parties outweigh Germany thrice.
    expect(await greens('Die Grünen in Wien loben Deutschland. Deutschland sei Vorbild, Deutschland helfe. ÖVP und FPÖ sind dagegen.')).toBe('AUT');
  });

  it("finds a region's institution by the region's adjective, apart from its country's government", async () => {
    const record = await extract('Die bayerische Landesregierung und die deutsche Regierung streiten. Die steirische Polizei ermittelt.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toEqual(['Bayerische Landesregierung', 'Deutsche Regierung', 'Steirische Polizei']);
  });

  it('finds a police or judicial institution with its seat after it ("die Staatsanwaltschaft Stuttgart", "des Landesgerichts Innsbruck")', async () => {
    const record = await extract('Die Staatsanwaltschaft Stuttgart leitete Ermittlungen ein. Der Prozess findet vor dem Richter des Landesgerichts Innsbruck statt.');
    const organisations = record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name);
    expect(organisations).toEqual(['Staatsanwaltschaft Stuttgart', 'Landesgericht Innsbruck']);
    expect(record.entities.filter((entity) => entity.type === 'LOC')).toEqual([]);
  });

  it('finds an organisation the tagger named twice wherever else the article writes it and nothing was found', async () => {
    const record = await extractWithModel('Der Möbelkonzern Ikea will in Lustenau bauen. Ikea bestätigt Verhandlungen mit der Gemeinde. Bürgermeister Kurt Fischer verhandelt seit einem Jahr mit Ikea.');
    const company = record.entities.find((entity) => entity.name === 'Ikea');
    expect(company?.type).toBe('ORG');
    expect(company?.mentions).toHaveLength(3);
    expect(record.events.find((event) => event.type === 'negotiate')?.participants.map((participant) => participant.entity)).toContain(company?.id);
  });

  it("links a single word the tagger alone took for a person to the organisation whose name it ends ('Linkspartei Podemos' … 'Podemos')", async () => {
    const record = await extractWithModel('Die spanische Linkspartei Podemos will mit den Sozialisten verhandeln. Podemos hatte sich bis zur vergangenen Woche geweigert, mit der PSOE zu verhandeln.');
    const party = record.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'Podemos'));
    expect(party?.type).toBe('ORG');
    expect(party?.mentions.map((mention) => mention.text)).toEqual(['Linkspartei Podemos', 'Podemos']);
  });

  it('repeats every full name of the article, also two that share a first name', async () => {
    // The statistical tagger finds these names; propagation repeats them.
    const record = await extractWithModel('Franz Kafka schrieb an Franz Werfel einen Brief. Später traf Franz Kafka in Prag den Dichter Max Brod, und Franz Werfel reiste nach Wien.');
    expect(persons(record).map((entity) => entity.name)).toEqual(expect.arrayContaining(['Franz Kafka', 'Franz Werfel']));
  });

  it("ends the tagger's name where another person's surname follows it ('warf Lech Kaczyński Wałęsa Spionage vor')", async () => {
    const record = await extractWithModel('Der Präsident Lech Wałęsa war da. Im Jahr 2008 warf Lech Kaczyński Wałęsa persönlich Spionage vor.');
    expect(persons(record).map((entity) => entity.name).sort()).toEqual(['Lech Kaczyński', 'Lech Wałęsa']);
  });

  it('takes no abstract noun after a role noun for a name, while a noun that is a surname stays one', async () => {
    const names = async (text: string) => persons(await extract(text)).map((entity) => entity.name);
    expect(await names('Die Opposition wirft dem Finanzminister Zynismus vor.')).toEqual([]);
    expect(await names('Die Opposition wirft dem Finanzminister Hartung Zynismus vor.')).toEqual(['Hartung']);
    // Also a long word with such an ending that the lexicon lacks, though not a hyphenated name.
    expect(await names('Ihm wird in seiner Zeit als Anwalt Aktenfälschung vorgeworfen.')).toEqual([]);
    expect(await names('Die Opposition wirft der Senatorin Sarah Hanson-Young Zynismus vor.')).toEqual(['Sarah Hanson-Young']);
    expect(await names('Am Montag kritisierte Bürgermeister Koch die Regierung.')).toEqual(['Koch']);
  });

  it('takes a name after a role noun that ends in a word of organisations\' names for no holder of the role', async () => {
    const record = await extract('Einen Bericht der Unternehmensberater Kaltex Partners hält die Regierung unter Verschluss.');
    expect(persons(record)).toEqual([]);
    expect(persons(await extract('Einen Bericht des Unternehmensberaters Janis Berzins hält die Regierung unter Verschluss.')).map((entity) => entity.name)).toEqual(['Janis Berzins']);
    // So where one follows the name's words: "Leiter Ars Electronica Center".
    expect(persons(await extract('Zu Gast ist Anna Ozola (Leiterin Kaltex Nordtek Center) in Riga.')).map((entity) => entity.name)).toEqual(['Anna Ozola']);
  });

  it('matches no list name on a word the grammar says is never a name ("Grünes Licht")', async () => {
    const record = await extract('Die lettische Regierung gab am Montag Grünes Licht für das neue Projekt in Riga.');
    expect(record.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('Grünes');
  });

  it('takes a capitalised ordinal of a title into the role phrase ("der Zweite Nationalratspräsident")', async () => {
    const record = await extract('Der Zweite Nationalratspräsident Karl Huber kritisierte die Regierung.');
    expect(persons(record).find((entity) => entity.name === 'Karl Huber')?.mentions.map((mention) => mention.text)).toContain('Der Zweite Nationalratspräsident');
  });

  it('resolves a role description only to a holder of its gender, and a former office not to the holder now', async () => {
    // The knowledge file's German chancellor is a man: "die deutsche Kanzlerin" is someone else.
    const chancellor = await extract('Der Satz der deutschen Kanzlerin blieb in Erinnerung.');
    expect(persons(chancellor).map((entity) => entity.name)).not.toContain('Friedrich Merz');
    expect(persons(await extract('Der deutsche Kanzler kritisierte die Opposition.')).map((entity) => entity.name)).toContain('Friedrich Merz');
    // "die frühere" office holder is not the one the knowledge file has now.
    const former = await extract('Der frühere deutsche Kanzler kritisierte die Opposition.');
    expect(persons(former).map((entity) => entity.name)).not.toContain('Friedrich Merz');
    // Nor one whom a relative clause on the description dates before the holder's term.
    const dated = (year: number) => extract(`Die Opposition erinnerte an ihn – jenen US-Präsidenten, unter dem im Jahr ${year} die Reform begann.`);
    expect(persons(await dated(1830)).map((entity) => entity.name)).not.toContain('Donald Trump');
    expect(persons(await dated(2026)).map((entity) => entity.name)).toContain('Donald Trump');
  });

  it('gives a role after "als" in a relative clause on a name to that person', async () => {
    const record = await extract('Kritische Aussagen gab es von Markus Wallner, der auch als ÖVP-Chef dafür bekannt war, gut mit der Gewerkschaft zu können.');
    expect(persons(record).map((entity) => [entity.name, entity.roles?.map((role) => role.title)])).toEqual([['Markus Wallner', ['ÖVP-Chef']]]);
  });

  it('titles a deputy as one and resolves a deputy\'s description to no holder of the office (grammar deputyMarkers)', async () => {
    const named = await extract('Der stellvertretende lettische Außenminister Janis Berzins traf am Montag in Riga den finnischen Präsidenten Mikko Rantanen.');
    expect(named.entities.find((entity) => entity.name === 'Janis Berzins')?.roles).toEqual([{ title: 'Vize-Außenminister', country: 'LV' }]);
    const unnamed = await extract('Der stellvertretende deutsche Kanzler kritisierte die Opposition.');
    expect(persons(unnamed).map((entity) => entity.name)).not.toContain('Friedrich Merz');
    expect(persons(unnamed).flatMap((entity) => entity.roles ?? []).map((role) => role.title)).toEqual(['Vize-Kanzler']);
  });

  it('does not resolve a role description in an undated article to a holder who took office after a role the article states ended', async () => {
    // Merkel was chancellor until 2021: the article is older, and the finance minister of today is not the one meant.
    const old = await extract('Die deutsche Bundeskanzlerin Angela Merkel lobte den Plan. Der deutsche Finanzminister schwieg.');
    expect(persons(old).map((entity) => entity.name)).not.toContain('Lars Klingbeil');
    expect(persons(await extract('Der deutsche Finanzminister schwieg.')).map((entity) => entity.name)).toContain('Lars Klingbeil');
  });

  it('does not resolve a role description in an undated article to a holder who took office after the article named another holder of a unique office', async () => {
    // The article's American president is not the knowledge file's one of now: it is older than his term, and the
    // foreign minister of today is not the one meant.
    const names = async (text: string) => persons(await extract(text)).map((entity) => entity.name);
    expect(await names('Der amerikanische Präsident Robert Hallworth lobte den Plan am Montag. Der US-Außenminister schwieg dazu.')).not.toContain('Marco Rubio');
    // Naming today's holder, or a former one, says nothing of the article's age.
    expect(await names('Der amerikanische Präsident Donald Trump lobte den Plan am Montag. Der US-Außenminister schwieg dazu.')).toContain('Marco Rubio');
    expect(await names('Der frühere amerikanische Präsident Robert Hallworth lobte den Plan am Montag. Der US-Außenminister schwieg dazu.')).toContain('Marco Rubio');
  });

  it('takes up a person whose name holds the title with a bare role noun, in an undated article also after the knowledge file ends the office', async () => {
    const record = await extract('Papst Franziskus reist nach Ecuador. Seine Heimat Argentinien besucht der Papst erst nächstes Jahr.');
    expect(record.entities.find((entity) => entity.name === 'Franziskus')?.mentions.map((mention) => mention.text)).toEqual(['Papst Franziskus', 'der Papst']);
  });

  it('reads a leader\'s compound of a government seat as the office of the one who heads it ("der Kremlchef": Russia\'s Präsident)', async () => {
    const record = await extract('Der Kremlchef drohte am Dienstag Estland.');
    const person = persons(record)[0];
    expect(person.name).toBe('Wladimir Putin');
    expect(person.roles).toContainEqual({ title: 'Kremlchef', country: 'RU' });
    // A spokesperson of the seat keeps the title of a spokesperson.
    expect(persons(await extract('Der Kreml-Sprecher drohte am Dienstag Estland.'))[0].roles?.[0].title).toBe('Sprecher');
  });

  it('takes up with a role noun the one who holds that very title before one who holds a synonym of it', async () => {
    const record = await extract('Bundeskanzler Janis Berzins traf am Montag Premierminister Peter Kalnins in Riga. Der Bundeskanzler sagte danach, die Gespräche seien gut gewesen.');
    const holder = persons(record).find((entity) => entity.mentions.some((mention) => mention.text === 'Der Bundeskanzler'));
    expect(holder?.name).toBe('Janis Berzins');
  });

  it('takes a role appended after the comma closing a clause for the one person of its sex the clause names', async () => {
    const record = await extract('Am Montag erschien Anna Ozola in Riga, die lettische Chefin von Kaltex, einem Start-up.');
    expect(persons(record).map((entity) => [entity.name, entity.roles])).toEqual([['Anna Ozola', [{ title: 'Chefin', country: 'LV' }]]]);
    // Not a man's, nor where the clause names two.
    expect(persons(await extract('Am Montag erschien Peter Kalnins in Riga, die lettische Chefin von Kaltex, einem Start-up.')).every((entity) => !entity.roles?.length)).toBe(true);
    const two = persons(await extract('Am Montag trafen Anna Ozola und Maria Kalnina in Riga ein, die lettische Chefin von Kaltex, einem Start-up.'));
    expect(two.every((entity) => !entity.roles?.length)).toBe(true);
  });

  it('names no holder of a country\'s office for a role whose genitive or von-phrase names another body', async () => {
    expect(persons(await extract('Der russische Präsident des Verbands lobte am Montag Estland.'))).toEqual([]);
    expect(persons(await extract('Die lettische Chefin von Kaltex lobte am Montag Estland.'))).toEqual([]);
    expect(persons(await extract('Der russische Präsident lobte am Montag Estland.')).map((entity) => entity.name)).toEqual(['Wladimir Putin']);
  });

  it('reads a region\'s adjective or genitive before a role as the region\'s office, no holder of the country\'s of its group', async () => {
    // "Ministerpräsident" is one group with "Bundeskanzler": the region's head of government is not the chancellor.
    const described = persons(await extract('Der hessische Ministerpräsident kritisierte am Montag die Pläne.'));
    expect(described.map((entity) => entity.name)).toEqual(['Ministerpräsident (Hessen)']);
    const record = await extract('Hessens Ministerpräsident kritisierte am Montag die Pläne.');
    expect(record.entities.map((entity) => entity.name)).toEqual(['Hessen', 'Ministerpräsident (Hessen)']);
    // Nor a listed holder of the country's office of that very title.
    expect(persons(await extract('Die bayerische Wirtschaftsministerin kritisierte am Montag die Pläne.')).map((entity) => entity.name)).toEqual(['Wirtschaftsministerin (Bayern)']);
    // The holder the knowledge file lists for the region, or the one the text named with the title before.
    expect(persons(await extract('Der bayerische Ministerpräsident kritisierte am Montag die Pläne.')).map((entity) => entity.name)).toEqual(['Markus Söder']);
    const named = await extract('Ministerpräsident Janis Berzins lobte am Montag den Plan. Der hessische Ministerpräsident sagte, er fordere mehr Geld.');
    expect(persons(named).map((entity) => entity.name)).toEqual(['Janis Berzins']);
    expect(persons(named)[0].mentions.map((mention) => mention.text)).toContain('Der hessische Ministerpräsident');
  });

  it("resolves a party's one office to the one person the article named before with that party in brackets", async () => {
    const names = async (text: string) => persons(await extract(text)).map((entity) => `${entity.name}: ${entity.mentions.length}`);
    expect(await names('Bürgermeister Janis Berzins (ÖVP) lobte den Plan am Montag. Der ÖVP-Chef kritisierte danach die Opposition.')).toEqual(['Janis Berzins: 3']);
    // Not where two are, nor a woman for "der … Chef".
    expect(await names('Bürgermeister Janis Berzins (ÖVP) lobte den Plan. Innenminister Juris Ozols (ÖVP) lobte ihn auch. Der ÖVP-Chef kritisierte die Opposition.')).not.toContain('Janis Berzins: 3');
    expect(await names('Bürgermeisterin Anna Kalnina (ÖVP) lobte den Plan am Montag. Der ÖVP-Chef kritisierte danach die Opposition.')).not.toContain('Anna Kalnina: 3');
    // Nor the knowledge file's holder of the office who leads another party.
    expect((await names('Der ÖVP-Vizekanzler kritisierte die Opposition in Wien.')).join()).not.toContain('Andreas Babler');
    expect((await names('Der österreichische Vizekanzler kritisierte die Opposition in Wien.')).join()).toContain('Andreas Babler');
  });

  it('keeps a tagged name of three plain words whole and takes the given names alone for the same person', async () => {
    const record = await extractWithModel('Maria Elena Rossi ist nach Syrien ausgewandert. Maria Elena Rossi telefonierte mit ihren Eltern. Maria Elena nennt sich jetzt Fatima. Maria Elena heiratete einen Kämpfer. Die Familie von Maria Elena stammt aus Mailand.');
    const persons = record.entities.filter((entity) => entity.type === 'PER');
    expect(persons.map((entity) => entity.name)).toEqual(['Maria Elena Rossi']);
    expect(persons[0].mentions).toHaveLength(5);
  });

  it('takes no single capital letter and no language in -isch the tagger calls a place for a place', async () => {
    const record = await extractWithModel('Die Beschilderung in Riga ist auf Arabisch, Kroatisch und Tschechisch verfasst. Sie führt die Fahrer im Hafen von A nach B.');
    expect(record.entities.filter((entity) => entity.type === 'LOC').map((entity) => entity.name)).toEqual(['Riga']);
  });

  it('reads capitals after "zwischen", "zu" or "mit" and a noun of a relation as governments, after another noun as places (grammar relationNouns)', async () => {
    const types = async (text: string) => (await extract(text)).entities.map((entity) => `${entity.type} ${entity.name}`);
    expect(await types('Der Vertrag zwischen Riga und Tallinn wurde im Juli unterzeichnet.')).toEqual(['ORG Lettische Regierung', 'ORG Estnische Regierung']);
    expect(await types('Die Beziehungen zwischen Riga und Tallinn sind gut.')).toEqual(['ORG Lettische Regierung', 'ORG Estnische Regierung']);
    expect(await types('Die Züge zwischen Riga und Tallinn fahren wieder.')).toEqual(['LOC Riga', 'LOC Tallinn']);
    // "zu" and "mit" name the other party of a relation noun; after other nouns they name places.
    expect(await types('Estland hat die diplomatischen Beziehungen zu Riga abgebrochen.')).toEqual(['LOC Estland', 'ORG Lettische Regierung']);
    expect(await types('Estland sucht den Dialog mit Riga.')).toEqual(['LOC Estland', 'ORG Lettische Regierung']);
    expect(await types('Estland baut eine Bahn zu Riga.')).toEqual(['LOC Estland', 'LOC Riga']);
  });

  it('reads a capital in actor position as its government, and after a preposition as a place', async () => {
    const record = await extract('Peking wies die Vorwürfe am Dienstag zurück. Die Delegation reiste danach nach Peking.');
    const government = record.entities.find((entity) => entity.mentions.some((mention) => mention.kind === 'metonym'));
    expect(government?.type).toBe('ORG');
    expect(government?.country).toBe('CN');
    expect(government?.mentions.map((mention) => mention.start)).toEqual([0]);
    const place = record.entities.find((entity) => entity.type === 'LOC' && entity.name === 'Peking');
    expect(place?.mentions).toHaveLength(1);
    // Beside "sein", a capital that does not open its clause, or takes no noun phrase, still acts.
    // Before a noun the lexicon lacks but its ending tells, a capital starts no longer name.
    for (const text of ['Nach Ansicht Athens war der Versuch eine organisierte Aktion.', 'In der Frage ist Wien gegen weitere Sanktionen, hieß es am Montag.', 'Der Minister warf Riga Respektlosigkeit vor.']) {
      expect((await extract(text)).entities.filter((entity) => entity.mentions.some((mention) => mention.kind === 'metonym')).map((entity) => entity.type)).toEqual(['ORG']);
    }
  });

  it.each([
    ['a dateline', 'Schulen rüsten auf\nWien – Die Lehrer sollen mehr über traumatisierte Kinder erfahren.'],
    ['a dateline of several places', 'Neue Studie\nVancouver/Wien – Religion stärkt den Zusammenhalt, sagen Forscher.'],
    ['a dateline with an agency', 'Kiew (dpa) – Die Stromversorgung wurde am Morgen wiederhergestellt.'],
    ['a list after a preposition', 'Der Künstler lebte in Wien und London, bevor er nach Stockholm zog.'],
    ['a list after a preposition and a noun that classifies it', 'Die Steiermark rangierte auch hinter den Dienstleistungshochburgen Salzburg und Wien.'],
    ['the end of a longer name', 'Er lehrt an der Pädagogischen Hochschule Wien und am University College London.'],
    ['the start of a longer name', 'Am Abend gewann Paris Saint-Germain das Spiel gegen Lyon.'],
    ['an extended attribute, the object of its participle', 'Zum einen widmet sich die Ausstellung der Wien wesentlich mitprägenden jüdischen Kultur.'],
    ['a copula with a noun phrase', 'Der größte Markt ist Wien mit derzeit 4.961 Übernachtungsmöglichkeiten. Wien ist eine Stadt mit hoher Lebensqualität.'],
  ])('reads a capital in %s as a place, not as its government', async (_, text) => {
    const record = await extract(text);
    expect(record.entities.filter((entity) => entity.mentions.some((mention) => mention.kind === 'metonym')).map((entity) => entity.name)).toEqual([]);
  });

  it.each([
    ['Moskau lehnte den Vorschlag ab.', 'RU'],
    ['Die Haltung Moskaus bleibt unverändert.', 'RU'],
    ['Am Montag verhängte Moskau Einreiseverbote gegen Diplomaten.', 'RU'],
    ['Misstöne gab es schon mehrfach, doch Warschau und Berlin einigten sich.', 'PL'],
    // A weekday before it ends a phrase of time, no name.
    ['In dem Interview hatte der Botschafter am Freitagabend Warschau Versäumnisse vorgeworfen.', 'PL'],
  ])('still reads the capital in "%s" as its government', async (text, country) => {
    const record = await extract(text);
    expect(record.entities.filter((entity) => entity.mentions.some((mention) => mention.kind === 'metonym')).map((entity) => entity.country)).toContain(country);
  });

  it.each([
    ['Die israelische Armee griff am Montag Ziele an.', 'Israelische Armee', 'IL', 'israelische Armee'],
    ['Die Hamburger Polizei nahm zwei Verdächtige fest.', 'Hamburger Polizei', 'DE', 'Hamburger Polizei'],
    ['Die Tiroler Polizei nahm zwei Verdächtige fest.', 'Tiroler Polizei', 'AT', 'Tiroler Polizei'],
    // A country's demonym in -er serves as its indeclinable adjective.
    ['Das Schweizer Wirtschaftsdepartement widersprach.', 'Schweizerisches Wirtschaftsdepartement', 'CH', 'Schweizer Wirtschaftsdepartement'],
    ['Ein Sprecher des russischen Verteidigungsministeriums widersprach.', 'Russisches Verteidigungsministerium', 'RU', 'russischen Verteidigungsministeriums'],
    ['Russische Truppen rückten weiter vor.', 'Russische Truppen', 'RU', 'Russische Truppen'],
    ['Die Münchner Staatsanwaltschaft ermittelt.', 'Münchner Staatsanwaltschaft', 'DE', 'Münchner Staatsanwaltschaft'],
    ['Ob amerikanische Gerichte zuständig sind, ist offen.', 'Amerikanische Gerichte', 'US', 'amerikanische Gerichte'],
    ['Nach der Wahl kritisierte Lettlands Opposition den Haushalt.', 'Lettische Opposition', 'LV', 'Lettlands Opposition'],
    // The country after the noun, as a genitive or after a word for the state (grammar stateNouns).
    ['Nach der Wahl kritisierte die Opposition Lettlands den Haushalt.', 'Lettische Opposition', 'LV', 'Opposition Lettlands'],
    ['Man forderte die Regierung des Königreichs Bahrain zum Handeln auf.', 'Bahrainische Regierung', 'BH', 'Regierung des Königreichs Bahrain'],
    // A capitalised adjective right after a dateline opens the sentence's own words.
    ['Kairo – Ägyptische Sicherheitskräfte haben zwölf Schmuggler festgenommen.', 'Ägyptische Sicherheitskräfte', 'EG', 'Ägyptische Sicherheitskräfte'],
  ])('makes a place adjective and an institution noun an organisation: "%s"', async (text, name, country, mentionText) => {
    const record = await extract(text);
    const organisation = record.entities.find((entity) => entity.type === 'ORG');
    expect(organisation).toMatchObject({ name, country });
    expect(organisation!.mentions.map((mention) => mention.text)).toEqual([mentionText]);
  });

  it('makes a state\'s institution alone after a definite article the one country\'s the article names (institutions ofSoleCountry)', async () => {
    const organisations = async (text: string) => (await extract(text)).entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name);
    expect(await organisations('Riga – Die Regierung hat am Montag Bürgermeister Janis Berzins kritisiert. Das Innenministerium schwieg.')).toEqual(['Lettische Regierung', 'Lettisches Innenministerium']);
    // Not where the article names another country, nor a government where it names a city other than the capital.
    expect(await organisations('Riga – Die Regierung hat am Montag Estland kritisiert.')).toEqual([]);
    expect(await organisations('Linz – Der Parteichef bleibt in der Regierung, sagte Bürgermeister Janis Berzins.')).toEqual([]);
    expect(await organisations('Wien – Der Parteichef bleibt in der Regierung, sagte Bürgermeister Janis Berzins.')).toEqual(['Österreichische Regierung']);
    // What only a state has is the state's beside another city too (`always`), a plural noun included; a parliament is not.
    expect(await organisations('Linz – Die Armee hilft im Hochwassergebiet. Die Streitkräfte schicken Pioniere ins Parlament.')).toEqual(['Österreichische Armee', 'Österreichische Streitkräfte']);
    // Nor a plural, a bare "Ministerium", or a compound whose front names whose it is.
    expect(await organisations('Riga – Das Ministerium schwieg, die FPÖ-Regierung auch.')).not.toContain('Lettisches Ministerium');
  });

  it('reads an institution noun with a sense of its own in match reports as no institution there (institutions sportsSense)', async () => {
    const organisations = async (text: string) => (await extract(text)).entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name);
    expect(await organisations('In der 36. Minute köpfelte der Stürmer nach einer Flanke zur Rigaer Führung ein.')).toEqual([]);
    expect(await organisations('Die lettische Führung hat den Plan am Montag kritisiert.')).toEqual(['Lettische Regierung']);
  });

  it('makes a state\'s institution alone the country\'s whose capital opens a sentence of its paragraph, where the article names several', async () => {
    const organisations = async (text: string) => (await extract(text)).entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name);
    const opening = 'Riga – Estland und Lettland streiten über den Hafen.';
    expect(await organisations(`${opening}\n\nIn Tallinn rief Bürgermeister Janis Berzins zur Ruhe auf. Die Lage sei ernst. Ein Sprecher des Verteidigungsministeriums lehnte eine Stellungnahme ab.`)).toEqual(['Estnisches Verteidigungsministerium']);
    // The scene ends with its paragraph, and the nearest scene counts, a capital or not.
    expect(await organisations(`${opening}\n\nIn Tallinn rief Bürgermeister Janis Berzins zur Ruhe auf.\n\nEin Sprecher des Verteidigungsministeriums lehnte eine Stellungnahme ab.`)).toEqual([]);
    expect(await organisations(`${opening}\n\nIn Tallinn rief Bürgermeister Janis Berzins zur Ruhe auf. In Tartu lehnte das Verteidigungsministerium eine Stellungnahme ab.`)).toEqual([]);
  });

  it('makes a police or judicial institution alone the one city\'s the article names as such a seat (institutions ofSoleSeat)', async () => {
    const organisations = async (text: string) =>
      (await extract(text)).entities.filter((entity) => entity.type === 'ORG').map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)]);
    expect(await organisations('Linz – Die Linzer Polizei hat zwei Männer festgenommen. Die Staatsanwaltschaft ermittelt, die Polizei sucht einen dritten.')).toEqual([
      ['Linzer Polizei', ['Linzer Polizei', 'Polizei']],
      ['Staatsanwaltschaft Linz', ['Staatsanwaltschaft']],
    ]);
    // The dateline alone names no seat; nor do two seats, or the same institution named with another origin.
    expect(await organisations('Linz – Die Staatsanwaltschaft ermittelt.')).toEqual([]);
    expect(await organisations('Das Landesgericht Linz und die Wiener Polizei ermitteln. Die Staatsanwaltschaft schweigt.')).toEqual([
      ['Landesgericht Linz', ['Landesgericht Linz']],
      ['Wiener Polizei', ['Wiener Polizei']],
    ]);
    // The police named last before (one of that noun only) is the one that keeps silent, not Linz's.
    expect(await organisations('Das Landesgericht Linz urteilte, die oberösterreichische Polizei ermittelt. Die Polizei schweigt.')).toEqual([
      ['Landesgericht Linz', ['Landesgericht Linz']],
      ['Oberösterreichische Polizei', ['oberösterreichische Polizei', 'Die Polizei']],
    ]);
    // A state's judiciary is no city's.
    expect(await organisations('Das Landesgericht Linz urteilte. Ist auf die Justiz Verlass?')).toEqual([['Landesgericht Linz', ['Landesgericht Linz']]]);
  });

  it('reads a capital as the place beside a noun for part of it, before ", wo", alone in brackets, past adjectives after a preposition, in a name, and in a match report', async () => {
    const governments = async (text: string) => (await extract(text)).entities.filter((entity) => entity.name.endsWith('Regierung')).map((entity) => entity.name);
    expect(await governments('Am Montag demonstrierten im Süden Athens Tausende gegen die Sparpläne.')).toEqual([]);
    expect(await governments('Kaum ein Ort ist dafür besser geeignet als Abu Dhabi, wo er 2010 seinen ersten Titel holte.')).toEqual([]);
    expect(await governments('Nach 16 Siegen in Folge musste sich Paris am Wochenende mit einem 0:0 gegen Lille begnügen.')).toEqual([]);
    expect(await governments('Am Montag kämpfte Roms Bürgermeister Ignazio Marino um seine politische Zukunft.')).toEqual([]);
    expect(await governments('Der Anteil reicht von 3,9 Prozent der Schüler (Tirol) bis zu 6,5 Prozent (Wien), teilte das Ministerium mit.')).toEqual([]);
    expect(await governments('Das neue Spiel entführt die Spieler ins düstere London des frühen 20. Jahrhunderts.')).toEqual([]);
    expect(await governments('Am Dienstag hat das Oberlandesgericht (OLG) Wien die Beschwerde abgewiesen.')).toEqual([]);
    expect(await governments('Als die Bilder des zerbombten Sarajevo um die Welt gingen, änderten die Länder ihre Politik.')).toEqual([]);
    expect(await governments('Der Film spielt im chaotischen, geisterhaften London der Nachkriegszeit.')).toEqual([]);
    expect(await governments('Mit den Nachbarn, mit denen Peking um Inseln streitet, sprach am Montag niemand.')).toEqual(['Chinesische Regierung']);
    expect(await governments('Am Montag lehnte Athen den Vorschlag der Geldgeber ab.')).toEqual(['Griechische Regierung']);
  });

  it('reads a capital as the place where a verb of going somewhere takes it as object, and as its government opening the clause', async () => {
    const governments = async (text: string) => (await extract(text)).entities.filter((entity) => entity.name.endsWith('Regierung')).map((entity) => entity.name);
    expect(await governments('Der lettische Präsident Janis Berzins besuchte am Montag Tallinn.')).toEqual([]);
    expect(await governments('Der lettische Präsident Janis Berzins will im Mai Tallinn besuchen.')).toEqual([]);
    expect(await governments('Am Montag kritisierte Tallinn den Besuch.')).toEqual(['Estnische Regierung']);
    // Fronted before the verb and a subject pronoun, it is the object too; before a name it is the subject.
    expect(await governments('Der lettische Präsident Janis Berzins reist viel. Tallinn besuchte er nie.')).toEqual([]);
    expect(await governments('Tallinn besuchte am Montag Lettland.')).toEqual(['Estnische Regierung']);
  });

  it('reads a city that acts as the organisation seated there where the places file says so (Brüssel: the EU), elsewhere as the city', async () => {
    const names = async (text: string) => (await extract(text)).entities.map((entity) => `${entity.type} ${entity.name}`);
    expect(await names('Der Streit geht weiter. Brüssel rief beide Seiten zur Mäßigung auf.')).toEqual(['ORG Europäische Union']);
    expect(await names('Der Gipfel fand am Montag in Brüssel statt.')).toEqual(['LOC Brüssel']);
  });

  it('reads a capital in an "aus" phrase beside a phrase of speech as the government that speaks, elsewhere after "aus" as the place', async () => {
    const governments = async (text: string) => (await extract(text)).entities.filter((entity) => entity.name.endsWith('Regierung')).map((entity) => entity.name);
    expect(await governments('Man habe offen gesprochen, hieß es aus Tallinn.')).toEqual(['Estnische Regierung']);
    expect(await governments('Aus Tallinn verlautete, man habe offen gesprochen.')).toEqual(['Estnische Regierung']);
    expect(await governments('Der Präsident kehrte am Montag aus Tallinn zurück.')).toEqual([]);
  });

  it('reads a party\'s name after "Der" opening the clause before its verb, or after "ein", as one member, not the party', async () => {
    const parties = async (text: string) => (await extract(text)).entities.filter((entity) => entity.name === 'Republikanische Partei').length;
    expect(await parties('Die Lage in den USA ist ernst. Der Republikaner warf dem Weißen Haus Täuschung vor.')).toBe(0);
    expect(await parties('Die Lage in den USA ist ernst. Sie sprach mit einem Republikaner.')).toBe(0);
    expect(await parties('Die Lage in den USA ist ernst. Die Republikaner warfen dem Weißen Haus Täuschung vor.')).toBe(1);
    // Also after a coordinator opening the sentence, where the member is the person of that party named before.
    for (const found of [await extract('Nicht abgeneigt ist der deutsche EU-Abgeordnete Sven Giegold. Doch der Grüne beklagt in einem Brief, dass die Reform zu langsam sei.'), await extractWithModel('Nicht abgeneigt ist der deutsche EU-Abgeordnete Sven Giegold. Doch der Grüne beklagt in einem Brief, dass die Reform zu langsam sei.')]) {
      expect(found.entities.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([['Sven Giegold', ['der deutsche EU-Abgeordnete', 'Sven Giegold', 'der Grüne']]]);
    }
  });

  it('reads an institution noun joined by a hyphen to a country ("US-Regierung") as that country\'s, not one that classifies a name after it', async () => {
    const record = await extract('Die US-Regierung kritisierte das Urteil. Das US-Justizministerium klagt, die US-Umweltbehörde EPA schweigt. Die FPÖ-Regierung tagt.');
    const organisations = record.entities.filter((entity) => entity.type === 'ORG');
    expect(organisations.find((entity) => entity.mentions.some((mention) => mention.text === 'US-Regierung'))?.country).toBe('US');
    expect(organisations.map((entity) => entity.name)).toContain('Amerikanisches Justizministerium');
    expect(organisations.flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('US-Umweltbehörde');
    expect(organisations.flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('FPÖ-Regierung');
  });

  it('reads "das Bundeskanzleramt" as the government of the country the article names', async () => {
    const government = async (text: string) => (await extract(text)).entities.find((entity) => entity.name.endsWith('Regierung'))?.name;
    expect(await government('Wie das Bundeskanzleramt am Montag mitteilte, wollen ÖVP und SPÖ in Wien weiter verhandeln.')).toBe('Österreichische Regierung');
    expect(await government('Wie das Bundeskanzleramt am Montag mitteilte, wollen CDU und SPD in Berlin weiter verhandeln.')).toBe('Deutsche Regierung');
  });

  it('groups a named government with the capital standing for it', async () => {
    const record = await extract('Moskau lehnte den Vorschlag ab. Die russische Regierung erklärte, man werde nicht verhandeln. Die Kiewer Regierung schwieg.');
    const governments = record.entities.filter((entity) => entity.type === 'ORG');
    expect(governments.map((entity) => [entity.name, entity.country, entity.mentions.map((mention) => mention.text)])).toEqual([
      ['Russische Regierung', 'RU', ['Moskau', 'russische Regierung']],
      ['Ukrainische Regierung', 'UA', ['Kiewer Regierung']],
    ]);
  });

  it.each([
    ['a capitalised adjective inside a sentence, part of a name', 'Die Aktie der Deutsche Regierung AG fiel.'],
    ['a place adjective before a noun of no institution', 'Die russische Literatur blüht.'],
    ['an adjective of no place', 'Die neue Regierung trat zurück.'],
  ])('makes no institution of %s', async (_case, text) => {
    const record = await extract(text);
    expect(record.entities.filter((entity) => entity.rule?.startsWith('institution:'))).toEqual([]);
  });

  it('gives a role in apposition after a name to that name, and finds the full name again', async () => {
    const record = await extract('Die Außenministerin Ana Lopes traf in Lissabon ein. Später sagte Ana Lopes, die portugiesische Außenministerin, sie sei zufrieden.');
    const [person] = persons(record);
    expect(person.roles).toEqual([{ title: 'Außenministerin', country: 'PT' }]);
    expect(person.mentions.map((mention) => [mention.text, mention.kind])).toEqual([
      ['Die Außenministerin', 'role'],
      ['Ana Lopes', 'name'],
      ['Ana Lopes', 'name'],
      ['die portugiesische Außenministerin', 'role'],
    ]);
  });

  it('gives a role to the name in apposition after it, also after the phrase that completes the role', async () => {
    // The tagger finds the names between commas; the role patterns alone take no name after a comma.
    const record = await extractWithModel('Die deutsche Außenministerin, Anna Kalnina, lobte den Plan. Der ÖVP-Sicherheitssprecher im Europäischen Parlament, Karl Huber, widersprach.');
    const kalnina = persons(record).find((entity) => entity.name === 'Anna Kalnina');
    expect(kalnina?.mentions.map((mention) => mention.text)).toEqual(['Die deutsche Außenministerin', 'Anna Kalnina']);
    expect(persons(record).find((entity) => entity.name === 'Karl Huber')?.mentions.map((mention) => mention.text)).toEqual(['Der ÖVP-Sicherheitssprecher', 'Karl Huber']);
    expect(persons(record)).toHaveLength(2);
  });

  it('gives a role to the name after a genitive of its body ("der Chef der Bewegung Martin Konvička"), not to a role\'s possessor', async () => {
    const record = await extract('Gegen den Chef der rechtsradikalen Anti-Islam-Bewegung Karl Huber wird ermittelt. Huber schwieg.');
    expect(persons(record).find((entity) => entity.name === 'Karl Huber')?.roles).toEqual([{ title: 'Chef' }]);
    // A role or person in the genitive is the one the name is; a name whose surname does not recur may be the body's.
    const spokesman = await extract('Ein Sprecher der Bürgermeisterin Anna Berg bestätigte das. Berg schwieg.');
    expect(persons(spokesman).find((entity) => entity.name === 'Anna Berg')?.roles ?? []).not.toContainEqual({ title: 'Sprecher' });
    const agency = await extract('Er ist Geschäftsführer der Agentur Karl Digital in Wien.');
    expect(persons(agency).flatMap((entity) => entity.roles ?? [])).not.toContainEqual({ title: 'Geschäftsführer' });
    // After a determiner, a name in the genitive is the role's possessor ("Ein Sprecher Hubers"), not its holder.
    const possessor = await extract('Bürgermeister Karl Huber trat ab. Ein Sprecher Hubers bestätigte das.');
    expect(persons(possessor).find((entity) => entity.name === 'Karl Huber')?.roles).toEqual([{ title: 'Bürgermeister' }]);
  });

  it('gives a role with its body\'s phrase to the name after the comma ("Die Sprecherin des Außenministeriums, Mao Ning,"), with the body\'s country only', async () => {
    const record = await extract('Riga – Die Sprecherin des estnischen Außenministeriums, Kadri Tamm, wies die Vorwürfe zurück. Der Präsident des Europarats, Janis Berzins, schwieg.');
    expect(persons(record).find((entity) => entity.name === 'Kadri Tamm')?.roles).toEqual([{ title: 'Sprecherin', country: 'EE' }]);
    // An international body's role takes no country of the dateline's.
    expect(persons(record).find((entity) => entity.name === 'Janis Berzins')?.roles).toEqual([{ title: 'Präsident' }]);
    // The commas enclose an apposition: the clause goes on past them.
    const investigated = await extract('Unter anderem wird gegen den Chef der Partei Neue Mitte, Karl Huber, ermittelt.');
    const investigation = investigated.events.find((event) => event.type === 'investigate');
    expect(investigation?.participants.map((participant) => [investigated.entities.find((entity) => entity.id === participant.entity)?.name, participant.role])).toEqual([['Karl Huber', 'target']]);
    // Only a phrase of articles, adjectives, prepositions and names before the comma, and a name of two words after it.
    const clause = await extract('Der Chef der Partei sagte gestern, Karl Huber werde kandidieren.');
    expect(persons(clause).find((entity) => entity.name === 'Karl Huber')?.roles ?? []).toEqual([]);
  });

  it('reads a role with a genitive that makes a listed compound ("Der Vorsitzende der Partei": Parteivorsitzender) as that role\'s anaphor', async () => {
    const record = await extract('Parteichef Karl Huber warf Lettland Defizite vor. Der Vorsitzende der Partei Neue Mitte wies Kritik am Montag zurück.');
    expect(persons(record).find((entity) => entity.name === 'Karl Huber')?.mentions.map((mention) => mention.text)).toContain('Der Vorsitzende der Partei');
    // Any other genitive makes it someone else's role.
    const other = await extract('Parteichef Karl Huber warf Lettland Defizite vor. Der Vorsitzende des Vereins wies Kritik am Montag zurück.');
    expect(persons(other).flatMap((entity) => entity.mentions.map((mention) => mention.text)).join(' ')).not.toContain('Vorsitzende');
  });

  it('reads "der ÖVP-Politiker" as the one named last with any title of that party, not one of another party', async () => {
    const record = await extract('Auch ÖVP-Sicherheitssprecher Karl Huber äußerte sich. SPÖ-Chef Peter Moser schwieg. Der ÖVP-Politiker kritisierte die Regierung.');
    expect(persons(record).find((entity) => entity.name === 'Karl Huber')?.mentions.map((mention) => mention.text)).toContain('Der ÖVP-Politiker');
    expect(persons(record).find((entity) => entity.name === 'Peter Moser')?.mentions.map((mention) => mention.text)).not.toContain('Der ÖVP-Politiker');
  });

  it('reads no place in a place\'s name after an adjective of age ("den 27-jährigen Sachsen" is a Saxon)', async () => {
    for (const found of [await extract('Der Sieg für den 27-jährigen Sachsen schien außer Reichweite. Er lebt in Sachsen.'), await extractWithModel('Der Sieg für den 27-jährigen Sachsen schien außer Reichweite. Er lebt in Sachsen.')]) {
      const saxony = found.entities.filter((entity) => entity.name === 'Sachsen');
      expect(saxony).toHaveLength(1);
      expect(saxony[0].mentions.map((mention) => mention.start)).toEqual([found.text.lastIndexOf('Sachsen')]);
    }
  });

  it('reads no place in a place\'s name after a count ("tausende Polen" are Poles), but one after a year', async () => {
    const text = 'In Riga haben tausende Polen und 3000 Estland gegen die Regierung protestiert. Seit 2015 Polen in die EU … Er lebt in Polen.';
    for (const found of [await extract(text), await extractWithModel(text)]) {
      const starts = (name: string) => found.entities.filter((entity) => entity.name === name).flatMap((entity) => entity.mentions.map((mention) => mention.start));
      expect(starts('Polen')).toEqual([found.text.indexOf('Polen in die'), found.text.lastIndexOf('Polen')]);
      expect(starts('Estland')).toEqual([]);
    }
  });

  it('reads no person in the tagger\'s name of English common words, unless its last word stands alone elsewhere', async () => {
    const genre = await extractWithModel('Das Genre Heavy Metal kennt viele Substile, vor allem ab den späteren 80er-Jahren entstanden Ausdifferenzierungen.');
    expect(genre.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name)).not.toContain('Heavy Metal');
    const player = await extractWithModel('Superstar Cam Newton blieb blass. Am Ende sagte Newton, er sei enttäuscht.');
    expect(player.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name)).toContain('Cam Newton');
  });

  it('reads the tagger\'s name that opens or ends in a word of events\' names as an event\'s, no actor\'s (grammar eventNameWords)', async () => {
    const found = await extractWithModel('Der Österreicher verzichtet auf die Qualifikation bei den Australian Open. Chile gewann erstmals die Copa America.');
    const classOf = (name: string) => found.entities.find((entity) => entity.name === name)?.type;
    expect(classOf('Australian Open')).toBe('MISC');
    expect(classOf('Copa America')).toBe('MISC');
    const championship = await extractWithModel('Wie bei der Fußball-WM 2014 werde viel Security in der Stadt sein, sagte Paes.');
    expect(championship.entities.find((entity) => entity.name === 'Fußball-WM')?.type).toBe('MISC');
    // A name right before such a word names the event with it and the edition's numeral.
    const bowl = await extractWithModel('Die Tiroler gehen mit breiter Brust in Austrian Bowl XXXI.');
    expect(bowl.entities.filter((entity) => entity.mentions.some((mention) => mention.text.includes('Austrian'))).map((entity) => [entity.type, entity.name])).toEqual([['MISC', 'Austrian Bowl XXXI']]);
    // A Roman numeral alone names nothing.
    const numeral = await extractWithModel('Die Vikings trafen in der Austrian Bowl XXXI auf die Raiders.');
    expect(numeral.entities.map((entity) => entity.name)).not.toContain('XXXI');
  });

  it('reads the tagger\'s organisation in an opening sentence\'s dateline as a place, unless its short name follows in brackets', async () => {
    const dateline = await extractWithModel('Der unheimliche Lauf endet auch in Utah nicht. Salt Lake City (Utah) – Die Golden State Warriors sind auch in Utah nicht zu stoppen.');
    expect(dateline.entities.find((entity) => entity.name === 'Salt Lake City')?.type).toBe('LOC');
    const abbreviated = await extractWithModel('FCC und FTC formulieren Fragen an Provider. Federal Communications Commission (FCC) – Die Behörde will mehr wissen.');
    expect(abbreviated.entities.find((entity) => entity.name === 'Federal Communications Commission')?.type).toBe('ORG');
  });

  it('splits the tagger\'s name that runs over a dash standing alone, keeping the parts of two words or more and a dateline\'s place', async () => {
    const lineup = await extractWithModel('Ersatz: Hadzikic – Stronati, T. Salamon, Serbest, De Paula, Kehat. Im Kino läuft The Revenant – Der Rückkehrer mit Leonardo DiCaprio. In der NBA gewannen die Utah Jazz – Golden State Warriors 103:99.');
    const names = lineup.entities.map((entity) => entity.name);
    expect(names.filter((name) => / [-–] /u.test(name))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['The Revenant', 'Golden State Warriors', 'Leonardo DiCaprio']));
    // A team sheet's single surname is left to the rules: the tagger types it at random once alone.
    expect(names).not.toContain('Hadzikic');
    const dateline = await extractWithModel('Grosseto – Drei Tage nach dem Unglück hat die Staatsanwaltschaft Anklage erhoben, sagte ein Sprecher am Montag.');
    expect(dateline.entities.map((entity) => [entity.type, entity.name])).toContainEqual(['LOC', 'Grosseto']);
  });

  it('reads an English name on over "of" and a listed place in it as part of it', async () => {
    const found = await extractWithModel('Die Klage wurde am Mittwoch beim Supreme Court of the State of New York eingebracht, hieß es in der 28-seitigen Klagsschrift.');
    expect(found.entities.map((entity) => entity.name)).toEqual(['Supreme Court of the State of New York']);
    // So over "on", "for" and "and"; such a name is no person's.
    const initiative = await extractWithModel('Finanzminister Jack Lew beugte sich dem Willen der Bürgerinitiative Women on Twenties, hieß es am Montag in Washington.');
    expect(initiative.entities.map((entity) => entity.name)).toContain('Women on Twenties');
    const game = await extractWithModel('Die Neuauflage der Rennspielserie Need for Speed ist spektakulär und schnell, sagten die Tester am Montag.');
    expect(game.entities.map((entity) => [entity.type, entity.name])).toEqual([['MISC', 'Need for Speed']]);
    const charity = await extractWithModel('Viele sind traumatisiert, sagt Kinderpsychologin Maja Milić von der Kinderhilfsorganisation Save the Children, die seit Wochen in Belgrad hilft.');
    expect(charity.entities.map((entity) => entity.name)).toContain('Save the Children');
    // A name that opens with "The" is English throughout: a listed place inside it is part of it, whatever German
    // nouns its other words are ("Grand", "Hotel").
    const film = await extractWithModel('Der Regisseur hat schon das filigrane The Grand Budapest Hotel gedreht und fertigte nun einen Trickfilm.');
    expect(film.entities.map((entity) => entity.name)).toContain('The Grand Budapest Hotel');
    expect(film.entities.map((entity) => entity.name)).not.toContain('Budapest');
  });

  it('reads no place in a common noun\'s genitive the tagger calls one', async () => {
    const found = await extractWithModel('Er soll 2008 mit der Anwaltskanzlei seines Kollegen und  Freundes, des Ex-Senators Dan Sova (PSD), eine Zusammenarbeit vereinbart haben.');
    expect(found.entities.map((entity) => entity.name)).not.toContain('Freundes');
  });

  it('reads no place in a place\'s adjective the tagger calls one, capitalised in a name', async () => {
    const found = await extractWithModel('Schneeberger ist auch Klubobmann der ÖVP im Niederösterreichischen Landtag, betonte er am Montag.');
    expect(found.entities.map((entity) => entity.name)).not.toContain('Niederösterreichischen');
  });

  it('reads no name in an auxiliary capitalised at a quote\'s start', async () => {
    const found = await extractWithModel('Kammerpräsident: Vorgezogener Rückzug "reine Spekulation" – "Werde mir nicht selbst ein Ablaufdatum verpassen". Wien – Der Präsident bleibt.');
    expect(found.entities.map((entity) => entity.name)).not.toContain('Werde');
  });

  it('reads a surname the text uses alone, then a common noun, as the surname and the noun after it', async () => {
    const found = await extractWithModel('Wurden Ihnen die Märchen von Giambattista Basile schon als Kind vorgelesen? Vor fünf Jahren hat mir ein befreundeter Maler von Basile erzählt. Zudem werden bei Basile Themen angesprochen, die auch heute noch eine Rolle spielen.');
    expect(found.entities.filter((entity) => entity.type === 'PER').map((entity) => [entity.name, entity.mentions.length])).toEqual([['Giambattista Basile', 3]]);
  });

  it('ends a tagger\'s person that opens with no given name before a last word hyphenated to a common noun', async () => {
    const object = await extractWithModel('Dass Rewe Halal-Fleisch in Merkur-Märkten anbietet, ist nichts Neues.');
    expect(object.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name)).toEqual([]);
    // A double surname whose part is a noun stays after a given name.
    const person = await extractWithModel('Die Ortschefin Heidi Lackner-Prinz kritisierte die Reportage über ihre Gemeinde scharf.');
    expect(person.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name)).toEqual(['Heidi Lackner-Prinz']);
  });

  it('reads a tagger\'s one-word name hyphenated to a noun that names no kind of name as that noun, its owner in front', async () => {
    const meat = await extractWithModel('Die Handelskette Spar hat den testweise gestarteten Verkauf von Halal-Fleisch nach Protesten in sozialen Netzwerken wieder beendet.');
    expect(meat.entities.map((entity) => entity.name)).toEqual(['Spar']);
    const contribution = await extractWithModel('Die Landschaftsplanerin hat auch das Pflanzkonzept für den Österreich-Beitrag bei der Messe in Mailand entworfen.');
    expect(contribution.entities.map((entity) => entity.name)).toEqual(['Mailand']);
    // A brand with a single letter in front stays ("T-Mobile"), and so does a noun of an organisation's kind.
    const brand = await extractWithModel('Der Mobilfunker T-Mobile senkt die Preise, die Raiffeisen-Bank erhöht sie.');
    expect(brand.entities.map((entity) => entity.name)).toContain('T-Mobile');
  });

  it('reads a tagger\'s name that ends in a compound\'s front cut short before "und" as going on over the next word, and a lone such front as none', async () => {
    const found = await extractWithModel('Das Deutsche Zentrum für Luft- und Raumfahrt forscht in Mittel- und Nordeuropa.');
    const names = found.entities.map((entity) => entity.name);
    expect(names).toContain('Deutsche Zentrum für Luft- und Raumfahrt');
    expect(names.filter((name) => name.endsWith('-'))).toEqual([]);
  });

  it('reads the name after "namens" whatever its words, with the class the noun before it gives (grammar namingWords)', async () => {
    for (const found of [await extract('Ein Rapper namens Chief Keef trat auf. Die Gruppe namens Sofacy griff an. Ein Videospiel namens Agony erschien, es spielt bei einem Arzt namens Dr. Karel Vrba.'), await extractWithModel('Ein Rapper namens Chief Keef trat auf. Die Gruppe namens Sofacy griff an. Ein Videospiel namens Agony erschien, es spielt bei einem Arzt namens Dr. Karel Vrba.')]) {
      const classOf = (name: string) => found.entities.find((entity) => entity.name === name)?.type;
      expect(classOf('Chief Keef')).toBe('PER');
      expect(classOf('Sofacy')).toBe('ORG');
      expect(classOf('Agony')).toBe('MISC');
      expect(classOf('Karel Vrba')).toBe('PER');
    }
    // A common noun after it may be a word; a name glued to more is beyond the tokens.
    const words = await extract('Ein Dorf namens Hoffnung liegt im Tal. Ein Spieler namens The_Happy_Hobbit gewann.');
    expect(words.entities.map((entity) => entity.name)).not.toContain('Hoffnung');
    expect(words.entities.map((entity) => entity.name)).not.toContain('The');
  });

  it('reads a listed organisation in front of a head that only says its kind ("der Hamas-Bewegung"), not in a plural or another head', async () => {
    const record = await extract('Ein Lager der Hamas-Bewegung wurde getroffen. Zu den Angriffen bekannte sich die IS-Miliz. Mehrere UN-Organisationen helfen, beim CDU-Parteitag sprach niemand.');
    const byName = (name: string) => record.entities.find((entity) => entity.name === name);
    expect(byName('Hamas')?.mentions.map((mention) => mention.text)).toEqual(['Hamas-Bewegung']);
    expect(byName('Islamischer Staat')?.mentions.map((mention) => mention.text)).toEqual(['IS-Miliz']);
    expect(record.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('UN-Organisationen');
    expect(record.entities.flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('CDU-Parteitag');
  });

  it('reads "der 51-Jährige" as the man named last before it and "die 34-Jährige" as the woman, not "der Dreißigjährige Krieg"', async () => {
    const record = await extract('Trainer Karl Huber ist zurückgetreten. Außenministerin Anna Berg dankte ihm. Der 51-Jährige war zwei Jahre im Amt, die 34-Jährige seit einem. Der Dreißigjährige Krieg endete 1648.');
    const textsOf = (name: string) => persons(record).find((entity) => entity.name === name)?.mentions.map((mention) => mention.text);
    expect(textsOf('Karl Huber')).toContain('Der 51-Jährige');
    expect(textsOf('Anna Berg')).toContain('die 34-Jährige');
    expect(textsOf('Karl Huber')).not.toContain('Der Dreißigjährige');
    // With no one named before it, it names no one.
    const alone = await extract('Der 51-Jährige war zwei Jahre im Amt.');
    expect(persons(alone)).toEqual([]);
  });

  it('reads an epithet opening a sentence ("Der Christdemokrat", "Die Finnin") as the person the sentence before names first', async () => {
    const record = await extract('Bürgermeister Karl Huber warf Trainer Peter Moser Untätigkeit vor. Der Christdemokrat kritisierte auch den Verein.');
    const textsOf = (found: OkRecord, name: string) => persons(found).find((entity) => entity.name === name)?.mentions.map((mention) => mention.text) ?? [];
    expect(textsOf(record, 'Karl Huber')).toContain('Der Christdemokrat');
    expect(textsOf(record, 'Peter Moser')).not.toContain('Der Christdemokrat');
    // A demonym passes over a person a demonym before the name makes a national of another country.
    const match = await extract('Der Russe Igor Petrow besiegte Mikko Rantanen in drei Sätzen. Der Finne gab danach auf.');
    expect(textsOf(match, 'Mikko Rantanen')).toContain('Der Finne');
    expect(textsOf(match, 'Igor Petrow')).not.toContain('Der Finne');
    expect(textsOf(await extract('Trainer Karl Huber lobte Außenministerin Anna Berg. Die Finnin gewann das Rennen.'), 'Anna Berg')).toContain('Die Finnin');
    // Not the party ("Die Republikaner" is plural), nor a name with its party after it.
    const party = await extract('Trainer Karl Huber lobte Außenministerin Anna Berg. Die Republikaner kritisierten beide. Der Republikaner Peter Moser schwieg.');
    expect(persons(party).flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('Die Republikaner');
    expect(textsOf(party, 'Karl Huber')).not.toContain('Der Republikaner');
  });

  it('takes a political role\'s country from the party in brackets after the name, before the dateline\'s', async () => {
    const record = await extract('Gipfel in Slowenien\nLjubljana – Die Regierungschefs tagen auf Einladung von Bundeskanzler Ernst Gruber (SPÖ) in Ljubljana.');
    const person = persons(record).find((entity) => entity.name === 'Ernst Gruber');
    expect(person?.roles).toEqual([{ title: 'Bundeskanzler', country: 'AT' }]);
  });

  it('gives no dateline country to a role whose title names another body', async () => {
    const record = await extract('Gipfel in Slowenien\nLjubljana – EU-Parlamentspräsident Jan Novak und Ministerpräsident Marko Kranjc sprachen über Migration.');
    expect(persons(record).find((entity) => entity.name === 'Jan Novak')?.roles).toEqual([{ title: 'EU-Parlamentspräsident' }]);
    expect(persons(record).find((entity) => entity.name === 'Marko Kranjc')?.roles).toEqual([{ title: 'Ministerpräsident', country: 'SI' }]);
  });

  it('takes a known person\'s role country from the knowledge file before the dateline\'s, also for a compound of the known title', async () => {
    const record = await extract('Besuch in Kyjiw\nKyjiw – Bundesverteidigungsminister Boris Pistorius ist am Montag in Kyjiw eingetroffen.');
    expect(persons(record).find((entity) => entity.name === 'Boris Pistorius')?.roles).toEqual([{ title: 'Bundesverteidigungsminister', country: 'DE' }]);
    // Not for a title whose front names another body.
    const nato = await extract('Treffen in Brüssel\nBrüssel – Nato-Verteidigungsminister Boris Pistorius sprach über Drohnen.');
    expect(persons(nato).find((entity) => entity.name === 'Boris Pistorius')?.roles).toEqual([{ title: 'Nato-Verteidigungsminister' }]);
  });

  it('gives a title with a country prefix (grammar countryPrefixes: "Bundes…") no dateline country outside it, but the one of its countries the article names', async () => {
    const record = await extract('Besuch in Kenia\nNairobi – Bundesarbeitsminister Karl Brenner ist in Kenia eingetroffen. Er wirbt um Pflegekräfte für Deutschland.');
    expect(persons(record).find((entity) => entity.name === 'Karl Brenner')?.roles).toEqual([{ title: 'Bundesarbeitsminister', country: 'DE' }]);
    // Where the article names none of them, no country.
    const none = await extract('Besuch in Kenia\nNairobi – Bundesarbeitsminister Karl Brenner ist in Kenia eingetroffen.');
    expect(persons(none).find((entity) => entity.name === 'Karl Brenner')?.roles).toEqual([{ title: 'Bundesarbeitsminister' }]);
  });

  it('gives a political role without a country the dateline country, but not a role of another kind', async () => {
    const record = await extract('Kabinett tagt\nSantiago – Innenministerin Carla Reyes und Trainer Hugo Pérez sprachen am Montag über Sicherheit.');
    expect(persons(record).map((person) => [person.name, person.roles])).toEqual([
      ['Carla Reyes', [{ title: 'Innenministerin', country: 'CL' }]],
      ['Hugo Pérez', [{ title: 'Trainer' }]],
    ]);
  });

  it('takes a plural role phrase for a group, never for one person named later ("Die EU-Innenminister sind …")', async () => {
    const record = await extract('Die EU-Innenminister sind zufrieden. Der deutsche Innenminister Thomas Kraus sagte, man sei auf einem guten Weg.');
    expect(persons(record).flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('Die EU-Innenminister');
    // The feminine singular after "die" stays one person.
    const minister = await extract('Die SPD-Vorsitzende traf am Montag in Paris Vertreter der Regierung.');
    expect(persons(minister).map((entity) => entity.mentions[0].text)).toEqual(['Die SPD-Vorsitzende']);
    // "der" and a masculine title after a common noun is a genitive plural, a group too.
    const meeting = await extract('Der lettische Innenminister Janis Berzins reiste nach Brüssel. Beim Treffen der EU-Innenminister gab es Streit.');
    expect(persons(meeting).flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('der EU-Innenminister');
  });

  it('reads an institution noun before a listed place as one organisation ("Verkehrsclub Österreich"), not the place', async () => {
    const record = await extract('Laut einer Studie des Verkehrsclub Österreich fahren immer mehr Menschen in Graz mit dem Rad.');
    expect(record.entities.map((entity) => `${entity.type}:${entity.name}`).sort()).toEqual(['LOC:Graz', 'ORG:Verkehrsclub Österreich']);
  });

  it('reads no person in a compound of a role noun that names no such role (roles.jsonl notCompounds)', async () => {
    const record = await extract('Am Sonntag gewann der Tabellenführer klar gegen den Abstiegskandidaten Kalkbrenn, sagte der Trainer.');
    expect(persons(record).map((entity) => entity.name)).not.toContain('Kalkbrenn');
    const candidate = await extract('Am Sonntag trat der Präsidentschaftskandidat Janis Kalkbrenn in Riga auf.');
    expect(persons(candidate).map((entity) => entity.name)).toContain('Janis Kalkbrenn');
    // A league or market leader is a team or a company, no leader of people.
    for (const text of ['Der Verein liegt 20 Punkte hinter Tabellenführer Kalkbrenn.', 'Der Dienst wächst schneller als Marktführer Kalkbrenn.']) {
      expect(persons(await extract(text)).map((entity) => entity.name)).not.toContain('Kalkbrenn');
    }
  });

  it('does not invent a person for a generic role nobody is named for', async () => {
    const record = await extract('Ein SPÖ-Politiker kritisierte den Plan. Der SPÖ-Politiker forderte Neuwahlen.');
    expect(persons(record)).toEqual([]);
  });

  it('finds quoted names but not quoted common nouns', async () => {
    const record = await extract('Die Staaten gründeten die ‚Allianz für Frieden‘ und warnten vor ‚Abschreckungskräften‘.');
    const names = record.entities.filter((entity) => entity.type === 'MISC').map((entity) => entity.name);
    expect(names).toEqual(['Allianz für Frieden']);
  });
});

describe("the model's person spans", () => {
  const lexicons = compiledLexicons(mergeRulePacks([loadRulePack(builtinPackDirectory)]));
  // Each row: the sentence's words, the model's chunk [start, end), and the name that remains.
  it.each([
    [['Frau', 'Maria', 'es', 'formulierte'], 1, 3, 'Maria'],
    [['Nienke', 'van', 'der', 'Marel', 'sprach'], 0, 4, 'Nienke van der Marel'],
    [['Ali', 'bin', 'al-Hussein', 'kandidiert'], 0, 3, 'Ali bin al-Hussein'],
    [['Konrad', 'parteifreier', 'Mandatar'], 0, 3, 'Konrad'],
  ])('end before a lower-case word that leads to no name part: %j', (words, start, end, expected) => {
    expect(words.slice(start, personNameEnd(words, start, end, lexicons)).join(' ')).toBe(expected);
  });

  it.each([
    [['Organisation', 'Attac', 'scharf'], 'ORG', 'Organisation Attac'],
    [['Institut', 'für'], 'ORG', 'Institut'],
    [['Reporter', 'ohne', 'Grenzen'], 'ORG', 'Reporter ohne Grenzen'],
    [['Sahl', 'al-Ghab'], 'LOC', 'Sahl al-Ghab'],
    [['Côte', 'dAzur'], 'LOC', 'Côte dAzur'],
  ] as const)('a tagged name of any class ends in no lower-case word: %j', (words, label, expected) => {
    expect(words.slice(0, nameChunkEnd(words, 0, words.length, label, lexicons)).join(' ')).toBe(expected);
  });
});

describe('model mentions', () => {
  /** The text and label of each mention the model finds where the tagger gives the words the tags. */
  const tagged = (text: string, tags: Record<string, string>) => mentionsTaggedAs(text, tags).map((mention) => [mention.text, mention.label]);

  const lexicons = compiledLexicons(mergeRulePacks([loadRulePack(builtinPackDirectory)]));
  const segmenter = loadNewsSegmenter();
  /** A person's name mention of the tokens `[start, start + length)` of `doc`, as a rule of `rule` would make it. */
  const personNameOf = (doc: { text: string; tokens?: { start: number; end: number; text: string; sentence: number }[] }, start: number, length: number, rule: string) => ({
    start: doc.tokens![start].start,
    end: doc.tokens![start + length - 1].end,
    text: doc.tokens!.slice(start, start + length).map((token) => token.text).join(' '),
    label: 'PER' as const,
    kind: 'name' as const,
    sentence: doc.tokens![start].sentence,
    tokenStart: start,
    tokenEnd: start + length,
    rule,
    confidence: 0.9,
  });
  // A stand-in tagger that calls every capitalised article and the word after it a name of another kind (OTH).
  const articleTagger: NerModel = {
    tag: (words) => words.map((word, index) => (/^(Der|Die|Das)$/.test(word) ? 'B-OTH' : /^(Der|Die|Das)$/.test(words[index - 1] ?? '') ? 'I-OTH' : 'O')),
    tagWithScores: () => {
      throw new Error('not used');
    },
    tags: ['O', 'B-OTH', 'I-OTH'],
    info: {},
  };
  const mentionTexts = (text: string) => {
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    return findModelMentions(doc, articleTagger, lexicons, undefined).map((candidate) => candidate.mention.text);
  };
  /** The mentions a stand-in tagger gives `text` that tags each word as `tags` says (outside where it says nothing). */
  const mentionsTaggedAs = (text: string, tags: Record<string, string>) => {
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => tags[word] ?? 'O') };
    return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention);
  };

  it('takes a name the tagger calls a person\'s for an organisation\'s where it ends in a word of organisations\' names', () => {
    const doc = { id: 't', text: 'Im Spiel von Owlchemy Labs tauchen Spieler ein.', source: {}, messages: [], ...segmenter.segment('Im Spiel von Owlchemy Labs tauchen Spieler ein.') };
    const personTagger: NerModel = { ...articleTagger, tag: (words) => words.map((word, index) => (word === 'Owlchemy' ? 'B-PER' : words[index - 1] === 'Owlchemy' ? 'I-PER' : 'O')) };
    expect(findModelMentions(doc, personTagger, lexicons, undefined).map((candidate) => [candidate.mention.text, candidate.mention.label])).toEqual([['Owlchemy Labs', 'ORG']]);
    const train = 'Man reist im legendären Glacier Express nach Zermatt.';
    const trainDoc = { id: 't', text: train, source: {}, messages: [], ...segmenter.segment(train) };
    const trainTagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'Glacier' ? 'B-PER' : word === 'Express' ? 'I-PER' : 'O')) };
    expect(findModelMentions(trainDoc, trainTagger, lexicons, undefined).map((candidate) => [candidate.mention.text, candidate.mention.label])).toEqual([['Glacier Express', 'ORG']]);
    // A team's name ends so too; one word alone is no organisation ("Prominente und Royals").
    const teams = 'Die Vienna Capitals schlugen Salzburg. Prominente und Royals rücken in die zweite Reihe.';
    const teamDoc = { id: 't', text: teams, source: {}, messages: [], ...segmenter.segment(teams) };
    const teamTagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'Vienna' || word === 'Royals' ? 'B-PER' : word === 'Capitals' ? 'I-PER' : 'O')) };
    expect(findModelMentions(teamDoc, teamTagger, lexicons, undefined).map((candidate) => [candidate.mention.text, candidate.mention.label])).toEqual([
      ['Vienna Capitals', 'ORG'],
      ['Royals', 'PER'],
    ]);
  });

  it('takes a name the tagger opens with a match report\'s title abbreviation ("SR") for the titled person\'s, confirmed by the title', () => {
    const tagged = (text: string, tags: Record<string, string>) => mentionsTaggedAs(text, tags).map((mention) => [mention.text, mention.label, mention.rule]);
    const tags = { SR: 'B-ORG', Kalnins: 'I-ORG', Tore: 'I-ORG', Anna: 'I-ORG' };
    expect(tagged('Riga, 5.000 Zuschauer, SR Kalnins Tore: 1:0 (12.) durch einen Elfmeter.', tags)).toEqual([['Kalnins', 'PER', 'match-report-title']]);
    expect(tagged('Riga, 5.000 Zuschauer, SR Anna Kalnins Tore: 1:0 (12.) durch einen Elfmeter.', tags)).toEqual([['Anna Kalnins', 'PER', 'match-report-title']]);
    // Outside a match report "SR" is a broadcaster's name.
    expect(tagged('Das zeigte der SR Kalnins am Montag.', tags)).toEqual([['SR Kalnins', 'ORG', 'model:ner-de']]);
  });

  it('gives a name after "wie" the class of the noun it is an example of ("Filme wie Roman Holiday")', () => {
    expect(tagged('Er schrieb Filme wie Roman Holiday.', { Roman: 'B-PER', Holiday: 'I-PER' })).toEqual([['Roman Holiday', 'MISC']]);
    expect(tagged('Sie spielte in Bands wie Kaltex.', { Kaltex: 'B-PER' })).toEqual([['Kaltex', 'ORG']]);
    // A person's noun keeps a person; a noun of places with another sense makes no organisation a place.
    expect(tagged('Er lobte Politiker wie Anna Kalnins.', { Anna: 'B-PER', Kalnins: 'I-PER' })).toEqual([['Anna Kalnins', 'PER']]);
    expect(tagged('Er nutzt Quellen wie Kaltex.', { Kaltex: 'B-ORG' })).toEqual([['Kaltex', 'ORG']]);
  });

  it('takes a name of another class that ends in a given name and surname after a noun for a person for that person ("Wiener Biologin Anna Ozola")', () => {
    expect(tagged('Ein Team um die Rigaer Biologin Anna Ozola hat geforscht.', { Rigaer: 'B-ORG', Biologin: 'I-ORG', Anna: 'I-ORG', Ozola: 'I-ORG' })).toEqual([['Anna Ozola', 'PER']]);
    // Not where the noun before the given name names no person ("die Gruppe Anna Ozola" of a tournament).
    expect(tagged('Sie spielt in der Gruppe Anna Ozola am Montag.', { Gruppe: 'B-ORG', Anna: 'I-ORG', Ozola: 'I-ORG' })).toEqual([['Gruppe Anna Ozola', 'ORG']]);
  });

  it('takes a tagger\'s name that ends in a compound of an event\'s word ("Spanischer Supercup") for an event\'s name', () => {
    expect(tagged('Den letzten Titel holte der Club 1985 beim Lettischen Supercup in Riga.', { Lettischen: 'B-PER', Supercup: 'I-PER' })).toEqual([['Lettischen Supercup', 'MISC']]);
    // An all-capital event word names no compound's ending ("EM" in "System").
    expect(tagged('Er arbeitet bei der Firma Kaltex System in Riga.', { Kaltex: 'B-ORG', System: 'I-ORG' })).toEqual([['Kaltex System', 'ORG']]);
  });

  it('takes a person\'s name of the tagger\'s after a noun for a kind of place for the place, unless a listed given name opens it', () => {
    expect(tagged('Es fehlt die Unterschrift des Landesteils Nordtek Kraj.', { Nordtek: 'B-PER', Kraj: 'I-PER' })).toEqual([['Nordtek Kraj', 'LOC']]);
    expect(tagged('Es fehlt die Unterschrift der Gemeinde Anna Berzins.', { Anna: 'B-PER', Berzins: 'I-PER' })).toEqual([['Anna Berzins', 'PER']]);
  });

  it('takes a tagged name ending in a word of organisations\' names for an organisation, whatever class the tagger gave, but a title', () => {
    expect(tagged('Dann schlugen die Nordtek Devils die Gäste.', { Nordtek: 'B-LOC', Devils: 'I-LOC' })).toEqual([['Nordtek Devils', 'ORG']]);
    expect(tagged('Dann schlugen die Nordtek Devils die Gäste.', { Nordtek: 'B-OTH', Devils: 'I-OTH' })).toEqual([['Nordtek Devils', 'ORG']]);
    expect(tagged('Er las das Buch Assassin of Kings zu Ende.', { Assassin: 'B-OTH', of: 'I-OTH', Kings: 'I-OTH' })).toEqual([['Assassin of Kings', 'MISC']]);
    expect(tagged('Der Nordtek Court entschied am Montag.', { Nordtek: 'B-OTH', Court: 'I-OTH' })).toEqual([['Nordtek Court', 'ORG']]);
  });

  it('takes a person\'s name of the tagger\'s with its own abbreviation in brackets for an organisation, not after a kind of place', () => {
    expect(tagged('Verluste schrieb die Banca Nordtek Kaltex (BNK) im Vorjahr.', { Banca: 'B-PER', Nordtek: 'I-PER', Kaltex: 'I-PER' })).toEqual([['Banca Nordtek Kaltex', 'ORG']]);
    expect(tagged('Bürgermeister Anna Ozola (SPÖ) sprach.', { Anna: 'B-PER', Ozola: 'I-PER' }).map(([, label]) => label)).toEqual(['PER']);
  });

  it('goes on with an English name the tagger opened with an English article over the capitalised English words after it', () => {
    expect(tagged('Nach The Silent Garden drehte er weiter.', { The: 'B-OTH', Silent: 'I-OTH' })).toEqual([['The Silent Garden', 'MISC']]);
  });

  it('takes a place\'s compound with a noun of organisations\' names for an organisation', () => {
    expect(tagged('Zum Jubiläum des Baltikum-Verbandes kamen viele.', { 'Baltikum-Verbandes': 'B-LOC' })).toEqual([['Baltikum-Verbandes', 'ORG']]);
  });

  it('takes a single name in a lineup\'s list for a player\'s, whatever class the tagger gave (rule match-lineup)', () => {
    const withRule = (text: string, tags: Record<string, string>) => mentionsTaggedAs(text, tags).map((mention) => [mention.text, mention.label, mention.rule]);
    expect(withRule('Ersatz: Kalnins – Valdokra, Nordtekis. Es fehlen: Ozolins (Knie).', { Valdokra: 'B-LOC', Ozolins: 'B-ORG' })).toEqual([
      ['Valdokra', 'PER', 'match-lineup'],
      ['Ozolins', 'PER', 'match-lineup'],
    ]);
    // Not outside a lineup, nor a listed place in one.
    expect(tagged('Er reiste nach Valdokra, Riga und Tallinn.', { Valdokra: 'B-LOC' })).toEqual([['Valdokra', 'LOC']]);
  });

  it('takes plain words between two persons\' names of a list for a person\'s name, whatever class the tagger gave', () => {
    const tags = { Anna: 'B-PER', Ozola: 'I-PER', Fiston: 'B-ORG', Valdokra: 'I-ORG', Peter: 'B-PER', Kalnins: 'I-PER' };
    expect(tagged('Dabei sind Anna Ozola, Fiston Valdokra und Peter Kalnins.', tags)).toEqual([['Anna Ozola', 'PER'], ['Fiston Valdokra', 'PER'], ['Peter Kalnins', 'PER']]);
  });

  it('ends a tagged name before a web address or a handle', () => {
    expect(tagged('Spott über #Kaltex #NordtekMemes pic.twitter.com/b4ru1rM4Vc heute.', { NordtekMemes: 'B-OTH', 'pic.twitter.com/b4ru1rM4Vc': 'I-OTH' })).toEqual([['NordtekMemes', 'MISC']]);
  });

  it('takes a listed given name, name particles and a surname for a person\'s name, whatever class the tagger gave', () => {
    expect(tagged('Danach spricht die Anna de Berzins über ihren Film.', { Anna: 'B-ORG', de: 'I-ORG', Berzins: 'I-ORG' })).toEqual([['Anna de Berzins', 'PER']]);
    expect(tagged('Danach spricht die Kaltex de Berzins über ihren Film.', { Kaltex: 'B-ORG', de: 'I-ORG', Berzins: 'I-ORG' })).toEqual([['Kaltex de Berzins', 'ORG']]);
  });

  it('keeps a tagged name that a name particle joined by a hyphen opens ("al-Shabaab"), also alone in its sentence', () => {
    expect(tagged('Die Miliz al-Nordtek drohte mit Angriffen.', { 'al-Nordtek': 'B-ORG' })).toEqual([['al-Nordtek', 'ORG']]);
  });

  it('drops a compound of a noun for a kind of place opening a tagged name, which then names a place', () => {
    expect(tagged('Das Lager liegt nahe der Grenzstadt Valdokra im Süden.', { Grenzstadt: 'B-ORG', Valdokra: 'I-ORG' })).toEqual([['Valdokra', 'LOC']]);
    expect(tagged('Das Schiff lief vor der Ostseeinsel Nordtek Holm auf.', { Ostseeinsel: 'B-LOC', Nordtek: 'I-LOC', Holm: 'I-LOC' })).toEqual([['Nordtek Holm', 'LOC']]);
    expect(tagged('Sie besuchte die Hafenstadt Riga.', { Hafenstadt: 'B-LOC', Riga: 'I-LOC' }).map(([text]) => text)).toEqual(['Riga']);
    // Past a place's adjective in -er, and for a street.
    expect(tagged('Der Pariser Prachtboulevard Valdokra Nord war gesperrt.', { Pariser: 'B-ORG', Prachtboulevard: 'I-ORG', Valdokra: 'I-ORG', Nord: 'I-ORG' })).toEqual([['Valdokra Nord', 'LOC']]);
  });

  it('confirms a firm\'s name by the company noun before it (rule company-noun), also a noun with a name in front', () => {
    const tagged = (text: string, tags: Record<string, string>) => mentionsTaggedAs(text, tags).map((mention) => [mention.text, mention.label, mention.rule]);
    expect(tagged('Die US-Ratingagentur Kaltex hat gewarnt.', { 'US-Ratingagentur': 'B-LOCpart', Kaltex: 'B-ORG' })).toEqual([['Kaltex', 'ORG', 'company-noun']]);
    expect(tagged('Die Partei Kaltex hat gewarnt.', { Kaltex: 'B-ORG' })).toEqual([['Kaltex', 'ORG', 'model:ner-de']]);
  });

  it('takes a person\'s name of the tagger\'s without a given name before a dateline\'s dash for the place it is', () => {
    expect(tagged('Sieg in Russland. Nischnij Tagil – Am Samstag gewann sie.', { Nischnij: 'B-PER', Tagil: 'I-PER' })).toEqual([['Nischnij Tagil', 'LOC']]);
    // Not before a bracket, nor a name that opens with a given name.
    expect(tagged('Sieg in Russland. Kalnins Berzins (SPD) verhandelt.', { Kalnins: 'B-PER', Berzins: 'I-PER' })).toEqual([['Kalnins Berzins', 'PER']]);
    expect(tagged('Sieg in Russland. Anna Berzins – Am Samstag gewann sie.', { Anna: 'B-PER', Berzins: 'I-PER' })).toEqual([['Anna Berzins', 'PER']]);
  });

  it('takes a noun of a kind of work opening a name of the tagger\'s out of it ("Musicals Barbarella"), not one joined by a lower-case word', () => {
    expect(tagged('Sie sang im Film Kaltex Nights mit.', { Film: 'B-ORG', Kaltex: 'I-ORG', Nights: 'I-ORG' })).toEqual([['Kaltex Nights', 'MISC']]);
    expect(tagged('Er fuhr die Tour de France mit.', { Tour: 'B-OTH', de: 'I-OTH', France: 'I-OTH' })).toEqual([['Tour de France', 'MISC']]);
  });

  it('takes a listed town and a word in -s no list knows for a team, whatever class the tagger gave ("Atlanta Hawks")', () => {
    expect(tagged('Er spielt für die Riga Hawks.', { Riga: 'B-LOC', Hawks: 'I-LOC' })).toEqual([['Riga Hawks', 'ORG']]);
    // Not a common noun or a given name after it.
    expect(tagged('Er traf in Riga Klaus.', { Riga: 'B-LOC', Klaus: 'I-LOC' })).toEqual([['Riga Klaus', 'LOC']]);
    expect(tagged('Er wohnt in Riga Hafens.', { Riga: 'B-LOC', Hafens: 'I-LOC' })).toEqual([['Riga Hafens', 'LOC']]);
  });

  it('takes a name of the tagger\'s that opens with a word of events\' names for an event ("Race Around Austria")', () => {
    expect(tagged('Er gewann das Race Around Latvia.', { Race: 'B-ORG', Around: 'I-ORG', Latvia: 'I-ORG' })).toEqual([['Race Around Latvia', 'MISC']]);
  });

  it('takes no abbreviation of a common noun for a name ("in Prozent des BIP", "via USB"), whatever the tagger says', () => {
    const tagged = (text: string) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (/^\p{Lu}{2,}$/u.test(word) ? 'B-ORG' : 'O')) };
      return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text);
    };
    expect(tagged('Das BIP Lettlands stieg, das Gerät lädt via USB.')).toEqual([]);
    expect(tagged('Die NATO lobte das BIP.')).toEqual(['NATO']);
  });

  it('gives a name of the tagger\'s the class a noun right before it announces (name-types.json), not to a person or place; a demonym is no one', () => {
    const tagged = (text: string, tags: Record<string, string>) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word, index) => tags[`${index}:${word}`] ?? 'O') };
      return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => [candidate.mention.text, candidate.mention.label]);
    };
    expect(tagged('Es gilt das Freihandelsabkommen Kaltex.', { '4:Kaltex': 'B-ORG' })).toEqual([['Kaltex', 'MISC']]);
    expect(tagged('Das sagte die Zeitung Morgenruf heute.', { '4:Morgenruf': 'B-OTH' })).toEqual([['Morgenruf', 'ORG']]);
    // A compound's head is its longest listed ending ("Recherchenetzwerk" is a network, an organisation).
    expect(tagged('Er leitet das Recherchenetzwerk Kaltex.', { '4:Kaltex': 'B-OTH' })).toEqual([['Kaltex', 'ORG']]);
    // A country's demonym the tagger calls a person names no one.
    expect(tagged('Der Costa Ricaner spielte gut.', { '1:Costa': 'B-PER', '2:Ricaner': 'I-PER' })).toEqual([]);
    // Nor a place: "Anschlag auf Israelin".
    expect(tagged('Anschlag auf Israelin nahe Bethlehem.', { '2:Israelin': 'B-LOC', '4:Bethlehem': 'B-LOC' })).toEqual([['Bethlehem', 'LOC']]);
    // Not a person's or a place's name, nor after a noun of persons ("Gewerkschafter" is no "Gewerkschaft").
    expect(tagged('Das sagte Gewerkschafter Kaltex heute.', { '3:Kaltex': 'B-ORG' })).toEqual([['Kaltex', 'ORG']]);
    expect(tagged('Das lobte die Partei Morgenruf heute.', { '4:Morgenruf': 'B-PER' })).toEqual([['Morgenruf', 'PER']]);
    // But a lone surname after a company's or medium's noun is the firm named after its founder.
    expect(tagged('Das sagte die Zeitung Morgenruf heute.', { '4:Morgenruf': 'B-PER' })).toEqual([['Morgenruf', 'ORG']]);
    expect(tagged('Die Drogeriemarktkette Kalnins ist pleite.', { '2:Kalnins': 'B-PER' })).toEqual([['Kalnins', 'ORG']]);
    expect(tagged('Die Drogeriemarktkette Janis Kalnins ist pleite.', { '2:Janis': 'B-PER', '3:Kalnins': 'I-PER' })).toEqual([['Janis Kalnins', 'PER']]);
    // "Vorstand" is a firm's organ, and a person's title too.
    expect(tagged('Das sagte Vorstand Kalnins heute.', { '3:Kalnins': 'B-PER' })).toEqual([['Kalnins', 'PER']]);
    expect(tagged('Er sitzt am Landesgericht Kaltex.', { '4:Kaltex': 'B-LOC' })).toEqual([['Kaltex', 'LOC']]);
  });

  it('takes no place\'s name hyphenated to a noun that names no kind of place for a place ("Tartu-Sieg"), unlike "Tartu-Stadt"', () => {
    const tagged = (text: string, word: string) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((each) => (each === word ? 'B-LOC' : 'O')) };
      return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text);
    };
    expect(tagged('Bei seinem zweiten Tartu-Sieg brauchte er nur drei Tage.', 'Tartu-Sieg')).toEqual([]);
    expect(tagged('Er wohnt in Tartu-Stadt seit Jahren.', 'Tartu-Stadt')).toEqual(['Tartu-Stadt']);
  });

  it('begins an English name the tagger began after its linking word with the words before it ("Journal of …")', () => {
    const text = 'Im Journal of Baltic Studies berichten Forscher aus Riga.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tags: Record<string, string> = { Baltic: 'B-ORG', Studies: 'I-ORG' };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => tags[word] ?? 'O') };
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text)).toEqual(['Journal of Baltic Studies']);
  });

  it('ends a name of the tagger\'s before a closing bracket it did not open', () => {
    const text = 'Der Schauspieler Mikko Rantanen (59, Kalnu Valley) sagte ab.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tags: Record<string, string> = { Kalnu: 'B-OTH', Valley: 'I-OTH', ')': 'I-OTH' };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => tags[word] ?? 'O') };
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text)).toEqual(['Kalnu Valley']);
  });

  it('takes the English words after an English name\'s linking word into the name where the tagger stopped before them', () => {
    const text = 'Die Kuratorin kommt vom Kalnu Center for Contemporary Art, Riga.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tags: Record<string, string> = { Kalnu: 'B-ORG', Center: 'I-ORG', for: 'I-ORG', Contemporary: 'I-ORG' };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => tags[word] ?? 'O') };
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text)).toEqual(['Kalnu Center for Contemporary Art']);
  });

  it('leaves out the noun that heads a noun phrase before one name word ("ihr einstiger Mentor Sarkozy"), not a given name', () => {
    const tagged = (text: string, first: string) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word, index) => (word === first ? 'B-PER' : words[index - 1] === first ? 'I-PER' : 'O')) };
      return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text);
    };
    // A word no list knows after a possessive, with an adjective or not; a known noun after an article too.
    expect(tagged('Sie will ihr einstiger Mentor Kalnins nun werfen.', 'Mentor')).toEqual(['Kalnins']);
    expect(tagged('Sie will ihr Mentor Kalnins nun werfen.', 'Mentor')).toEqual(['Kalnins']);
    expect(tagged('Es sprach der Bäcker Kalnins am Abend.', 'Bäcker')).toEqual(['Kalnins']);
    // After an article and an adjective, a word no list knows is as often a given name.
    expect(tagged('Der angeklagte Francis Kalnins erschien nicht.', 'Francis')).toEqual(['Francis Kalnins']);
    expect(tagged('Er brach den Rekord des legendären Friedl Kalnins.', 'Friedl')).toEqual(['Friedl Kalnins']);
    // After a preposition a known noun opens its phrase bare ("im Besitz von Kater Robby"); a given name stays.
    expect(tagged('Er war längst im Besitz von Kater Kalnins, der ihn weckte.', 'Kater')).toEqual(['Kalnins']);
    expect(tagged('Er war längst im Besitz von Frank Kalnins, der ihn weckte.', 'Frank')).toEqual(['Frank Kalnins']);
  });

  it('takes a name the tagger found beside a match minute for a player, whatever class it gave, without a label before a colon', () => {
    const tagged = (text: string, tags: Record<string, string>) => mentionsTaggedAs(text, tags).map((mention) => [mention.label, mention.text, mention.rule]);
    expect(tagged('Tore: Kalnins (12.), Ozols (44./Elfmeter) für Riga.', { Tore: 'B-ORG', ':': 'I-ORG', Kalnins: 'I-ORG', Ozols: 'B-LOC', Riga: 'B-LOC' })).toEqual([
      ['PER', 'Kalnins', 'match-minute'],
      ['PER', 'Ozols', 'match-minute'],
      ['LOC', 'Riga', 'model:ner-de'],
    ]);
    // So in a substitution: "(87. Berzins)"; a listed place stays one ("Portugal (7.)" is a ranking).
    expect(tagged('Riga: Ozols (87. Berzins), Portugal (7.) wartet.', { Berzins: 'B-LOC', Portugal: 'B-LOC' })).toEqual([
      ['PER', 'Berzins', 'match-minute'],
      ['LOC', 'Portugal', 'model:ner-de'],
    ]);
  });

  it('takes a name the tagger calls a person\'s that opens with a word of places\' names for a place (grammar placePrefixes)', () => {
    const text = 'Im pittoresken St. Ives büßte ein Kind seine Eistüte ein, sagte Karl Kalnins.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'St.' || word === 'Karl' ? 'B-PER' : word === 'Ives' || word === 'Kalnins' ? 'I-PER' : 'O')) };
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => [candidate.mention.text, candidate.mention.label])).toEqual([
      ['St. Ives', 'LOC'],
      ['Karl Kalnins', 'PER'],
    ]);
  });

  it('takes one English common word the tagger calls a place or another name for no name (models/english-words.txt.gz)', () => {
    const text = 'Gestrichen wurden Docs und Slide, sagte der Forscher in Berkeley beim Gaming.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tags: Record<string, string> = { Slide: 'B-LOC', Berkeley: 'B-LOC', Gaming: 'B-OTH', Docs: 'B-ORG' };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => tags[word] ?? 'O') };
    // An organisation keeps its English word ("Docs" here, "Sky" or "Wired" in the news).
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text)).toEqual(['Docs', 'Berkeley']);
  });

  it('takes a word that never names for no name on its own (grammar nonNameWords: "auf der Seite Ersterer")', () => {
    const text = 'Er sei eher auf der Seite Ersterer, sagte Butterfill.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'Ersterer' ? 'B-OTH' : word === 'Butterfill' ? 'B-PER' : 'O')) };
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text)).toEqual(['Butterfill']);
  });

  it('splits a name of two words the tagger found that are the surnames of two others named in full ("Sobotka Schelling")', () => {
    const text = 'Landesrat Karl Huber sprach mit Minister Peter Moser. Dann richtete Huber Moser aus, er warte.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const words = doc.tokens!.map((token) => token.text);
    const mention = (start: number, length: number, rule: string) => personNameOf(doc, start, length, rule);
    const glued = mention(words.indexOf('Huber', 3), 2, 'model:ner-de');
    const { candidates } = propagateSurnames(doc, [mention(1, 2, 'role-apposition'), mention(6, 2, 'role-apposition'), glued], lexicons);
    expect(candidates.map((candidate) => [candidate.mention.text, candidate.mention.tokenStart])).toEqual(expect.arrayContaining([['Huber', glued.tokenStart], ['Moser', glued.tokenStart + 1]]));
  });

  it('names a person again by the one word a role named them by, and a word joined to a sure person in a pair', () => {
    const text = 'Parteichef Kalnins ist umstritten. Es wurde von Kalnins und Berzaks festgelegt. Kalnins schielt nach rechts, Berzaks braucht die Linke. Der Spieler Zugang kam. Der Zugang zum Netz fehlt. Dann sprach Sergejs Ozols mit Kalnins. Die Zusammenarbeit von Ozols und Vitols endete.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const words = doc.tokens!.map((token) => token.text);
    const mention = (start: number, length: number, rule: string) => personNameOf(doc, start, length, rule);
    const found = (mentions: ReturnType<typeof mention>[]) =>
      propagateSurnames(doc, mentions, lexicons).candidates.map((candidate) => [candidate.mention.text, candidate.mention.tokenStart, candidate.mention.rule]);
    const role = mention(1, 1, 'role-apposition');
    const player = mention(words.indexOf('Zugang'), 1, 'role-apposition');
    // Sergejs Ozols is the tagger's alone: "Vitols" beside him may be a company or a band.
    const tagged = mention(words.indexOf('Sergejs'), 2, 'model:ner-de');
    const candidates = found([role, player, tagged]);
    const at = (word: string, from = 0) => words.indexOf(word, from);
    expect(candidates).toEqual(
      expect.arrayContaining([
        ['Kalnins', at('Kalnins', 2), 'surname-of-named-person'],
        ['Berzaks', at('Berzaks'), 'coordinated-name'],
        ['Berzaks', at('Berzaks', at('Berzaks') + 1), 'surname-of-named-person'],
      ]),
    );
    // A role's word that is a noun names no one again; the pair with the tagger's person stays open.
    expect(candidates.filter(([text]) => text === 'Zugang' || text === 'Vitols')).toEqual([]);
    // Without the role, "Kalnins" is no sure person, and "Berzaks" beside it is none.
    expect(found([tagged]).filter(([text]) => text === 'Berzaks')).toEqual([]);
  });

  it('repeats no person\'s name after a preposition joined with its article ("im Lower Ninth"), nor its last word alone', () => {
    const text = 'Dort half Lower Ninth beim Bau. Sie baute Häuser im Lower Ninth und ins Lower Ninth kam sie oft.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const words = doc.tokens!.map((token) => token.text);
    const start = words.indexOf('Lower');
    const tagged = personNameOf(doc, start, 2, 'model:ner-de');
    // The tagger's own mention is repeated where it stands, nowhere else.
    expect(propagateSurnames(doc, [tagged], lexicons).candidates.map((candidate) => [candidate.mention.text, candidate.mention.tokenStart])).toEqual([['Lower Ninth', start]]);
  });

  it('ranks a guess by the words\' shape as the tagger where it holds a name the tagger gave its class ("Irmgard Griss")', () => {
    const text = 'Wien – Irmgard Kalnina wird kandidieren. Kalnina bestätigte das.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const candidate = (start: number, length: number, source: Candidate['source'], label: Mention['label'] = 'PER'): Candidate => ({
      source,
      packRank: 0,
      mention: { start: doc.tokens![start].start, end: doc.tokens![start + length - 1].end, text: '', label, kind: 'name', sentence: 0, tokenStart: start, tokenEnd: start + length, rule: source, confidence: 0.5 },
    });
    const guess = candidate(2, 2, 'fallback');
    const kept = (model: Candidate[]) => resolveOverlaps([...confirmedFallbacks([guess], model), ...model]).kept.map((mention) => [mention.tokenStart, mention.tokenEnd]);
    expect(kept([candidate(3, 1, 'model')])).toEqual([[2, 4]]);
    // The tagger's name of another class, or none at all, leaves the guess below it.
    expect(kept([candidate(3, 1, 'model', 'ORG')])).toEqual([[3, 4]]);
    expect(confirmedFallbacks([guess], [])[0].source).toBe('fallback');
  });

  it('reads a listed place that ends the tagger\'s person after given names as the surname ("Whitney Houston")', async () => {
    const found = await extractWithModel('Damit überflügelte er die Pop-Diva Whitney Houston, die sich im Vorjahr für 70 Millionen Pfund verpflichtet hatte.');
    expect(found.entities.map((entity) => [entity.type, entity.name])).toContainEqual(['PER', 'Whitney Houston']);
    expect(found.entities.map((entity) => entity.name)).not.toContain('Houston');
  });

  it('reads a compound common noun in capitals heading a section as no name, unlike a name in capitals', async () => {
    const found = await extractWithModel('Im Folgenden eine Auswahl der Daten. BILDUNGSABBRUCH: Für 6,4 Prozent eines Jahrgangs war 2013 nach der Pflichtschule Schluss. Das sagte der STANDARD am Montag.');
    expect(found.entities.map((entity) => entity.name)).toEqual(['STANDARD']);
  });

  it('ends the tagger\'s person before "von" unless the name opens with a given name', async () => {
    const found = await extractWithModel('Der Rapid-Kapitän ist Teil des neuen Spots von Demner, Merlicek & Bergmann. Die Sicherheitsexpertin sagte, Fraser Kyne von Bromium empfehle lange Passwörter. Der Erfinder Wolfgang von Kempelen baute 1769 den Schachtürken.');
    const persons = found.entities.filter((entity) => entity.type === 'PER').map((entity) => entity.name);
    expect(persons).toEqual(['Fraser Kyne', 'Wolfgang von Kempelen']);
  });

  it('leaves an article opening a statement out of the tagger\'s name after it, not one a noun of kind announces', async () => {
    const found = await extractWithModel('Schuldenschnitt in Sicht. Klagenfurt – Der Kärntner Landtag hat am Freitag in seltener Einigkeit das Gesetz beschlossen. Unter dem Titel Der Hexer und das kleinere Übel erschien das Buch.');
    const names = found.entities.map((entity) => entity.name);
    expect(names).toContain('Kärntner Landtag');
    expect(names).not.toContain('Der Kärntner Landtag');
    expect(names).toContain('Der Hexer');
  });

  it('ranks a guess by the words\' shape as the tagger where the tagger calls its surname a person alone elsewhere', async () => {
    const found = await extractWithModel('Der Entwurf soll den Kandidaten Andreas Khol (ÖVP), Rudolf Hundstorfer (SPÖ) und Irmgard Griss am Montag übermittelt werden. Die Grenze liegt zwischen den genannten vier Millionen und der von Griss genannten einen Million.');
    expect(found.entities.find((entity) => entity.name === 'Irmgard Griss')?.type).toBe('PER');
  });

  it('joins a chunk that ends at an ampersand and the capitalised words after it into one organisation, not two persons', () => {
    const tagged = (text: string, tags: Record<string, string>) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word, index) => tags[`${index}:${word}`] ?? 'O') };
      return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => [candidate.mention.text, candidate.mention.label]);
    };
    expect(tagged('Die Agentur Saatchi & Saatchi Geneva wirbt.', { '2:Saatchi': 'B-ORG', '3:&': 'I-ORG', '4:Saatchi': 'B-PER', '5:Geneva': 'I-PER' })).toEqual([['Saatchi & Saatchi Geneva', 'ORG']]);
    expect(tagged('Er kaufte Daily Mail & General Trust.', { '2:Daily': 'B-ORG', '3:Mail': 'I-ORG' })).toEqual([['Daily Mail & General Trust', 'ORG']]);
    expect(tagged('Sarah Brugner & Michael Luger spielen.', { '0:Sarah': 'B-PER', '1:Brugner': 'I-PER', '3:Michael': 'B-PER', '4:Luger': 'I-PER' })).toEqual([
      ['Sarah Brugner', 'PER'],
      ['Michael Luger', 'PER'],
    ]);
    expect(tagged('Er lobte Google & co.', { '2:Google': 'B-ORG' })).toEqual([['Google', 'ORG']]);
  });

  it('leaves a common noun that opens a tagged person\'s name of three words or more out of the name ("Chefentwickler Shigeru Miyamoto")', () => {
    const text = 'Laut Chefentwickler Shigeru Miyamoto sei die Entscheidung nicht leicht gefallen.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'Chefentwickler' ? 'B-PER' : word === 'Shigeru' || word === 'Miyamoto' ? 'I-PER' : 'O')) };
    expect(findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text)).toEqual(['Shigeru Miyamoto']);
  });

  it('ends a tagged person\'s name before a weekday\'s time of day, and takes a region\'s demonym in -erin for no place', () => {
    const mentions = (text: string, tags: Record<string, string>) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => tags[word] ?? 'O') };
      return findModelMentions(doc, tagger, lexicons, undefined).map((candidate) => candidate.mention.text);
    };
    expect(mentions('Das konnte Janis Katzian Mittwochfrüh nicht bestätigen.', { Janis: 'B-PER', Katzian: 'I-PER', Mittwochfrüh: 'I-PER' })).toEqual(['Janis Katzian']);
    expect(mentions('Das sagte Josef Sommer am Abend.', { Josef: 'B-PER', Sommer: 'I-PER' })).toEqual(['Josef Sommer']);
    expect(mentions('Sie ernannten die Niederösterreicherin zur Ministerin.', { Niederösterreicherin: 'B-LOC' })).toEqual([]);
    // So a place's name of several words derived at its last ("der gebürtige St. Pöltner").
    expect(mentions('So sieht es der gebürtige St. Pöltner am Montag.', { 'St.': 'B-LOC', Pöltner: 'I-LOC' })).toEqual([]);
    expect(mentions('Er wohnt seit Jahren in St. Pölten.', { 'St.': 'B-LOC', Pölten: 'I-LOC' })).toEqual(['St. Pölten']);
  });

  it('lets a tagged organisation\'s name that goes on from or around a listed place with words no noun list knows replace the place ("Chicago Bulls")', () => {
    const text = 'Die Chicago Bulls schlugen die Mannschaft aus Houston.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'Chicago' ? 'B-ORG' : word === 'Bulls' ? 'I-ORG' : word === 'Houston' ? 'B-LOC' : 'O')) };
    const gazetteer = findGazetteerMentions(doc, lexicons);
    const starting = placesStartingNames(doc, gazetteer, findModelMentions(doc, tagger, lexicons, undefined), lexicons);
    expect([...starting].map((candidate) => candidate.mention.text)).toEqual(['Chicago']);
    expect(gazetteer.map((candidate) => candidate.mention.text)).toContain('Houston');
    // So inside such a name ("George Washington University"), not after a noun ("Universität Wien").
    const inside = (sentence: string, tagged: readonly string[]) => {
      const insideDoc = { id: 't', text: sentence, source: {}, messages: [], ...segmenter.segment(sentence) };
      const orgTagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === tagged[0] ? 'B-ORG' : tagged.includes(word) ? 'I-ORG' : 'O')) };
      const places = findGazetteerMentions(insideDoc, lexicons);
      return [...placesStartingNames(insideDoc, places, findModelMentions(insideDoc, orgTagger, lexicons, undefined), lexicons)].map((candidate) => candidate.mention.text);
    };
    expect(inside('Er lehrt an der George Washington University in den USA.', ['George', 'Washington', 'University'])).toEqual(['Washington']);
    expect(inside('Er lehrt an der Universität Wien seit Jahren.', ['Universität', 'Wien'])).toEqual([]);
  });

  it('lets a tagged name of English words ending in a word of organisations\' names replace the listed organisation opening it ("Rapid Support Forces")', () => {
    const opened = (text: string, tagged: readonly string[]) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === tagged[0] ? 'B-ORG' : tagged.includes(word) ? 'I-ORG' : 'O')) };
      const gazetteer = findGazetteerMentions(doc, lexicons);
      return [...listedNamesOpeningEnglishNames(doc, gazetteer, findModelMentions(doc, tagger, lexicons, undefined), lexicons)].map((candidate) => candidate.mention.text);
    };
    expect(opened('Die paramilitärischen Rapid Support Forces griffen an.', ['Rapid', 'Support', 'Forces'])).toEqual(['Rapid']);
    // A product's name keeps the firm; so does a German word after it.
    expect(opened('Sie trägt eine Apple Watch Series am Arm.', ['Apple', 'Watch', 'Series'])).toEqual([]);
    expect(opened('Die Fans von Rapid Wien feierten.', ['Rapid', 'Wien'])).toEqual([]);
  });

  it('makes a listed place part of an event\'s name the tagger found across a capitalised word before its event word ("Tokyo Motor Show")', () => {
    const text = 'Den Prototyp hat man auf der Riga Motor Show vorgestellt.';
    const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
    const tagger: NerModel = { ...articleTagger, tag: (words) => words.map((word) => (word === 'Riga' ? 'B-LOC' : 'O')) };
    const model = findModelMentions(doc, tagger, lexicons, undefined);
    expect(model.map((candidate) => [candidate.mention.text, candidate.mention.label])).toEqual([['Riga Motor Show', 'MISC']]);
    const gazetteer = findGazetteerMentions(doc, lexicons);
    expect([...placesStartingNames(doc, gazetteer, model, lexicons)].map((candidate) => candidate.mention.text)).toEqual(['Riga']);
    // The event's word leaves the sentence open to the tagger though its other words are nouns and the place is listed.
    const covered = new Uint8Array(doc.tokens!.length);
    for (const { mention } of gazetteer) covered.fill(1, mention.tokenStart, mention.tokenEnd);
    expect(findModelMentions(doc, tagger, lexicons, undefined, covered).map((candidate) => candidate.mention.text)).toEqual(['Riga Motor Show']);
  });

  it('gives the names of a list after a noun of one class that class, all of them, but not a person named by a given name', () => {
    const tags = { Kaltex: 'B-OTH', Nights: 'I-OTH', Nordtek: 'B-PER', Days: 'I-PER', Moldek: 'B-LOC', Rising: 'I-LOC' };
    expect(tagged('Sie spielte in den Filmen Kaltex Nights, Nordtek Days und Moldek Rising mit.', tags)).toEqual([
      ['Kaltex Nights', 'MISC'],
      ['Nordtek Days', 'MISC'],
      ['Moldek Rising', 'MISC'],
    ]);
    // So the examples after "wie" ("Bands wie Sam Gopal oder The Rocking Vicars").
    expect(tagged('Sie spielte in Bands wie Kaltex oder Nordtek Days.', { Kaltex: 'B-PER', Nordtek: 'B-OTH', Days: 'I-OTH' })).toEqual([
      ['Kaltex', 'ORG'],
      ['Nordtek Days', 'ORG'],
    ]);
    expect(tagged('Sie spielte im Film Kaltex Nights, Anna Ozola, die Hauptrolle.', { Kaltex: 'B-OTH', Nights: 'I-OTH', Anna: 'B-PER', Ozola: 'I-PER' })).toEqual([
      ['Kaltex Nights', 'MISC'],
      ['Anna Ozola', 'PER'],
    ]);
  });

  it('takes a possessive and a common noun after a colon for no title ("sagte er: Mein Volk will …")', () => {
    expect(mentionsTaggedAs('Er sagte vor Anhängern: Mein Volk will keine Schuldigen.', { Mein: 'B-OTH', Volk: 'I-OTH' }).map((mention) => mention.text)).toEqual([]);
  });

  it('takes an article and a common noun opening a sentence or following a colon for no title', () => {
    expect(mentionTexts('STANDARD: Die Philosophie, die Art zu spielen, ist vorgegeben. Die Liebe ist ein Thema.')).toEqual([]);
  });

  it('keeps one after a noun that announces a title, and the name of a word that is no common noun without the article', () => {
    expect(mentionTexts('Sie zeigt Bilder unter dem Titel Die Philosophie. Die Hakoah gewann am Sonntag.')).toEqual(['Die Philosophie', 'Hakoah']);
  });
});

describe('companies named like a title and a name', () => {
  it.each(['General Electric', 'General Motors'])('reads "%s" as the listed company, not as a general named by his title', async (name) => {
    const record = await extract(`Der Konzern ${name} streicht 6.500 Stellen in Europa.`);
    expect(persons(record)).toEqual([]);
    expect(record.entities.find((entity) => entity.type === 'ORG')?.name).toBe(name);
  });
});

describe('declined names of listed organisations', () => {
  it('links the declined forms of a listed name of adjectives and a noun to its entry', async () => {
    const record = await extract('Kämpfer des Islamischen Staates griffen die Stadt an. Die Aktie der Deutschen Bank fiel am Montag.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => [entity.name, entity.rule])).toEqual([
      ['Islamischer Staat', 'org:islamic-state'],
      ['Deutsche Bank', 'org:deutsche-bank'],
    ]);
  });

  it('names an unlisted organisation declined after an article in the nominative', async () => {
    const feminine = await extractWithModel('Ein Sprecher der Deutschen Welle, Karl Brenner, bestätigte am Montag die Pläne.');
    expect(feminine.entities.find((entity) => entity.type === 'ORG')?.name).toBe('Deutsche Welle');
    const genitive = await extractWithModel('Der Intendant des Bayerischen Rundfunks, Karl Brenner, widersprach.');
    expect(genitive.entities.find((entity) => entity.type === 'ORG')?.name).toBe('Bayerischer Rundfunk');
  });

  it('reads a name many countries\' parties bear as the listed one only where the article names its country otherwise', async () => {
    const italy = await extract('Marino, Senator der Demokratischen Partei von Premier Matteo Renzi, trat zurück.');
    expect(italy.entities.map((entity) => entity.name)).not.toContain('Demokratische Partei');
    const unitedStates = await extract('Die US-Präsidentschaftskandidatin Hillary Clinton sprach vor der Demokratischen Partei in Iowa.');
    expect(unitedStates.entities.find((entity) => entity.name === 'Demokratische Partei')?.rule).toBe('org:us-democrats');
    // So are its members' plural: "die Demokraten" in a US article, and not elsewhere.
    const members = await extract('In Iowa lobten die Demokraten das Ergebnis, die Republikaner in Washington kündigten Widerstand an.');
    expect(members.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name).sort()).toEqual(['Demokratische Partei', 'Republikanische Partei']);
    const elsewhere = await extract('In Rom lobten die Demokraten das Ergebnis.');
    expect(elsewhere.entities.map((entity) => entity.name)).not.toContain('Demokratische Partei');
  });
});

describe('place derivations', () => {
  it('reads no place in an adjective or demonym of a listed place that the tagger calls one', async () => {
    const record = await extractWithModel('Rechts ein Männerquartett in Kärntner Anzügen. Die Kärntner folgten dem Villacher Bürgermeister nach Trier.');
    const places = record.entities.filter((entity) => entity.type === 'LOC').map((entity) => entity.name);
    expect(places).not.toContain('Kärntner');
    expect(places).not.toContain('Villacher');
    expect(places).toContain('Trier');
  });

  it('reads a name the tagger calls a person\'s as a place after "im"', async () => {
    const record = await extractWithModel('Die Bergsteiger wurden im Pemberton Icefield gefunden.');
    expect(record.entities.map((entity) => [entity.type, entity.name])).toEqual([['LOC', 'Pemberton Icefield']]);
  });
});

describe('roles of an organisation many countries have', () => {
  it('takes the country of the party the article is about for a role its name opens ("Grünen-Bundessprecherin")', async () => {
    const austria = await extract('In Wien kritisierte die Grünen-Bundessprecherin Anna Berger die ÖVP.');
    expect(persons(austria)[0].roles).toEqual([{ title: 'Grünen-Bundessprecherin', country: 'AT' }]);
    const germany = await extract('In Berlin kritisierte die Grünen-Bundessprecherin Anna Berger die SPD.');
    expect(persons(germany)[0].roles).toEqual([{ title: 'Grünen-Bundessprecherin', country: 'DE' }]);
  });

  it('takes the country a word beside a shared name names ("die Grünen in Deutschland", "die Schweizer …")', async () => {
    for (const text of ['In Wien kritisierten die ÖVP und die SPÖ den Plan. Die Grünen in Deutschland lobten ihn.', 'In Wien kritisierten die ÖVP und die SPÖ den Plan. Die deutschen Grünen lobten ihn.']) {
      const record = await extract(text);
      expect(record.entities.find((entity) => entity.name.includes('Grünen'))?.name).toBe('Bündnis 90/Die Grünen');
    }
  });

  it('takes the feed\'s home country (config homeCountry) for a shared name only where the article names no country more', () => {
    const lexicons = compiledLexicons(mergeRulePacks([loadRulePack(builtinPackDirectory)]));
    const segmenter = loadNewsSegmenter();
    const keyOf = (text: string, homeCountry?: string) => {
      const doc = { id: 't', text, source: {}, messages: [], ...segmenter.segment(text) };
      return findGazetteerMentions(doc, lexicons, homeCountry).find((candidate) => candidate.mention.text.endsWith('Grünen'))?.mention.key;
    };
    const bare = 'Die Grünen kritisierten den Plan der Regierung am Montag scharf.';
    expect(keyOf(bare)).toBe('org:gruene');
    expect(keyOf(bare, 'AT')).toBe('org:gruene-at');
    // A country the article names wins over the home country.
    expect(keyOf(`In Berlin und Hamburg tagte die CDU. ${bare}`, 'AT')).toBe('org:gruene');
  });

  it('links a shared party name beside another country\'s nationality to none of the listed parties', async () => {
    for (const text of ['In Berlin kritisierte die CDU den Plan. Die australischen Grünen lobten ihn.', 'In Berlin kritisierte die CDU den Plan. Das schrieb die Grüne australische Senatorin Sarah Hanson-Young.']) {
      const record = await extract(text);
      expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toEqual(['CDU']);
    }
  });
});

describe('institutions of a country named after the noun', () => {
  it('reads "die Regierung von Lettland" as the Latvian government, like "die Regierung Lettlands"', async () => {
    for (const text of ['Die Regierung von Lettland hat den Plan kritisiert.', 'Die Regierung Lettlands hat den Plan kritisiert.']) {
      const record = await extract(text);
      expect(record.entities.find((entity) => entity.type === 'ORG')?.name).toBe('Lettische Regierung');
    }
  });

  it('reads no one country\'s government in a range ("von Lettland bis Estland") or after a quantifier ("jede Regierung")', async () => {
    for (const text of ['Die Preise bereiten mancher Regierung von Lettland bis Estland Sorgen.', 'Jede Regierung Lettlands hat den Plan kritisiert.']) {
      const record = await extract(text);
      expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toEqual([]);
    }
  });

  it('reads a ministry or parliament in a capital as that country\'s ("das Außenministerium in Riga"), not an embassy there', async () => {
    const record = await extract('Das Außenministerium in Riga wies die Vorwürfe zurück. Das Parlament in Tallinn tagte. Die Botschaft in Riga schwieg.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toEqual(['Lettisches Außenministerium', 'Estnisches Parlament']);
  });

  it('reads "die Regierung von Präsident X" as the government of a listed person\'s country, the person a name of its own', async () => {
    const record = await extract('Der Senator warf der Regierung von Präsident Joe Biden Verschwendung vor.');
    expect(record.entities.map((entity) => [entity.type, entity.name])).toEqual([['ORG', 'Amerikanische Regierung'], ['PER', 'Joe Biden']]);
  });

  it('reads an opposition or government "in" a country as that country\'s ("die Opposition in Estland"), not its police', async () => {
    const record = await extract('Die Opposition in Estland kritisierte das Abkommen. Die Regierung in Lettland schwieg. Die Polizei in Estland ermittelt.');
    expect(record.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.name)).toEqual(['Estnische Opposition', 'Lettische Regierung']);
  });

  it('reads "die Führung in Riga" as the Latvian government, but not the police there nor "die Regierungen in Riga und Tallinn"', async () => {
    const record = await extract('Die Führung in Riga hat den Plan kritisiert. Die Polizei in Riga schwieg. Die Regierungen in Riga und Tallinn verhandeln.');
    const organisations = record.entities.filter((entity) => entity.type === 'ORG');
    expect(organisations.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)])).toEqual([['Lettische Regierung', ['Führung in Riga']]]);
  });
});

describe('abbreviations in capitals', () => {
  it('links an abbreviation only to a listed one of the same letters, and groups it with its written-out form', async () => {
    // "BWB" keyed like a word would be "BVB", Borussia Dortmund.
    const authority = await extractWithModel('Die Bundeswettbewerbsbehörde (BWB) ermittelt gegen den Konzern Agrana. Die BWB prüft die Preise.');
    expect(authority.entities.map((entity) => entity.name)).toContain('BWB');
    expect(authority.entities.map((entity) => entity.name)).not.toContain('Borussia Dortmund');
    const unesco = await extractWithModel('Die Unesco hat das Welterbe erweitert. Die UNESCO tagte in Paris.');
    expect(unesco.entities.filter((entity) => entity.type === 'ORG').map((entity) => entity.mentions.map((mention) => mention.text))).toEqual([['Unesco', 'UNESCO']]);
  });
});

describe('countries in sports results', () => {
  it('reads a country\'s sports code in brackets after a name as the country, and not after a common noun', async () => {
    const record = await extract('Ergebnisse: 1. Jörgen Graabak (NOR) 1:11,4 – 2. Bernhard Gruber (AUT). Das Stabilitätsprogramm (ESP) hilft.');
    expect(record.entities.filter((entity) => entity.type === 'LOC').map((entity) => entity.name)).toEqual(['Norwegen', 'Österreich']);
  });

  it('reads it after a surname the noun lexicon splits as a compound, a given name before it ("Ingemar Sten|mark")', async () => {
    const record = await extract('Ergebnisse: 1. Lauris Bergmark (SWE) 862. 2. Peter Zeitkamp (NOR) 543.');
    expect(record.entities.filter((entity) => entity.type === 'LOC').map((entity) => entity.name)).toEqual(['Schweden', 'Norwegen']);
    expect(record.relations.filter((relation) => relation.type === 'member_of')).toEqual([]);
  });
});

describe('places named by their kind', () => {
  it('reads the name after "Bundesstaat", "Provinz", "Region", "Bezirk" … as a place, with a second word or a particle', async () => {
    const record = await extract('Die Menge griff im Bundesstaat Himachal Pradesh fünf Männer an. Gekämpft wurde in der Region Sahl al-Ghab und im Landkreis Schwäbisch Hall, nicht in der Provinz Bingöl.');
    expect(record.entities.filter((entity) => entity.type === 'LOC').map((entity) => entity.name)).toEqual(['Himachal Pradesh', 'Sahl al-Ghab', 'Schwäbisch Hall', 'Bingöl']);
  });
});

describe('abbreviations the article defines', () => {
  it('reads an abbreviation defined for a name of the article\'s own as that name, not as the listed entry of those letters', async () => {
    const record = await extract('Ein Sprecher der Slowenischen Staatsbahnen (SZ) sagte am Mittwoch, die SZ rechne mit Verspätungen.');
    expect(record.entities.map((entity) => entity.name)).not.toContain('Süddeutsche Zeitung');
  });

  it('keeps the listed entry where the words before the bracket name its kind or its own name', async () => {
    const rebels = await extract('Die Anschläge verübte die separatistische Terrororganisation (PKK), sagte der Minister.');
    expect(rebels.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'PKK'))?.name).toBe('PKK');
    const bank = await extract('Am Donnerstag hob die Europäische Zentralbank (EZB) den Leitzins an.');
    expect(bank.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'EZB'))?.wikidata).toBeDefined();
  });
});

describe('two persons of one surname', () => {
  it('keeps two full names with other given names apart', async () => {
    const record = await extract('Der Bürgermeister Karl Brenner lobte am Montag die Ministerin Anna Brenner.');
    expect(persons(record).map((entity) => entity.name).sort()).toEqual(['Anna Brenner', 'Karl Brenner']);
  });

  it('links a full name to a listed person of its surname only when the given names agree', async () => {
    // The knowledge file's Christian Stocker is Austria's chancellor; the footballer is someone else.
    const footballer = persons(await extract('Der Stürmer Valentin Stocker traf am Sonntag zweimal.'));
    expect(footballer.map((entity) => [entity.name, entity.wikidata])).toEqual([['Valentin Stocker', undefined]]);
    // Nor is a listed surname after another given name that person ("Alexis Sánchez" is not Pedro Sánchez).
    const striker = persons(await extractWithModel('Im Finale gegen Chelsea traf Alexis Sánchez am Sonntag zweimal. Sánchez jubelte danach ausgelassen.'));
    expect(striker.map((entity) => entity.name)).toEqual(['Alexis Sánchez']);
    // A listed surname after a word that can be a given name is no mention of that person on its own ("Lockheed
    // Martin" is not the Irish premier Micheál Martin), whatever the model makes of the pair.
    expect(persons(await extractWithModel('Der US-Rüstungskonzern Lockheed Martin liefert im Sommer neue Kampfjets nach Polen.'))).toEqual([]);
    // A noun's genitive is no listed surname with -s: "an Eides statt" is not the Norwegian minister Eide.
    expect(persons(await extract('Der Unternehmer soll falsche Angaben gemacht und diese an Eides statt versichert haben.'))).toEqual([]);
  });

  it('reads a surname that is also a noun as the noun after a determiner, and a name\'s genitive before a noun as no name', async () => {
    // The model may tag "Ayshas Mann" as one person; "Mann" there is her husband, and so in "ihrem Mann".
    const record = await extractWithModel('Die Frauen kommen aus Aleppo. Aysha wartet auf ihren Mann. Ayshas Mann befindet sich in Berlin. Sie telefoniert mit ihrem Mann übers Internet.');
    expect(persons(record).map((entity) => entity.name)).not.toContain('Ayshas Mann');
    const statement = await extractWithModel('Die AfD-Chefin Frauke Petry twitterte am Sonntag. Als Reaktion auf Petrys Twitter-Statement veröffentlichte der Rapper Eko Fresh ein Video.');
    expect(persons(statement).map((entity) => entity.name)).not.toContain('Petrys Twitter-Statement');
    // So before a word with an abstract noun's ending that the noun list lacks.
    const dismissal = await extractWithModel('Der Politologe Samuel Salzborn wurde abgesetzt. Der Fachschaftsrat sieht Salzborns Absetzung auch im Zusammenhang mit einer Kampagne.');
    expect(persons(dismissal).map((entity) => entity.name)).toEqual(['Samuel Salzborn']);
    // And before a compound of nouns ("Punktezahl", "Privathandy").
    const phone = await extractWithModel('Bundeskanzlerin Angela Merkel reiste nach Paris. Die Ermittler stellten das Verfahren wegen der Überwachung von Merkels Privathandy im Frühjahr ein.');
    expect(persons(phone).map((entity) => entity.name)).toEqual(['Angela Merkel']);
    expect(persons(record).flatMap((entity) => entity.mentions.map((mention) => mention.text))).not.toContain('Mann');
    const cook = await extract('Die Abgeordnete Julia Koch besuchte am Montag eine Schule. Dort bereitete der Koch das Mittagessen zu.');
    expect(persons(cook).find((entity) => entity.name === 'Julia Koch')?.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text)).toEqual(['Julia Koch']);
    // A real surname stays: "Thomas" is a given name of its own, and after a comma "die" is a relative pronoun.
    const writer = await extractWithModel('Der Schriftsteller Thomas Mann lebte in Kalifornien. Es sind Briefe, die Mann im Exil schrieb.');
    expect(persons(writer).find((entity) => entity.name === 'Thomas Mann')?.mentions.filter((mention) => mention.kind === 'name').map((mention) => mention.text)).toEqual(['Thomas Mann', 'Mann']);
  });

  it.each([
    ['Hillary Clinton', 'Bill Clinton', false],
    ['Hasan E.', 'Jonas E.', false],
    ['J. Smith', 'John Smith', true],
    ['Lula da Silva', 'Luiz Inácio Lula da Silva', true],
    ['Wolodymyr Selenskyj', 'Wolodymyr Oleksandrowytsch Selenskyj', true],
  ])('%s and %s may be one person: %s', (one, other, expected) => {
    expect(givenNamesAgree(one, other)).toBe(expected);
  });

  it.each([
    // A spelling variant of the given name fits (transliteration keys, Jaro-Winkler ≥ 0.82); another given name does not.
    [{ name: 'Wolodymyr Kowalenko', aliases: ['Kowalenko'] }, 'Vladimir Kovalenko', true],
    [{ name: 'Mohammed Haddad', aliases: [] }, 'Muhammad Haddad', true],
    [{ name: 'Wolodymyr Kowalenko', aliases: [] }, 'Vitali Kowalenko', false],
    // A full alias counts as well as the name; a title with a name ("König Hamad") gives no given name of the surname.
    [{ name: 'Hamad bin Isa Al Chalifa', aliases: ['Hamad Al Khalifa', 'König Hamad'] }, 'Hamad Khalifa', true],
    [{ name: 'Hamad bin Isa Al Chalifa', aliases: ['König Hamad'] }, 'Whiz Khalifa', false],
    // A surname written first ("Xi Jinping"): the other words are the given names.
    [{ name: 'Xi Jinping', aliases: ['Xi'] }, 'Oats Xi', false],
    // A variant of the first given name fits only with the words before the surname agreeing.
    [{ name: 'Marine Le Pen', aliases: ['Le Pen'] }, 'Marion Maréchal-Le Pen', false],
    [{ name: 'Marine Le Pen', aliases: ['Le Pen'] }, 'Marina Le Pen', true],
  ])('%o may be named "%s": %s', (entry, name, expected) => {
    // As in linking, a noun such as "König" is no given name.
    const givenNameLike = (word: string) => word !== 'König';
    expect(givenNamesFitEntry({ id: 'per:test', type: 'PER', ...entry } as KnowledgeEntry, name, givenNameLike)).toBe(expected);
  });

  it('takes a listed first name that is also a noun ("Marine") for a given name, so it can disagree with another', async () => {
    const lexicons = compiledLexicons(mergeRulePacks([loadRulePack(builtinPackDirectory)]));
    expect(isGivenNameLike('Marine', lexicons)).toBe(true);
    expect(isGivenNameLike('Franzose', lexicons)).toBe(false);
    const record = await extract('Die Sängerin Gabriela Montez spielte mit ihrem damaligen Ehemann Sean Penn. Die Politikerin Marine Le Pen sprach.');
    expect(persons(record).find((entity) => entity.name === 'Sean Penn')?.mentions.map((mention) => mention.text)).toEqual(['Sean Penn']);
  });

  it('indexes no last word as the surname of a listed name that puts its family name first ("Kim Jong Un" is no "Un")', () => {
    const pack = mergeRulePacks([loadRulePack(builtinPackDirectory)]);
    const listed = (id: string, name: string) => ({ value: { id, name, type: 'PER' as const }, file: 'test', line: 1, rank: 9, pack: 'test' });
    const lexicons = compiledLexicons({ ...pack, knowledge: [...pack.knowledge, listed('per:test-kim', 'Kim Jong Tae'), listed('per:test-moser', 'Anna Moser')] });
    expect(lexicons.knowledgeBySurnameKey.get('tae')?.some((entry) => entry.id === 'per:test-kim') ?? false).toBe(false);
    expect(lexicons.knowledgeBySurnameKey.get('moser')?.some((entry) => entry.id === 'per:test-moser')).toBe(true);
  });

  it('lets a word the span took in before the name say nothing of the given name', () => {
    const notAName = (word: string) => word !== 'Sowohl';
    expect(givenNamesAgree('Sowohl Faymann', 'Werner Faymann', notAName)).toBe(true);
  });
});
