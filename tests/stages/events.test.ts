/**
 * Events on German sentences: separable verbs, verb-final clauses, nouns with support verbs, participants from case
 * and word order, modality, attribution and time. Persons are invented, so only the mechanisms can find them.
 */
import { describe, expect, it } from 'vitest';
import { loadPipeline, type OkRecord } from '../../src/index.ts';
import { extractWithModel, extractWithRules } from '../helpers/pipelines.ts';

const extract = extractWithRules;

function describeEvents(record: OkRecord) {
  const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name ?? id;
  return record.events.map((event) => ({
    type: event.type,
    root: event.cameo.slice(0, 2),
    modality: event.modality,
    trigger: event.trigger.text,
    participants: Object.fromEntries(event.participants.map((participant) => [nameOf(participant.entity), participant.role])),
  }));
}

/** The modality of the first event of `type` in what the rules extract from `text`. */
async function modalityOf(text: string, type: string) {
  return describeEvents(await extract(text)).find((event) => event.type === type)?.modality;
}

/** The participants (name → role) of the first event of `type` in what the rules extract from `text`. */
async function participantsOf(text: string, type: string) {
  return describeEvents(await extract(text)).find((event) => event.type === type)?.participants;
}

/** The types of the events the rules extract from `text`. */
async function typesOf(text: string) {
  return (await extract(text)).events.map((event) => event.type);
}

const lead = 'Die lettische Regierungschefin Anna Kalnina';
const guest = 'der finnische Präsident Mikko Rantanen';

describe('events', () => {
  it('tells a visit a host receives someone for once, from the host\'s side ("empfing … zu einem Staatsbesuch")', async () => {
    const events = describeEvents(await extract('Die lettische Regierungschefin Anna Kalnina hat den finnischen Präsidenten Mikko Rantanen zu einem Staatsbesuch empfangen.'));
    expect(events.map((event) => [event.type, event.participants])).toEqual([['host_visit', { 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' }]]);
  });

  it('reads a "sie" opening a reported or subordinate clause as its subject: the organisation opening the sentence, or the woman named before', async () => {
    expect(await participantsOf('Die lettische Armee erklärte, sie habe Stellungen der Hisbollah angegriffen.', 'attack')).toEqual({ 'Lettische Armee': 'source', Hisbollah: 'target' });
    expect(await participantsOf('Die lettische Regierung lobte Bürgermeisterin Anna Ozola, weil sie Estland kritisiert habe.', 'criticize')).toEqual({ 'Anna Ozola': 'source', Estland: 'target' });
  });

  it('reads an event noun in a purpose clause as aimed at ("reiste nach Riga, um Gespräche zu führen"), its "um" no preposition', async () => {
    expect(await modalityOf('Bürgermeister Janis Berzins reiste am Montag nach Tallinn, um Gespräche zu führen.', 'consult')).toBe('planned');
    expect(await modalityOf('Bürgermeister Janis Berzins reiste am Montag nach Tallinn.', 'visit')).toBe('asserted');
  });

  it('reads infringement proceedings opened against a state or firm as legal action (CAMEO 115)', async () => {
    expect(await participantsOf('Die EU-Kommission hat gegen Lettland ein Vertragsverletzungsverfahren eingeleitet.', 'sue')).toEqual({ 'Europäische Kommission': 'source', Lettland: 'target' });
  });

  it('negates no event noun of a verb conjunct after a rejecting verb ("wies … zurück und verurteilte den Angriff")', async () => {
    expect(await modalityOf('Bürgermeister Janis Berzins wies die Vorwürfe zurück und verurteilte den Angriff auf Estland.', 'attack')).toBe('asserted');
    // One in the rejecting verb's own clause stays negated.
    expect(await modalityOf('Bürgermeister Janis Berzins wies den Angriff auf Estland zurück.', 'attack')).not.toBe('asserted');
  });

  it('takes the von-phrase after a role noun of the clause\'s subject for the actors of an event noun, also after the verb', async () => {
    expect(await participantsOf('Die Regierungschefs von Lettland und Estland haben bei einem Treffen in Riga einen Plan vorgestellt.', 'meeting')).toEqual({ Lettland: 'participant', Estland: 'participant' });
    expect(await participantsOf('Zuvor hatten sich die Regierungschefs von Lettland und Estland bei einem Treffen in Riga geeinigt.', 'meeting')).toEqual({ Lettland: 'participant', Estland: 'participant' });
  });

  it('gives an event noun a preposition of cause governs no time of its clause, only one in its own phrase', async () => {
    const timeOf = async (text: string, type: string) => (await extract(text)).events.find((event) => event.type === type)?.time?.text;
    expect(await timeOf('Bürgermeister Janis Berzins wurde am Montag wegen Mordes an Anna Ozola verurteilt.', 'kill')).toBeUndefined();
    expect(await timeOf('Durch die Anschläge in Riga und in Tallinn am Dienstag voriger Woche starben 38 Menschen.', 'assault')).toBe('am Dienstag');
  });

  it('reads stabbing, beating and strangling to death as killing, not a figure of speech ("mit ihrer Vielzahl erschlägt")', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins wurde am Montag in Riga erstochen.', 'kill')).toEqual({ 'Janis Berzins': 'target' });
    expect(await typesOf('Am Montag hat ein Mann in Riga Bürgermeister Janis Berzins erschlagen.')).toContain('kill');
    expect(await typesOf('Das Spiel erschlägt die Spieler am Montag nicht mit seiner Vielzahl an Möglichkeiten.')).not.toContain('kill');
  });

  it('makes the one invited or called to an act its agent, the act still ahead ("lud Rantanen zu einem Besuch ein", "ein, Riga zu besuchen")', async () => {
    const invited = describeEvents(await extract('Bürgermeister Janis Berzins lud den finnischen Präsidenten Mikko Rantanen zu einem Besuch nach Riga ein.')).find((event) => event.type === 'visit');
    expect(invited).toMatchObject({ modality: 'planned', participants: { 'Mikko Rantanen': 'source', Riga: 'target' } });
    const infinitive = describeEvents(await extract('Bürgermeister Janis Berzins hat den finnischen Präsidenten Mikko Rantanen eingeladen, Riga zu besuchen.')).find((event) => event.type === 'visit');
    expect(infinitive).toMatchObject({ modality: 'planned', participants: { 'Mikko Rantanen': 'source' } });
    expect(infinitive?.participants['Janis Berzins']).toBeUndefined();
    // The one name before the verb is the inviter, the pronoun after it the one invited: no visitor the text names.
    const pronoun = describeEvents(await extract('Bürgermeister Janis Berzins lud sie zu einem Besuch nach Riga ein.')).find((event) => event.type === 'visit');
    expect(pronoun?.participants['Janis Berzins']).toBeUndefined();
    // A noun of asking invites no one: "trotz Aufrufen zur Ruhe kam es zu Demonstrationen".
    expect(await modalityOf('Am Freitag kam es in Riga trotz Aufrufen zur Ruhe zu weiteren Demonstrationen.', 'protest')).toBe('asserted');
  });

  it('takes a plural "sie" as the group that opened the sentence before, and a pronoun after the finite verb past an adverb as the subject', async () => {
    const joined = 'Bürgermeister Janis Berzins und die Ministerin Anna Ozola haben am Dienstag in Riga verhandelt.';
    expect(await participantsOf(`${joined} Dabei kritisierten sie Russland scharf.`, 'criticize')).toEqual({ 'Janis Berzins': 'source', 'Anna Ozola': 'source', Russland: 'target' });
    expect(await participantsOf(`${joined} Dort wollen sie Russland kritisieren.`, 'criticize')).toEqual({ 'Janis Berzins': 'source', 'Anna Ozola': 'source', Russland: 'target' });
    const pair = 'Bürgermeister Janis Berzins hat am Dienstag mit der Ministerin Anna Ozola telefoniert. Die beiden Politiker vereinbarten ein Treffen in Tallinn.';
    expect(await participantsOf(`${pair} Dort wollen sie Russland kritisieren.`, 'criticize')).toEqual({ 'Janis Berzins': 'source', 'Anna Ozola': 'source', Russland: 'target' });
    // "Sie" opening the sentence, and a group a von-phrase after the opening role noun names.
    expect(await participantsOf(`${joined} Sie kritisierten danach Russland scharf.`, 'criticize')).toEqual({ 'Janis Berzins': 'source', 'Anna Ozola': 'source', Russland: 'target' });
    expect(await participantsOf('Die Regierungschefs von Lettland und Estland trafen sich in Riga. Danach kritisierten sie Russland.', 'criticize')).toEqual({ Lettland: 'source', Estland: 'source', Russland: 'target' });
    // A singular subject before the finite verb leaves "sie" its object.
    expect(await participantsOf('Bürgermeister Janis Berzins will sie am Montag kritisieren.', 'criticize')).toEqual({ 'Janis Berzins': 'source' });
  });

  it('keeps the von-phrase of an unnamed actor\'s role noun as the actor of a meeting', async () => {
    expect(await participantsOf('Die Regierungschefs von Lettland, Litauen und Estland treffen sich am Donnerstag in Riga.', 'meeting')).toEqual({ Lettland: 'participant', Litauen: 'participant', Estland: 'participant' });
    expect(await participantsOf('Der Regierungschef von Lettland traf am Donnerstag Estland.', 'meeting')).toEqual({ Lettland: 'participant', Estland: 'participant' });
  });

  it('reads restoring, taking up or normalising relations as diplomatic cooperation of both sides, and naming an act as no part in it', async () => {
    expect(await participantsOf('Lettland und Estland haben ihre diplomatischen Beziehungen wiederhergestellt.', 'diplomatic_cooperation')).toEqual({ Lettland: 'participant', Estland: 'participant' });
    expect(await participantsOf('Lettland nimmt diplomatische Beziehungen mit Estland auf.', 'diplomatic_cooperation')).toEqual({ Lettland: 'participant', Estland: 'participant' });
    expect(await typesOf('Lettland nimmt am Montag neue Kredite auf.')).toEqual([]);
    // So resuming cooperation, also a compound of it.
    expect(await participantsOf('Lettland und Estland haben ihre Verteidigungszusammenarbeit wieder aufgenommen.', 'diplomatic_cooperation')).toEqual({ Lettland: 'participant', Estland: 'participant' });
    // "bezeichnete die Annäherung als gefährlich": who calls an act something takes no part in it.
    expect(await typesOf('Bürgermeister Janis Berzins bezeichnete die Annäherung als gefährlich.')).toEqual([]);
  });

  it('takes the country weapons are delivered to after "nach" or "in" as the target', async () => {
    expect(await participantsOf('Lettland hat am Montag Munition nach Estland geliefert.', 'military_aid')).toEqual({ Lettland: 'source', Estland: 'target' });
    expect(await participantsOf('Lettland hat am Montag Panzer in die Ukraine geliefert.', 'military_aid')).toEqual({ Lettland: 'source', Ukraine: 'target' });
  });

  it('leaves a phrase of a default preposition after another kind of event\'s noun to that noun ("Waffenlieferungen an Russland zurückgewiesen")', async () => {
    expect(await participantsOf('Die lettische Regierung hat Berichte über Waffenlieferungen an Russland zurückgewiesen.', 'reject')).toEqual({ 'Lettische Regierung': 'source' });
    // A noun of the verb's own kind is the same act, whose parties it names.
    expect(await participantsOf('Der Vertrag zwischen Riga und Tallinn wurde am Montag unterzeichnet.', 'sign_agreement')).toEqual({ 'Lettische Regierung': 'participant', 'Estnische Regierung': 'participant' });
  });

  it('takes a spokesperson\'s reporting clause as the speech of the one named after the noun, not of whom a compound\'s spokesperson told', async () => {
    expect(await participantsOf('Ein Sprecher des lettischen Außenministeriums sagte, Estland müsse seine Provokationen einstellen.', 'demand')).toEqual({ 'Lettisches Außenministerium': 'source', Estland: 'target' });
    expect(await participantsOf('Estland müsse seine Provokationen einstellen, sagte eine Regierungssprecherin der Gewerkschaft Kaltex.', 'demand')).toBeUndefined();
  });

  it('takes "ihn" or "ihm" as the verb\'s object up to the last man named before who takes no part yet, not after a preposition', async () => {
    const before = 'Bürgermeister Janis Berzins war am Montag in Riga.';
    expect(await participantsOf(`${before} Die Ministerin kritisierte ihn scharf.`, 'criticize')).toEqual({ 'Janis Berzins': 'target' });
    expect(await participantsOf(`${before} Estland warf ihm Betrug vor.`, 'accuse')).toEqual({ Estland: 'source', 'Janis Berzins': 'target' });
    // In the passive "ihm" is the dative of the one accused.
    expect(await participantsOf(`${before} Ihm wird Betrug vorgeworfen.`, 'accuse')).toEqual({ 'Janis Berzins': 'target' });
    expect(await participantsOf('Bürgermeister Janis Berzins traf den Minister Kaarel Tamm. Er kritisierte ihn scharf.', 'criticize')).toEqual({ 'Kaarel Tamm': 'source', 'Janis Berzins': 'target' });
    // "Ihm zufolge" names a source, no object.
    expect(await participantsOf(`${before} Estland kritisierte ihm zufolge die Pläne.`, 'criticize')).toEqual({ Estland: 'source' });
  });

  it('reads "klagen" with an accusative object and a cause or claim as suing that object, not complaining', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins hat die Ministerin Anna Ozola wegen Verleumdung geklagt.', 'sue')).toEqual({ 'Janis Berzins': 'source', 'Anna Ozola': 'target' });
    expect(await typesOf('Bürgermeister Janis Berzins klagte wegen der Hitze über Kopfschmerzen.')).toEqual([]);
  });

  it('reads firing missiles or drones as an air strike, firing shells as an attack, and firing a warning shot as neither', async () => {
    expect(await participantsOf('Lettland feuerte am Montag Raketen auf Estland ab.', 'air_strike')).toEqual({ Lettland: 'source', Estland: 'target' });
    expect(await typesOf('Lettland feuerte am Montag Granaten auf Estland ab.')).toEqual(['attack']);
    expect(await typesOf('Der Polizist feuerte in Riga einen Warnschuss ab.')).toEqual([]);
  });

  it('reads sending rescue teams or relief goods as humanitarian aid, and sending anything else as none', async () => {
    expect(await participantsOf('Lettland und Estland schickten am Montag Rettungsteams nach Litauen.', 'humanitarian_aid')).toEqual({ Lettland: 'source', Estland: 'source', Litauen: 'target' });
    expect(await typesOf('Lettland schickte am Montag einen Brief nach Litauen.')).toEqual([]);
  });

  it('reads laying down one\'s work as a strike and one\'s office as a resignation, and what one offers to do as ahead', async () => {
    expect(await typesOf('Die Beschäftigten der Firma Kaltex haben am Montag in Riga ihre Arbeit niedergelegt.')).toEqual(['strike']);
    expect(await participantsOf('Bürgermeister Janis Berzins legte am Montag sein Amt nieder.', 'resign')).toEqual({ 'Janis Berzins': 'source' });
    expect(await typesOf('Bürgermeister Janis Berzins legte am Montag einen Kranz nieder.')).toEqual([]);
    // The offer itself is made; what is offered lies ahead.
    expect(await modalityOf('Bürgermeister Janis Berzins bot seiner Partei an, sein Amt niederzulegen.', 'resign')).toBe('planned');
    expect(await modalityOf('Bürgermeister Janis Berzins bot seiner Partei an, sein Amt niederzulegen.', 'intent_to_cooperate')).toBe('asserted');
  });

  it('reads a verb after "und" as a conjunct of its own that shares the subject, not the object, of the one before', async () => {
    expect(await participantsOf(`${lead} lobte Litauen und kritisierte Estland.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    expect(await participantsOf(`${lead} lobte Litauen und kritisierte Estland.`, 'praise')).toEqual({ 'Anna Kalnina': 'source', Litauen: 'target' });
    // After a place's name too, and with a verb of no event between ("richtet … einen Appell an die Welt").
    expect(await participantsOf(`${lead} traf ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} in Riga und kritisierte Estland.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    expect(await participantsOf(`${lead} besucht Estland und richtet in Tallinn einen Appell an die Welt.`, 'appeal')).toEqual({ 'Anna Kalnina': 'source' });
    // "und" before an article or adjective still joins names.
    expect(await participantsOf(`${lead} kritisierte Litauen und das benachbarte Estland.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Litauen: 'target', Estland: 'target' });
  });

  it('reads an article and a name before a finite verb after "und" as a conjunct with a subject of its own', async () => {
    const text = 'Die Ministerin kritisierte Lettland wegen der Zölle und die Regierung Estlands lobte den Plan.';
    expect(await participantsOf(text, 'praise')).toEqual({ 'Estnische Regierung': 'source' });
    expect(await participantsOf(text, 'criticize')).toEqual({ Lettland: 'target' });
    // Without a verb after it, the phrase is the first verb's second object.
    expect(await participantsOf('Die Ministerin kritisierte Lettland wegen der Zölle und die Regierung Estlands.', 'criticize')).toEqual({ Lettland: 'target', 'Estnische Regierung': 'target' });
  });

  it('joins two subjects across a prepositional phrase of the first ("A nach der Weihe und der Bischof B")', async () => {
    const text = 'So werden Bischof Janis Berzins nach der Weihe am Donnerstag und der Rigaer Bischof Peteris Ozols nach seiner Weihe am Sonntag in Tallinn eintreffen.';
    expect(await participantsOf(text, 'visit')).toEqual({ 'Janis Berzins': 'source', 'Peteris Ozols': 'source', Tallinn: 'target' });
  });

  it('reads a quoted name after its noun in that noun\'s phrase: a genitive after another noun is no subject', async () => {
    expect(await typesOf('Lager der Firma „Amazon“ in Riga beschlagnahmt.')).toEqual([]);
    expect(await participantsOf('Die Firma „Amazon“ hat den Minister Janis Berzins kritisiert.', 'criticize')).toEqual({ Amazon: 'source', 'Janis Berzins': 'target' });
  });

  it('joins no name to the phrase before it by "auch" alone ("traf in Riga auch …" meets that one)', async () => {
    expect(await participantsOf('Der finnische Präsident Mikko Rantanen traf in Riga auch Bürgermeister Janis Berzins.', 'meeting')).toEqual({ 'Mikko Rantanen': 'participant', 'Janis Berzins': 'participant' });
  });

  it('takes the parties an event noun\'s zwischen-phrase names for its only ones, not the clause\'s speaker', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins sprach von einer sensiblen Phase der Annäherung zwischen Lettland und Estland.', 'diplomatic_cooperation')).toEqual({ Lettland: 'participant', Estland: 'participant' });
  });

  it('releases from detention only with a word of detention, as itself where written with "=" ("=Haft", not "Gesellschaft")', async () => {
    expect(await typesOf(`Am Montag wurde ${guest} aus der Haft entlassen.`)).toContain('release_persons');
    expect(await typesOf('Am Montag wurden in Riga 300 Mitarbeiter entlassen.')).not.toContain('release_persons');
    expect(await typesOf('Wir sollten am Montag sokratische Störenfriede heranziehen und in die Gesellschaft entlassen.')).not.toContain('release_persons');
    expect(await typesOf('Das Start-up Kaltex lässt am Montag animierte Bilder frei.')).not.toContain('release_persons');
  });

  it('reads deportation (CAMEO 174), confiscation (1711), execution and torture', async () => {
    expect(await participantsOf(`Die lettischen Behörden haben am Montag ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} nach Helsinki abgeschoben.`, 'deport')).toEqual({ 'Lettische Behörden': 'source', 'Mikko Rantanen': 'target' });
    expect(await typesOf('Die Polizei in Riga hat am Montag die aktuelle Ausgabe der Zeitung beschlagnahmt.')).toContain('seize_property');
    expect(describeEvents(await extract(`Am Montag wurde ${guest} in Riga hingerichtet.`)).find((event) => event.type === 'kill')?.participants).toEqual({ 'Mikko Rantanen': 'target' });
    expect((await extract(`Am Montag wurde ${guest} in Riga gefoltert.`)).events.find((event) => event.type === 'assault')?.cameo).toBe('1822');
    // Shifting responsibility is no deportation.
    expect(await typesOf(`${lead} wollte am Montag die Verantwortung auf Estland abschieben.`)).not.toContain('deport');
  });

  it('governs a conjunct of a subordinate clause by the clause that governs the first, and lends it no subject from there', async () => {
    const events = describeEvents(await extract('Bürgermeister Janis Berzins will, dass die Lager ausgebaut werden und Flüchtlinge abgeschoben werden.'));
    expect(events.find((event) => event.type === 'deport')).toMatchObject({ modality: 'planned' });
    expect(events.find((event) => event.type === 'deport')?.participants).toEqual({});
    // Nor where a "von … aus" phrase stands before the bare subject.
    const framed = describeEvents(await extract('Bürgermeister Janis Berzins will, dass die Lager ausgebaut werden und von dort aus Flüchtlinge abgeschoben werden.'));
    expect(framed.find((event) => event.type === 'deport')?.participants).toEqual({});
  });

  it('negates a meeting noun whose clause says it did not take place, also past a relative clause (grammar occurrenceVerbForms)', async () => {
    const met = `ein Treffen mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')}`;
    expect(await modalityOf(`Am Montag fand ${met} in Riga nicht statt.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${met[0].toUpperCase()}${met.slice(1)}, über das Medien zuvor spekuliert hatten, fand am Montag nicht statt.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${met[0].toUpperCase()}${met.slice(1)} findet am Montag in Riga statt.`, 'meeting')).toBe('planned');
    // A phrase a preposition opens is no subject of the verb after the relative clause.
    const visit = describeEvents(await extract(`Bei dem Staatsbesuch in Estland, den ${guest.replace('der finnische Präsident ', '')} am Mittwoch begann, sollen auch Gespräche geführt werden.`));
    expect(visit.find((event) => event.type === 'visit')?.modality).toBe('asserted');
  });

  it('reads "beide" right after the verb that opens the clause as the two persons named last ("sprachen beide über …")', async () => {
    const events = describeEvents(await extract(`${lead} traf am Montag in Riga ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')}. Wie das Außenministerium mitteilte, sprachen beide auch über Exportbeschränkungen.`));
    expect(events.find((event) => event.type === 'consult')?.participants).toEqual({ 'Mikko Rantanen': 'participant', 'Anna Kalnina': 'participant' });
  });

  it('reads "beide" opening the clause as the subject of any act, the two persons named last ("Beide verurteilten …")', async () => {
    const events = describeEvents(await extract(`${lead} traf am Montag in Riga ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')}. Beide verurteilten die Angriffe auf Estland.`));
    expect(events.find((event) => event.type === 'criticize')?.participants).toEqual({ 'Mikko Rantanen': 'source', 'Anna Kalnina': 'source' });
  });

  it('reads an institution named with its capital ("die Opposition in Vilnius") as no genitive of the name after it', async () => {
    expect(await participantsOf('Am Montag hat die Opposition in Riga Estland kritisiert.', 'criticize')).toEqual({ 'Lettische Opposition': 'source', Estland: 'target' });
    expect(await participantsOf('Die Opposition in Vilnius kritisierte die Regierung.', 'criticize')).toEqual({ 'Litauische Opposition': 'source', 'Litauische Regierung': 'target' });
  });

  it('leaves a particle closing the clause to a conjunct with a verb of its own ("bestritt … und kündigte an")', async () => {
    expect(await typesOf('Bürgermeister Janis Berzins bestritt die Vorwürfe und kündigte an, gegen Estland zu klagen.')).toContain('statement');
  });

  it('reads pushing someone out ("vom Markt gedrängt", "in die Ecke gedrängt") as no appeal', async () => {
    expect(await typesOf('Estland hat Lettland vom Markt gedrängt.')).not.toContain('appeal');
    expect(await typesOf('Estland hat Lettland in die Ecke gedrängt.')).not.toContain('appeal');
    expect(await typesOf('Estland hat Lettland zu Verhandlungen über den Handel gedrängt.')).toContain('appeal_negotiate');
  });

  it('takes a nationality adjective before an event noun for the government where the article names the country only by its seat', async () => {
    expect(await participantsOf('Der Kreml wies die Vorwürfe zurück. Bei einem russischen Angriff auf Riga wurden vier Menschen verletzt.', 'attack')).toEqual({ 'Russische Regierung': 'source', Riga: 'target' });
  });

  it('negates what a verb of denying takes as object, in a report about it, or in the clause it governs (cues denialVerbs)', async () => {
    const mayor = 'Bürgermeister Janis Berzins';
    expect(await modalityOf(`${mayor} hat ein Treffen mit dem finnischen Präsidenten Mikko Rantanen dementiert.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${mayor} hat Berichte über ein Treffen mit dem finnischen Präsidenten Mikko Rantanen dementiert.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${mayor} bestritt, den finnischen Präsidenten Mikko Rantanen getroffen zu haben.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${mayor} dementierte, dass es ein Treffen mit dem finnischen Präsidenten Mikko Rantanen gegeben habe.`, 'meeting')).toBe('negated');
    // Not denied, admitted; and a noun inside the infinitive is what someone knew of, not what is denied.
    expect(await modalityOf(`${mayor} bestritt nicht, den finnischen Präsidenten Mikko Rantanen getroffen zu haben.`, 'meeting')).toBe('asserted');
    expect(await modalityOf(`${mayor} bestritt, von dem Angriff auf Riga gewusst zu haben.`, 'attack')).toBe('asserted');
  });

  it('knows aid organisations whose name is also a word ("Caritas") from the knowledge file, each a source of their demand', async () => {
    expect(await participantsOf('Caritas, Rotes Kreuz und Volkshilfe forderten in Riga eine sofortige Rückkehr an den Verhandlungstisch.', 'demand')).toEqual({
      Caritas: 'source',
      'Österreichisches Rotes Kreuz': 'source',
      Volkshilfe: 'source',
    });
  });

  it('reads a verb opening a clause after a comma with no subject of its own as going on with the clause before, no attribution', async () => {
    expect(await modalityOf('Der finnische Präsident Mikko Rantanen begrüßte den Schritt, warnte aber vor zu viel Vertrauen.', 'praise')).toBe('asserted');
    expect(await modalityOf('Estland habe den Schritt begrüßt, warnte am Montag der finnische Präsident Mikko Rantanen.', 'praise')).toBe('reported');
  });

  it('takes an event noun after "nach" in a clause told in the perfect for done, whatever the clause announced', async () => {
    expect(await modalityOf(`${lead} hat nach einem Telefonat mit dem finnischen Präsidenten Mikko Rantanen neue Gespräche angekündigt.`, 'phone_call')).toBe('asserted');
    // With a modal the clause lies ahead, and so may the call.
    expect(await modalityOf(`${lead} will nach einem Telefonat mit dem finnischen Präsidenten Mikko Rantanen neue Gespräche ankündigen.`, 'phone_call')).not.toBe('asserted');
  });

  it('reads talks someone announces or agrees on as planned talks ("hat Gespräche mit Estland angekündigt")', async () => {
    const events = describeEvents(await extract('Der finnische Präsident Mikko Rantanen hat Gespräche mit Estland angekündigt.'));
    expect(events.find((event) => event.type === 'consult')).toMatchObject({ modality: 'planned', participants: { 'Mikko Rantanen': 'participant', Estland: 'participant' } });
  });

  it('takes a meeting told in the present with a weekday for one ahead, a capitalised name holding no past form ("in Las Vegas")', async () => {
    expect(await modalityOf('Am Dienstag kommen die Außenminister von Lettland und Estland in Las Vegas zusammen.', 'meeting')).toBe('planned');
    expect(await modalityOf('Am Dienstag kamen die Außenminister von Lettland und Estland in Riga zusammen.', 'meeting')).toBe('asserted');
  });

  it('reads "beide Seiten" as the two named persons or political organisations last named, a person standing for the country of their role', async () => {
    const signing = describeEvents(await extract(`${lead} hat am Freitag in Riga ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} empfangen. Beide Seiten unterzeichneten ein Abkommen über Strom.`)).find((event) => event.type === 'sign_agreement');
    expect(signing?.participants).toEqual({ 'Mikko Rantanen': 'participant', 'Anna Kalnina': 'participant' });
    // A place names where, not a side.
    expect(await typesOf('Die Rebellen haben im Norden Lettlands einen Stützpunkt in Estland überrannt. Beide Seiten unterzeichneten ein Abkommen.')).not.toContain('sign_agreement');
  });

  it('keeps two acts of one actor about different things apart, while restated ones merge', async () => {
    const two = (await extract('Die estnische Regierung wies die Vorwürfe zurück. Eine Waffenruhe lehnte die estnische Regierung erneut ab.')).events;
    expect(two.filter((event) => event.type === 'reject')).toHaveLength(2);
    const restated = (await extract('Die estnische Regierung wies die Vorwürfe zurück. Auch später wies die estnische Regierung die Vorwürfe zurück.')).events;
    expect(restated.filter((event) => event.type === 'reject')).toHaveLength(1);
  });

  it('leaves a negation to its own conjunct where a finite auxiliary opens the next ("liefere keine Waffen … und sei bereit")', async () => {
    const events = describeEvents(await extract(`Estland liefere keine Waffen an die Kriegsparteien und sei bereit, Lettland zu unterstützen, sagte ${guest}.`));
    expect(events.find((event) => event.type === 'intent_to_cooperate')?.modality).not.toBe('negated');
    expect(events.find((event) => event.type === 'military_aid')?.modality).toBe('negated');
  });

  it('takes a country\'s officeholder named only by role for one of a pair after "beide", not someone reporting on it', async () => {
    const met = `Die estnische Außenministerin hat am Montag in Riga ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} getroffen.`;
    const pair = describeEvents(await extract(`${met} Wie das Außenministerium mitteilte, sprachen beide auch über Exportbeschränkungen.`));
    expect(Object.keys(pair.find((event) => event.type === 'consult')?.participants ?? {})).toHaveLength(2);
    const reporter = describeEvents(await extract(`Wie ein US-Außenamtssprecher in Riga sagte, hat ${guest} am Montag Estland besucht. Danach sprachen beide auch über Exportbeschränkungen.`));
    expect(Object.keys(reporter.find((event) => event.type === 'consult')?.participants ?? {})).not.toContain('Außenamtssprecher (US)');
  });

  it('negates a meeting the next sentence calls off with "Es" ("Es wurde … abgesagt"), not one it does not take up', async () => {
    const planned = `Ursprünglich war auch ein Treffen mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} in Riga geplant.`;
    expect(await modalityOf(`${planned} Es wurde nach Angaben der Delegation kurzfristig abgesagt.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${planned} Es fand am Ende nicht statt.`, 'meeting')).toBe('negated');
    expect(await modalityOf(`${planned} Es regnete am Montag in Riga.`, 'meeting')).toBe('planned');
  });

  it('reads talks that there were or were not ("es gab Gespräche") as talks, not an interview "im Gespräch mit"', async () => {
    expect(await modalityOf(`${lead} sagte, ein Gespräch mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} habe es nicht gegeben.`, 'consult')).toBe('negated');
    expect(await modalityOf(`Am Montag gab es in Riga Gespräche mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')}.`, 'consult')).toBe('asserted');
    expect(await typesOf(`${lead} gab am Montag im Gespräch mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} zu bedenken, dass die Regeln gelten.`)).not.toContain('consult');
  });

  it('asserts a verbal act of a country its own officeholder reports, and makes the speaker its source too', async () => {
    const own = describeEvents(await extract(`${guest[0].toUpperCase()}${guest.slice(1)} sagte am Montag, Finnland sei bereit, Estland bei der Sicherung der Grenze zu unterstützen.`));
    expect(own.find((event) => event.type === 'intent_to_cooperate')).toMatchObject({ modality: 'asserted', participants: expect.objectContaining({ 'Mikko Rantanen': 'source' }) });
    // Another country's officeholder tells what she heard.
    const other = describeEvents(await extract(`${lead} sagte am Montag, Finnland sei bereit, Estland bei der Sicherung der Grenze zu unterstützen.`));
    expect(other.find((event) => event.type === 'intent_to_cooperate')?.modality).toBe('reported');
    // So does the country's ministry that a phrase of speech names (cues speechPhrases), not one a document phrase names.
    const ministry = describeEvents(await extract('Finnland sei bereit, Estland bei der Sicherung der Grenze zu unterstützen, hieß es aus dem finnischen Außenministerium.'));
    expect(ministry.find((event) => event.type === 'intent_to_cooperate')).toMatchObject({ modality: 'asserted', participants: expect.objectContaining({ 'Finnisches Außenministerium': 'source' }) });
    const documented = describeEvents(await extract('Laut einem Papier des finnischen Außenministeriums sei Finnland bereit, Estland bei der Sicherung der Grenze zu unterstützen.'));
    expect(documented.find((event) => event.type === 'intent_to_cooperate')?.modality).toBe('reported');
  });

  it('takes what a present modal of ability governs for possible, in a purpose clause for aimed at (cues abilityModals)', async () => {
    expect(await modalityOf('Die lettische Polizei kann am Montag Menschen, die chatten, in Riga festnehmen.', 'arrest')).toBe('hypothetical');
    expect(await modalityOf(`${lead} kocht, damit die Leute am Montag in Riga gegen das Treffen protestieren können.`, 'protest')).toBe('planned');
    // A noun in a prepositional phrase is what the modal's verb takes, as it is.
    expect(await modalityOf(`${lead} kann am Montag auf das Ende der Ermittlungen gegen Bürgermeister Janis Berzins hoffen.`, 'investigate')).toBe('asserted');
    // Past ability tells what happened.
    expect(await modalityOf('Die lettische Polizei konnte am Montag zwei Verdächtige in Riga festnehmen.', 'arrest')).toBe('asserted');
  });

  it('takes a meeting in the genitive of a phrase of the time just before it for one ahead (grammar eveOfPhrases)', async () => {
    expect(await modalityOf('Einen Tag vor Beginn des EU-Gipfels in Riga hat die lettische Regierung am Dienstag neue Regeln beschlossen.', 'meeting')).toBe('planned');
    expect(await modalityOf('Estland hat im Vorfeld der Tagung in Riga der Regierung von Lettland Versäumnisse vorgeworfen.', 'meeting')).toBe('planned');
    // Not a meeting a phrase of another time has in its genitive, nor a violent act's run-up, which lies behind.
    expect(await modalityOf('Am Rande des EU-Gipfels in Riga hat die lettische Regierung am Dienstag neue Regeln beschlossen.', 'meeting')).toBe('asserted');
  });

  it('lends no dative of a reporting clause to a passive whose subject is a common noun ("…, der Mann sei … verhaftet worden")', async () => {
    expect(await participantsOf('Die Frau sagte der Nato, der Mann sei am Montag in Riga verhaftet worden.', 'arrest')).toEqual({});
    expect(await participantsOf('Die Frau bestätigte der Nato, der Politiker sei am Montag aus dem Gefängnis in Riga entlassen worden.', 'release_persons')).toEqual({});
    // A name there is the one acted on.
    expect(await participantsOf('Die Nato sagte, Bürgermeister Janis Berzins sei am Montag in Riga verhaftet worden.', 'arrest')).toEqual({ 'Janis Berzins': 'target' });
  });

  it.each([
    {
      name: 'a separable verb split over the clause ("rief … auf") with an accusative target',
      text: `${lead} rief ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} zu mehr Zurückhaltung auf.`,
      expected: { type: 'appeal', root: '02', modality: 'asserted', trigger: 'rief', participants: { 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' } },
    },
    {
      name: 'a noun with its support verb and a mit-partner',
      text: `${lead} hat am Montag ein Telefongespräch mit dem finnischen Präsidenten Mikko Rantanen geführt.`,
      expected: { type: 'phone_call', root: '04', modality: 'asserted', trigger: 'Telefongespräch' },
    },
    {
      name: 'a planned event with a modal verb',
      text: `${lead} will sich am Freitag mit dem finnischen Präsidenten Mikko Rantanen treffen.`,
      expected: { type: 'meeting', root: '04', modality: 'planned' },
    },
    {
      name: 'an expected event in a dass-clause with a verb-final separable verb',
      text: `Es wird erwartet, dass ${guest} an dem Gipfel teilnimmt.`,
      expected: { type: 'meeting', root: '04', modality: 'expected', trigger: 'teilnimmt', participants: { 'Mikko Rantanen': 'participant' } },
    },
    {
      name: 'a killing by shooting, past tense with its own stem ("erschoss")',
      text: 'Bei Zusammenstößen in Riga erschoss die lettische Polizei am Freitag einen 23-jährigen Demonstranten.',
      expected: { type: 'kill', root: '18', modality: 'asserted', trigger: 'erschoss', participants: { 'Lettische Polizei': 'source' } },
    },
    {
      name: 'a release of detained persons (CAMEO 0841) by pardon',
      text: `${guest} hat am Samstag sechs inhaftierte Oppositionelle begnadigt.`,
      expected: { type: 'release_persons', root: '08', modality: 'asserted', trigger: 'begnadigt', participants: { 'Mikko Rantanen': 'source' } },
    },
    {
      name: 'violent repression of protests (CAMEO 175), a separable verb',
      text: 'Die lettische Polizei schlug am Montag die Proteste in Riga nieder.',
      expected: { type: 'repress', root: '17', modality: 'asserted', trigger: 'schlug', participants: { 'Lettische Polizei': 'source' } },
    },
    {
      name: 'a negated event',
      text: `${lead} hat nicht mit dem finnischen Präsidenten Mikko Rantanen telefoniert.`,
      expected: { type: 'phone_call', root: '04', modality: 'negated' },
    },
    {
      name: 'reported speech with subjunctive I',
      text: `Ein Sprecher sagte, ${lead} habe ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} scharf kritisiert.`,
      expected: { type: 'criticize', root: '11', modality: 'reported', participants: { 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' } },
    },
    {
      name: 'a rejection by a capital standing for its government, about a relative clause antecedent',
      text: 'Die Staaten forderten eine Waffenruhe, die Moskau am Dienstag abgelehnt hat.',
      expected: { type: 'reject', root: '12', modality: 'asserted', trigger: 'abgelehnt', participants: { 'Russische Regierung': 'source' } },
    },
    {
      name: 'a predicative adjective with its support verb, the speaker meaning their own side by "man"',
      text: `${lead} sagte, man sei zu Gesprächen bereit.`,
      expected: { type: 'intent_to_cooperate', root: '03', trigger: 'bereit', participants: { 'Anna Kalnina': 'source' } },
    },
    {
      name: 'a separable verb that looks like a reporting verb ("sagte … zu" is a promise)',
      text: `${lead} sagte der Ukraine weitere Hilfe zu.`,
      expected: { type: 'intent_to_cooperate', root: '03', trigger: 'sagte', participants: { 'Anna Kalnina': 'source', Ukraine: 'target' } },
    },
    {
      name: 'passive voice: the subject is acted on, the von-phrase acts',
      text: `${guest} wurde am Montag von der lettischen Regierungschefin Anna Kalnina scharf kritisiert.`,
      expected: { type: 'criticize', root: '11', participants: { 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' } },
    },
    {
      name: 'an accusative object first: the determiner\'s case, not the position, makes the subject',
      text: `Den finnischen Präsidenten Mikko Rantanen lobte die lettische Regierungschefin Anna Kalnina.`,
      expected: { type: 'praise', root: '05', participants: { 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' } },
    },
    {
      name: 'a planning adjective marks only its own noun ("bei der geplanten Ausreise … festgenommen" happened)',
      text: `Bei der geplanten Ausreise nach Helsinki wurde ${guest} am Flughafen festgenommen.`,
      expected: { type: 'arrest', root: '17', modality: 'asserted', participants: { 'Mikko Rantanen': 'target' } },
    },
    {
      name: 'an adjective of tomorrow before a noun trigger makes it planned ("vor der morgigen Sitzung")',
      text: 'Lettland hat damit vor der morgigen Sitzung einen Verbündeten verloren.',
      expected: { type: 'meeting', modality: 'planned' },
    },
    {
      name: 'an inflection of "nächst" before a noun trigger makes it planned ("bis zum nächsten Gipfeltreffen")',
      text: 'Der Plan solle bis zum nächsten Gipfeltreffen der Nato in Riga ausgearbeitet werden.',
      expected: { type: 'meeting', modality: 'planned' },
    },
    {
      name: 'a phrase cue with such a word still marks its clause ("im nächsten Jahr eine Einigung zu erreichen")',
      text: `${lead} sagte, es sei wichtig, im nächsten Jahr eine Einigung mit Estland zu erreichen.`,
      expected: { type: 'diplomatic_cooperation', modality: 'planned' },
    },
    {
      name: 'so of a noun whose genitive the event noun is ("die nächste Runde der Friedensgespräche")',
      text: 'Die Waffenruhe müsse halten, bevor im Mai die nächste Runde der Friedensgespräche mit Estland beginne, sagte Präsident Mikko Rantanen.',
      expected: { type: 'negotiate', modality: 'planned' },
    },
    {
      name: 'but marks only its own noun ("Am nächsten Tag wurde … festgenommen" happened)',
      text: `Am nächsten Tag wurde ${guest} am Flughafen festgenommen.`,
      expected: { type: 'arrest', modality: 'asserted' },
    },
    {
      name: 'so is one with its support verb in a later conjunct of such a clause ("wird … kommen und Gespräche mit X führen")',
      text: 'Präsident Mikko Rantanen wird am Mittwoch zu einem Besuch nach Riga kommen und Gespräche mit Regierungschefin Anna Kalnina führen.',
      expected: { type: 'consult', modality: 'planned' },
    },
    {
      name: 'an event noun in a clause in the future tense is planned ("wird … für das neue Hilfspaket stimmen")',
      text: 'Der lettische Finanzminister Juris Ozols wird am Freitag für das neue Hilfspaket für Griechenland stimmen.',
      expected: { type: 'provide_aid', modality: 'planned' },
    },
    {
      name: 'a planning adjective of another noun before the trigger does not mark it ("an den geplanten Bestimmungen Kritik")',
      text: `${lead} übt an den geplanten Bestimmungen massive Kritik.`,
      expected: { type: 'criticize', modality: 'asserted', participants: { 'Anna Kalnina': 'source' } },
    },
    {
      name: 'a noun that is a cue in lower case is no cue ("zur Würde" is no "würde")',
      text: `${lead} kritisierte die Debatte zur Würde am Ende des Lebens.`,
      expected: { type: 'criticize', modality: 'asserted', participants: { 'Anna Kalnina': 'source' } },
    },
    {
      name: 'a participle used as an adjective tells a done act, whatever the clause\'s verb expects',
      text: 'Die Nachfolge des zurückgetretenen Präsidenten Mikko Rantanen dürfte am Dienstag entschieden werden.',
      expected: { type: 'resign', modality: 'asserted', participants: { 'Mikko Rantanen': 'source' } },
    },
    {
      name: 'a yes/no question asserts nothing',
      text: 'STANDARD: Hat Lettland die Ukraine angegriffen?',
      expected: { type: 'attack', modality: 'hypothetical', participants: { Lettland: 'source', Ukraine: 'target' } },
    },
    {
      name: 'a question of why takes its event as given',
      text: `STANDARD: Warum kritisieren Sie ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} so scharf?`,
      expected: { type: 'criticize', modality: 'asserted', participants: { 'Mikko Rantanen': 'target' } },
    },
    {
      name: 'a planning adjective right before a noun trigger makes it planned',
      text: `${lead} sprach über die geplante Reise nach Helsinki.`,
      expected: { type: 'visit', root: '04', modality: 'planned', trigger: 'Reise' },
    },
    {
      name: 'a zu-infinitive takes the modality of the clause it depends on',
      text: `${lead} kündigte an, am Freitag nach Helsinki zu reisen.`,
      expected: { type: 'visit', root: '04', modality: 'planned', trigger: 'reisen' },
    },
  ])('$name', async ({ text, expected }) => {
    const events = describeEvents(await extract(text));
    expect(events).toContainEqual(expect.objectContaining(expected));
  });

  it('marks a rejected meeting as negated and the rejection as asserted', async () => {
    const events = describeEvents(await extract(`${lead} lehnte ein Treffen mit dem finnischen Präsidenten Mikko Rantanen ab.`));
    expect(events).toContainEqual(expect.objectContaining({ type: 'reject', modality: 'asserted', participants: expect.objectContaining({ 'Anna Kalnina': 'source' }) }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'meeting', modality: 'negated' }));
  });

  it('negates a cancelled visit ("sagte seine Reise ab"), not the event the cancellation names as its cause', async () => {
    const events = describeEvents(await extract(`${lead} sagte ihre Reise nach Helsinki wegen des Anschlags in Riga ab.`));
    expect(events).toContainEqual(expect.objectContaining({ type: 'reject', modality: 'asserted', participants: { 'Anna Kalnina': 'source' } }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'visit', modality: 'negated' }));
    expect(events.find((event) => event.type === 'assault')?.modality).not.toBe('negated');
    // "sagte" alone still reports.
    expect(describeEvents(await extract(`${lead} sagte, sie werde nach Helsinki reisen.`)).map((event) => event.type)).not.toContain('reject');
  });

  it('takes what is rejected after the verb for the theme, not the subject before it, nor a day', async () => {
    const record = await extract('Ein Sprecher des lettischen Außenministeriums wies am Sonntag die Vorwürfe aus Estland zurück.');
    expect(record.events.find((event) => event.type === 'reject')?.theme?.text).toBe('Vorwürfe');
  });

  it('takes a demand\'s direct object as its theme, past time phrases', async () => {
    const record = await extract(`${lead} forderte am Montag mehr Geld für die Schulen.`);
    expect(record.events.find((event) => event.type === 'demand')?.theme?.text).toBe('Geld');
  });

  it('negates an event that is ruled out, and keeps the ruling out as a rejection', async () => {
    const events = describeEvents(await extract(`${lead} schloss ein Treffen mit dem finnischen Präsidenten Mikko Rantanen aus.`));
    expect(events).toContainEqual(expect.objectContaining({ type: 'reject', modality: 'asserted' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'meeting', modality: 'negated' }));
  });

  it('takes an event noun in a fronted phrase of a time before for done, whatever the clause plans', async () => {
    const events = describeEvents(await extract('Nach dem Rücktritt von Bürgermeister Janis Berzins will die Regierung in Riga eine Frau nominieren.'));
    expect(events.find((event) => event.type === 'resign')).toMatchObject({ modality: 'asserted', participants: { 'Janis Berzins': 'source' } });
  });

  it('takes a participle in the perfect for a done act, whatever time ahead the clause names', async () => {
    const events = describeEvents(await extract('Bürgermeister Janis Berzins hat sich mit Estland auf Quoten für das kommende Jahr geeinigt.'));
    expect(events.find((event) => event.type === 'diplomatic_cooperation')?.modality).toBe('asserted');
    const future = describeEvents(await extract('Bürgermeister Janis Berzins wird sich mit Estland im kommenden Jahr einigen.'));
    expect(future.find((event) => event.type === 'diplomatic_cooperation')?.modality).toBe('planned');
  });

  it('leaves a modal to its own conjunct ("kritisiert die Regierung und will zurücktreten", "will … verkaufen und verhandelt")', async () => {
    const events = describeEvents(await extract('Bürgermeister Janis Berzins kritisiert die Regierung und will am Montag zurücktreten.'));
    expect(events.find((event) => event.type === 'criticize')?.modality).toBe('asserted');
    expect(events.find((event) => event.type === 'resign')?.modality).toBe('planned');
    // And a modal of the conjunct before stays there ("will … verkaufen und verhandelt …").
    const before = describeEvents(await extract('Bürgermeister Janis Berzins will das Stadion verkaufen und verhandelt mit der Regierung in Tallinn.'));
    expect(before.find((event) => event.type === 'negotiate')?.modality).toBe('asserted');
    // After an auxiliary the same form is a participle, and the clause's cues are its own.
    const perfect = describeEvents(await extract('Bürgermeister Janis Berzins soll die Regierung kritisiert und gedroht haben.'));
    expect(perfect.find((event) => event.type === 'criticize')?.modality).toBe('reported');
    // An infinitive in a later conjunct shares the modal or future of the finite verb before it.
    const shared = describeEvents(await extract('Bürgermeister Janis Berzins will sich mit den anderen Parteien treffen und ein solches Abkommen vereinbaren.'));
    expect(shared.find((event) => event.type === 'sign_agreement')?.modality).toBe('planned');
    const future = describeEvents(await extract('Bürgermeister Janis Berzins wird nach Tallinn reisen und dort mit der Regierung verhandeln.'));
    expect(future.find((event) => event.type === 'negotiate')?.modality).toBe('planned');
  });

  it('negates a noun with its support verb by the clause\'s "nicht", but not by one that negates a conjunct', async () => {
    expect(await modalityOf('Offene Kritik übt Ministerin Anna Kalnina nicht an der Lage in Riga.', 'criticize')).toBe('negated');
    expect(await modalityOf('Ministerin Anna Kalnina übt Kritik an der Regierung und nicht an der Polizei.', 'criticize')).toBe('asserted');
    // In a phrase the noun is no object of the verb: "sich zu den Vorwürfen nicht äußern".
    expect(await modalityOf('Ministerin Anna Kalnina wollte sich zu den Vorwürfen gegen Riga nicht äußern.', 'accuse')).not.toBe('negated');
    // So with the "nicht" before the phrase's preposition; before an idiom's contraction it stays the noun's.
    expect(await modalityOf('Die lettische Regierung hat sich bisher nicht zu den Vorwürfen der estnischen Regierung geäußert.', 'accuse')).toBe('asserted');
    expect(await modalityOf('Das ist der lettischen Regierung nicht zum Vorwurf zu machen.', 'accuse')).toBe('negated');
    // A "nicht" after "und" with words before the verb negates its own conjunct, with any verb.
    expect(await modalityOf('Lettland will direkt und nicht über Vermittler mit Estland verhandeln.', 'negotiate')).toBe('planned');
    // And one in the conjunct after the verb is that conjunct's.
    expect(await modalityOf('Lettland will mit Estland verhandeln und nicht kämpfen.', 'negotiate')).toBe('planned');
    expect(await modalityOf('Lettland will mit Estland nicht verhandeln und kämpfen.', 'negotiate')).toBe('negated');
  });

  it('reads a clause after a comma that opens with a verb as a clause of its own, no list', async () => {
    expect(await modalityOf('Von der Pauschale würden vor allem Besserverdiener profitieren, kritisieren Minister Juris Ozols und Ministerin Anna Kalnina.', 'criticize')).toBe('asserted');
  });

  it('reads "hätten" amid reported speech as reported, and as hypothetical where nothing around reports or it opens a condition', async () => {
    const modality = async (text: string) => describeEvents(await extract(text)).find((event) => event.type === 'threaten')?.modality;
    const threats = 'hätten sich Drohungen gegen die lettische Abgeordnete Anna Kalnina gehäuft.';
    expect(await modality(`2013 seien es nur 137 Fälle gewesen, sagte der Sprecher. Vor allem im Internet ${threats}`)).toBe('reported');
    expect(await modality(`2013 waren es nur 137 Fälle, sagte der Sprecher. Ohne die Polizei ${threats}`)).toBe('hypothetical');
    expect(await modality(`Der Sprecher warf der Polizei vor, im Internet ${threats}`)).toBe('reported');
    // A reason given is reported too ("begründete … damit, dass …").
    expect(await modality(`Der Sprecher begründete das Verbot damit, dass im Internet ${threats.replace('hätten sich', 'sich')}`.replace('gehäuft.', 'gehäuft hätten.'))).toBe('reported');
  });

  it('reads "hätten" in what a verb of believing governs as reported (cues beliefVerbs)', async () => {
    expect(await modalityOf('Die lettische Regierung ist überzeugt, die Piloten hätten im April in Riga gestreikt.', 'strike')).toBe('reported');
    expect(await modalityOf('Die lettische Polizei vermutet, die Täter hätten Präsident Mikko Rantanen entführt.', 'assault')).toBe('reported');
  });

  it('reads "würden" in reported speech as reported, also before its reporting clause, and a plan so told as planned', async () => {
    const modality = async (text: string, type: string) => describeEvents(await extract(text)).find((event) => event.type === type)?.modality;
    expect(await modality('Auch würden sich Drohungen gegen die lettische Abgeordnete Anna Kalnina häufen, sagte der Sprecher am Mittwoch in Riga.', 'threaten')).toBe('reported');
    expect(await modality('Dazu würden Mitarbeiter der lettischen Regierung und der estnischen Regierung Anfang der kommenden Woche in Riga zusammenkommen, sagte der Sprecher.', 'meeting')).toBe('planned');
    // A condition stays one.
    expect(await modality('Wenn Estland zustimmt, würden sich Drohungen gegen die lettische Abgeordnete Anna Kalnina häufen, sagte der Sprecher.', 'threaten')).toBe('hypothetical');
  });

  it('takes an event noun in a phrase that is another noun\'s attribute as given, not as what the clause plans', async () => {
    const modality = async (text: string) => describeEvents(await extract(text)).find((event) => event.type === 'attack')?.modality;
    expect(await modality('Experten sollen die Verantwortlichen für Angriffe auf Lettland ausfindig machen.')).toBe('asserted');
    expect(await modality('Estland will einen Angriff auf Lettland vorbereiten.')).toBe('planned');
    // Nor is the clause's subject its agent.
    expect((await participantsOf(`${lead} erwägt ein Verbot für die geplante Kundgebung gegen die Regierung in Tallinn.`, 'protest'))?.['Anna Kalnina']).toBeUndefined();
    // So after "auf": "Seine Aussagen auf der Konferenz dürften …" expects no conference.
    const said = describeEvents(await extract(`Seine Aussagen auf der Konferenz mit ${lead.replace('Die', 'der')} dürften für Aufsehen sorgen.`));
    expect(said.find((event) => event.type === 'meeting')?.modality).toBe('asserted');
  });

  it('reads the participle of a verb with an object after "sein" as a passive of state ("ist … beschuldigt")', async () => {
    expect(await participantsOf('Der Richter Janis Berzins selbst ist der Beweismittelfälschung beschuldigt.', 'accuse')).toEqual({ 'Janis Berzins': 'target' });
    expect(await participantsOf('Der Richter Janis Berzins hat den Minister der Beweismittelfälschung beschuldigt.', 'accuse')).toEqual({ 'Janis Berzins': 'source' });
  });

  it('splits a subordinate clause at "und" after its finite auxiliary: the second conjunct has its own subject', async () => {
    expect(await participantsOf('Er sagte, dass Estland die Möglichkeit zur Anreicherung von Uran habe und die lettische Regierung zum Boykott Finnlands aufrufe.', 'appeal')).toEqual({ 'Lettische Regierung': 'source' });
  });

  it('takes no agent from the clause for an event noun after "als": what something is called ("als eine Art Völkermord bezeichnet")', async () => {
    expect((await participantsOf('Der lettische Präsident Andris Ozols hatte die Behandlung der Minderheit als eine Art Völkermord bezeichnet.', 'kill'))?.['Andris Ozols']).toBeUndefined();
  });

  it('reads a presumption in a clause told in the perfect as a report of what happened ("hatten vermutlich … durch Anschläge")', async () => {
    const events = describeEvents(await extract('Erst vor fünf Wochen hatten vermutlich Extremisten die Halbinsel durch Anschläge auf Lettland vom Netz abgeschnitten.'));
    expect(events.find((event) => event.type === 'assault')?.modality).toBe('reported');
  });

  it('reads a relative clause\'s antecedent as part of its context ("die Verordnung, die er unterzeichnet hat" signs no agreement)', async () => {
    expect(await typesOf('Der lettische Finanzminister Juris Ozols lobte die Verordnung, die er am Freitag unterzeichnet hat.')).not.toContain('sign_agreement');
    expect(await typesOf('Der lettische Finanzminister Juris Ozols lobte das Abkommen, das er am Freitag mit Estland unterzeichnet hat.')).toContain('sign_agreement');
  });

  it('reads "der"/"des" after a name and its abbreviation in brackets as a genitive attribute, no participant of its own', async () => {
    expect(await participantsOf('Lob kommt indes vom Welternährungsprogramm (WFP) der Vereinten Nationen.', 'praise')).toEqual({ Welternährungsprogramm: 'source' });
  });

  it('reads turning people or refugees away at the border as no rejection (excludesContext)', async () => {
    const events = describeEvents(await extract('Die lettische Polizei wies an den Grenzen mehr als 350 Personen zurück.'));
    expect(events.map((event) => event.type)).not.toContain('reject');
    expect(await typesOf('Die EU-Kommission kritisiert Lettland, weil es Flüchtlinge nach Estland zurückweist.')).not.toContain('reject');
  });

  it('borrows no agent for an event noun in the passive of its support verb ("wurde ein Bombenanschlag verübt")', async () => {
    expect((await participantsOf('Riga ereilen schlechte Nachrichten: Auf das lettische Kulturzentrum in Stockholm wurde ein Bombenanschlag verübt.', 'assault'))?.['Lettische Regierung']).toBeUndefined();
  });

  it('takes no partner from a fronted phrase of a time before ("Nach der Genehmigung von Lieferungen an die Emirate prangert X … an")', async () => {
    expect(await participantsOf('Nach der Genehmigung von Lieferungen an Estland kritisierte der lettische Präsident Andris Ozols die Regierung.', 'criticize')).toEqual({ 'Andris Ozols': 'source' });
    // Also before a modal, and "wollte" with an infinitive tells an intention (cues pastIntentionModals).
    const onward = describeEvents(await extract('Nach seinem Besuch in Riga wollte der lettische Präsident Andris Ozols nach Tallinn weiterreisen.')).find((event) => event.trigger === 'weiterreisen');
    expect(onward).toMatchObject({ modality: 'planned', participants: { 'Andris Ozols': 'source', Tallinn: 'target' } });
  });

  it('borrows no subject from a subordinate clause for a conjunct that continues the main clause with "und"', async () => {
    const record = await extract('Die Ministerin betonte, wie sehr ihr Lettland am Herzen liege, und appellierte an die Wähler.');
    expect(describeEvents(record).find((event) => event.type === 'appeal')?.participants.Lettland).toBeUndefined();
  });

  it('reads a clause after a comma that opens with its verb and an adverb of grammar conjunctAdverbs as a conjunct with the subject before', async () => {
    expect(await participantsOf('Lettland und Estland lobten den Schritt, kritisierten aber Russland.', 'criticize')).toEqual({ Lettland: 'source', Estland: 'source', Russland: 'target' });
    expect(await participantsOf('Lettland lobte den Schritt, kritisierte jedoch Russland.', 'criticize')).toEqual({ Lettland: 'source', Russland: 'target' });
    // Without such an adverb the name after a verb of saying after the comma is its subject.
    expect(await participantsOf('Das sei ein Fehler, kritisierte Russland.', 'criticize')).toEqual({ Russland: 'source' });
  });

  it('borrows no subject from a zu-infinitive, whose name is its object, for a conjunct that continues the main clause', async () => {
    const demand = describeEvents(await extract('Die Partei Nordtek kündigte an, Ministerin Anna Ozola nicht zu unterstützen, und forderte Neuwahlen.')).find((event) => event.type === 'demand');
    expect(demand?.participants['Anna Ozola']).toBeUndefined();
  });

  it('reads "der" after a month as no genitive attribute: "wurde Anfang Februar der frühere Vorsitzende X beschuldigt"', async () => {
    expect(await participantsOf('In der Affäre wurde Anfang Februar der frühere lettische Präsident Andris Ozols der Untreue beschuldigt.', 'accuse')).toEqual({ 'Andris Ozols': 'target' });
  });

  it('reads adjectives and a noun right after a plural verb that opens the main clause as its unnamed subject', async () => {
    expect((await participantsOf('Nachdem Estland protestiert hatte, ermordeten rechte Paramilitärs 3.000 Menschen.', 'kill'))?.Estland).toBeUndefined();
  });

  it('borrows no subject for a passive clause whose subject is a common noun ("wurde eine Bank überfallen")', async () => {
    expect(await participantsOf('Der ORF zeigt die Reportage: Am 14. Juni 1993 wurde eine Bank in Riga überfallen.', 'assault')).toEqual({});
    expect(await participantsOf('Der lettische Präsident Andris Ozols kam nach Riga: Am Abend wurde er dort überfallen.', 'assault')).toEqual({ 'Andris Ozols': 'target' });
  });

  it('takes the name after "namens" as the noun an attributive participle describes', async () => {
    expect(await participantsOf('Die Ermittler gehen davon aus, dass ein am Donnerstag festgenommener Mann namens Juris O. der Komplize ist.', 'arrest')).toEqual({ 'Juris O.': 'target' });
  });

  it('reads a clause of whether ("ob") as hypothetical, and its main clause as it stands', async () => {
    expect(await modalityOf('Unklar ist, ob der lettische Präsident Andris Ozols getötet wurde.', 'kill')).toBe('hypothetical');
    expect(await modalityOf('Ob das im Zuge der Amtshandlung geschah, wird von der lettischen Polizei noch untersucht.', 'investigate')).toBe('asserted');
  });

  it('reads a conviction for a legal offence as no condemnation (excludesContext of "verurteilen")', async () => {
    expect(await typesOf('Die Zeitung Österreich wurde wegen der Tatbestände der üblen Nachrede verurteilt.')).not.toContain('criticize');
    expect(await typesOf('Der lettische Präsident Andris Ozols verurteilte den Anschlag scharf.')).toContain('criticize');
  });

  it('reads a main clause after a conditional clause as hypothetical, also one a verb opens ("Sollte …, wird …"), not after "auch wenn"', async () => {
    const modality = async (text: string) => describeEvents(await extract(text)).find((event) => event.type === 'arrest')?.modality;
    expect(await modality('Sollte die lettische Abgeordnete Anna Kalnina zurückkommen, wird sie sofort verhaftet.')).toBe('hypothetical');
    expect(await modality('Wenn die lettische Abgeordnete Anna Kalnina zurückkommt, wird sie sofort verhaftet.')).toBe('hypothetical');
    expect(await modality('Als die lettische Abgeordnete Anna Kalnina zurückkam, wurde sie sofort verhaftet.')).toBe('asserted');
    expect(await modality('Auch wenn die lettische Abgeordnete Anna Kalnina protestierte, wurde sie sofort verhaftet.')).toBe('asserted');
  });

  it('takes no word its noun trigger lists as no compound of it ("Herausforderungen" are no demands)', async () => {
    const events = describeEvents(await extract('Der lettische Präsident Andris Ozols möchte sich neuen Herausforderungen stellen. Er will Forderungen an Estland stellen.'));
    expect(events.map((event) => event.trigger)).toEqual(['Forderungen']);
  });

  it('takes "es" after a subordinator for the country named just before, not for the subject of the clause before', async () => {
    expect(await participantsOf('Die EU-Kommission kritisiert Lettland, weil es Vorschläge aus Estland zurückweist.', 'reject')).toEqual({ Lettland: 'source' });
    // A country named with an article is no "es"; the clause's subject is then unnamed.
    expect((await participantsOf('Die EU-Kommission kritisiert die Türkei, weil es Vorschläge aus Estland zurückweist.', 'reject')) ?? {}).not.toHaveProperty('Europäische Kommission');
  });

  it('takes a von-phrase with a long role phrase after an event noun for its genitive, also after "vom"', async () => {
    expect(await participantsOf('Die Zeitung zitiert aus einer Telefonkonferenz vom ehemaligen finnischen Finanzminister Mikko Rantanen mit Bankern.', 'phone_call')).toEqual({ 'Mikko Rantanen': 'participant' });
    // The role phrase after "vom" starts after the contraction's preposition.
    const record = await extract('Die Zeitung zitiert aus einer Telefonkonferenz vom ehemaligen finnischen Finanzminister Mikko Rantanen mit Bankern.');
    expect(record.entities.find((entity) => entity.name === 'Mikko Rantanen')?.mentions.map((mention) => mention.text)).toEqual(['ehemaligen finnischen Finanzminister', 'Mikko Rantanen']);
  });

  it('takes the genitive after the object noun of a fight for its target, where the agent is named', async () => {
    expect(await participantsOf('Die lettische Armee hatte Stellungen der Terrormiliz Islamischer Staat beschossen.', 'attack')).toEqual({ 'Lettische Armee': 'source', 'Islamischer Staat': 'target' });
    // Also one named by an abbreviation of other words ("der kurdischen Rebellen (PKK)").
    expect(await participantsOf('Die lettische Armee hatte Stellungen der kurdischen Rebellen (PKK) beschossen.', 'attack')).toEqual({ 'Lettische Armee': 'source', PKK: 'target' });
    // Not where the noun may be the subject.
    expect(await participantsOf('Dann beschossen Kämpfer der Terrormiliz Islamischer Staat die Stellung.', 'attack')).toBeUndefined();
  });

  it('takes a gegen-phrase after another phrase of an investigation for its target', async () => {
    expect(await participantsOf('Die Staatsanwaltschaft hat Ermittlungen wegen Verhetzung gegen den Aktivisten Mikko Rantanen aufgenommen.', 'investigate')).toEqual({ 'Mikko Rantanen': 'target' });
    // No other preposition: the place after another noun is that noun's.
    expect(await participantsOf('Der finnische Präsident Mikko Rantanen sagte seine Reise nach Riga wegen des Anschlags in Tallinn ab.', 'visit')).not.toHaveProperty('Tallinn');
  });

  it('takes a description with its own article after a person noun for that noun\'s genitive, not its subject', async () => {
    // The tagger finds the name; the rules alone know no "Kläger".
    const text = 'Der Kläger Peter Zöchbauer war nach Wien gereist. Auch die Lebensgefährtin des 38-Jährigen wurde um ein Interview gebeten.';
    expect(describeEvents(await extractWithModel(text)).filter((event) => event.type === 'appeal' && 'Peter Zöchbauer' in event.participants)).toEqual([]);
  });

  it('borrows no subject for a subordinate clause that opens with a name no list knows', async () => {
    expect((await participantsOf('Die lettische Regierungschefin Anna Kalnina kritisierte, dass Wojtaszczyk den Plan zurückweist.', 'reject')) ?? {}).not.toHaveProperty('Anna Kalnina');
  });

  it('takes the person "beim" a consultation for its participant ("beraten beim Präsidenten X in Paris")', async () => {
    expect(await participantsOf('Am Samstag werden die Regierungschefs beim finnischen Präsidenten Mikko Rantanen in Helsinki beraten.', 'consult')).toEqual({ 'Mikko Rantanen': 'participant' });
  });

  it('reads an event someone calls for or demands as planned, not one in the genitive of what is demanded nor after a noun of calling', async () => {
    expect(await modalityOf('Die Gewerkschaft hat zu Protesten gegen die lettische Regierung aufgerufen.', 'protest')).toBe('planned');
    expect(await modalityOf('Die lettische Regierung forderte eine Untersuchung des Angriffs auf Riga.', 'attack')).toBe('asserted');
    expect(await modalityOf('Trotz Aufrufen zur Ruhe kam es zu Protesten gegen die lettische Regierung.', 'protest')).toBe('asserted');
    // So is what a zu-infinitive tells after a verb of asking, not after one of telling.
    expect(await modalityOf('Der Strafgerichtshof hatte Lettland aufgerufen, den estnischen Präsidenten Toomas Kask zu verhaften.', 'arrest')).toBe('planned');
    expect(await modalityOf('Die lettische Polizei gab an, den estnischen Präsidenten Toomas Kask verhaftet zu haben.', 'arrest')).toBe('asserted');
  });

  it('reads an event noun in a phrase of a setting (grammar settingPrepositions) apart from the condition of its clause', async () => {
    // The agreement may come; the meeting that is its setting lies ahead.
    expect(await modalityOf(`Beim Treffen mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten').replace('finnische', 'finnischen')} am Freitag könnte es zu einer Einigung kommen.`, 'meeting')).toBe('planned');
    // Told in the perfect, the setting took place.
    expect(await modalityOf('Bei einem Überfall auf eine Fabrik in Lettland haben Kämpfer der estnischen Miliz möglicherweise hunderte Arbeiter verschleppt.', 'assault')).toBe('asserted');
    // Brought in by an indefinite article, it may be the condition itself.
    expect(await modalityOf(`Bei einer Annäherung mit der lettischen Regierung wären die Risiken für Estland endlich abzusehen.`, 'diplomatic_cooperation')).toBe('hypothetical');
  });

  it('takes an actor phrase without a name opening a prepositional relative clause for its subject, so the name after it is the object', async () => {
    const text = 'In Riga gab es Streit um die Grenze. Grund ist ein Interview der Zeitung, in dem der Diplomat am Freitag Tallinn vorwarf, die Kontakte einzufrieren.';
    const events = describeEvents(await extract(text));
    expect(events.find((event) => event.type === 'accuse')?.participants).toEqual({ 'Estnische Regierung': 'target' });
    // The accused is the agent of what the accusation tells.
    expect(events.find((event) => event.type === 'reduce_relations')?.participants).toEqual({ 'Estnische Regierung': 'source' });
  });

  it('gives a zu-infinitive after a verb that recommends (cues objectControlVerbs `asks`) its object for agent, and plans it', async () => {
    const reject = describeEvents(await extract('Die lettische Regierungschefin Anna Kalnina empfahl Estland, den Vorschlag der Kommission abzulehnen.')).find((event) => event.type === 'reject');
    expect(reject?.modality).toBe('planned');
    expect(reject?.participants).toEqual({ Estland: 'source' });
    // Who recommends it to someone no one names is not its agent.
    expect((await participantsOf('Die lettische Regierungschefin Anna Kalnina empfiehlt ihrem Volk, den Vorschlag der Kommission abzulehnen.', 'reject')) ?? {}).not.toHaveProperty('Anna Kalnina');
  });

  it('reads what a modal of obligation demands as planned, and a verbal act the speaker performs so as done (cues obligationModals)', async () => {
    expect(await modalityOf('Die lettische Regierung muss mit der estnischen Regierung besser kooperieren, sagte der Minister.', 'material_cooperation')).toBe('planned');
    expect(await modalityOf('Der finnische Präsident Mikko Rantanen sagte, Lettland müsse mit Estland besser kooperieren.', 'material_cooperation')).toBe('planned');
    // "Auch Estland muss man vorwerfen, …": saying so is the accusation.
    expect(await modalityOf('Der finnische Präsident Mikko Rantanen sagte: Auch Estland muss man den Vorwurf machen, die Grenze geschlossen zu haben.', 'accuse')).toBe('asserted');
    // In the perfect, what was done is told.
    expect(await modalityOf('Lettland muss sparen, und Anna Kalnina hat mit der estnischen Regierung schon gesprochen.', 'consult')).toBe('asserted');
  });

  it('reads emergency aid for banks as economic aid (CAMEO 071), for people as humanitarian aid (073)', async () => {
    const aid = async (text: string) => (await extract(text)).events.map((event) => `${event.type} ${event.cameo}`);
    expect(await aid('Die lettische Regierung hat am Montag die Nothilfe für die Banken des Landes auf zwei Milliarden Euro erhöht.')).toEqual(['provide_aid 071']);
    expect(await aid('Die lettische Regierung hat am Montag Nothilfe für die Flüchtlinge in Estland geschickt.')).toEqual(['humanitarian_aid 073']);
  });

  it('reads a case the court hears again as no negotiation (excludesContext of "verhandeln")', async () => {
    expect(await typesOf('Die Causa der lettischen Bank muss in Riga neu verhandelt werden.')).not.toContain('negotiate');
    expect(await typesOf('Die lettische Regierung hat in Riga mit der estnischen Regierung verhandelt.')).toContain('negotiate');
  });

  it('reads what is not ruled out as hypothetical and what is ruled out as negated (cues ruleOutVerbs)', async () => {
    expect(await modalityOf('Der lettische Präsident Andris Ozols schloss einen Angriff auf Estland nicht aus.', 'attack')).toBe('hypothetical');
    expect(await modalityOf('Der lettische Präsident Andris Ozols schloss einen Angriff auf Estland aus.', 'attack')).toBe('negated');
    expect(await modalityOf('Der lettische Präsident Andris Ozols schloss nicht aus, die estnische Regierung zu verklagen.', 'sue')).toBe('hypothetical');
    expect(await modalityOf('Es ist nicht auszuschließen, dass der lettische Präsident Andris Ozols Estland angreift.', 'attack')).toBe('hypothetical');
    // A rejecting verb that is itself not ruled out leaves its object possible.
    expect(await modalityOf(`${lead} schloss ein Treffen mit dem finnischen Präsidenten Mikko Rantanen nicht aus.`, 'meeting')).toBe('hypothetical');
    // "aus" as a preposition is no particle of "schließen": the agreement was made.
    expect(await modalityOf('Lettland schloss das Abkommen mit Estland aus wirtschaftlichen Gründen.', 'sign_agreement')).toBe('asserted');
    // Shutting someone out of a meeting rules out no meeting, and those shut out take no part in it.
    const shutOut = `${lead} forderte am Montag, Estland vom Gipfeltreffen am Freitag in Riga auszuschließen.`;
    expect(await modalityOf(shutOut, 'meeting')).toBe('planned');
    expect(await participantsOf(shutOut, 'meeting')).toEqual({});
  });

  it('takes the subject of the dass-clause a verb of criticism or praise governs as its target (slots clause)', async () => {
    expect(await participantsOf('Die Umweltverbände kritisierten aber, dass Lettland zugleich das Abkommen mit Estland vorantreibe.', 'criticize')).toEqual({ Lettland: 'target' });
    expect(await participantsOf(`${lead} begrüßte, dass Estland das Abkommen unterzeichnen werde.`, 'praise')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    // Not the subject of a passive clause, which is acted on, nor a name in a phrase; an object of the verb's own wins.
    expect(await participantsOf('Estland kritisierte, dass Lettland von der EU benachteiligt werde.', 'criticize')).toEqual({ Estland: 'source' });
    expect(await participantsOf('Estland kritisierte, dass es keine Gespräche mit Lettland gebe.', 'criticize')).toEqual({ Estland: 'source' });
    expect(await participantsOf(`${lead} kritisierte Lettland, weil Estland das Abkommen vorantreibe.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Lettland: 'target' });
    // So reported speech in a main clause's order, its subject opening it before a subjunctive I.
    expect(await participantsOf(`${lead} kritisierte am Montag, Estland blockiere das Abkommen.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    expect(await participantsOf(`${lead} kritisierte am Montag, morgen blockiere Estland das Abkommen.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source' });
  });

  it('reads an event that "stand an" as lying ahead, and not where "an" opens a phrase', async () => {
    expect(await modalityOf(`Für den Nachmittag stand noch das Treffen mit ${guest} an.`, 'meeting')).toBe('planned');
    expect(await modalityOf(`Am Nachmittag stand ${guest} an der Spitze der Proteste gegen Estland.`, 'protest')).toBe('asserted');
  });

  it('takes adjectives and a noun right after a plural verb that a fronted phrase opens the clause with for its unnamed subject', async () => {
    expect(await participantsOf('Am Montag griffen lettische Soldaten Estland an.', 'attack')).toEqual({ Estland: 'target' });
    // A postposition closes the phrase before it and governs nothing after it (grammar postpositions).
    expect(await participantsOf('Dem Bericht zufolge griffen lettische Soldaten Estland an.', 'attack')).toEqual({ Estland: 'target' });
    expect(await participantsOf('Am Montag kritisierten lettische Politiker Estland scharf.', 'criticize')).toEqual({ Estland: 'target' });
    // A determiner after the verb opens a phrase the verb's own rules read.
    expect(await participantsOf('Mit dieser Mehrheit kritisierten die Letten nun die Regierung Estlands.', 'criticize')).not.toHaveProperty('Estland', 'source');
  });

  it('gives no source to an act whose subject is "wer" (grammar impersonalPronouns)', async () => {
    // The event may go for want of a participant; it has none of the governing clause's.
    expect((await participantsOf(`${lead} beklagt, dass nicht klar sei, wer die vielen Änderungen verlangt hat.`, 'demand')) ?? {}).toEqual({});
  });

  it('takes no reporting verb of a dass-clause for the source of the clause that governs it', async () => {
    expect(await modalityOf('Die lettische Polizei bat darum, dass sich weitere Opfer melden.', 'appeal')).toBe('asserted');
    expect(await modalityOf('Die lettische Polizei bat darum, dass sich weitere Opfer melden, teilte ein Sprecher mit.', 'appeal')).toBe('reported');
  });

  it('reads a negated phrase that "sondern" corrects as no negation of the event (cues correctingConjunctions)', async () => {
    expect(await modalityOf(`${lead} hat sich nicht in Riga mit ${guest} getroffen, sondern in Tallinn.`, 'meeting')).toBe('asserted');
    expect(await modalityOf(`${lead} kritisierte nicht Estland, sondern Litauen.`, 'criticize')).toBe('asserted');
    expect(await modalityOf(`${lead} kritisierte nicht wie bisher nur Estland, sondern alle Nachbarn.`, 'criticize')).toBe('asserted');
    // Where no name or noun stands between the negation and the correction, the verb is negated.
    expect(await modalityOf(`${lead} hat Estland nicht kritisiert, sondern gelobt.`, 'criticize')).toBe('negated');
    expect(await modalityOf(`${lead} kritisierte Estland nicht, sondern lobte es.`, 'criticize')).toBe('negated');
    expect(await modalityOf(`${lead} kritisierte nicht Estland.`, 'criticize')).toBe('negated');
  });

  it('reads a cue inside a comparison ("wie geplant", "wie bisher angenommen") as the event going as foreseen (cues comparisonPhrases)', async () => {
    expect(await modalityOf(`${lead} traf wie geplant ${guest}.`, 'meeting')).toBe('asserted');
    expect(await modalityOf(`${lead} kritisierte wie erwartet Estland.`, 'criticize')).toBe('asserted');
    expect(await modalityOf(`${lead} kritisierte wie zuvor angekündigt Estland.`, 'criticize')).toBe('asserted');
    // The clause's own cues still count.
    expect(await modalityOf(`${lead} wird Estland wie erwartet kritisieren.`, 'criticize')).toBe('planned');
    expect(await modalityOf(`${lead} kritisierte erwartet Estland.`, 'criticize')).toBe('expected');
  });

  it('passes over negation words that negate no event: "nicht nur", "als nicht hilfreich", another predicate', async () => {
    expect(await modalityOf(`${lead} hat die Regierung in Helsinki als nicht hilfreich kritisiert.`, 'criticize')).toBe('asserted');
    expect(await modalityOf(`${lead} hat nicht nur die Regierung in Helsinki kritisiert.`, 'criticize')).toBe('asserted');
    expect(await modalityOf(`${lead} hat die Regierung in Helsinki nicht kritisiert.`, 'criticize')).toBe('negated');
    expect(await modalityOf('Der Händler sagte, es sei in Riga zu keinerlei Angriffen auf sein Geschäft gekommen.', 'attack')).toBe('negated');
    expect(await modalityOf('Nur habe damals niemand gegen den lettischen Präsidenten Andris Ozols protestiert.', 'protest')).toBe('negated');
    // A negation before another verb and a coordinator negates that verb's conjunct only.
    expect(await modalityOf(`${lead} werde nicht locker lassen und auf Neuwahlen drängen, sagte sie.`, 'appeal')).not.toBe('negated');
    expect(await modalityOf(`${lead} hat Estland und Finnland nicht kritisiert.`, 'criticize')).toBe('negated');
    // "ohne … zu", "statt … zu": what the infinitive tells does not happen (cues negatingInfinitiveOpeners).
    expect(await modalityOf(`${lead} reiste nach Riga, ohne vom finnischen Präsidenten Mikko Rantanen empfangen zu werden.`, 'host_visit')).toBe('negated');
    // A feminine institution after "der" is no subject: "warf der US-Regierung vor".
    expect(await participantsOf('Die lettische Regierungschefin Anna Kalnina warf der US-Regierung Wortbruch vor.', 'accuse')).toEqual({ 'Anna Kalnina': 'source', 'Amerikanische Regierung': 'target' });
    expect(await participantsOf('Estland warf der russischen Regierung Wortbruch vor.', 'accuse')).toEqual({ Estland: 'source', 'Russische Regierung': 'target' });
    // An attribute that says the event did not take place (cues negatingAttributes); "im Zusammenhang mit" is a circumstance.
    expect(await modalityOf('Im Zusammenhang mit dem vereitelten Anschlag auf Riga hat die lettische Staatsanwaltschaft Anklage erhoben.', 'assault')).toBe('negated');
    expect((await participantsOf('Im Zusammenhang mit dem Anschlag auf Riga hat die lettische Staatsanwaltschaft Anklage erhoben.', 'assault'))?.['Lettische Staatsanwaltschaft']).toBeUndefined();
    // So does such a participle closing the clause; not for a noun in a phrase of its own.
    expect(await modalityOf('Bis zum 4. Jänner sind in Riga Kundgebungen gegen die lettische Regierung untersagt.', 'protest')).toBe('negated');
    expect(await modalityOf('Wegen der Proteste gegen die lettische Regierung wurde das Konzert abgesagt.', 'protest')).toBe('asserted');
    // A simulated attack is none.
    expect(await modalityOf('Zwei russische Bomber haben das lettische Patrouillenboot Virsaitis überflogen und Angriffe simuliert.', 'attack')).toBe('negated');
    // An attempt is no deed; a participle governing an infinitive before it negates nothing.
    expect(await modalityOf('Der Mann wurde wegen des versuchten Mordes an der lettischen Abgeordneten Anna Kalnina angeklagt.', 'kill')).toBe('negated');
    expect(await modalityOf('Die Regierung hat die Ablehnung der lettischen Regierung zu entkräften versucht.', 'reject')).not.toBe('negated');
    // "nie dagewesen" is unprecedented, no negation (negationExceptions).
    expect(await modalityOf('Die Reform hat in Riga zu nie dagewesenen Massendemonstrationen gegen die lettische Regierung geführt.', 'protest')).toBe('asserted');
    // A governing verb that tells whether the infinitive happened (cues implicativeVerbs).
    expect(await modalityOf('Der ÖVP war es nicht gelungen, nach der Wahl eine Koalition mit der SPÖ zu schmieden.', 'diplomatic_cooperation')).toBe('negated');
    expect(await modalityOf('Der ÖVP war es gelungen, nach der Wahl eine Koalition mit der SPÖ zu schmieden.', 'diplomatic_cooperation')).toBe('asserted');
    expect(await modalityOf('Die ÖVP versäumte es, nach der Wahl eine Koalition mit der SPÖ zu schmieden.', 'diplomatic_cooperation')).toBe('negated');
    // A participle after "wie" is a comparison of its own: the clause's "nicht" does not negate it.
    const compared = describeEvents(await extract(`Die Kommission hat die Protokolle nicht wie von ${lead.replace('Die', 'der')} gefordert übergeben.`)).find((event) => event.type === 'demand');
    expect(compared).toMatchObject({ modality: 'asserted', participants: { 'Anna Kalnina': 'source' } });
    // A participle used as an adjective takes its negation from its own attribute only.
    expect(await modalityOf(`Beim von ${lead.replace('Die', 'der')} kritisierten Plan sah Estland keine Gefahr.`, 'criticize')).toBe('asserted');
    expect(await modalityOf(`Der nicht von ${lead.replace('Die', 'der')} kritisierte Plan kam durch.`, 'criticize')).toBe('negated');
    // After a number too ("sechs inhaftierte Oppositionelle"): the clause's subject did not arrest them.
    const pardoned = describeEvents(await extract('Der lettische Präsident Andris Ozols hat sechs inhaftierte Oppositionelle begnadigt.'));
    expect(pardoned.find((event) => event.type === 'arrest')?.participants ?? {}).not.toHaveProperty('Andris Ozols');
    // Opening a zu-infinitive's clause, which holds no finite verb, also inside a separable verb ("heimzuholen").
    const brought = describeEvents(await extract('Profiteure sind auch Länder wie das ferne Estland, wenn es darum geht, entführte Staatsbürger wieder heimzuholen.'));
    expect(brought.find((event) => event.type === 'assault')?.participants ?? {}).not.toHaveProperty('Estland');
    // Also where a dash-enclosed aside stands before the rest of that clause.
    const aside = describeEvents(await extract('Profiteure sind auch Länder wie das ferne Lettland, wenn es darum geht, entführte Staatsbürger – Stichwort Estland – wieder heimzuholen.'));
    expect(aside.find((event) => event.type === 'assault')?.participants ?? {}).not.toHaveProperty('Lettland');
    // A modal before the participle's phrase is the clause's, not the participle's.
    const medal = describeEvents(await extract('Der Bürgermeister von Riga, Janis Berzins, würde Kalnina den verweigerten Orden gerne selbst anheften.'));
    expect(medal.filter((event) => event.type === 'reject').map((event) => event.modality)).not.toContain('hypothetical');
    // And right after a subordinator: the clause's "nicht" is its verb's.
    const moved = describeEvents(await extract(`${lead} sagte, dass inhaftierte Demonstranten aus Sicherheitsgründen nicht nach Riga gebracht werden konnten.`));
    expect(moved.filter((event) => event.type === 'arrest').map((event) => event.modality)).not.toContain('negated');
    // So after a phrase with "als" ("einer als Kind entführten Frau").
    const honoured = describeEvents(await extract('Die lettische Schauspielerin Anna Kalnina wurde für ihre Darstellung einer als Kind entführten Frau geehrt.'));
    expect(honoured.filter((event) => event.type === 'assault' && 'Anna Kalnina' in event.participants)).toEqual([]);
    // Its von-phrase is its agent; the name after the next verb is not what it describes.
    const attributive = describeEvents(await extract(`Beim von ${lead.replace('Die', 'der')} kritisierten Plan sah Estland keine Gefahr.`));
    expect(attributive.find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source' });
  });

  it('does not give a noun a prepositional partner that belongs to another noun', async () => {
    const record = await extract(`Bei dem Treffen unterzeichneten beide eine Erklärung über die Bahnstrecke zwischen Prag und Brünn.`);
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const meetings = record.events.filter((event) => event.type === 'meeting');
    expect(meetings.flatMap((event) => event.participants.map((participant) => nameOf(participant.entity)))).toEqual([]);
  });

  it('dates a verbal act at the time of the next sentence\'s reporting clause whose speaker is its source', async () => {
    const record = await extract(`${lead} hat das Manöver Estlands scharf kritisiert. Das Manöver gefährde die Stabilität, sagte Kalnina am Montag vor dem Parlament. Am Mittwoch schwieg Estland.`, '2025-03-06');
    expect(record.events.find((event) => event.type === 'criticize')?.time).toMatchObject({ text: 'am Montag', value: '2025-03-03' });
    // Not another speaker's.
    const other = await extract(`${lead} hat das Manöver Estlands scharf kritisiert. Das Manöver gefährde die Stabilität, sagte Präsident Mikko Rantanen am Montag.`, '2025-03-06');
    expect(other.events.find((event) => event.type === 'criticize')?.time).toBeUndefined();
    // A separable reporting verb needs its particle: "stellte … vor" reports nothing.
    const presented = await extract(`${lead} hat das Manöver Estlands scharf kritisiert. Dazu stellte Kalnina am Montag einen Plan vor.`, '2025-03-06');
    expect(presented.events.find((event) => event.type === 'criticize')?.time).toBeUndefined();
  });

  it('resolves weekdays against the publication date, forward for planned events', async () => {
    const past = await extract(`${lead} hat am Dienstag mit dem finnischen Präsidenten Mikko Rantanen telefoniert.`, '2025-03-06');
    expect(past.events[0].time).toMatchObject({ text: 'am Dienstag', value: '2025-03-04' });
    const planned = await extract(`${lead} will am Dienstag mit dem finnischen Präsidenten Mikko Rantanen telefonieren.`, '2025-03-06');
    expect(planned.events[0].time).toMatchObject({ text: 'am Dienstag', value: '2025-03-11' });
    // A noun of a relative day after "am" or "vom" (grammar relativeDays).
    const before = await extract(`${lead} habe Estland über ihr Telefonat mit dem finnischen Präsidenten Mikko Rantanen vom Vortag unterrichtet.`, '2025-03-06');
    expect(before.events.find((event) => event.type === 'phone_call')?.time).toMatchObject({ text: 'vom Vortag', value: '2025-03-05' });
  });

  it('dates an event placed "bei dem Treffen" or "an dem Treffen" at the time told of the meeting, further back too', async () => {
    const text = `${lead} und der finnische Präsident Mikko Rantanen haben sich am Dienstag in Riga getroffen. Rantanen lobte die Nachbarschaft. Estland schwieg. Bei dem Treffen kritisierte Rantanen die russische Regierung. Auch der lettische Verkehrsminister Janis Berzins nahm an dem Treffen teil. Am Freitag lobte er die Bahn.`;
    const events = (await extract(text, '2025-03-06')).events;
    const timeOf = (trigger: string) => events.find((event) => event.trigger.text === trigger)?.time?.value;
    expect(timeOf('kritisierte')).toBe('2025-03-04');
    expect(timeOf('nahm')).toBe('2025-03-04');
    // An event with a time of its own keeps it.
    expect(events.filter((event) => event.trigger.text === 'lobte').map((event) => event.time?.text)).toContain('Am Freitag');
  });

  it('takes the speaker of "…, sagte er" for the last speaker where the one named after them was only spoken of in reported speech', async () => {
    const attributionOf = async (text: string) => {
      const record = await extract(text);
      const event = record.events.find((candidate) => candidate.type === 'criticize');
      return record.entities.find((entity) => entity.id === event?.attribution?.entity)?.name;
    };
    const opening = 'Die Gewerkschaft will streiken, sagte Verdi-Chef Frank Bsirske am Donnerstag in Bonn.';
    expect(await attributionOf(`${opening} Das Management mit Konzernchef Frank Appel an der Spitze sei schuld. Wir werden die Regierung kritisieren, unterstrich er.`)).toBe('Frank Bsirske');
    // Not one who acts in a sentence told as fact.
    expect(await attributionOf(`${opening} Konzernchef Frank Appel wies das zurück. Wir werden die Gewerkschaft kritisieren, unterstrich er.`)).toBe('Frank Appel');
  });

  it('reads "und er" after a subordinate clause as the subject opening the main clause, not a person the subordinate clause names', async () => {
    const text = 'Bürgermeister Janis Berzins hegt den Verdacht, dass das Ministerium unter Präsident Mikko Rantanen Druck ausübt – und er fordert von der Regierung einen Stopp.';
    expect(await participantsOf(text, 'demand')).toMatchObject({ 'Janis Berzins': 'source' });
    // Without the subordinate clause between, the pronoun takes the person named last.
    expect(await participantsOf('Bürgermeister Janis Berzins lobte Präsident Mikko Rantanen, und er forderte von der Regierung einen Stopp.', 'demand')).toMatchObject({ 'Mikko Rantanen': 'source' });
  });

  it('takes the speaker of "…, sagte er" for the person named before, and the nearest reporting clause for the attribution', async () => {
    const text = 'Neben Kritik von Amnesty-Chef Heinz Patzelt, der den Plan als fragwürdig bezeichnete und Präsident Mikko Rantanen wie berichtet bat, das Gesetz nicht zu unterzeichnen, kam Ablehnung von Verbandschef Janis Berzins: Wir lehnen diese Pläne entschieden ab, sagte er dazu am Freitag.';
    const record = await extract(text);
    // "kam Ablehnung von X" and "Wir lehnen … ab" are one rejection, X's, told by X ("er").
    expect(describeEvents(record).filter((event) => event.type === 'reject')).toMatchObject([{ modality: 'asserted', participants: { 'Janis Berzins': 'source' } }]);
    expect(record.events.find((event) => event.type === 'reject')?.attribution).toMatchObject({ text: 'sagte er dazu am Freitag.', entity: record.entities.find((entity) => entity.name === 'Janis Berzins')?.id });
  });

  it('keeps a von-phrase after a noun in a prepositional phrase its genitive, whatever verb of coming the clause holds', async () => {
    expect(await participantsOf('Das Mittel kam in Lettland unter anderem bei der Hinrichtung von Bürgermeister Janis Berzins zum Einsatz.', 'kill')).toEqual({ 'Janis Berzins': 'target' });
  });

  it('lends a zu-infinitive after a colon no subject from before the colon, also a passive one ("ohne festgenommen zu werden")', async () => {
    const text = 'Ein Rapper wollte die US-Behörden austricksen: Um seinen Auftritt wahrnehmen zu können, ohne festgenommen zu werden, setzte der Musiker auf Hologramme.';
    const arrest = describeEvents(await extract(text)).find((event) => event.type === 'arrest');
    expect(arrest?.modality).toBe('negated');
    expect(arrest?.participants).toEqual({});
  });

  it('takes the reporting clause\'s subject for the subject of the zu-infinitive it governs, also past an apposition', async () => {
    expect(await participantsOf('Estland gibt an, Stellungen von Terroristen, vor allem des Islamischen Staates (IS), zu bombardieren.', 'air_strike')).toMatchObject({ Estland: 'source' });
    // After a comma "die" before a zu-infinitive is an article, no relative pronoun.
    expect(await participantsOf('Der lettische Präsident Andris Ozols erklärte, die Soldaten angegriffen zu haben.', 'attack')).toEqual({ 'Andris Ozols': 'source' });
    // "Nach Angaben" holds no reporting verb: the phrase attributes.
    const record = await extract('Lettische Sicherheitskräfte haben nach Angaben des Innenministeriums in Riga zwölf Touristen getötet.');
    expect(record.events.find((event) => event.type === 'kill')?.modality).toBe('reported');
  });

  it('attributes events to the source of a report', async () => {
    const record = await extract(`Wie das Außenministerium mitteilte, hat ${lead} mit dem finnischen Präsidenten Mikko Rantanen telefoniert.`);
    expect(record.events[0].attribution?.text).toBe('Wie das Außenministerium mitteilte');
    expect(record.events[0].modality).toBe('reported');
  });


  it('attributes to a reporting clause after a dash only what the dash adds, not the clauses before it', async () => {
    const behindDash = await extract(`${lead} kritisierte Bürgermeister Janis Berzins, dass die Prüfung zu spät erfolgt sei – ein unüblicher Vorgang, sagte Präsident Mikko Rantanen.`);
    expect(behindDash.events.find((event) => event.type === 'criticize')).toMatchObject({ modality: 'asserted' });
    expect(behindDash.events.find((event) => event.type === 'criticize')?.attribution).toBeUndefined();
    // Without the dash the clause is the speaker's report.
    const reported = await extract(`${lead} kritisierte Bürgermeister Janis Berzins, sagte Präsident Mikko Rantanen.`);
    expect(reported.events.find((event) => event.type === 'criticize')).toMatchObject({ modality: 'reported' });
  });
  it('finds no events in a sports report', async () => {
    const record = await extract('Der Stürmer Lukas Brenner erzielte in der 89. Minute das Siegtor. Die Mannschaft feierte mit den Fans.');
    expect(record.events.filter((event) => event.cameo.startsWith('19') || event.cameo.startsWith('04'))).toEqual([]);
  });

  it.each([
    ['a first leg (Hinspiel)', 'Der Bürgermeister Janis Berzins empfängt im Hinspiel am Dienstag den Gast Andris Ozols.', 'host_visit'],
    ['a minute mark', 'In der 48. Minute traf Bürgermeister Janis Berzins den Gast Andris Ozols erneut.', 'meeting'],
    ['a score in front of a compound', 'Bürgermeister Janis Berzins empfing den Gast Andris Ozols und sorgte für den 3:2-Erfolg.', 'host_visit'],
    ['teams that meet each other (aufeinandertreffen)', 'Am Dienstag treffen Bürgermeister Janis Berzins und Andris Ozols aufeinander.', 'meeting'],
    ['a tennis tournament', 'Beim Turnier in Riga traf Bürgermeister Janis Berzins den Gast Andris Ozols erneut.', 'meeting'],
    ['praise after the match', 'Nach dem Halbfinale in Riga lobte Bürgermeister Janis Berzins den Gast Andris Ozols.', 'praise'],
    ['an American football game', 'Im Spiel um den Einzug in die Playoffs sollte der Angriff der Denver Broncos Bürgermeister Janis Berzins keine Probleme bereiten.', 'attack'],
    ["a team's journey to the match", 'Nach dem 5:1 gegen Ventspils reiste Bürgermeister Janis Berzins mit Andris Ozols nach Estland.', 'visit'],
  ])('finds no event in a match report: %s', async (_, text, type) => {
    expect(describeEvents(await extract(text)).map((event) => event.type)).not.toContain(type);
    // The same persons outside a match report do meet.
    expect(describeEvents(await extract('Der Bürgermeister Janis Berzins empfing den Gast Andris Ozols.')).map((event) => event.type)).toContain('host_visit');
  });

  it('reads the genitive of "Unterstützung" as the one supported', async () => {
    expect(await participantsOf('Für die Unterstützung der lettischen Armee gibt Präsident Jean Dupontel 300 Millionen Euro aus.', 'provide_aid')).toEqual({ 'Jean Dupontel': 'source', 'Lettische Armee': 'target' });
  });

  it('reads a genitive phrase with its article right after an event noun as its agent, whose phrase goes on ("der Einmarsch der Türkei in Syrien")', async () => {
    expect(await participantsOf('Es geht um den Einmarsch der Türkei in Syrien.', 'attack')).toEqual({ Türkei: 'source', Syrien: 'target' });
  });

  it.each([
    ['the agent of a visit', 'Während des Besuchs von Präsident Jean Dupontel in Lettland wurden Dissidenten festgenommen.', 'visit', 'Jean Dupontel', 'source'],
    ['the one rejected', 'Die Ablehnung von Bürgermeister Janis Berzins als Kandidat sitzt tief.', 'reject', 'Janis Berzins', 'target'],
  ])('reads a von-phrase right after an event noun as its genitive: %s', async (_, text, type, name, role) => {
    const record = await extract(text);
    const event = record.events.find((candidate) => candidate.type === type);
    expect(event?.participants).toContainEqual({ entity: record.entities.find((entity) => entity.name === name)!.id, role });
  });

  it('takes the organisation in front of a body noun opening the clause for its actor ("Die SPÖ-Führung hatte X gerügt")', async () => {
    expect(await participantsOf('Die SPÖ tagte in Wien. Die SPÖ-Führung hatte Bürgermeister Janis Berzins öffentlich scharf gerügt.', 'criticize')).toEqual({ SPÖ: 'source', 'Janis Berzins': 'target' });
    // So the unnamed holders of an office of it.
    expect(await participantsOf('Die EU tagte in Riga. Die EU-Außenminister haben sich am Montag auf neue Sanktionen geeinigt.', 'diplomatic_cooperation')).toEqual({ 'Europäische Union': 'participant' });
  });

  it('takes the one a spokesperson opening the clause speaks for as the actor (grammar spokespersonNouns)', async () => {
    expect(await participantsOf('Ein Sprecher der lettischen Regierung hat den Plan von Bürgermeister Janis Berzins am Montag scharf kritisiert.', 'criticize')).toEqual({ 'Lettische Regierung': 'source', 'Janis Berzins': 'target' });
    expect(await participantsOf('Eine Sprecherin von Bürgermeister Janis Berzins lehnte eine Stellungnahme zu den Vorwürfen am Montag ab.', 'statement')).toEqual({ 'Janis Berzins': 'source' });
    expect(await participantsOf('Bürgermeister Peter Kalnin reiste ab. Ein Sprecher Kalnins wies die Kritik am Montag zurück.', 'reject')).toEqual({ 'Peter Kalnin': 'source' });
    // A listed noun that merely ends in "-sprecher" speaks for no one ("Fürsprecher", "Lautsprecher").
    expect(await participantsOf('Ein Fürsprecher von Bürgermeister Janis Berzins lehnte eine Stellungnahme zu den Vorwürfen am Montag ab.', 'statement')).not.toEqual({ 'Janis Berzins': 'source' });
  });

  it('reads a von-phrase right before a passive participle, after the noun opening the clause, as the agent', async () => {
    expect(await participantsOf('Die Minister entschieden, dass Drittländer von der Nato untersucht werden sollen.', 'investigate')).toEqual({ NATO: 'source' });
    expect(await participantsOf('Die Minister entschieden, welche Drittländer von der Nato untersucht werden sollen.', 'investigate')).toEqual({ NATO: 'source' });
  });

  it.each([
    ['a newspaper', 'Die Zeitung kritisierte Bürgermeister Janis Berzins scharf.', 'criticize'],
    ['a company', 'Der Konzern lobte die Ministerin Anna Brenner für ihre Arbeit.', 'praise'],
    ['an aid organisation', 'Die Hilfsorganisation warf Bürgermeister Janis Berzins Untätigkeit vor.', 'accuse'],
    ['an editorial', 'Ein Leitartikel in der Zeitung forderte Bürgermeister Janis Berzins zu einer härteren Gangart auf.', 'appeal'],
    ['an organisation after a dateline', 'Dubai/Washington – Die Menschenrechtsorganisation forderte am Montag Bürgermeister Janis Berzins auf, die Journalistin freizulassen.', 'appeal'],
    ['a role noun before a noun trigger\'s support verb', 'Die Ministerin machte Bürgermeister Janis Berzins den Vorwurf der Untätigkeit.', 'accuse'],
  ])('takes an unnamed actor noun of a known sector opening the clause for its subject: %s', async (_, text, type) => {
    const record = await extract(text);
    const event = record.events.find((candidate) => candidate.type === type);
    expect(event?.participants.map((participant) => participant.role)).toEqual(['target']);
  });

  it.each([
    ['escapes it', 'Bürgermeister Janis Berzins entging im April einem Ermittlungsverfahren.', 'target'],
    ['opens it (participle)', 'Die Oberstaatsanwältin Petra Hollmann hat Ermittlungen gegen den Bürgermeister eingeleitet.', 'source'],
    ['opens it (separated particle)', 'Die Oberstaatsanwältin Petra Hollmann leitete Ermittlungen gegen den Bürgermeister ein.', 'source'],
    ['refrains from it (a strong verb\'s form, grammar irregularVerbForms)', 'Die Oberstaatsanwältin Petra Hollmann sieht von Ermittlungen gegen den Bürgermeister ab.', 'source'],
    ['orders it (a participle of a stem in -n, "angeordnet")', 'Die Regierungschefin Petra Hollmann hat eine Untersuchung angeordnet.', 'source'],
  ])('makes the subject the investigator only through a verb that carries the investigation (agentVerbs): one who %s', async (_, text, role) => {
    const record = await extract(text);
    expect(record.events.find((event) => event.type === 'investigate')?.participants.map((participant) => participant.role)).toEqual([role]);
  });

  it('makes the subject the one who resigns only through a verb that carries the resignation (agentVerbs), a particle of adjective form too', async () => {
    expect(await participantsOf('Innenminister Janis Berzins gab am Montag seinen Rücktritt bekannt.', 'resign')).toEqual({ 'Janis Berzins': 'source' });
    expect(await participantsOf('Regierungschefin Anna Ozola nahm den Rücktritt von Innenminister Janis Berzins an.', 'resign')).toEqual({ 'Janis Berzins': 'source' });
    expect(await participantsOf('Der Innenminister ist zurückgetreten. Regierungschefin Anna Ozola nahm den Rücktritt am Montag an.', 'resign')).toEqual({});
  });

  it('joins the conjuncts of a two-part conjunction ("sowohl … als auch") like "und"', async () => {
    const record = await extract('Sowohl Kanzlerin Marta Hollmann als auch Präsident Jean Dupontel hätten ihn um Erläuterungen gebeten.');
    const appeal = record.events.find((event) => event.type === 'appeal');
    expect(appeal?.participants.map((participant) => participant.role)).toEqual(['source', 'source']);
    // Also across the comma before its second part ("nicht nur X, sondern auch Y", "sowohl mit X, als auch mit Y").
    const refusal = 'Die ÖVP erteilte nicht nur dem FPÖ-Chef Gerhard Kurzmann, sondern auch der Landtagspräsidentin Bettina Vollath eine Absage.';
    expect(await participantsOf(refusal, 'reject')).toEqual({ ÖVP: 'source', 'Gerhard Kurzmann': 'target', 'Bettina Vollath': 'target' });
  });

  it('reads a participle opening its clause with a von-phrase as passive: the noun before the comma is acted on', async () => {
    const record = await extract('Estland, unterstützt von Finnland mit Millionen Euro, baut seine Grenzanlagen aus.');
    const id = (name: string) => record.entities.find((entity) => entity.name === name)!.id;
    const aid = record.events.find((event) => event.type === 'provide_aid');
    expect(aid?.participants).toEqual(expect.arrayContaining([{ entity: id('Finnland'), role: 'source' }, { entity: id('Estland'), role: 'target' }]));
  });

  it('reads support as aid only where its clause names money or aid (requiresContextInClause)', async () => {
    expect(await typesOf('Der lettische Fonds soll am Montag mit drei Millionen Euro unterstützt werden.')).toContain('provide_aid');
    expect(await typesOf('Bürgermeister Janis Berzins, der das Projekt unterstützt, will dafür drei Millionen Euro ausgeben.')).not.toContain('provide_aid');
  });

  it('makes the person a possessive before an arrest noun refers back to the one arrested, not the one arresting', async () => {
    const record = await extract('Die Journalistin Milena Jesenská schrieb bis zu ihrer Verhaftung im November für die Zeitung.');
    const arrest = record.events.find((event) => event.type === 'arrest');
    expect(arrest?.participants).toEqual([{ entity: record.entities.find((entity) => entity.name === 'Milena Jesenská')!.id, role: 'target' }]);
  });

  it('keeps the possessive the actor where the noun has a genitive of its own', async () => {
    const record = await extract('Der Polizeichef Karl Huber rechtfertigte seine Festnahme des Demonstranten Paul Weber.');
    const arrest = record.events.find((event) => event.type === 'arrest');
    expect(arrest?.participants).toContainEqual({ entity: record.entities.find((entity) => entity.name === 'Karl Huber')!.id, role: 'source' });
  });

  it('takes clubs the sports-club pattern finds for sports actors, whose meetings CAMEO does not code', async () => {
    const record = await extract('Der FC Riga empfing den FK Liepaja.');
    expect(record.entities.map((entity) => entity.sector)).toEqual(['sports', 'sports']);
    expect(describeEvents(record)).toEqual([]);
  });

  it.each([
    ['a light-verb reading the trigger excludes', `${lead} will keine übereilte Entscheidung treffen.`, 'meeting'],
    ['a verb form that is a determiner here', `Nun beklagen sich einige Fahrer über die Lage, sagte ${lead}.`, 'diplomatic_cooperation'],
    ['a finite verb whose clause ends with another verb\'s particle', `${lead} schloss ein neues Abkommen mit Finnland nicht aus.`, 'sign_agreement'],
    ['a finite verb whose clause ends with another verb\'s particle (eintreffen)', `${lead} traf am Abend mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} in Riga ein.`, 'meeting'],
    ['a compound whose head only looks like a trigger noun (Öl|preise, not Ölp|reise)', 'Die Ölpreise sollten seiner Ansicht nach auch nicht weiter fallen.', 'visit'],
    ['a verb with "zu" in front, which is no zu-infinitive of the trigger (zutreffen)', `${lead} sagte, die Vorgaben würden auf das Zentrum in Riga zutreffen.`, 'meeting'],
    ['a passive "getroffen" (hit, not met)', 'Am Dienstag wurde der Politiker Paul Weber in Graz von einer Betonplatte getroffen.', 'meeting'],
    ['a vow of loyalty (geloben, whose participle is "gelobt")', 'Die Abgeordneten haben Bürgermeister Janis Berzins vorerst Treue gelobt.', 'praise'],
    ['travelling in general ("auf Reisen")', 'Die Deutsche Telekom will ihren Kunden auch auf Reisen in Estland günstige Tarife bieten.', 'visit'],
    ['a court sentence (verurteilen zu Haft)', 'Richterin Astrid Raufer verurteilt ihn schließlich zu einem Jahr Haft.', 'criticize'],
    ['a court sentence whose clause an aside interrupts', 'Der frühere Bürgermeister Janis Berzins, der im Verfahren (Kursmanipulation) zu drei Jahren Haft (nicht rechtskräftig) verurteilt worden war, schwieg.', 'criticize'],
    ['a court sentence whose verb asides split from its clause', 'Der frühere Bürgermeister Janis Berzins ist am Mittwoch in Riga zu 24 Monaten, davon 16 auf Bewährung, verurteilt worden.', 'criticize'],
    ['what is compatible (sich vereinbaren lassen)', 'Die Ministerin Petra Hollmann sagte, das Gesetz lasse sich mit den Grundrechten nicht vereinbaren.', 'sign_agreement'],
    ['a device ready for use (zum Einsatz bereit)', 'Die neue Sonde aus Riga soll nach voller Aufladung zum Einsatz bereit sein, sagte Bürgermeister Janis Berzins.', 'intent_to_cooperate'],
    ['a statement asked for ("um eine Stellungnahme gebeten": no form of "abgeben")', 'Die lettische Regierung wurde am Montag in Riga um eine Stellungnahme gebeten.', 'statement'],
    ['an opera\'s title', 'Anlässlich der Premiere von Mozarts Entführung aus dem Serail in Riga soll der Minister Janis Berzins gelacht haben.', 'assault'],
    ['a pledge signed with a cover name', 'Es sei eine Zusage zur Zusammenarbeit entdeckt worden, unterschrieben mit Präsident Janis Berzins und dem Tarnnamen Bolek, sagte der Minister in Riga.', 'sign_agreement'],
    ['pupils attending workshops', 'Im abgelaufenen Schuljahr besuchten in Riga 9.500 Schüler 450 Workshops der lettischen Regierung.', 'visit'],
    ['silence agreed on a price', 'Über den Kaufpreis der lettischen Bank in Riga sei Stillschweigen vereinbart worden, sagte der Minister.', 'sign_agreement'],
    ['counselling clients ("Mandanten beraten")', 'Die Anwältin Anna Kalnina hat in Riga tausende Mandanten beraten und ihnen vor Gericht geholfen.', 'consult'],
    ['a request for comment ("um eine Stellungnahme gebeten")', 'Die lettische Regierung wurde am Montag in Riga um eine Stellungnahme gebeten.', 'appeal'],
    ['a political initiative founded', 'In Riga ist am Montag eine weitere Initiative gegründet worden, die ihr Anliegen zum Namen gemacht hat.', 'diplomatic_cooperation'],
    ['an agreement between club presidents in a football article', 'Der FK Riga hat das Derby mit 2:0 gewonnen, das Siegtor fiel in der Nachspielzeit. Riga-Präsident Janis Berzins einigte sich aber mit seinem Liepaja-Pendant Juris Ozols auf ein Rückspiel.', 'diplomatic_cooperation'],
    ["a coach's resignation in a football article", 'Janis Berzins ist nicht mehr Trainer des Fußball-Bundesligisten FK Riga. Der 51-Jährige erklärte am Montag seinen Rücktritt. Der frühere Liepaja-Coach Juris Ozols gilt als Nachfolger.', 'resign'],
    ['repaying someone ("dankte es ihr")', 'Die Band hat sich für den Sänger Janis Berzins zurückgenommen, und er dankte es ihr mit großer Leidenschaft in Riga.', 'praise'],
    ['longing for something (verlangen nach)', 'Die Ministerin Petra Hollmann sagte, das Land verlange nach Orientierung.', 'demand'],
    ['suspects identified (ermittelte Tatverdächtige)', 'Bürgermeister Janis Berzins nannte am Freitag Details zu den 31 ermittelten Tatverdächtigen in Riga.', 'investigate'],
    ['tenancy agreements', 'In Riga seien für die Flüchtlinge bereits Wohnungen gefunden und Mietverträge abgeschlossen worden, sagte Bürgermeister Janis Berzins.', 'sign_agreement'],
    ['calling on the Security Council (anrufen)', 'Noch am Donnerstag ruft Lettland den UN-Sicherheitsrat an.', 'phone_call'],
    ['a penalty the law threatens (Strafandrohung)', 'Die Strafandrohung gegen Bürgermeister Janis Berzins wurde verschärft.', 'threaten'],
    ['taking aim (in Anschlag bringen)', 'Bevor die Heugabeln gegen Bürgermeister Janis Berzins in Anschlag gebracht werden, sollte man nachdenken.', 'assault'],
    ['a professional conference (Fachtagung)', 'Bürgermeister Janis Berzins erklärte auf einer Fachtagung in Riga, die Viren seien gefährlich.', 'meeting'],
    ['applause (Beifallskundgebungen)', 'Der Auftritt von Bürgermeister Janis Berzins in Riga wäre lauter Beifallskundgebungen wert gewesen.', 'protest'],
    ['helping with no one named who helps', 'Der Fonds sichere die Finanzierung der Forschung in Riga mit Millionen Euro und helfe dabei, sagte Bürgermeister Janis Berzins.', 'provide_aid'],
    ['an order to pay (zur Zahlung verurteilt)', 'Der Bürgermeister Janis Berzins wurde in Riga zur Zahlung von 51.000 Euro verurteilt.', 'criticize'],
    ['a prison sentence counted in years', 'Der frühere Bürgermeister Janis Berzins war zu 16 Jahren und einem Monat verurteilt worden.', 'criticize'],
    ['not taking part in a vote', 'Zwei Abgeordnete aus Riga nahmen nicht an dem Votum teil.', 'meeting'],
    ['scholars meeting at a symposium', 'In Riga treffen sich Teilnehmer von 16. bis 18. Juni zu einem kleinen Symposium.', 'meeting'],
    ['attacks on phones, not by armies', 'Apple betonte am Montag, dass man solche Angriffe bereits mit iOS 9 erschwert habe.', 'attack'],
    ['what one is vulnerable to', 'Auch die lettische Armee ist für solche Angriffe anfällig, sagte Bürgermeister Janis Berzins.', 'attack'],
    ["a phone call with one's parents", 'Bürgermeister Janis Berzins telefonierte am Abend mit seinen Eltern in Riga.', 'phone_call'],
    ["a phone call with one's husband", 'Die Bürgermeisterin Anna Ozola telefonierte am Abend mit ihrem Mann in Riga.', 'phone_call'],
    ["a visit to one's lover", 'Dort besuchte Bürgermeister Janis Berzins oft seine Geliebte Ilze Berzina.', 'visit'],
    ["a visit to one's mother (Besuch)", 'Der frühere Bürgermeister Janis Berzins durfte zu einem Besuch bei seiner kranken Mutter Ilze Berzina nach Riga.', 'visit'],
    ['a visit by the police', 'Wer in Riga solche Parolen postet, sollte sich über einen Besuch der Staatspolizei nicht wundern.', 'visit'],
    ["a jury that cannot agree on its verdict", 'Die Geschworenen in Riga konnten sich nicht auf ein Urteil gegen den Bürgermeister Janis Berzins einigen.', 'diplomatic_cooperation'],
    ['a death sentence by a court', 'Die beiden seien von einem Militärgericht der Armee Lettlands zum Tode verurteilt worden.', 'criticize'],
    ['a show of strength (Stärke demonstrieren)', `${lead} wollte damit die Stärke der Armee demonstrieren.`, 'protest'],
    ['an excluded compound inside a longer one (Vorzugsstimmen|wahlkämpfe)', 'Die Vorzugsstimmenwahlkämpfe der lettischen Armee in Riga waren wenig erfolgreich.', 'attack'],
    ['a cyber attack (CAMEO codes no such attack)', 'Die lettische Armee wurde Opfer eines Hackerangriffs auf ihr Computernetzwerk.', 'attack'],
    ['a visit to the family', `${lead} will am Wochenende in Riga seine Großmutter besuchen.`, 'visit'],
    ['thanks from no one ("danken" with a thing for its subject)', 'Der Kreislauf wird es einem in Riga nicht danken.', 'praise'],
    ['a husband arranged through an acquaintance', 'Über eine Bekannte wurde Bürgermeisterin Petra Hollmann ein neuer Ehemann vermittelt.', 'mediate'],
    ['a request for aid ("beantragt ein Hilfspaket")', 'Griechenland beantragt überraschend ein neues Hilfspaket beim Euro-Hilfsfonds.', 'provide_aid'],
    ['a departure (Ausreise)', 'Peking hatte ihm bei der Ausreise keinerlei Auflagen gemacht.', 'visit'],
    ['a call to a hotline', `${lead} sagte, die Kündigung sei nur durch Anruf bei teuren Hotlines in Riga möglich.`, 'phone_call'],
    ['"trifft sich bestens" (that suits well)', 'Dass Lettland ein neues Angebot hat, trifft sich da natürlich bestens.', 'meeting'],
    ['a greeting to a visitor', 'Im April begrüßte Bürgermeisterin Petra Hollmann den millionsten Besucher im Rathaus von Riga.', 'praise'],
    ['a welcome to children and a delegation', 'Im April begrüßte Bürgermeisterin Petra Hollmann geflüchtete Kinder und eine Delegation aus Riga.', 'praise'],
    ['a fish that raids other fish', 'Der Buntbarsch aus Riga tarnt sich, um andere Fische zu überfallen.', 'assault'],
    ['an animal model for a study', 'Forscher in Riga sagen, die Affen seien ein gutes Modell zur Untersuchung der Sprache.', 'investigate'],
    ['a resignation others try to force', 'Insgesamt drei Mal versuchten FPÖ und Grüne mit einem Misstrauensvotum den Rücktritt eines Regierungsmitglieds zu erzwingen.', 'resign'],
    ['a crowd gathering for a demonstration', 'Am Samstag hatten sich in Riga rund 300 Anrainer zu einer Demonstration versammelt.', 'meeting'],
    ["a school's grading conference", 'Die Notenkonferenzen des Gymnasiums in Riga finden Mitte der kommenden Woche statt.', 'meeting'],
    ['contracts a broker arranges', 'Der frühere Bürgermeister Janis Berzins hat im Vorjahr rund 750.000 Kfz-Verträge vermittelt.', 'mediate'],
    ['people crowded together (dicht gedrängt)', 'Sieben Kinder wurden am Dienstag dicht gedrängt in einem Kastenwagen in Riga entdeckt.', 'appeal'],
    ['what looms, in a clause of its own ("formuliert, was … droht")', 'Die Ministerin Petra Hollmann hat längst formuliert, was im schlimmsten Fall an der Grenze droht.', 'threaten'],
    ["a chamber's New Year reception", 'Im ersten Stock Neujahrsempfang der Wirtschaftskammer Österreich.', 'host_visit'],
    ['a road accident (CAMEO codes no accidents)', 'Ein Radfahrer ist am Montag bei einem Verkehrsunfall in Riga getötet worden.', 'kill'],
    ['someone seen as challenged ("sieht … gefordert")', 'Gefordert sieht der Bürgermeister Janis Berzins auch die Regierung in Riga.', 'demand'],
    ['a study that says something', 'Viele Händler in Riga rechnen mit offenen Geschäften am Sonntag, besagt eine von der Handelskammer in Auftrag gegebene Untersuchung.', 'investigate'],
    ['a study of a university', 'Mehr als 700 Personen nahmen an der mit der Universität Riga durchgeführten Untersuchung teil.', 'investigate'],
    ['what pollsters studied', 'Der Sender hat entschieden, gestützt auf Studien zweier Meinungsforschungsinstitute, die die Wahlaussichten der Bewerber untersucht haben, fünf Kandidaten einzuladen, teilte der Sender am Donnerstag in Riga mit.', 'investigate'],
    ["a player's retirement from the tour", 'Der frühere Bürgermeister Janis Berzins hat neun Jahre nach seinem Rücktritt von der ATP-Tennis-Tour in Riga sein Comeback gefeiert.', 'resign'],
    ['a storm that kills (CAMEO codes no natural disasters)', 'Der Wirbelsturm Laima wütet in Lettland und tötet dabei mehr als 200 Menschen in Riga.', 'kill'],
    ['a person hit by a train', 'Der Bürgermeister Janis Berzins wurde in Riga von einem Intercity erfasst und getötet.', 'kill'],
    ['negligent homicide in court', 'Der Bürgermeister Janis Berzins wurde im Februar 2015 wegen fahrlässiger Tötung zu drei Jahren Haft verurteilt.', 'kill'],
    ['an attack on a parliament\'s net', 'Die Gruppe Sofacy hatte vom 30. April an das Parlakom-Netz des lettischen Parlaments angegriffen.', 'attack'],
    ['an attack on a network', 'Unbekannte haben am Montag das Netzwerk der lettischen Armee angegriffen.', 'attack'],
    ['a personal attack in words', `${lead} wies die persönlichen Angriffe der Opposition zurück.`, 'attack'],
    ["a champion's title fights", 'Der Bürgermeister Janis Berzins bereitet sich in Riga auf seine WM-Kämpfe vor.', 'attack'],
  ])('finds no event for %s', async (_, text, type) => {
    expect(describeEvents(await extract(text)).map((event) => event.type)).not.toContain(type);
  });

  it('still finds the verb with the particle it does have, and the agreement after a modal', async () => {
    const demand = describeEvents(await extract(`${lead} forderte von der Regierung mehr Geld ein.`));
    expect(demand).toContainEqual(expect.objectContaining({ type: 'demand', trigger: 'forderte' }));
    const agreement = describeEvents(await extract(`${lead} und ${guest} haben sich nicht einigen können.`));
    expect(agreement).toContainEqual(expect.objectContaining({ type: 'diplomatic_cooperation', modality: 'negated' }));
  });

  it('does not make the place of a dateline a participant', async () => {
    const record = await extract('Lage in Lettland\nRiga – Lettische Bauern fordern mehr Unterstützung.');
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const participants = record.events.flatMap((event) => event.participants.map((participant) => nameOf(participant.entity)));
    expect(participants).not.toContain('Riga');
  });

  it('reads "soll … gesprochen haben" as a reported claim, "will … sprechen" as a plan', async () => {
    const claim = describeEvents(await extract(`${lead} soll mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} gesprochen haben.`));
    expect(claim).toContainEqual(expect.objectContaining({ type: 'consult', modality: 'reported' }));
    const plan = describeEvents(await extract(`${lead} will am Montag mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} sprechen.`));
    expect(plan).toContainEqual(expect.objectContaining({ type: 'consult', modality: 'planned' }));
    // The perfect's "haben" may close a coordinated clause: "soll … kritisiert und … gefordert haben".
    const coordinated = describeEvents(await extract(`${lead} soll die Regierung in Helsinki kritisiert und Neuwahlen gefordert haben.`));
    expect(coordinated).toContainEqual(expect.objectContaining({ type: 'criticize', modality: 'reported' }));
    // An event noun in such a clause is claimed too: "soll … ein Angebot gemacht haben".
    const noun = describeEvents(await extract(`${lead} soll dem Präsidenten Mikko Rantanen ein Angebot gemacht haben.`));
    expect(noun).toContainEqual(expect.objectContaining({ type: 'intent_to_cooperate', modality: 'reported' }));
    // So is an infinitive that stands for a perfect's participle (grammar substituteInfinitives); without "haben" it is a plan.
    expect(await modalityOf('So soll der lettische Präsident seinen Rivalen Janis Berzins in Riga hinrichten haben lassen.', 'kill')).toBe('reported');
    expect(await modalityOf('Der lettische Präsident soll Bürgermeister Janis Berzins in Riga haben festnehmen lassen.', 'arrest')).toBe('reported');
    expect(await modalityOf('Der lettische Präsident soll seinen Rivalen Janis Berzins in Riga hinrichten lassen.', 'kill')).toBe('planned');
  });

  it('does not take a von-phrase that belongs to a noun for the agent of a passive', async () => {
    const record = await extract(`Während des Besuchs von ${guest.replace('der ', '')} in Riga sind mehrere Demonstranten festgenommen worden.`);
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const sourcesOf = (type: string) =>
      record.events.filter((event) => event.type === type).flatMap((event) => event.participants.filter((participant) => participant.role === 'source').map((participant) => nameOf(participant.entity)));
    // He made the visit, not the arrests.
    expect(sourcesOf('arrest')).not.toContain('Mikko Rantanen');
    expect(sourcesOf('visit')).toContain('Mikko Rantanen');
  });

  it('reads a weak verb\'s participle with an ending inside a noun phrase as attributive, not as its past tense', async () => {
    const record = await extract(`${lead} lobte die Kollegen für die international scharf kritisierten Reformen.`);
    expect(describeEvents(record).find((event) => event.type === 'criticize')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    const finite = await extract(`${lead} und ${guest} kritisierten Russland.`);
    expect(describeEvents(finite).find((event) => event.type === 'criticize')?.participants).toMatchObject({ 'Anna Kalnina': 'source', Russland: 'target' });
  });

  it('gives an attributive participle\'s noun the role the verb gives its object, not the clause subject\'s', async () => {
    const record = await extract(`${lead} sprach am Dienstag mit dem am Freitag festgenommenen Journalisten Jonas Berzins.`);
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const arrest = record.events.find((event) => event.type === 'arrest');
    expect(arrest?.participants.map((participant) => [nameOf(participant.entity), participant.role])).toEqual([['Jonas Berzins', 'target']]);
  });

  it.each([
    // A political actor, so that only the sentence, not the actor, says it is sport.
    [`${lead} traf beim 2:1 (74.) aus der Distanz.`],
    [`${lead} traf kurz vor dem Halbzeitpfiff mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} zusammen.`],
    [`Beim Aufeinandertreffen mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} stand es 6:3.`],
  ])('finds no meeting in a match report\'s sentence: %s', async (text) => {
    expect(describeEvents(await extract(text)).map((event) => event.type)).not.toContain('meeting');
  });

  it('finds no meeting in any sentence of a match report, but keeps one in an article with a single sports word', async () => {
    const guestDative = guest.replace('der', 'dem').replace('Präsident', 'Präsidenten');
    const report = await extract(`Riga gewann das Hinspiel mit 2:1. Nach der Halbzeit glich Riga aus. Am Freitag traf ${lead.replace('Die', 'die')} mit ${guestDative} zusammen.`);
    expect(describeEvents(report).map((event) => event.type)).not.toContain('meeting');
    // A tennis report tells its sports by a compound's last part and a score of several sets.
    const tennis = await extract(`Kalnina spielt beim ATP-Masters-1000-Turnier in Riga. Im Vorjahr gewann sie mit 6:2,7:5. Am Freitag traf ${lead.replace('Die', 'die')} mit ${guestDative} zusammen.`);
    expect(describeEvents(tennis).map((event) => event.type)).not.toContain('meeting');
    const politics = await extract(`Die Zuschauer jubelten. Am Freitag traf ${lead.replace('Die', 'die')} in Helsinki mit ${guestDative} zusammen.`);
    expect(describeEvents(politics).map((event) => event.type)).toContain('meeting');
  });

  it('reads sanctions imposed or tightened as CAMEO 163, closing an embassy as 161, and lifting sanctions as neither', async () => {
    const imposed = describeEvents(await extract('Die EU hat am Montag neue Sanktionen gegen Lettland verhängt.'));
    expect(imposed).toMatchObject([{ type: 'reduce_relations', participants: { 'Europäische Union': 'source', Lettland: 'target' } }]);
    expect((await extract('Die EU hat am Montag neue Sanktionen gegen Lettland verhängt.')).events[0].cameo).toBe('163');
    expect(await typesOf('Die EU will die Sanktionen gegen Lettland am Montag aufheben.')).toEqual([]);
    expect(await modalityOf('Die EU kündigte am Montag Sanktionen gegen Lettland an.', 'reduce_relations')).toBe('planned');
    const closed = await extract('Estland schloss am Montag seine Botschaft in Riga.');
    expect(closed.events.map((event) => event.cameo)).toEqual(['161']);
    expect(await typesOf('Das Geschäft in Riga schloss am Montag.')).toEqual([]);
  });

  it('reads summoning an ambassador as an official complaint (CAMEO 114) against the ambassador\'s state, not an order of goods', async () => {
    const events = describeEvents(await extract('Lettland kritisierte Estland. Das lettische Außenministerium hat am Montag den estnischen Botschafter einbestellt.'));
    expect(events.find((event) => event.trigger === 'einbestellt')).toMatchObject({ type: 'criticize', participants: { 'Lettisches Außenministerium': 'source', Estland: 'target' } });
    expect(await typesOf('Die lettische Firma Kaltex bestellte am Montag neue Maschinen ein.')).toEqual([]);
    // An unnamed official of a state as another verb's object stands for the state too.
    expect(await participantsOf('Estland lobte Lettland. Bürgermeister Janis Berzins kritisierte am Dienstag den estnischen Botschafter.', 'criticize')).toEqual({ 'Janis Berzins': 'source', Estland: 'target' });
  });

  it('reads solidarity or support expressed to someone as endorsement (CAMEO 051), not distrust', async () => {
    expect(await participantsOf('Die EU-Kommission sprach Lettland am Montag ihre Solidarität aus.', 'praise')).toEqual({ 'Europäische Kommission': 'source', Lettland: 'target' });
    expect(await participantsOf('Estland bekundete seine Solidarität mit Lettland.', 'praise')).toEqual({ Estland: 'source', Lettland: 'target' });
    expect(await typesOf('Das Parlament sprach der lettischen Regierung das Misstrauen aus.')).not.toContain('praise');
    // So is standing behind someone.
    expect(await participantsOf('Die Partei Nordtek stellte sich am Montag hinter Bürgermeister Janis Berzins.', 'praise')).toEqual({ Nordtek: 'source', 'Janis Berzins': 'target' });
  });

  it('reads money put at someone\'s disposal as aid to them ("zur Verfügung stellen"), not an office', async () => {
    expect(await participantsOf('Estland stellt Lettland zwei Millionen Euro für den Wiederaufbau zur Verfügung.', 'provide_aid')).toEqual({ Estland: 'source', Lettland: 'target' });
    expect(await typesOf('Die lettische Ministerin Anna Ozola stellte ihr Amt zur Verfügung.')).toEqual([]);
  });

  it('reads tear gas or water cannon used against protesters as repression (CAMEO 175), no machine put to use', async () => {
    const events = describeEvents(await extract('Die lettische Polizei setzte am Abend Tränengas gegen die Demonstranten in Riga ein.'));
    expect(events).toMatchObject([{ type: 'repress', root: '17', participants: { 'Lettische Polizei': 'source' } }]);
    expect(describeEvents(await extract('Die lettische Polizei setzte am Abend neue Fahrzeuge in Riga ein.'))).toEqual([]);
  });

  it('reads an invitation to talks as an offer to meet (CAMEO 036), not one to a reception', async () => {
    const talks = describeEvents(await extract('Lettlands Präsident hat die Regierung Estlands zu Gesprächen über die Grenze eingeladen.'));
    expect(talks).toMatchObject([{ type: 'intent_to_cooperate', trigger: 'eingeladen', participants: { 'Estnische Regierung': 'target' } }]);
    const reception = describeEvents(await extract('Lettlands Präsident hat die Regierung Estlands zu einem Empfang eingeladen.'));
    expect(reception.map((event) => event.type)).not.toContain('intent_to_cooperate');
  });

  it('finds the actor a name particle joined by a hyphen opens, a sentence\'s only name ("al-Nordtek")', async () => {
    const events = describeEvents(await extractWithModel('Die Terrormiliz al-Nordtek drohte mit Angriffen auf Soldaten.'));
    expect(events).toMatchObject([{ type: 'threaten', participants: { 'al-Nordtek': 'source' } }]);
  });

  it('keeps a bombing, a word no match report uses, in an article that is one', async () => {
    const report = await extract('Riga gewann das Hinspiel mit 2:1. Nach der Halbzeit glich Riga aus. Bei dem Anschlag auf den Bahnhof in Tartu starben am Sonntag zwei Menschen.');
    expect(describeEvents(report).map((event) => event.type)).toContain('assault');
  });

  it('keeps a meeting at a clock time, which is no score', async () => {
    const events = describeEvents(await extract(`${lead} traf um 9:30 Uhr ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')}.`));
    expect(events.map((event) => event.type)).toContain('meeting');
  });

  it('reads a name in -s after a common noun as that noun\'s genitive, not as the subject', async () => {
    const record = await extract('Der scheidende Sonderberichterstatter hat den Umgang Israels mit den Gefangenen scharf kritisiert.');
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const sources = record.events.flatMap((event) => event.participants.filter((participant) => participant.role === 'source').map((participant) => nameOf(participant.entity)));
    expect(sources).not.toContain('Israel');
  });

  it('reads a name in -s after a capitalised word the lexicon lacks as that word\'s genitive ("im Nordosten Lettlands")', async () => {
    const record = await extract('Bei einem Bombenanschlag im Nordosten Lettlands sind Dutzende Menschen ums Leben gekommen.');
    expect(describeEvents(record).find((event) => event.type === 'assault')?.participants ?? {}).not.toHaveProperty('Lettland');
  });

  it('takes a genitive name right after a noun trigger as its agent', async () => {
    const record = await extract(`${lead} blieb lange im Amt. Nach dem Rücktritt Kalninas begann die Suche.`);
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    expect(record.events.find((event) => event.type === 'resign')?.participants.map((participant) => nameOf(participant.entity))).toEqual(['Anna Kalnina']);
  });

  it('takes the place after a classifier noun into its phrase and the genitive after a noun trigger as its party', async () => {
    const attack = await extract('Die Armee meldete Gefechte in der Hauptstadt Riga und Angriffe der Miliz auf Kasernen.');
    const nameOf = (id: string) => attack.entities.find((entity) => entity.id === id)?.name;
    const sources = attack.events.flatMap((event) => event.participants.filter((participant) => participant.role === 'source').map((participant) => nameOf(participant.entity)));
    expect(sources).not.toContain('Riga');
    const rapprochement = describeEvents(await extract('Der Papst hat bei der Annäherung der einstigen Erzfeinde Lettland und Finnland vermittelt.'));
    expect(rapprochement).toContainEqual(expect.objectContaining({ type: 'diplomatic_cooperation', participants: { Lettland: 'participant', Finnland: 'participant' } }));
  });

  it('takes a personal pronoun opening the clause for its subject, not the name after the verb', async () => {
    const record = await extract(`${guest.replace('der', 'Der')} kam nach Riga. Er kritisierte die lettische Präsidentin Liga Ozola scharf.`);
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const criticism = record.events.find((event) => event.type === 'criticize');
    expect(Object.fromEntries(criticism!.participants.map((participant) => [nameOf(participant.entity), participant.role]))).toEqual({ 'Mikko Rantanen': 'source', 'Liga Ozola': 'target' });
  });

  it('takes a "sie" opening a sentence for an organisation that opened the sentence before with "Die", unless a woman was named after it', async () => {
    expect(await participantsOf('Die ÖVP traf den finnischen Präsidenten Mikko Rantanen in Riga. Sie kritisierte Russland scharf.', 'criticize')).toEqual({ ÖVP: 'source', Russland: 'target' });
    expect(await participantsOf('Die ÖVP traf die Außenministerin Anna Kalnina in Riga. Sie kritisierte Russland scharf.', 'criticize')).toEqual({ 'Anna Kalnina': 'source', Russland: 'target' });
    // Not one with "Der" or in the middle of its sentence.
    expect(await participantsOf('Am Montag traf die ÖVP den finnischen Präsidenten Mikko Rantanen in Riga. Sie kritisierte Russland scharf.', 'criticize')).toEqual({ Russland: 'target' });
  });

  it('takes the genitive that ends an event noun\'s target phrase for its target ("Angriff auf ein Lager der Miliz X")', async () => {
    expect(await participantsOf('Die Regierung kritisierte Russland. Bei einem Angriff auf ein Behelfslager der lettischen Armee wurden Soldaten verletzt.', 'attack')).toEqual({ 'Lettische Armee': 'target' });
    expect(await participantsOf('Die ÖVP übte Kritik an der Politik der Regierung in Tallinn.', 'criticize')).toEqual({ ÖVP: 'source', 'Estnische Regierung': 'target' });
    // Not a genitive after a phrase of another preposition ("in der Stadt", no target).
    expect((await participantsOf('Die Regierung kritisierte Russland. Bei einem Angriff in der Hauptstadt der Ukraine wurden Soldaten verletzt.', 'attack'))?.Ukraine).toBeUndefined();
  });

  it('reads a name in apposition between commas after a role phrase as part of that phrase, no clause boundary', async () => {
    const text =
      'Finanzminister Janis Berzins und Innenministerin Petra Hollmann streiten. Die Obergrenze soll noch zwischen dem Finanzminister im Kabinett, Janis Berzins, und der Ministerin für Inneres, Petra Hollmann, vereinbart werden.';
    const agreement = describeEvents(await extract(text)).find((event) => event.type === 'sign_agreement');
    expect(agreement).toMatchObject({ modality: 'planned', participants: { 'Janis Berzins': 'participant', 'Petra Hollmann': 'participant' } });
  });

  it('reads a focus phrase before a name as no preposition, and no break between conjuncts (grammar focusPhrases)', async () => {
    // "die Regierung" alone is the one country's the sentence names (institutions ofSoleCountry).
    expect(await participantsOf(`Warum kritisiert ${guest} die Regierung und vor allem Ministerpräsident Andris Ozols so scharf?`, 'criticize')).toEqual({ 'Mikko Rantanen': 'source', 'Finnische Regierung': 'target', 'Andris Ozols': 'target' });
    expect(await participantsOf(`Unter anderem ${guest} hatte die Reform bis zuletzt kritisiert.`, 'criticize')).toEqual({ 'Mikko Rantanen': 'source' });
    expect(await participantsOf(`${lead} kritisierte Estland und insbesondere Finnland.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target', Finnland: 'target' });
  });

  it('reads a participle before the "sein" that closes a verb-final clause as a state passive', async () => {
    expect(await participantsOf(`In der Affäre, in der unter anderem ${guest.replace('der', 'auch der')} beschuldigt ist, wird bald entschieden.`, 'accuse')).toEqual({ 'Mikko Rantanen': 'target' });
  });

  it('reads a list of names with their abbreviations in brackets as one list of partners', async () => {
    const text = 'Die Gespräche führen die Europäische Union (EU), die Europäische Zentralbank (EZB) sowie der Internationale Währungsfonds (IWF).';
    expect(await participantsOf(text, 'consult')).toEqual({ 'Europäische Union': 'participant', 'Europäische Zentralbank': 'participant', 'Internationaler Währungsfonds': 'participant' });
  });

  it('tells a withdrawal of troops (CAMEO 0874) from one of diplomats (166) by its context words, for verb and noun alike', async () => {
    const typeOf = async (text: string) => describeEvents(await extract(text)).map((event) => `${event.type} ${event.root}`);
    expect(await typeOf('Russland will seine Truppen aus Syrien abziehen.')).toEqual(['military_withdrawal 08']);
    expect(await typeOf('Lettland zog seinen Botschafter aus Moskau ab.')).toEqual(['expel 16']);
    expect(await typeOf('Russland kündigte den Abzug der Truppen aus Syrien an.')).toEqual(['military_withdrawal 08']);
    expect(await typeOf('Lettland kündigte den Abzug der Diplomaten aus Moskau an.')).toEqual(['expel 16']);
    expect(await typeOf('Die Miliz begann am Montag mit dem Rückzug ihrer Kämpfer aus der Stadt.')).toEqual(['military_withdrawal 08']);
  });

  it('addresses a demand that names no target to the one who is to perform the act it asks for', async () => {
    expect(await participantsOf(`${lead} forderte am Montag den Rücktritt ${guest.replace('der finnische Präsident', 'des finnischen Präsidenten')}.`, 'demand')).toEqual({ 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' });
    // Not the one an act is done to.
    expect(await participantsOf(`${lead} forderte am Montag die Festnahme ${guest.replace('der finnische Präsident', 'des finnischen Präsidenten')}.`, 'demand')).toEqual({ 'Anna Kalnina': 'source' });
  });

  it('takes the owner of a body in the genitive after an event noun as its agent, by a genitive or a compound front', async () => {
    expect(await participantsOf('Die Hamas begann am Montag mit dem Rückzug der Truppen der Hisbollah aus der Stadt.', 'military_withdrawal')).toEqual({ Hisbollah: 'source' });
    expect(await participantsOf('Die Hamas bestätigte am Montag den Rückzug der Hisbollah-Kämpfer aus der Stadt, wie die Hisbollah mitteilte.', 'military_withdrawal')).toEqual({ Hisbollah: 'source' });
  });

  it('takes a name in the genitive before the verb\'s object noun for its target, and one before the subject noun for no party', async () => {
    expect(await participantsOf(`${lead} kritisierte am Montag Estlands Haltung scharf.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    // Not a genitive after a noun of a phrase, before a determiner: "nach dem Beitritt Estlands die Regeln".
    expect(await participantsOf(`${lead} kritisierte nach dem Beitritt Estlands die Regeln.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source' });
    expect(await participantsOf(`${lead} begrüßte am Montag Estlands Verzicht auf Kontrollen.`, 'praise')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    // "führen Lettlands Autofahrer … Telefonate": the drivers call, not the country, though "führen" looks like an adjective.
    expect(await participantsOf('Und dennoch führen Lettlands Autofahrer täglich rund 900.000 Telefonate ohne Freisprecheinrichtung, sagte der Minister in Riga.', 'phone_call')).toBeUndefined();
  });

  it('reads a noun of time before a name as no kind of it (grammar timeWords), so the name after it is the object', async () => {
    expect(await participantsOf(`${lead} stattet am Wochenende Estland einen Blitzbesuch ab.`, 'visit')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
  });

  it('takes a possessive opening the clause before the noun of a verbal act for the last person of its sex', async () => {
    const text = 'Der lettische Präsident Andris Ozols ist in Riga beliebt. Seine strikte Ablehnung von Ministerpräsident Janis Berzins als Kanzler ist bekannt.';
    expect(await participantsOf(text, 'reject')).toEqual({ 'Andris Ozols': 'source', 'Janis Berzins': 'target' });
    // Not for a woman.
    expect(await participantsOf(text.replace('Seine', 'Ihre'), 'reject')).toEqual({ 'Janis Berzins': 'target' });
  });

  it('reads "Richtung" before a name as its preposition (grammar prepositionNouns)', async () => {
    expect(await participantsOf(`${lead} appellierte am Montag in Richtung EU, die Grenzen zu öffnen.`, 'appeal')).toEqual({ 'Anna Kalnina': 'source', 'Europäische Union': 'target' });
    // Where the travellers go is no traveller.
    expect(await participantsOf('Fast alle ankommenden Menschen reisen über Litauen weiter Richtung EU, sagte der Minister in Riga.', 'visit')).toBeUndefined();
  });

  it('takes who chairs a meeting for a participant (grammar chairNouns)', async () => {
    expect(await participantsOf('Der lettische Minister Janis Berzins hatte zuvor an einer Dringlichkeitssitzung unter Vorsitz der lettischen Regierungschefin Anna Kalnina teilgenommen.', 'meeting')).toEqual({ 'Janis Berzins': 'participant', 'Anna Kalnina': 'participant' });
  });

  it('reads a compound that a body noun heads, or its dative plural, as a body ("Führungsspitze", "Vertretern", grammar bodyNouns)', async () => {
    expect(await participantsOf(`${lead} hat dabei die derzeitige Führungsspitze der Hisbollah öffentlich scharf angegriffen.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Hisbollah: 'target' });
    // And in the dative plural: "mit Vertretern von …" is a partner to meet.
    expect(await participantsOf(`${lead} traf sich am Montag in Riga mit Vertretern von Greenpeace.`, 'meeting')).toEqual({ 'Anna Kalnina': 'participant', Greenpeace: 'participant' });
  });

  it('takes the country of a nationality adjective before an event noun for its agent, where the article names the country', async () => {
    expect(await participantsOf('Die lettischen Angriffe auf Stellungen der Hisbollah gehen weiter, teilte ein Sprecher in Lettland mit.', 'attack')).toEqual({ Lettland: 'source', Hisbollah: 'target' });
    // Where the article names the country's government, that government.
    expect(await participantsOf('Die lettischen Angriffe auf Stellungen der Hisbollah gehen weiter, teilte die Regierung in Lettland mit.', 'attack')).toEqual({ 'Lettische Regierung': 'source', Hisbollah: 'target' });
    // Not where the article names no such country.
    expect(await participantsOf('Die lettischen Angriffe auf Stellungen der Hisbollah gehen weiter, teilte die Hisbollah in Beirut mit.', 'attack')).toEqual({ Hisbollah: 'target' });
  });

  it('finds no event in a noun that names where a statement comes from ("laut der Untersuchung", "dem Bericht zufolge")', async () => {
    expect(await typesOf('Laut der lettischen Untersuchung sind in Lettland weniger Menschen arbeitslos als im Vorjahr.')).toEqual([]);
    expect(await typesOf('Der lettischen Untersuchung zufolge sind in Lettland weniger Menschen arbeitslos als im Vorjahr.')).toEqual([]);
    expect(await typesOf('Die lettische Untersuchung gegen den Minister in Lettland dauert an.')).toEqual(['investigate']);
  });

  it('takes a demonstrative pronoun after a subordinator for the last one named before it (grammar demonstrativePronouns)', async () => {
    expect(await participantsOf('Die FPÖ hatte sich geweigert, mit der SPÖ zu verhandeln, solange diese mit den Grünen spricht.', 'consult')).toEqual({ SPÖ: 'participant', 'Die Grünen – Die Grüne Alternative': 'participant' });
  });

  it('reads a body noun opening the clause as its unnamed subject, unless an organisation follows in the genitive (grammar bodyNouns)', async () => {
    expect(await participantsOf('Die Kommission hat Präsident Mikko Rantanen für seine Haltung in der Flüchtlingsfrage kritisiert.', 'criticize')).toEqual({ 'Mikko Rantanen': 'target' });
    expect(await participantsOf('Die Kommission der Europäischen Union hat Präsident Mikko Rantanen für seine Haltung in der Flüchtlingsfrage kritisiert.', 'criticize')).toEqual({ 'Europäische Union': 'source', 'Mikko Rantanen': 'target' });
  });

  it('keeps a role phrase with a possessor before it in the phrase of the preposition before that possessor', async () => {
    expect(await participantsOf('Im Prozess gegen Südtirols Alt-Landeshauptmann Janis Berzins wegen des Verdachts der Untreue hat Staatsanwalt Mikko Rantanen am Freitag drei Jahre Haft gefordert.', 'demand')).toEqual({ 'Mikko Rantanen': 'source' });
  });

  it('borrows no parties for a symmetric event in the passive whose subject is a common noun, also opening the text', async () => {
    expect(await participantsOf(`${lead} sei der Ansicht, eine Regierung müsse sobald wie möglich gebildet werden.`, 'diplomatic_cooperation')).toEqual({});
    expect(describeEvents(await extract('Eine Koalition soll nach der Wahl in Lettland rasch gebildet werden.')).map((event) => event.type)).toEqual(['diplomatic_cooperation']);
  });

  it('takes no name before an event noun for its agent or target where a genitive of unnamed people after it names the agents', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins hat sich im Mai bei Tumulten im Umfeld einer Demonstration der rechten Identitären den Knöchel gebrochen.', 'protest')).toEqual({});
  });

  it('takes a name in a clause of "sein" and the support verb\'s zu-infinitive for the object: no one is the agent', async () => {
    expect(await participantsOf('Eines ist Präsident Mikko Rantanen nicht zum Vorwurf zu machen.', 'accuse')).toEqual({ 'Mikko Rantanen': 'target' });
    expect(await participantsOf('Präsident Mikko Rantanen hat der Regierung in Riga einen Vorwurf gemacht.', 'accuse')).toEqual({ 'Mikko Rantanen': 'source', 'Lettische Regierung': 'target' });
  });

  it('takes a genitive after the verb\'s object that is a body or a role noun for that object', async () => {
    expect(await participantsOf(`${lead} traf am Montag die Unterhändler der Regierung in Tallinn und der Hisbollah.`, 'meeting')).toEqual({ 'Anna Kalnina': 'participant', 'Estnische Regierung': 'participant', Hisbollah: 'participant' });
  });

  it('takes a von-phrase after a body or institution in the verb\'s object for that object', async () => {
    expect(await participantsOf('Die Opposition in Riga wirft den Truppen von Präsident Mikko Rantanen vor, Giftgas eingesetzt zu haben.', 'accuse')).toEqual({ 'Lettische Opposition': 'source', 'Mikko Rantanen': 'target' });
  });

  it('makes neither the subject nor the speaker of "wir" the agent of an event noun a verb of attitude takes, also in the future ("werden … nicht hinnehmen")', async () => {
    expect(await participantsOf('Der Gewerkschaftschef Janis Berzins sagte: Wir werden diesen Angriff auf unsere Soldaten in Lettland nicht hinnehmen.', 'attack')).toEqual({});
  });

  it('takes an event noun with "ein" right after its clause\'s subordinator for that clause\'s subject, borrowing no agent', async () => {
    expect(await participantsOf('Der Regisseur Janis Berzins fragt in seinem Film in Riga, ob ein Mord ein zerrüttetes Leben retten kann.', 'kill')).toEqual({});
  });

  it('takes a demonstrative pronoun in object position for the last one named before it who takes no part yet', async () => {
    expect(await participantsOf('Das sagte die Regierungschefin Anna Kalnina, die vor der Angelobung des Präsidenten Mikko Rantanen diesen mehrfach kritisiert hatte.', 'criticize')).toEqual({ 'Anna Kalnina': 'source', 'Mikko Rantanen': 'target' });
  });

  it('reads a zu-infinitive after a refusal as not done, with the refusing subject, also after "mit der" (no relative clause)', async () => {
    expect(await describeEvents(await extract('Die FPÖ hatte sich bis zur vergangenen Woche geweigert, mit der SPÖ zu verhandeln.'))).toContainEqual(
      expect.objectContaining({ type: 'negotiate', modality: 'negated', participants: { FPÖ: 'participant', SPÖ: 'participant' } }),
    );
    // So is the object noun of a zu-infinitive after a noun of refusing.
    expect(await modalityOf(`${lead} begründete die Weigerung, mit den Gläubigern Verhandlungen zu führen.`, 'negotiate')).toBe('negated');
  });

  it('takes the subject a possessive before an attributive participle refers to for its agent, when the noun is an act', async () => {
    expect(await participantsOf('Der Ministerpräsident Janis Berzins habe seine mehrfach angedrohte Klage gegen die Regierung nicht eingereicht.', 'threaten')).toEqual({ 'Janis Berzins': 'source' });
    // Not where the noun is a person: the possessive is that person's.
    expect((await participantsOf('Der Ministerpräsident Janis Berzins habe seine kürzlich festgenommene Tochter in Riga besucht, sagte die Polizei.', 'arrest'))?.['Janis Berzins']).toBeUndefined();
  });

  it('reads the object noun of a zu-infinitive that a verb of asking governs as planned', async () => {
    expect(await modalityOf('Die Regierung in Riga hat die Verbündeten aufgefordert, Luftangriffe gegen die Hisbollah im Land zu fliegen.', 'air_strike')).toBe('planned');
    expect(await modalityOf('Die Regierung in Riga hat bestätigt, Luftangriffe gegen die Hisbollah im Land zu fliegen.', 'air_strike')).not.toBe('planned');
  });

  it('reads an event a verb ends or goes on with as under way, whatever the verb\'s plan or negation (cues continuationVerbs)', async () => {
    expect(await modalityOf('Die Staatsanwaltschaft in Riga will die Ermittlungen gegen den Minister Janis Berzins einstellen.', 'investigate')).toBe('asserted');
    expect(await modalityOf('Die Staatsanwaltschaft in Riga stellte die Ermittlungen gegen den Minister Janis Berzins nicht ein.', 'investigate')).toBe('asserted');
    expect(await modalityOf('Die Ermittlungen gegen den Minister Janis Berzins seien noch nicht abgeschlossen, sagte die Polizei in Riga.', 'investigate')).toBe('reported');
    expect(await modalityOf('Die Staatsanwaltschaft in Riga will Ermittlungen gegen den Minister Janis Berzins einleiten.', 'investigate')).toBe('planned');
    // One whose completion was planned is under way too.
    expect(await modalityOf('Die Untersuchung gegen den Minister Janis Berzins sollte ursprünglich im Sommer in Riga fertiggestellt werden.', 'investigate')).toBe('asserted');
  });

  it('takes the modality of an event noun in the genitive of a common noun from its own words: it is presupposed', async () => {
    expect(await modalityOf(`Am Montag ist als Höhepunkt der Reise des Präsidenten Mikko Rantanen eine Messe in Riga vorgesehen.`, 'visit')).toBe('asserted');
    expect(await modalityOf(`Am Montag ist eine Reise des Präsidenten Mikko Rantanen nach Riga vorgesehen.`, 'visit')).toBe('planned');
  });

  it('reads an announcing verb whose particle closes the clause as a plan of its object, not of what a phrase of a time before names', async () => {
    expect(await modalityOf(`${lead} kündigte am Montag in Riga ihren Rücktritt an.`, 'resign')).toBe('planned');
    expect(await modalityOf(`Das kündigte ${lead.replace('Die', 'die')} am Montag nach einem Treffen mit ${guest} an.`, 'meeting')).toBe('asserted');
    // A particle that opens a phrase is no closing particle.
    expect(await modalityOf(`${lead} hat vor dem Parlament in Riga ihren Rücktritt erklärt.`, 'resign')).toBe('asserted');
  });

  it('makes the clause\'s subject a participant of a meeting a preposition of attendance governs, beside the meeting\'s body (grammar attendancePrepositions)', async () => {
    expect(await participantsOf(`${lead} hält sich derzeit zu einem Gipfeltreffen der Afrikanischen Union in Johannesburg auf.`, 'meeting')).toEqual({ 'Anna Kalnina': 'participant', 'Afrikanische Union': 'participant' });
    // Not one a preposition of time governs.
    expect((await participantsOf(`${lead} sprach vor einem Gipfeltreffen der Afrikanischen Union in Johannesburg.`, 'meeting'))?.['Anna Kalnina']).toBeUndefined();
  });

  it('makes the clause\'s subject no party to a rapprochement it takes part in only as mediator: attendance is for meetings', async () => {
    expect(await participantsOf(`${lead} hat bei der Annäherung der einstigen Erzfeinde Estland und Finnland vermittelt.`, 'diplomatic_cooperation')).toEqual({ Estland: 'participant', Finnland: 'participant' });
  });

  it('makes the parties after "zwischen" and a noun of a relation parties of a symmetric act (grammar relationNouns)', async () => {
    expect(await participantsOf('Am Montag wurde der Vertrag zwischen Riga und Tallinn unterzeichnet.', 'sign_agreement')).toEqual({ 'Lettische Regierung': 'participant', 'Estnische Regierung': 'participant' });
  });

  it('makes everyone at a session a participant, no source', async () => {
    expect(await participantsOf(`Bei der Sondersitzung in Brüssel hatte ${lead.replace('Die', 'die')} eine Abkehr von den Sanktionen gefordert.`, 'meeting')).toEqual({ 'Anna Kalnina': 'participant' });
  });

  it('takes a pair after "beide" for the last two of its kind named before (grammar pairNouns)', async () => {
    const countries = 'Lettland sei besorgt angesichts der Lage in Estland.';
    expect(await participantsOf(`${countries} Doch beide Länder hätten ihre militärische Zusammenarbeit verstärkt.`, 'material_cooperation')).toEqual({ Lettland: 'participant', Estland: 'participant' });
    // Persons with a name, not one a role only names (the spokesman who reports on them).
    const persons = `${lead} traf ${guest} in Riga, sagte ein Regierungssprecher. Die beiden Politiker sprachen über die Lage in Syrien.`;
    expect(await participantsOf(persons, 'consult')).toEqual({ 'Anna Kalnina': 'participant', 'Mikko Rantanen': 'participant' });
    // "Beide" alone opening the clause before its verb: two persons.
    expect(await participantsOf(`${lead} traf ${guest} in Riga. Beide sprachen über die Lage in Syrien.`, 'consult')).toEqual({ 'Anna Kalnina': 'participant', 'Mikko Rantanen': 'participant' });
    // Further back than three sentences only where the article names no third person before.
    const filler = 'Die Lage bleibt schwierig. Die Preise steigen. Der Winter kommt. Das Wetter ist schlecht.';
    const far = `${lead} traf ${guest} in Riga. ${filler} Die beiden Politiker sprachen über die Lage in Syrien.`;
    expect(await participantsOf(far, 'consult')).toEqual({ 'Anna Kalnina': 'participant', 'Mikko Rantanen': 'participant' });
    const third = `${lead} traf ${guest} in Riga. Bürgermeister Janis Berzins war nicht dabei. ${filler} Die beiden Politiker sprachen über die Lage in Syrien.`;
    expect(await participantsOf(third, 'consult')).toBeUndefined();
    // A phrase of place names no parties.
    expect(await participantsOf(`${countries} In beiden Ländern wurde über eine Zusammenarbeit verhandelt.`, 'negotiate')).toBeUndefined();
  });

  it('gives the zu-infinitive of an accusation the accused as subject, and reports it as alleged', async () => {
    const record = await extract(`${lead} hat ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} vorgeworfen, die Demonstranten angegriffen zu haben.`);
    const attack = describeEvents(record).find((event) => event.type === 'attack');
    expect(attack).toMatchObject({ modality: 'reported', participants: { 'Mikko Rantanen': 'source' } });
    // So with an event noun the infinitive governs, also of a particle verb ("vorzubereiten"); one announced is planned.
    const noun = describeEvents(await extract('Lettland unterstellt Russland, einen Angriff auf Estland vorzubereiten.')).find((event) => event.type === 'attack');
    expect(noun).toMatchObject({ modality: 'reported', participants: { Russland: 'source', Estland: 'target' } });
    const announced = describeEvents(await extract('Lettland hat angekündigt, einen Angriff auf Estland vorzubereiten.')).find((event) => event.type === 'attack');
    expect(announced?.modality).toBe('planned');
  });

  it('reads "macht X für Y verantwortlich" as an accusation, with X the alleged agent of Y', async () => {
    const blame = describeEvents(await extract('Die lettische Regierung machte Russland für den Anschlag auf die Pipeline verantwortlich.'));
    expect(blame).toContainEqual(expect.objectContaining({ type: 'accuse', participants: { 'Lettische Regierung': 'source', Russland: 'target' } }));
    expect(blame.find((event) => event.type === 'assault')).toMatchObject({ modality: 'reported', participants: { Russland: 'source' } });
    // A subject no name fills still stands before the verb: the name after it is the one blamed.
    const unnamed = describeEvents(await extract('Der Provinzgouverneur machte die PKK für den Anschlag verantwortlich.'));
    expect(unnamed.find((event) => event.type === 'assault')).toMatchObject({ modality: 'reported', participants: { PKK: 'source' } });
    const passive = describeEvents(await extract('Für zwei dieser Anschläge wird Russland verantwortlich gemacht.'));
    expect(passive.find((event) => event.type === 'accuse')?.participants).toEqual({ Russland: 'target' });
    // "machen" alone accuses no one, nor does it make an offer someone else's act; finding those responsible is no blame.
    const offer = describeEvents(await extract('Der finnische Präsident Mikko Rantanen hat Lettland ein Angebot gemacht.'));
    expect(offer.map((event) => event.type)).toEqual(['intent_to_cooperate']);
    const search = describeEvents(await extract('Der UN-Sicherheitsrat will die Verantwortlichen für die Angriffe in Syrien ausfindig machen.'));
    expect(search.map((event) => event.type)).not.toContain('accuse');
  });

  it('gives the zu-infinitive of a request its object as subject, and leaves it open where the object is unknown', async () => {
    const record = await extract(`${lead} forderte ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} auf, die Lieferungen sofort zu stoppen und die Sanktionen zu kritisieren.`);
    expect(describeEvents(record).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Mikko Rantanen': 'source' });
    const open = await extract(`${lead} bat darum, die Regierung nicht zu kritisieren.`);
    expect(describeEvents(open).find((event) => event.type === 'criticize')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
  });

  it('takes an interview turn\'s speaker label for no participant, and the turn\'s "wir" for the speaker', async () => {
    const record = await extract(`Im Interview spricht ${guest.replace('der', '')}. STANDARD: Die Opposition wird in Riga heftig kritisiert. Rantanen: Wir kritisieren die Regierung seit Jahren. Wir werden mit Lettland verhandeln.`);
    const events = describeEvents(record);
    expect(events.some((event) => 'STANDARD' in event.participants)).toBe(false);
    expect(events.filter((event) => event.trigger === 'kritisieren' || event.trigger === 'verhandeln').map((event) => event.participants['Mikko Rantanen'])).toEqual(['source', 'participant']);
  });

  it('takes the "Sie" of the paper\'s turn in an interview for the person interviewed, not the one named last', async () => {
    const text = `Im Interview spricht ${guest.replace('der', '')}. STANDARD: Gestern trafen Sie den lettischen Präsidenten Andris Ozols in Riga. Worauf haben Sie sich mit Ozols geeinigt? Rantanen: Auf eine Grenzpolizei.`;
    const events = describeEvents(await extract(text));
    expect(events.find((event) => event.type === 'diplomatic_cooperation')?.participants).toEqual({ 'Mikko Rantanen': 'participant', 'Andris Ozols': 'participant' });
  });

  it('takes an interview turn\'s "ich" for the speaker', async () => {
    expect(await participantsOf(`Im Interview spricht ${guest.replace('der', '')}. STANDARD: Wie sehen Sie Lettland? Rantanen: Was die Flüchtlinge betrifft, kritisiere ich die Regierung in Riga.`, 'criticize')).toEqual({ 'Mikko Rantanen': 'source', 'Lettische Regierung': 'target' });
    // The form in -e with "ich" is the indicative: the speaker tells of his own act.
    expect(describeEvents(await extract(`Im Interview spricht ${guest.replace('der', '')}. Rantanen: Ich kritisiere die Regierung in Riga.`)).find((event) => event.type === 'criticize')?.modality).toBe('asserted');
    // So is "habe" with "ich" (grammar firstPersonIndicatives), while "sei" reports.
    const modality = async (turn: string) => describeEvents(await extract(`Im Interview spricht ${guest.replace('der', '')}. Rantanen: ${turn}`)).find((event) => event.type === 'criticize')?.modality;
    expect(await modality('Als Minister habe ich die Regierung in Riga kritisiert.')).toBe('asserted');
    expect(await modality('Er sagt, ich sei kritisiert worden.')).toBe('reported');
  });

  it('takes an interview turn\'s "man" for the speaker, and no name in the clause for the subject', async () => {
    expect(await participantsOf(`Im Interview spricht ${guest.replace('der', '')}. Rantanen: Auch Lettland muss man den Vorwurf machen, zu zögern.`, 'accuse')).toEqual({ 'Mikko Rantanen': 'source', Lettland: 'target' });
    // Not in a condition: "wenn man …" is anyone.
    expect(await participantsOf(`Im Interview spricht ${guest.replace('der', '')}. Rantanen: Es ist gut, wenn man Lettland kritisieren muss.`, 'criticize')).toEqual({ Lettland: 'target' });
    // Nor doing a violent or material act: "man" there is anyone; suffering one in the passive, the speaker's side.
    expect(await participantsOf('Bürgermeister Janis Berzins meinte, dass man die Flüchtlinge in Riga ja nicht erschießen könne.', 'kill')).toEqual({});
    expect(await participantsOf('Bürgermeister Janis Berzins meinte, dass man in Riga zum Glück nie entführt worden sei.', 'assault')).toEqual({ 'Janis Berzins': 'target' });
  });

  it('takes the source of an attribution phrase for no participant, and reports what the phrase attributes', async () => {
    const record = await extract('Laut Amnesty International hat die israelische Armee ein Dorf angegriffen. Dem russischen Militär zufolge hat die ukrainische Armee Belgorod angegriffen.');
    expect(describeEvents(record).map((event) => [event.modality, event.participants])).toEqual([
      ['reported', { 'Israelische Armee': 'source' }],
      ['reported', { 'Ukrainische Armee': 'source', Belgorod: 'target' }],
    ]);
  });

  it('reads a compound of an attribution phrase\'s noun as the phrase, its source in front, no name after it', async () => {
    expect(describeEvents(await extract('Lettische Soldaten hatten nach Polizeiangaben den Bürgermeister Janis Berzins in Riga getötet.')).find((event) => event.type === 'kill')).toMatchObject({ modality: 'reported', participants: { 'Janis Berzins': 'target' } });
    expect(await modalityOf('Nach Pentagon-Angaben wurden in Riga am Montag zwei Menschen getötet.', 'kill')).toBe('reported');
    expect(await modalityOf('Einem Zeitungsbericht zufolge hat Lettland am Montag Estland angegriffen.', 'attack')).toBe('reported');
  });

  it('names no reporter for a phrase without a source of its own, not the clause\'s first name', async () => {
    const record = await extract('Dem Bericht zufolge kritisierte der lettische Präsident Andris Ozols am Montag Estland.');
    const criticism = record.events.find((event) => event.type === 'criticize');
    expect(criticism?.modality).toBe('reported');
    expect(criticism?.attribution?.entity).toBeUndefined();
    // One's own account names the clause's subject (grammar ownAccountWords).
    const own = await extract('Die lettische Polizei hat nach eigenen Angaben Präsident Mikko Rantanen in Riga festgenommen.');
    const police = own.entities.find((entity) => entity.name === 'Lettische Polizei')?.id;
    expect(police).toBeDefined();
    expect(own.events.find((event) => event.type === 'arrest')?.attribution?.entity).toBe(police);
  });

  it('reads "Berichten" opening a sentence before "zufolge" as the phrase\'s noun, no reporting verb', async () => {
    expect(await modalityOf('Berichten zufolge nehmen lettische Soldaten an den Kämpfen gegen Estland teil.', 'attack')).toBe('reported');
  });

  it('takes the genitive country in front of a role for part of the person\'s phrase, and ends the name before a country', async () => {
    expect(await participantsOf('Am Dienstag bot Finnlands Innenminister Mikko Rantanen Lettland 80 Polizisten an.', 'intent_to_cooperate')).toEqual({ 'Mikko Rantanen': 'source', Lettland: 'target' });
  });

  it('keeps a list of places with their prepositions in one clause', async () => {
    expect(await participantsOf(`${guest.replace('der', 'Der')} war in Berlin. Von dort aus reiste er in die Türkei, nach Polen, Belgien, die Niederlande und Marokko.`, 'visit')).toEqual({ 'Mikko Rantanen': 'source', Türkei: 'target', Polen: 'target', Belgien: 'target', Niederlande: 'target', Marokko: 'target' });
  });

  it('joins names with "oder" like with "und": "oder" is no adjective in -er', async () => {
    const record = await extract('Menschen in Ungarn, Österreich oder Deutschland begrüßen die Reform.');
    expect(describeEvents(record).find((event) => event.type === 'praise')?.participants ?? {}).toEqual({});
  });

  it('takes the partners of an event noun after its own agent, and none of the clause around its phrase', async () => {
    const record = await extract('Kurz vor dem Besuch von Präsident Mikko Rantanen in Lettland ist der Blogger Juris Ozols aus der Haft entlassen worden.');
    expect(describeEvents(record).find((event) => event.type === 'visit')?.participants).toEqual({ 'Mikko Rantanen': 'source', Lettland: 'target' });
    const meeting = await extract('Anlässlich eines Treffens von Berzins mit Bundespräsident Mikko Rantanen sagte Bürgermeister Janis Berzins, er sei zufrieden.');
    expect(describeEvents(meeting).find((event) => event.type === 'meeting')?.participants).toEqual({ 'Janis Berzins': 'participant', 'Mikko Rantanen': 'participant' });
  });

  it('takes a von-phrase after an institution in the verb\'s phrase for that institution ("gegen die Regierung von …")', async () => {
    expect(await participantsOf('Tausende haben am Sonntag in Riga gegen die Regierung von Premierminister Janis Berzins demonstriert.', 'protest')).toEqual({ 'Janis Berzins': 'target' });
  });

  it('takes a genitive name before an extended attribute and a role for the role\'s possessor', async () => {
    expect(await participantsOf('Erst kritisiert Lettlands durch die Affäre in die Kritik geratener Regierungschef Janis Berzins die Opposition.', 'criticize')).toEqual({ 'Janis Berzins': 'source' });
  });

  it('takes a genitive name after a common noun for that noun\'s attribute, not for the agent of the event noun after it', async () => {
    expect(await participantsOf('Seit einem Jahr fliegen die USA mit Unterstützung Großbritanniens Luftangriffe gegen Stellungen in Syrien.', 'air_strike')).toEqual({ 'Vereinigte Staaten': 'source' });
  });

  it('takes a genitive name before another name for its possessor, no participant', async () => {
    const record = await extract('Nach der Wahl rief Deutschlands geschlagene SPD zu Protesten gegen Finnland auf.');
    // Finnland is the target of the protests called for, not of the call (a PP after a noun is that noun's).
    expect(describeEvents(record).find((event) => event.type === 'appeal')?.participants).toEqual({ SPD: 'source' });
    expect(describeEvents(record).find((event) => event.type === 'protest')?.participants).toEqual({ Finnland: 'target' });
  });

  it('takes an event noun after a preposition of cause for what the clause reacts to, with only its own partners', async () => {
    const reference = describeEvents(await extract('Die Lage sei ernst, so Ministerin Anna Kalnina unter Verweis auf die Anschläge in Paris.'));
    expect(reference.find((event) => event.type === 'assault')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    // Nor is a violent act someone speaks of ("spricht von einem Angriff auf …").
    const spoken = describeEvents(await extract('In einem Blogeintrag spricht die lettische Abgeordnete Anna Kalnina von einem Frontalangriff auf den Hyperlink.'));
    expect(spoken.find((event) => event.type === 'attack')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    // Nor is what a statement is about ("machte zu den Anschlägen keine Angaben"); claiming an attack is claiming it.
    const comment = describeEvents(await extract('Die PKK machte zu den Anschlägen in Riga zunächst keine Angaben.'));
    expect(comment.find((event) => event.type === 'assault')?.participants ?? {}).toEqual({});
    // A reporting verb's "von" or "über" tells what is reported: the reporter did not do it.
    const reported = describeEvents(await extract('Die Süddeutsche Zeitung hatte am Samstag von einer Festnahme in Riga berichtet.'));
    expect(reported.find((event) => event.type === 'arrest')?.participants ?? {}).toEqual({});
    const pressure = describeEvents(await extract('Unter dem Druck der massiven Proteste hatte Ministerin Anna Kalnina die Pläne auf Eis gelegt.'));
    expect(pressure.find((event) => event.type === 'protest')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    const reaction = describeEvents(await extract('Als Reaktion auf den Angriff schloss die lettische Regierung die Grenze.'));
    expect(reaction.find((event) => event.type === 'attack')?.participants ?? {}).toEqual({});
    // "durch" names the means: the clause's subject is no agent of it.
    const means = describeEvents(await extract('Kann der IS durch Luftangriffe der lettischen Armee gestoppt werden?'));
    expect(means.find((event) => event.type === 'air_strike')?.participants ?? {}).not.toHaveProperty('Islamischer Staat');
    const strike = describeEvents(await extract('Die Gewerkschaft hat erneut zu Streiks beim US-Versandhändler Amazon aufgerufen.'));
    expect(strike.find((event) => event.type === 'strike')?.participants).toEqual({ Amazon: 'target' });
  });

  it('reads a person\'s bare name after a preposition and a relative pronoun as the relative clause\'s subject', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins war betrunken. Es war die Nacht, in der Berzins den Minister Juris Ozols angriff.', 'attack')).toEqual({ 'Janis Berzins': 'source', 'Juris Ozols': 'target' });
  });

  it('takes the state named as "die Republik" or "der Staat" for the unnamed subject of its clause', async () => {
    for (const noun of ['die Republik', 'der Staat']) {
      const record = await extract(`Bürgermeister Janis Berzins solle sich darum kümmern, dass ${noun} endlich Geld an die Stadt Riga überweist.`);
      expect(describeEvents(record).filter((event) => event.type === 'provide_aid').flatMap((event) => Object.keys(event.participants))).not.toContain('Janis Berzins');
    }
  });

  it('leaves the names after "und" right after a verb trigger to the next verb', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins hat den Plan vereinbart und den Nachbarstaaten Estland und Litauen mitgeteilt.', 'sign_agreement')).toEqual({ 'Janis Berzins': 'participant' });
  });

  it('takes the von-phrase of an event noun that "comes from" someone for its agent ("Kritik kam von …")', async () => {
    const record = await extract('Scharfe Kritik an Bürgermeister Janis Berzins kam am Montag auch von der lettischen Regierung.');
    expect(describeEvents(record).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Lettische Regierung': 'source', 'Janis Berzins': 'target' });
    // Without the von-phrase the noun has no support verb, and names no act.
    const late = await extract('Die Kritik der Opposition kommt zu spät für die Regierung in Riga, sagte die Ministerin Anna Kalnina am Montag.');
    expect(describeEvents(late).map((event) => event.type)).not.toContain('criticize');
  });

  it('takes a name after the verb of a clause opened by "laut …" for its subject, not for the source the phrase names', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins ist wütend. Laut dem Blatt hat Berzins dem Minister Juris Ozols mit Rücktritt gedroht.', 'threaten')).toEqual({ 'Janis Berzins': 'source', 'Juris Ozols': 'target' });
  });

  it('takes a pronoun after the auxiliary that follows a fronted clause for the subject, and borrows none', async () => {
    expect(await participantsOf('Bürgermeister Janis Berzins vertrat die Auffassung, falls Asylsuchende unter den Tätern gewesen sein sollten, könnten sie ausgewiesen werden.', 'expel')).toEqual({});
  });

  it('reads a name in -s after a relative pronoun as the possessor of the noun after it', async () => {
    const text = 'Die Ministerin Anna Kalnina plant ein Museum. Der Bürgermeister Janis Berzins, der Kalninas Projekt mit Millionen Euro unterstützt, schwieg.';
    // The possessor of the supported project is no supporter; as the owner of the verb's object it is the target.
    expect(describeEvents(await extract(text)).find((event) => event.type === 'provide_aid')?.participants).toEqual({ 'Janis Berzins': 'source', 'Anna Kalnina': 'target' });
  });

  it('takes the phrase after a relative pronoun in the accusative for the relative clause\'s unnamed subject', async () => {
    expect(await participantsOf('Lettland und Estland streiten über einen Pakt, den die Führung der Partei mit der EU geschlossen hat.', 'sign_agreement')).toEqual({ 'Europäische Union': 'participant' });
    // Named by its capital, the leadership is the government.
    expect(await participantsOf('Lettland und Estland streiten über einen Pakt, den die Führung in Riga mit der EU geschlossen hat.', 'sign_agreement')).toEqual({ 'Lettische Regierung': 'participant', 'Europäische Union': 'participant' });
  });

  it('reads a participle as passive where an apposition split it from its "werden", or a headline has no auxiliary', async () => {
    expect(await participantsOf('Zu Beginn des Monats wurde der Rebellenchef Juris Ozols, ein früherer Offizier, bei einem Angriff in Riga getötet.', 'kill')).toEqual({ 'Juris Ozols': 'target' });
    expect(await participantsOf('Lettischer Minister Juris Ozols in Riga getötet', 'kill')).toEqual({ 'Juris Ozols': 'target' });
    // A participle that is also a finite form, after its von-phrase at the headline's end.
    expect(await participantsOf('Lettland von der EU-Kommission verklagt', 'sue')).toEqual({ Lettland: 'target', 'Europäische Kommission': 'source' });
    // A present tense after a quote, whatever "werden" the quote holds, stays active.
    expect(await participantsOf('Im Internet würden Kunden betrogen, kritisiert Minister Juris Ozols.', 'criticize')).toEqual({ 'Juris Ozols': 'source' });
  });

  it('takes a quantifier and a common noun after a plural verb for an unnamed subject', async () => {
    expect(await participantsOf('Und doch werfen einige Blogs mittlerweile Microsoft eine gewisse Scheinheiligkeit vor.', 'accuse')).toEqual({ Microsoft: 'target' });
  });

  it('takes no plural for the subject of a singular verb', async () => {
    const record = await extract('Die lettischen Behörden hatte der finnische Präsident Mikko Rantanen aufgerufen, Beobachter nach Riga zu lassen.');
    expect(describeEvents(record).find((event) => event.type === 'appeal')?.participants).toEqual({ 'Mikko Rantanen': 'source', 'Lettische Behörden': 'target' });
    const plural = await extract('Die lettischen Behörden haben den finnischen Präsidenten Mikko Rantanen aufgerufen, Riga zu verlassen.');
    expect(describeEvents(plural).find((event) => event.type === 'appeal')?.participants).toEqual({ 'Lettische Behörden': 'source', 'Mikko Rantanen': 'target' });
  });

  it('reads a clause that a dash-enclosed aside interrupts as one, without the aside\'s names or cues', async () => {
    const record = await extract('Die EU-Kommission werde die lettische Regierung – und nicht die Bank Citadele – auffordern, das zu erklären.');
    expect(describeEvents(record).find((event) => event.type === 'appeal')).toMatchObject({
      modality: 'planned',
      participants: { 'Europäische Kommission': 'source', 'Lettische Regierung': 'target' },
    });
    // An aside after a part that names no one is an apposition, and names the subject.
    const apposition = await extract('Zwei Regierungsmitglieder – der Finanzminister Janis Berzins und die Ministerin Petra Hollmann – kritisierten die Bank.');
    expect(describeEvents(apposition).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Janis Berzins': 'source', 'Petra Hollmann': 'source' });
  });

  it('reads a clause that a relative clause interrupts between its auxiliary and its closing verb as one', async () => {
    const lead = 'Der lettische Minister Janis Berzins ist umstritten. ';
    // The passive's auxiliary stands before the relative clause: Berzins is the one criticised.
    expect(await participantsOf(`${lead}2014 wurde Berzins von der Opposition wegen einer Reform, die Beamte betraf, sowie wegen seiner Reisen kritisiert.`, 'criticize')).toEqual({ 'Janis Berzins': 'target' });
    // And the words before it give the verb its other reading: a court sentences, and condemns nothing.
    expect(await participantsOf(`${lead}2014 wurde Berzins von einem Gericht wegen einer Reform, die Beamte betraf, sowie wegen Untreue verurteilt.`, 'criticize')).toBeUndefined();
  });

  it('takes an organisation or country the front of a compound event noun names for its actor, where the article names it', async () => {
    const record = await extract('Die Nato und die USA warnten die Rebellen in Syrien. Die US-Luftangriffe auf Mossul gingen weiter. Der Nato-Gipfel in Riga begann am Montag. Die Riga-Anschläge und die Syrien-Konferenz waren Thema.');
    const events = describeEvents(record);
    expect(events.find((event) => event.trigger === 'US-Luftangriffe')?.participants).toEqual({ 'Vereinigte Staaten': 'source', Mossul: 'target' });
    expect(events.find((event) => event.trigger === 'Nato-Gipfel')?.participants).toEqual({ NATO: 'participant' });
    // A person the article names, in front of a meeting, takes part too.
    expect(await participantsOf('Präsident Mikko Rantanen reiste ab. Beim Rantanen-Gipfel in Riga wurde verhandelt.', 'meeting')).toEqual({ 'Mikko Rantanen': 'participant' });
    // Two parties joined in front of a meeting both take part.
    expect(await participantsOf('Die Nato und Lettland stritten. Der Nato-Lettland-Gipfel in Riga begann am Montag.', 'meeting')).toEqual({ NATO: 'participant', Lettland: 'participant' });
    // A city in front is where; a country in front of a meeting its subject.
    for (const event of events.filter((other) => other.trigger === 'Riga-Anschläge' || other.trigger === 'Syrien-Konferenz')) expect(event.participants).toEqual({});
    // An organisation in front of a protest is the protester.
    expect(await participantsOf('Die FPÖ lud ein. Beim FPÖ-Protest vor dem Parlament in Wien wurden Reden gehalten.', 'protest')).toEqual({ FPÖ: 'source' });
    // An organisation in front of a violent verb's compound object is its target, where the agent comes first.
    const strike = 'Die PKK hatte Soldaten getötet. Die lettische Luftwaffe bombardierte am Montag PKK-Stellungen im Nordirak.';
    expect((await participantsOf(strike, 'air_strike'))?.PKK).toBe('target');
    expect((await participantsOf('Die PKK hatte Soldaten getötet. Am Montag bombardierten PKK-Kämpfer Stellungen im Nordirak.', 'air_strike'))?.PKK).toBeUndefined();
    // So is the one in front of the compound noun of an event noun's target phrase.
    expect((await participantsOf('Die PKK hatte Soldaten getötet. Lettland setzte die Luftangriffe auf mutmaßliche PKK-Stellungen fort.', 'air_strike'))?.PKK).toBe('target');
  });

  it('keeps the events of one type apart that name the same entity in other roles (attacks by the IS, fights against it)', async () => {
    const text = 'Die Regierung fürchtet Angriffe der Terrormiliz Islamischer Staat (IS) auf Riga. Lettische Soldaten nehmen an den Kämpfen gegen den IS teil.';
    const attacks = describeEvents(await extract(text)).filter((event) => event.type === 'attack');
    expect(attacks.map((event) => event.participants['Islamischer Staat'])).toEqual(['source', 'target']);
  });

  it('keeps events of one type and the same participants apart whose times name different weekdays', async () => {
    const text = 'Die Nato tagte mehrfach. Am Donnerstag kritisierte die Nato Lettland scharf. Schon in der Nacht auf Dienstag hatte die Nato Lettland kritisiert.';
    expect(describeEvents(await extract(text)).filter((event) => event.type === 'criticize')).toHaveLength(2);
  });

  it('takes the body a role compound\'s front names in the genitive of a meeting for its participant ("beim Treffen der EU-Innenminister")', async () => {
    const text = 'Die EU ist uneins. Die Regierung äußerte sich am Donnerstag beim Treffen der EU-Innenminister in Brüssel.';
    expect(await participantsOf(text, 'meeting')).toEqual({ 'Europäische Union': 'participant' });
  });

  it('takes a planned event that names no one for the next sentence\'s planned event of its type with its parties, which gets its time', async () => {
    const text = 'Riga – Die Lage ist gut. Ein Abkommen soll am Freitag in Riga unterzeichnet werden. Estland und Lettland wollen das Papier gemeinsam unterschreiben.';
    const signings = (await extract(text)).events.filter((event) => event.type === 'sign_agreement');
    expect(signings.map((event) => [event.trigger.text, event.participants.length, event.time?.text])).toEqual([['unterschreiben', 2, 'am Freitag']]);
    // Two past acts of two sentences stay two.
    const past = 'Riga – Die Lage ist ernst. Am Montag wurden in Riga zwei Menschen getötet. Am Dienstag töteten Soldaten Estlands drei Menschen.';
    expect(describeEvents(await extract(past)).filter((event) => event.type === 'kill')).toHaveLength(2);
  });

  it('takes a headline\'s event that names no one for the one the text tells with its participants', async () => {
    const text = 'Polizei nimmt zwei Verdächtige fest\n\nRiga – Eine Woche nach dem Überfall auf ein Juweliergeschäft hat die lettische Polizei zwei Tatverdächtige festgenommen.';
    const arrests = describeEvents(await extract(text)).filter((event) => event.type === 'arrest');
    expect(arrests.map((event) => event.participants)).toEqual([{ 'Lettische Polizei': 'source' }]);
  });

  it('takes a headline\'s event for the text\'s telling that attributes it and names the state otherwise, but keeps two acts of the text apart', async () => {
    const text = 'Russland greift Kiew mit Drohnen an\n\nKiew – In der Nacht hat Russland Kiew mit Drohnen angegriffen, wie die ukrainische Luftwaffe mitteilte.';
    const attacks = describeEvents(await extract(text)).filter((event) => event.type === 'attack');
    expect(attacks.map((event) => [event.trigger, event.modality])).toEqual([['angegriffen', 'reported']]);
    // In the text, the country and its capital's government stay two telling two acts.
    const body = 'Streit an der Grenze\n\nRiga – Moskau warf Lettland am Montag Wortbruch vor. Zudem warf Russland der lettischen Regierung Mitschuld am Streit vor.';
    expect(describeEvents(await extract(body)).filter((event) => event.type === 'accuse')).toHaveLength(2);
    // A headline's unspecified act of a root restates the text's specific one of it: talks as a phone call.
    const call = 'Kalnina und Rantanen sprechen über Grenzfragen\n\nRiga – Die lettische Regierungschefin Anna Kalnina hat am Mittwoch mit dem finnischen Präsidenten Mikko Rantanen telefoniert.';
    expect(describeEvents(await extract(call)).map((event) => event.type)).toEqual(['phone_call']);
    // A member of the government the headline names by its capital.
    const member = 'Tallinn kritisiert lettisches Manöver\n\nTallinn – Estlands Regierungschef Mart Tamm hat ein Manöver Lettlands scharf kritisiert.';
    const criticism = describeEvents(await extract(member)).filter((event) => event.type === 'criticize');
    expect(criticism.map((event) => event.participants)).toEqual([{ 'Mart Tamm': 'source', Lettland: 'target' }]);
  });

  it('reads a denial with a zu-infinitive as a statement without other context (zuInfinitiveAsContext)', async () => {
    expect(await typesOf('Moskau bestritt am Montag, zivile Ziele in Lettland ins Visier genommen zu haben.')).toContain('statement');
    expect(await typesOf('Die lettische Mannschaft bestritt am Montag in Riga das Finale.')).not.toContain('statement');
  });

  it('keeps an event without named participants where the clause counts people, and not where it counts other things', async () => {
    const counted = describeEvents(await extract('Vor dem Parlament protestierten rund 2000 Menschen gegen die Kürzungen.'));
    expect(counted.map((event) => [event.type, event.modality])).toEqual([['protest', 'asserted']]);
    const uncounted = describeEvents(await extract('Vor dem Parlament protestierten Menschen gegen die Kürzungen.'));
    expect(uncounted).toEqual([]);
    const percentage = describeEvents(await extract('Vor dem Parlament protestierten 70 Prozent der Befragten gegen die Kürzungen.'));
    expect(percentage).toEqual([]);
  });

  it('reads "Tote gefordert" as lives claimed, no demand', async () => {
    const record = await extract('Die Offensive der lettischen Armee hat nach einer Bilanz der Staatsanwaltschaft 129 Tote gefordert.');
    expect(describeEvents(record).map((event) => event.type)).not.toContain('demand');
  });

  it('reads "versprechen" with a reflexive pronoun of its subject as expecting, no promise (excludesReflexive)', async () => {
    const expect_ = describeEvents(await extract(`${lead} sagte über Finnland: Wir versprechen uns viel davon.`));
    expect(expect_.map((event) => event.type)).not.toContain('intent_to_cooperate');
    // "uns" without "wir" is the one promised to.
    const promise = describeEvents(await extract(`${lead} versprach uns am Montag Hilfe.`));
    expect(promise.map((event) => event.type)).toContain('intent_to_cooperate');
  });

  it('takes a name after a compound classifier that starts with an abbreviation into that noun\'s phrase', async () => {
    const record = await extract('Gewerkschaften haben gegen den Abbau von Stellen beim US-Industriekonzern General Electric protestiert.');
    const sources = record.events.flatMap((event) => event.participants.filter((participant) => participant.role === 'source'));
    expect(sources).toEqual([]);
  });

  it('takes names inside a parenthesis after a person for the person\'s affiliation, and joins the persons around it', async () => {
    expect(await participantsOf('An der Sitzung nahmen Bürgermeister Theo Quendler (Katholischer Laienrat Lettlands) und Minister Alfred Trendl (Familienverband Finnland) teil.', 'meeting')).toEqual({ 'Theo Quendler': 'participant', 'Alfred Trendl': 'participant' });
  });

  it('takes a name in the second conjunct of a noun trigger\'s genitive for whose act it is', async () => {
    const record = await extract('Appelle des Frauenverbands und seiner Gründerin Anna Kalnina hatten international für Schlagzeilen gesorgt.');
    expect(describeEvents(record).find((event) => event.type === 'appeal')?.participants).toMatchObject({ 'Anna Kalnina': 'source' });
  });

  it('takes a name in the genitive before a common noun for its possessor, not for the one who acts', async () => {
    const family = await extract(`Der Journalist Mikko Rantanen wird vermisst. Rantanens Familie appellierte an die lettische Regierung.`);
    expect(describeEvents(family).find((event) => event.type === 'appeal')?.participants ?? {}).not.toHaveProperty('Mikko Rantanen');
    const left = await extract('Nach der Wahl rief Finnlands geschlagene Linke zu Protesten auf.');
    expect(describeEvents(left).find((event) => event.type === 'appeal')?.participants ?? {}).toEqual({});
    // A name whose own last word ends in -s is no genitive; nor is a possessor before a noun trigger, which is its agent.
    const own = await extract('Der Parteichef Pablo Iglesias kritisierte am Montag die lettische Regierung.');
    expect(describeEvents(own).find((event) => event.type === 'criticize')?.participants).toMatchObject({ 'Pablo Iglesias': 'source' });
    const visit = await extract(`${guest.replace('der', 'Der')} reiste ab. Rantanens Besuch in Lettland endete am Montag.`);
    expect(describeEvents(visit).find((event) => event.type === 'visit')?.participants).toMatchObject({ 'Mikko Rantanen': 'source' });
  });

  it('reads der after a compound noun as its genitive attribute, no subject', async () => {
    const record = await extract(`${lead} kritisierte gestern die Flüchtlingspolitik der finnischen Regierung.`);
    // Whose policy is criticised is the criticism's target.
    expect(describeEvents(record).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source', 'Finnische Regierung': 'target' });
    const protest = await extract('Tausende protestierten gegen die Asylpolitik der lettischen Regierung.');
    expect(describeEvents(protest).flatMap((event) => Object.entries(event.participants)).filter(([, role]) => role === 'source')).toEqual([]);
  });

  it('lets a city be visited, but not praised: places that are no country fill only the roles their event type gives them', async () => {
    const participantsOf = async (text: string, type: string) => describeEvents(await extract(text)).find((event) => event.type === type)?.participants;
    expect(await participantsOf(`${lead} besuchte Salzburg am Montag.`, 'visit')).toEqual({ 'Anna Kalnina': 'source', Salzburg: 'target' });
    expect(await participantsOf(`${lead} besuchte am Montag Salzburg.`, 'visit')).toEqual({ 'Anna Kalnina': 'source', Salzburg: 'target' });
    expect(await participantsOf(`${lead} lobte Salzburg am Montag.`, 'praise')).toEqual({ 'Anna Kalnina': 'source' });
    expect(await participantsOf(`${lead} lobte Finnland am Montag.`, 'praise')).toEqual({ 'Anna Kalnina': 'source', Finnland: 'target' });
  });

  it('reads "drohen" as a threat, not where a punishment or failure looms', async () => {
    expect(await typesOf(`${lead} drohte ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} mit Sanktionen.`)).toContain('threaten');
    expect(await typesOf(`${lead} drohen im Falle einer Verurteilung bis zu drei Jahre Haft.`)).not.toContain('threaten');
    expect(await typesOf(`Für ${lead.replace('Die', 'die')} droht die Koalition zu scheitern.`)).not.toContain('threaten');
  });

  it('reads "drohen" with a zu-infinitive in its own clause as "about to", with a comma first as a threat', async () => {
    expect(await typesOf(`${lead} drohte am Samstag abzustürzen.`)).not.toContain('threaten');
    expect(await typesOf(`${lead} drohte, die Fabrik zu schließen.`)).toContain('threaten');
    // Verb-final, the zu-infinitive stands right before it.
    expect(await typesOf('Das betrifft vor allem Estland, das unter das neue Gesetz zu fallen droht.')).not.toContain('threaten');
  });

  it('reads a participant-less passive in the next sentence, opened by a definite phrase, as the event told again, with its time', async () => {
    const record = await extract('Die lettische Polizei hat in Riga zwei Tatverdächtige festgenommen. Die Männer wurden am 22. September in Wohnungen verhaftet, wie ein Sprecher mitteilte.');
    expect(record.events.filter((event) => event.type === 'arrest').map((event) => [event.trigger.text, event.time?.text])).toEqual([['festgenommen', 'am 22. September']]);
    // Not one in a relative clause, which may tell of more.
    const more = await extract('Die lettische Polizei hat in Riga einen Mann festgenommen. Der Mann sei unter den Verdächtigen, die seit den Angriffen am Donnerstag verhaftet wurden.');
    expect(more.events.filter((event) => event.type === 'arrest')).toHaveLength(2);
  });

  it('takes "beide" right after a trigger\'s verb past an opening phrase for the pair, and keeps the text\'s telling of a headline\'s event, in the time of the event before it', async () => {
    const text = 'Kalnina und Tamm unterzeichnen Abkommen\n\nRiga – Die lettische Regierungschefin Anna Kalnina und der estnische Regierungschef Jaan Tamm haben sich am Dienstag in Riga getroffen. Bei dem Treffen unterzeichneten beide eine Absichtserklärung über den Ausbau der Bahnstrecke.';
    const record = await extract(text, '2025-03-12T10:00:00+01:00');
    const signing = record.events.filter((event) => event.type === 'sign_agreement');
    expect(signing.map((event) => [event.trigger.text, event.time?.value])).toEqual([['unterzeichneten', '2025-03-11']]);
    expect(describeEvents(record).find((event) => event.type === 'sign_agreement')?.participants).toEqual({ 'Anna Kalnina': 'participant', 'Jaan Tamm': 'participant' });
  });

  it('reads canvassing for approval or support as an appeal, and for customers as none (trigger data)', async () => {
    expect(await participantsOf('Außenministerin Anna Kalnina warb im Plenum in Riga um Zustimmung.', 'appeal')).toEqual({ 'Anna Kalnina': 'source' });
    expect(await typesOf('Die lettische Firma Latvijas Balzams wirbt in Riga um neue Kunden.')).not.toContain('appeal');
  });

  it('reads suspects caught by the police as an arrest, and a decision taken as none (trigger data)', async () => {
    const record = await extract('Die zwei Tatverdächtigen wurden am 22. September in Riga gefasst, wie die lettische Polizei mitteilte.');
    expect(record.events.filter((event) => event.type === 'arrest').map((event) => event.time?.text)).toEqual(['am 22. September']);
    expect(await typesOf('Die lettische Regierung hat am Montag in Riga einen Beschluss gefasst, den die Polizei begrüßt.')).not.toContain('arrest');
  });

  it('finds no visit in visitors, and no investigation in research', async () => {
    // Travelling and arriving are visits only of a named actor (needsAgent): not of migrants or trains.
    expect(await typesOf('Die 28-jährige Italienerin reiste vor einem Jahr nach Syrien.')).not.toContain('visit');
    expect(await typesOf('In Gornja Radgona warteten fast 1.000 Menschen auf die Weiterreise nach Estland.')).not.toContain('visit');
    expect(await typesOf(`${lead} reiste am Montag nach Helsinki.`)).toContain('visit');
    expect(await typesOf(`${lead} begrüßte die Besucher des Parlaments.`)).not.toContain('visit');
    // Attending a school or a course is no visit.
    expect(await typesOf(`${lead} hat in Riga die Schule besucht.`)).not.toContain('visit');
    expect(await typesOf(`${lead} und andere Forscher untersuchten die Pupillenform von 214 Spezies.`)).not.toContain('investigate');
    expect(await typesOf(`Untersucht hat ${lead.replace('Die', 'die')} die Eigenschaften der Teilchen.`)).not.toContain('investigate');
    // The same for trigger nouns.
    expect(await typesOf(`${lead} stellte eine Studie mit Untersuchungen an 200 Probanden vor.`)).not.toContain('investigate');
    // Figures a poll determines, and a feeling a picture conveys.
    expect(await typesOf(`Insgesamt ermittelte ${lead.replace('Die', 'die')} 55 Prozent für den Verbleib.`)).not.toContain('investigate');
    expect(await typesOf(`${lead} vermittelt in ihren Reden das Gefühl von Sicherheit.`)).not.toContain('mediate');
    expect(await typesOf(`${lead} vermittelt zwischen Finnland und Estland.`)).toContain('mediate');
    expect(await typesOf(`${lead} untersuchte die Vorwürfe gegen ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')}.`)).toContain('investigate');
    // Idioms and other senses: well advised, a convicted offender, suicide.
    expect(await typesOf(`${lead} sagte, man sei gut beraten, mit Finnland nicht zu streiten.`)).not.toContain('consult');
    expect(await typesOf('Ein in Riga verurteilter Straftäter könnte in Estland auf freiem Fuß sein.')).not.toContain('criticize');
    expect(await typesOf(`${lead} sagte, das sei politischer Selbstmord für Estland.`)).not.toContain('kill');
    expect(await typesOf('Im nächsten Jahr soll der Angriff des FC Riga auf den Titel erfolgen.')).not.toContain('attack');
    // Attacking someone sharply in words is criticism; an attack on a freedom, or a housing offensive, is no use of force.
    expect(await typesOf(`${lead} griff ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} in einer Rede scharf an.`)).toEqual(['criticize']);
    expect(await typesOf('Die Armee Estlands griff am Montag die Stellungen der Rebellen an.')).toContain('attack');
    expect(await typesOf(`${lead} nannte das Gesetz einen Angriff auf die Pressefreiheit in Estland.`)).not.toContain('attack');
    expect(await typesOf(`${lead} kündigte in Riga eine Wohnbauoffensive an.`)).not.toContain('attack');
    // Conveying a message is no mediation; a retailer's offer is no intent to cooperate.
    expect(await typesOf(`Diese Botschaft will ${lead.replace('Die', 'die')} in Riga vermitteln.`)).not.toContain('mediate');
    // "ins Treffen führen" brings an argument forward (excludesPrecededBy); "vor dem Treffen" is still a meeting.
    expect(await typesOf('Die lettische Regierung führt ein weiteres Argument gegen Finnland ins Treffen.')).not.toContain('meeting');
    expect(await typesOf(`${lead} sprach vor dem Treffen mit ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')}.`)).toContain('meeting');
    // Mediation needs a conflict, sides or talks in sight (requiresContext): teaching is none.
    expect(await typesOf(`Damit kann ${lead.replace('Die', 'die')} den Mädchen in Riga auch Technik vermitteln.`)).not.toContain('mediate');
    expect(await typesOf(`${lead} vermittelte im Streit um die Fischereirechte in Riga.`)).toContain('mediate');
    expect(await typesOf('Die Elektronikhändler in Riga bieten einen neuen Expressversand an.')).not.toContain('intent_to_cooperate');
    // Showing figures in a balance, or identifying oneself, is no expulsion.
    expect(await typesOf('Die Banken Estlands weisen Problemkredite im Volumen von 20 Milliarden Euro aus.')).not.toContain('expel');
    expect(await typesOf('Die Polizisten hätten sich in Riga nicht ausgewiesen.')).not.toContain('expel');
    expect(await typesOf('Lettland wies den Vertrag als Erfolg der Regierung aus.')).not.toContain('expel');
    expect(await typesOf(`${lead} hat zwei Diplomaten aus Estland ausgewiesen.`)).toContain('expel');
    // A first-person form opening the sentence is a formula ("Danke für …").
    expect(await typesOf(`Danke für Ihre Hinweise an ${lead.replace('Die', 'die')}!`)).not.toContain('praise');
    expect(await typesOf(`${lead} dankte Estland für die Hilfe.`)).toContain('praise');
    // Backing a demand or a proposal is no aid, even in a sentence about money.
    expect(await typesOf(`${lead} würde die Forderung des Investors nach mehr Geld unterstützen.`)).not.toContain('provide_aid');
    expect(await typesOf(`${lead} unterstützt Estland mit Millionen Euro.`)).toContain('provide_aid');
    // Taking part is a meeting only in a meeting (requiresContext): not in games, races or a lottery.
    expect(await typesOf(`${lead} hat schon sechs Mal an Olympischen Spielen teilgenommen.`)).not.toContain('meeting');
    expect(await typesOf(`${lead} nahm am Montag an der Sondersitzung in Riga teil.`)).toContain('meeting');
    // Receiving mail or a broadcast is no hosting of a guest.
    expect(await typesOf(`${lead} hat die E-Mails als Ministerin empfangen und versandt.`)).not.toContain('host_visit');
    expect(await typesOf(`${lead} kann den Sender über Satellit empfangen.`)).not.toContain('host_visit');
    expect(await typesOf(`${lead} will die öffentlich-rechtlichen Programme in Riga entschlüsselt empfangen.`)).not.toContain('host_visit');
    expect(await typesOf(`${lead} hat die Flüchtlinge in Riga in Empfang genommen.`)).not.toContain('host_visit');
    expect(await typesOf(`${lead} empfing ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')} in Riga.`)).toContain('host_visit');
  });

  it('finds an offer of help, not a shop\'s offer to its customers', async () => {
    expect(await typesOf(`${lead} bot ${guest.replace('der', 'dem').replace('Präsident', 'Präsidenten')} 80 Polizisten für die Grenze an.`)).toContain('intent_to_cooperate');
    expect(await typesOf(`${lead} bietet ihren Kunden ab Montag kostenloses Internet an.`)).not.toContain('intent_to_cooperate');
  });

  it('takes "er" right after the verb for the subject, standing for a person named before its clause', async () => {
    expect(await participantsOf(`${guest.replace('der', 'Der')} kam nach Riga. Der lettischen Regierungschefin Anna Kalnina warf er Versagen vor.`, 'accuse')).toEqual({ 'Mikko Rantanen': 'source', 'Anna Kalnina': 'target' });
  });

  it('takes an actor phrase without a name opening the clause for its subject, so the name after the verb is its object', async () => {
    const main = await extract('Das Militär des Nachbarlandes drohte Estland am Samstag mit Vergeltung.');
    expect(describeEvents(main).find((event) => event.type === 'threaten')?.participants).toEqual({ Estland: 'target' });
    const subordinate = await extract('Der Sender meldete, dass die Polizei Oppositionsführer Mikko Rantanen festgenommen habe.');
    expect(describeEvents(subordinate).find((event) => event.type === 'arrest')?.participants).toEqual({ 'Mikko Rantanen': 'target' });
    // So is a collective noun for people (grammar personNouns), compounds included.
    const organisation = await extract('Die Menschenrechtsorganisation Freie Presse forderte die Regierung des Königreichs Bahrain zum Handeln auf.');
    expect(describeEvents(organisation).find((event) => event.type === 'appeal')?.participants).toEqual({ 'Bahrainische Regierung': 'target' });
    // A bare plural person noun right before the verb is such a phrase too.
    const critics = await extract('Kritiker werfen Präsident Mikko Rantanen immer wieder vor, die Presse zu unterdrücken.');
    expect(describeEvents(critics).find((event) => event.type === 'accuse')?.participants).toEqual({ 'Mikko Rantanen': 'target' });
    const governments = await extract('Westliche Regierungen werfen Estland vor, die Presse zu unterdrücken.');
    expect(describeEvents(governments).find((event) => event.type === 'accuse')?.participants).toEqual({ Estland: 'target' });
    // A number before it counts like an adjective (grammar numberWords, or figures).
    const crowd = await extract('5.000 Anhänger empfingen Präsident Mikko Rantanen in Riga.');
    expect(describeEvents(crowd).find((event) => event.type === 'host_visit')?.participants).toEqual({ 'Mikko Rantanen': 'target' });
    // A finite verb after a conjunction heads a clause of its own, with its own subject.
    const coordinated = await extract('Die Regierung hat die Lage verschärft und Estland fordert einen Einsatz der Nato.');
    expect(describeEvents(coordinated).find((event) => event.type === 'demand')?.participants).toMatchObject({ Estland: 'source' });
    // Not a participle the first conjunct's auxiliary also governs.
    const shared = await extract('Die Staatsanwaltschaft hatte die Todesstrafe angestrebt und Präsident Mikko Rantanen 165 Mal angeklagt.');
    expect(describeEvents(shared).find((event) => event.type === 'accuse')?.participants).toEqual({ 'Mikko Rantanen': 'target' });
    // A name right after the role noun is its apposition, and the subject.
    const apposition = await extract('Die Regierungschefin Anna Kalnina kritisierte Estland scharf.');
    expect(describeEvents(apposition).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
  });

  it('finds a meeting in "treffen" only with a partner: a name, "sich", or a role noun after the verb', async () => {
    expect(await typesOf(`${lead} traf mit ihrer Kritik den Kern der Sache.`)).not.toContain('meeting');
    expect(await typesOf('Die Krise hat die lettische Regierungschefin Anna Kalnina schwer getroffen.')).not.toContain('meeting');
    expect(await typesOf(`${lead} traf am Montag die Unterhändler der Opposition.`)).toContain('meeting');
    // A person noun that is no office makes a partner too (grammar personNouns), but not inside another phrase.
    expect(await typesOf(`${lead} traf am Montag ihren Amtskollegen.`)).toContain('meeting');
    expect(await typesOf(`${lead} traf bei den Amtskollegen auf Widerstand.`)).not.toContain('meeting');
    expect(await typesOf(`${lead} und ${guest} trafen sich in Riga.`)).toContain('meeting');
    expect(await typesOf(`${lead} traf am Montag ${guest.replace('der', 'den').replace('Präsident', 'Präsidenten')}.`)).toContain('meeting');
  });

  it('finds a consultation in "sprechen" only with a partner, not in someone speaking of or about something', async () => {
    expect(await typesOf(`${lead} sprach von einem großen Erfolg.`)).not.toContain('consult');
    expect(await typesOf(`${lead} sprach in ihrer Rede über die Lage an der Grenze.`)).not.toContain('consult');
    // The speaker's own role is no partner.
    expect(await typesOf(`In einem Blogeintrag spricht ${lead.replace('Die', 'die')} über die Reform.`)).not.toContain('consult');
    expect(await typesOf(`${lead} will in der kommenden Woche mit dem Bildungsministerium sprechen.`)).toContain('consult');
    expect(await typesOf(`${lead} habe mit ihm darüber noch nicht gesprochen.`)).toContain('consult');
    expect(await typesOf('Die beiden Staatsführer sprachen am Mittwoch über eine engere Kooperation.')).toContain('consult');
    // "mit" opens a partner phrase of "sprechen" (partnerPrepositions), unless it is a particle or a noun takes it.
    expect(await typesOf(`${lead} habe mit mehr als vierzig Gemeinden gesprochen.`)).toContain('consult');
    expect(await typesOf(`Das teilte ${lead} mit und sprach von einem Erfolg.`)).not.toContain('consult');
    expect(await typesOf(`${lead} sprach im Zusammenhang mit der Reform von einem Erfolg.`)).not.toContain('consult');
    // "in ganz Lettland": the quantifier keeps the phrase's preposition too (grammar placeQuantifiers).
    expect(await typesOf(`${lead} sprach über Plünderungen in ganz Lettland.`)).not.toContain('consult');
    // A name in an extended attribute keeps the phrase's preposition ("im vom Krieg gebeutelten Jemen"): no partner.
    expect(await typesOf(`${lead} spricht über Plünderungen und Zerstörungen im vom Krieg gebeutelten Jemen.`)).not.toContain('consult');
  });

  it('reads a von-phrase after a role noun opening the clause as the side of its unnamed subject, after a name as affiliation', async () => {
    const side = await extract('Abgeordnete von CSU und SPD hatten am Wochenende einen Stopp gefordert.');
    expect(describeEvents(side).find((event) => event.type === 'demand')?.participants).toEqual({ CSU: 'source', SPD: 'source' });
    const affiliation = await extract(`Einen Stopp der Reform forderte auch ${lead.replace('Die', 'die')} von der Nato.`);
    expect(describeEvents(affiliation).find((event) => event.type === 'demand')?.participants).toEqual({ 'Anna Kalnina': 'source' });
    // So is a genitive after a body's noun there (grammar bodyNouns), not after any noun.
    expect(await participantsOf('Der Rat der Europäischen Zentralbank (EZB) kommt am Sonntag zu einer Krisensitzung zusammen.', 'meeting')).toEqual({ 'Europäische Zentralbank': 'participant' });
    expect(await participantsOf('Die Zukunft der SPÖ kommt am Sonntag bei einer Sitzung zur Sprache.', 'meeting') ?? {}).toEqual({});
    // Also after a body noun that alone names a kind of actor: "Die Staaten der EU".
    expect(await participantsOf('Die Sanktionen wurden verlängert. Die Staaten der Europäischen Union kritisierten Lettland.', 'criticize')).toEqual({ 'Europäische Union': 'source', Lettland: 'target' });
  });

  it('takes up a person named before by a role noun alone: the same role or one it heads, singular, stated in the text', async () => {
    const roles = async (text: string, type: string) => describeEvents(await extract(text)).find((event) => event.type === type && 'Tallinn' in event.participants)?.participants;
    expect(await roles(`${lead.replace('Regierungschefin', 'Außenministerin')} besuchte Helsinki. Im März will die Ministerin nach Tallinn reisen.`, 'visit')).toEqual({
      'Anna Kalnina': 'source',
      Tallinn: 'target',
    });
    // No Präsident is a Ministerpräsident, and a plural names nobody.
    expect((await roles('Der lettische Ministerpräsident Andris Ozols besuchte Helsinki. Am Montag reiste der Präsident nach Tallinn.', 'visit'))?.['Andris Ozols']).toBeUndefined();
    expect((await roles(`${lead} traf Unterhändler. Die Minister kritisierten die Regierung in Tallinn.`, 'criticize'))?.['Anna Kalnina']).toBeUndefined();
    // A name before a role phrase with its own determiner is no possessor of that role.
    const appeal = describeEvents(await extract('Der rumänische Premier Victor Ponta steht unter Druck. Danach forderte Staatschef Klaus Johannis den Premier zum Rücktritt auf.')).find((event) => event.type === 'appeal');
    expect(appeal?.participants).toEqual({ 'Klaus Johannis': 'source', 'Victor Ponta': 'target' });
    // "ist … zurückgetreten und wird …": the werden of the next clause makes no passive.
    const resign = describeEvents(await extract('Der lettische Ministerpräsident Andris Ozols ist nicht zurückgetreten und wird weiterhin Vorsitzender der Partei sein.')).find((event) => event.type === 'resign');
    expect(resign?.participants).toEqual({ 'Andris Ozols': 'source' });
    // "man" is an unnamed subject: the name is the one acted on.
    const generic = describeEvents(await extract('Auch Estland muss man den Vorwurf der Untätigkeit machen.')).find((event) => event.type === 'accuse');
    expect(generic?.participants).toEqual({ Estland: 'target' });
    // With the trigger last, a pronoun right after the auxiliary is the subject ("Kunden hat er … versprochen").
    const promised = describeEvents(await extract(`${lead.replace('Regierungschefin Anna Kalnina', 'Präsident Andris Ozols')} kam nach Riga. Estland hat er am Montag neue Hilfen versprochen.`));
    expect(promised.find((event) => event.type === 'intent_to_cooperate')?.participants).toEqual({ 'Andris Ozols': 'source', Estland: 'target' });
    // A zu-infinitive's subject is the pronoun that opens its governing clause.
    const announced = describeEvents(await extract(`${lead} nahm an dem Gipfel teil. Sie kündigte an, im April nach Tallinn zu reisen.`));
    expect(announced.find((event) => event.type === 'visit')?.participants).toEqual({ 'Anna Kalnina': 'source', Tallinn: 'target' });
    // A genitive after the role noun makes it another body's office.
    expect((await roles(`${lead.replace('Regierungschefin', 'Ministerin')} besuchte Helsinki. Die Ministerin des Nachbarlandes kritisierte Tallinn.`, 'criticize'))?.['Anna Kalnina']).toBeUndefined();
  });

  it('reads the genitive of a noun as its agent, or as the one acted on where the trigger says so (slots.genitive)', async () => {
    const roles = async (text: string, type: string) => describeEvents(await extract(text)).find((event) => event.type === type)?.participants;
    expect(await roles('Die Festnahme des finnischen Präsidenten Mikko Rantanen sorgte für Empörung.', 'arrest')).toEqual({ 'Mikko Rantanen': 'target' });
    expect(await roles('Der Rücktritt des finnischen Präsidenten Mikko Rantanen sorgte für Empörung.', 'resign')).toEqual({ 'Mikko Rantanen': 'source' });
  });

  it('takes the first part of a hyphenated compound for the event only when the lexicon does not know the head', async () => {
    // A request for an arrest is no arrest.
    expect(await typesOf('Eine Entscheidung über das Festnahme-Ersuchen gegen den finnischen Präsidenten Mikko Rantanen fiel.')).not.toContain('arrest');
    expect(await typesOf(`${lead} und ${guest} kamen zum Gipfel-Showdown nach Riga.`)).toContain('meeting');
  });

  it('keeps a pronoun subject in its slot: unresolved, plural, or the polite "Sie"', async () => {
    const appeal = (record: OkRecord) => describeEvents(record).find((event) => event.type === 'appeal')?.participants;
    // An unresolved "sie" is still the subject, so the name after the verb is the one called on.
    const unnamed = await extract('Eine Studentin protestierte. Abschließend forderte sie Präsident Mikko Rantanen auf, zurückzutreten.');
    expect(appeal(unnamed)).toEqual({ 'Mikko Rantanen': 'target' });
    const criticism = (record: OkRecord) => describeEvents(record).find((event) => event.type === 'criticize')?.participants;
    // A plural verb makes "sie" several people, none of them the person named before.
    const plural = await extract(`${lead} legte einen Plan vor. Sie kritisierten die Regierung scharf.`);
    expect(criticism(plural)?.['Anna Kalnina']).toBeUndefined();
    const singular = await extract(`${lead} legte einen Plan vor. Sie kritisierte die Regierung scharf.`);
    // "die Regierung" alone is the one country's the text names (institutions ofSoleCountry).
    expect(criticism(singular)).toEqual({ 'Anna Kalnina': 'source', 'Lettische Regierung': 'target' });
    // Inside a sentence a capitalised "Sie" addresses someone, whatever the verb's number.
    const polite = await extract(`${lead} gab der Zeitung ein Interview. Warum kritisieren Sie die Regierung so scharf?`);
    expect(criticism(polite)).toEqual({ 'Anna Kalnina': 'source', 'Lettische Regierung': 'target' });
  });

  it('lets "er" stand for a man and "sie" for a woman, told by the first name or by the role\'s form', async () => {
    const critic = async (text: string) => Object.keys(describeEvents(await extract(text)).find((event) => event.type === 'criticize')?.participants ?? {});
    // By first name (the statistical tagger finds names without roles): the most recent person is a woman, so "er" is
    // the man before her.
    const tagged = await loadPipeline('news-de');
    const taggedCritic = (text: string) => {
      const record = tagged.extract({ id: 'sex', text });
      if (record.status !== 'ok') throw new Error(`expected an ok record, got ${record.status}`);
      return Object.keys(describeEvents(record).find((event) => event.type === 'criticize')?.participants ?? {});
    };
    const meeting = 'Mikko Rantanen traf am Montag in Riga Anna Kalnina.';
    expect(taggedCritic(`${meeting} Danach kritisierte er die Opposition scharf.`)).toEqual(['Mikko Rantanen']);
    expect(taggedCritic(`${meeting} Danach kritisierte sie die Opposition scharf.`)).toEqual(['Anna Kalnina']);
    // "Kim" is given to both sexes; the roles (Präsident, Regierungschefin) tell them apart.
    const kims = 'Der finnische Präsident Kim Rantanen traf die lettische Regierungschefin Kim Kalnina.';
    expect(await critic(`${kims} Danach kritisierte er die Opposition scharf.`)).toEqual(['Kim Rantanen']);
    expect(await critic(`${kims} Danach kritisierte sie die Opposition scharf.`)).toEqual(['Kim Kalnina']);
  });

  it('reads an organisation named in -s after the noun that classifies it as the name, not a genitive ("die Partei Podemos")', async () => {
    // The statistical tagger finds the party nobody listed; the rules say which phrase it stands in.
    const record = await extractWithModel('In Spanien hat die Partei Podemos am Montag die SPD scharf kritisiert.');
    expect(describeEvents(record).find((event) => event.type === 'criticize')?.participants).toEqual({ Podemos: 'source', SPD: 'target' });
  });

  it('takes a listed party\'s one-word name before another name for the noun that classifies that one ("die Linkspartei Podemos")', async () => {
    const record = await extractWithModel('In Madrid hat die Linkspartei Podemos am Montag Verhandlungen mit der Sozialistischen Arbeiterpartei aufgenommen.');
    expect(record.entities.map((entity) => entity.name)).not.toContain('Die Linke');
    // Alone it still names the listed party.
    const alone = await extract('In Berlin hat die Linkspartei am Montag die Regierung kritisiert.');
    expect(alone.entities.map((entity) => entity.name)).toContain('Die Linke');
  });

  it('takes a name in a zu-infinitive clause of its own for an object, and the subject from the governing clause', async () => {
    expect(await participantsOf('Der Sprecher Jonas Brandl kündigte an, Präsident Barack Obama zu verklagen.', 'sue')).toEqual({ 'Jonas Brandl': 'source', 'Barack Obama': 'target' });
  });

  it('reads the act a threat names ("drohte mit Luftschlägen") as part of the threat, not as an event of its own', async () => {
    const record = await extract('Der türkische Regierungschef Ahmet Davutoglu drohte den Kämpfern mit Luftschlägen.');
    expect(describeEvents(record).map((event) => event.type)).toEqual(['threaten']);
    // The same noun without a threat is an event.
    const strikes = await extract('Der türkische Regierungschef Ahmet Davutoglu ordnete Luftschläge gegen die Kämpfer an.');
    expect(describeEvents(strikes).map((event) => event.type)).toContain('air_strike');
  });

  it('reads no rapprochement into a space probe approaching a planet', async () => {
    const record = await extractWithModel('Mithilfe des Kamerasystems Long Range Reconnaissance Imager entstanden die Bilder kurz vor der größten Annäherung der Sonde an den Zwergplaneten.');
    expect(describeEvents(record).map((event) => event.type)).not.toContain('diplomatic_cooperation');
  });

  it('reads a plural noun after a plural verb as the subject, and one name after it as no apposition of it', async () => {
    const record = await extract('Die Abgeordneten stellten einen Antrag gegen die Finanzreferentin Gaby Schaunig. In der Begründung werfen die Abgeordneten Schaunig vor, untätig geblieben zu sein.');
    const accused = Object.entries(describeEvents(record).find((event) => event.type === 'accuse')?.participants ?? {});
    expect(accused.map(([name, role]) => [name.split(' ').at(-1), role])).toEqual([['Schaunig', 'target']]);
    // Two names after the plural noun are its apposition, and the subject (the tagger finds the second).
    const listed = await extractWithModel('Am Montag kritisierten die Abgeordneten Anna Kalnina und Janis Berzins die Regierung.');
    expect(describeEvents(listed).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source', 'Janis Berzins': 'source' });
  });

  it('reads a participle that opens its clause before "sein" as a statal passive ("Angeklagt ist …")', async () => {
    expect(await participantsOf('Angeklagt ist der frühere Bürgermeister Janis Berzins.', 'accuse')).toEqual({ 'Janis Berzins': 'target' });
  });

  it('reads a name after a compound front cut off before "und" as it reads one after the whole compound', async () => {
    const tagged = await loadPipeline('news-de');
    const meetingWith = (firm: string) => {
      const record = tagged.extract({ id: 'firm', text: `Die Regierungschefin Anna Kalnina traf am Montag die Chefs der ${firm} Deloitte.` });
      if (record.status !== 'ok') throw new Error(`expected an ok record, got ${record.status}`);
      return describeEvents(record).find((event) => event.type === 'meeting')?.participants;
    };
    const whole = meetingWith('Steuerberatungsgesellschaft');
    expect(whole).toMatchObject({ 'Anna Kalnina': 'participant' });
    expect(meetingWith('Wirtschaftsprüfungs- und Steuerberatungsgesellschaft')).toEqual(whole);
  });

  it('gives an event noun no partner from a prepositional phrase in front of it, except a fronted "gegen"', async () => {
    const onward = await extract('In Estland hofften indes tausende Menschen auf den Besuch des finnischen Präsidenten Mikko Rantanen.');
    expect(describeEvents(onward).find((event) => event.type === 'visit')?.participants).toEqual({ 'Mikko Rantanen': 'source' });
    const inquiry = await extract('Gegen die lettische Regierungschefin Anna Kalnina seien Ermittlungen eingeleitet worden.');
    expect(describeEvents(inquiry).find((event) => event.type === 'investigate')?.participants).toEqual({ 'Anna Kalnina': 'target' });
  });

  it('takes no part for a name in the genitive of a role noun that "sein" makes the predicate ("war Regierungschef Lettlands")', async () => {
    const text = 'Der Politiker Janis Berzins trat ab. Der Politiker war lange Regierungschef Lettlands und wurde für die Praktiken kritisiert.';
    expect((await participantsOf(text, 'criticize')) ?? {}).not.toHaveProperty('Lettland');
    // With a participle "sein" is the perfect's auxiliary, and the role phrase the subject.
    expect(await participantsOf('Die Lage ist ernst. Dort sind Außenminister Estlands und Lettlands zusammengetroffen.', 'meeting')).toEqual({ Estland: 'participant', Lettland: 'participant' });
  });

  it('takes the place a visit goes to after "nach" or "auf" too (trigger slots), and after "im" for "in" (grammar contractedPrepositions)', async () => {
    expect(await participantsOf(`${lead} kam am Montag zu einem Besuch im kalten Estland an.`, 'visit')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    // Also after the visitor's von-phrase.
    const during = await participantsOf('Während des Besuchs von Präsident Mikko Rantanen im kalten Estland wurden Dissidenten festgenommen.', 'visit');
    expect(during).toEqual({ 'Mikko Rantanen': 'source', Estland: 'target' });
    expect(await participantsOf(`${lead} kommt am Mittwoch zu einem zweitägigen Besuch nach Estland.`, 'visit')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    expect(await participantsOf(`Das sagte ${lead.replace('Die', 'die')} bei einem Besuch auf der Insel Sizilien.`, 'visit')).toMatchObject({ 'Anna Kalnina': 'source', Sizilien: 'target' });
  });

  it('does not make the clause subject the agent of an event noun that opens the sentence, unless a possessive points to it', async () => {
    const attacks = await extract('Die Anschläge auf die Zeitung in Riga haben die lettische Regierungschefin Anna Kalnina zu einer Reise veranlasst.');
    expect(describeEvents(attacks).find((event) => event.type === 'assault')?.participants['Anna Kalnina']).toBeUndefined();
    const visit = await extract('Ihren ersten Besuch in Finnland machte die lettische Regierungschefin Anna Kalnina im Mai.');
    expect(describeEvents(visit).find((event) => event.type === 'visit')?.participants).toMatchObject({ 'Anna Kalnina': 'source' });
  });

  it('takes a masculine actor right after the verb for its subject, so what stands before the verb is the object', async () => {
    const visit = await extract('Lettland besucht der finnische Präsident Mikko Rantanen im Mai.');
    expect(describeEvents(visit).find((event) => event.type === 'visit')?.participants).toEqual({ 'Mikko Rantanen': 'source', Lettland: 'target' });
    // Before an opening actor phrase ("Die Regierung"), which is then the object.
    const criticism = await extract('Die Regierung in Riga kritisierte der finnische Präsident Mikko Rantanen scharf.');
    expect(describeEvents(criticism).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Mikko Rantanen': 'source', 'Lettische Regierung': 'target' });
    // With a feminine noun "der" is a dative: "dankte der Präsidentin".
    const thanks = await extract('Die lettische Regierungschefin Anna Kalnina dankte der finnischen Präsidentin Aino Rantanen.');
    expect(describeEvents(thanks).find((event) => event.type === 'praise')?.participants).toEqual({ 'Anna Kalnina': 'source', 'Aino Rantanen': 'target' });
  });

  it('reads "der" before a feminine or plural country as its dative, not as the subject (places.jsonl gender)', async () => {
    expect(await participantsOf('Am Montag warf der Türkei die lettische Regierungschefin Anna Kalnina Versagen vor.', 'accuse')).toEqual({ 'Anna Kalnina': 'source', Türkei: 'target' });
  });

  it('does not make the asker the agent of an event noun a demand or appeal asks for, or a condemnation reacts to (event-types.json objectEventOfOthers)', async () => {
    const asked = await extract(`${lead} forderte eine Untersuchung der Vorfälle.`);
    expect(describeEvents(asked).find((event) => event.type === 'investigate')?.participants['Anna Kalnina']).toBeUndefined();
    // An accusation says who did it: the accused, alleged; in the passive its subject.
    const accused = await extract(`${lead} warf Russland Angriffe auf die Grenze vor.`);
    expect(describeEvents(accused).find((event) => event.type === 'attack')).toMatchObject({ modality: 'reported', participants: { Russland: 'source' } });
    const charged = await extract(`${guest.replace('der', 'Der')} ist des Mordes angeklagt.`);
    expect(describeEvents(charged).find((event) => event.type === 'kill')?.participants).toEqual({ 'Mikko Rantanen': 'source' });
    // A condemnation reacts to someone else's act.
    const condemned = await extract(`${lead} verurteilte den Anschlag in Paris scharf.`);
    expect(describeEvents(condemned).flatMap((event) => (event.type === 'assault' ? Object.keys(event.participants) : []))).not.toContain('Anna Kalnina');
    // Fearing or preventing an event is no doing it (grammar eventAttitudeVerbs); the passive keeps its subject the actor.
    const feared = await extract(`${lead} befürchtet die Festnahme von Abgeordneten in Riga.`);
    expect(describeEvents(feared).find((event) => event.type === 'arrest')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    // Nor is drawing or taking one upon oneself ("halst sich Proteste auf", "kassierte eine Absage").
    for (const text of [`${lead} halst sich nun zusätzliche Proteste von links auf.`, `${lead} kassierte eine Absage der Opposition.`]) {
      expect(describeEvents(await extract(text)).flatMap((event) => Object.entries(event.participants))).not.toContainEqual(['Anna Kalnina', 'source']);
    }
    const expected = await extract(`${lead} wird am Sonntag zu einem Besuch in Helsinki erwartet.`);
    expect(describeEvents(expected).find((event) => event.type === 'visit')?.participants).toMatchObject({ 'Anna Kalnina': 'source' });
    // A noun in another phrase is the setting, and its partners stay.
    const setting = await extract(`${lead} forderte bei der Sondersitzung in Riga eine Abkehr vom Kurs.`);
    expect(describeEvents(setting).find((event) => event.type === 'meeting')?.participants).toHaveProperty('Anna Kalnina');
  });

  it('finds a verbal defence in "rechtfertigen" only with an actor, not where a thing justifies another (needsAgent)', async () => {
    expect(await typesOf('Das rechtfertigt keine Eingriffe in die Freiheit der Presse.')).not.toContain('defend_verbally');
    expect(await typesOf(`${lead} rechtfertigte ihre Entscheidung.`)).toContain('defend_verbally');
    // A promise or offer without an actor is mostly a shop's ("verspricht man die Lieferung").
    expect(await typesOf('Am Samstag verspricht man bei einem Kauf die Lieferung bis 19 Uhr.')).not.toContain('intent_to_cooperate');
    expect(await typesOf(`${lead} versprach der Opposition neue Gespräche.`)).toContain('intent_to_cooperate');
    // A call needs a caller or callee named: fraudsters' calls to petrol stations are no phone diplomacy.
    expect(await typesOf('Nach Erkenntnissen der Ermittler sollen sie durch manipulierte Anrufe bei Tankstellen Codes erbeutet haben.')).not.toContain('phone_call');
    expect(await typesOf(`${guest.replace('der', 'Der')} soll nach einem Anruf bei der lettischen Regierungschefin Anna Kalnina eingelenkt haben.`)).toContain('phone_call');
    // The parties of a symmetric event are actors too; a player's contract names none.
    expect(await typesOf('Der 26-Jährige unterschrieb am Montag beim Aufsteiger.')).not.toContain('sign_agreement');
    expect(await typesOf(`${lead} und ${guest} hatten selbst unterschrieben.`)).toContain('sign_agreement');
  });

  it('reads a contract or ruling "angegriffen" as challenged in court, not attacked (excludesContext)', async () => {
    expect(await typesOf('Im Juni 2015 war der vor Gericht angegriffene Tarifvertrag noch gültig.')).not.toContain('attack');
    expect(await typesOf('Im Juni 2015 wurde der angegriffene Stützpunkt in Riga geräumt.')).toContain('attack');
  });

  it('reads showing something to someone as no protest (excludesContext "gegenüber" of "demonstrieren")', async () => {
    expect(await typesOf('In seiner Garage hat Bürgermeister Janis Berzins ein Auto mit einer eigenen Software ausgestattet, wie er gegenüber Journalisten in Riga demonstriert.')).not.toContain('protest');
    expect(await typesOf('Vor dem Parlament in Riga demonstrierten am Montag Tausende gegen die Regierung.')).toContain('protest');
  });

  it('reads an excludesContext word also as the head of a compound whose front is a noun ("Tagesoption"), not inside another word', async () => {
    expect(await typesOf('Estland will Lettland ab April eine Tagesoption anbieten.')).not.toContain('intent_to_cooperate');
    expect(await typesOf('Estland will Lettland ab April Gespräche anbieten.')).toContain('intent_to_cooperate');
  });

  it('reads the context of a sentence that names no thing in the sentence before (excludesContext)', async () => {
    const motion = 'Die Grünen im Landtag von Riga unterstützten einen Antrag der Opposition zur Senkung der Mieten.';
    expect(await typesOf(`${motion} Klubobfrau Anna Kalnina und Ilze Ozola hatten selbst unterschrieben.`)).not.toContain('sign_agreement');
    // A sentence that names what was signed stands on its own.
    expect(await typesOf(`${motion} Klubobfrau Anna Kalnina und Ilze Ozola hatten das Abkommen mit Estland unterschrieben.`)).toContain('sign_agreement');
  });

  it('reads a verb with a complement clause right after it in its other sense (excludesClauseAfter)', async () => {
    expect(await typesOf(`Um zu demonstrieren, dass sie es ernst meint, reiste ${lead.replace('Die', 'die')} am Montag nach Brüssel.`)).not.toContain('protest');
    expect(await typesOf('Am Montag demonstrierten in Riga Tausende gegen die Regierung.')).toContain('protest');
    // Also past the words that close the verb's own clause: ruling out that something happens rejects nothing.
    expect(await typesOf('Nicht ausgeschlossen wird, dass Lettland die Verhandlungen mit Estland abbricht.')).not.toContain('reject');
    expect(await typesOf('Lettland schloss aus, dass die Verhandlungen mit Estland weitergehen.')).not.toContain('reject');
    expect(await typesOf('Lettland schloss weitere Verhandlungen mit Estland aus.')).toContain('reject');
  });

  it('drops a cooperation among persons or organisations named without role or sector in an article that names no political actor (politicalOnly)', async () => {
    const modelTypes = async (text: string) => describeEvents(await extractWithModel(text)).map((event) => event.type);
    const collaboration = 'In den Siebzigerjahren arbeitete Tomas Lindqvist mehrfach mit Arne Sörberg zusammen.';
    expect(await modelTypes(collaboration)).not.toContain('material_cooperation');
    expect(await modelTypes(`${collaboration} Beide waren Mitglieder der SPÖ.`)).toContain('material_cooperation');
    // So is an organisation's promise when nothing tells its sector.
    const offer = 'Der Autofahrerclub Mobilix verspricht seinen Mitgliedern ab Montag kostenlose Prüfungen.';
    expect(await modelTypes(offer)).not.toContain('intent_to_cooperate');
    expect(await modelTypes(`${offer} Die ÖVP begrüßte das.`)).toContain('intent_to_cooperate');
    // A union has a sector, even one of no set political weight: its promise stays.
    expect(await modelTypes('Die Gewerkschaft Metallia verspricht ihren Mitgliedern ab Montag kostenlose Beratung.')).toContain('intent_to_cooperate');
  });

  it('takes no lexicalised compound of a trigger noun for the event (excludesContext)', async () => {
    expect(await typesOf(`Am Montag sagte ${lead.replace('Die', 'die')}, Lettland dürfe nicht ins Hintertreffen geraten.`)).not.toContain('meeting');
    expect(await typesOf('Am Montag hat die Landesregierung die private Zimmervermittlung in Riga deutlich höher besteuert.')).not.toContain('mediate');
    expect(await typesOf(`Am Montag trafen sich ${lead.replace('Die', 'die')} und ${guest} zu einem Krisentreffen in Riga.`)).toContain('meeting');
  });

  it('reads a context word also after a compound\'s hyphen, and news that arrives as no visit (excludesContext)', async () => {
    // "droht Lettland eine EU-Strafe": a fine looms, nobody threatens.
    expect(await typesOf('Im Streit um die Pensionen droht Lettland am Montag möglicherweise eine EU-Strafe.')).not.toContain('threaten');
    expect(await typesOf(`${lead} war gerade in Riga gelandet – da traf am Montag die Nachricht ein.`)).not.toContain('visit');
    expect(await typesOf(`${lead} traf am Montag zu einem Besuch in Helsinki ein.`)).toContain('visit');
  });

  it('takes a pronoun for an unnamed person introduced after a named one of another role (grammar singularPersonNouns)', async () => {
    const story = (speaker: string) =>
      `Das berichtete ${speaker} Roman Hahsler am Montag in Wien. Der 37-jährige Verkäufer hatte das Falschgeld in seiner Wohnung versteckt. Am Abend wurde er in Wien festgenommen.`;
    const targets = async (text: string) => describeEvents(await extractWithModel(text)).flatMap((event) => (event.type === 'arrest' ? Object.keys(event.participants) : []));
    // The police spokesman is not the seller: "er" is the seller, whom no name gives.
    expect(await targets(story('Polizeisprecher'))).not.toContain('Roman Hahsler');
    // Named without a role, he may be the one "der Verkäufer" describes, so "er" still takes him up.
    expect(await targets(story('').replace('berichtete  ', 'berichtete '))).toContain('Roman Hahsler');
  });

  it('takes a pronoun for someone a role or person noun with an indefinite article brings in, not for one it predicates', async () => {
    const sources = async (text: string) => describeEvents(await extractWithModel(text)).flatMap((event) => (event.type === 'praise' ? Object.keys(event.participants) : []));
    const story = (middle: string) => `Die Schauspielerin sprach über Roman Hahsler. ${middle} Er lobte die Serie in den höchsten Tönen.`;
    expect(await sources(story('Nach der ersten Staffel sprachen wir mit einem hochrangigen Politiker.'))).not.toContain('Roman Hahsler');
    expect(await sources(story('Er ist ein hochrangiger Politiker.'))).toContain('Roman Hahsler');
  });

  it('gives a resignation no one it is done to (event-types.json roles)', async () => {
    const record = await extractWithModel('Nach der Rochade um den Rücktritt von Martina Kalnina will auch die ÖVP für die Stadträtin der zweitstärksten Fraktion stimmen.');
    expect(describeEvents(record).find((event) => event.type === 'resign')?.participants).toEqual({ 'Martina Kalnina': 'source' });
  });

  it('reads "ist gefordert" as a state (challenged), "ist gefordert worden" as the demand (stateWithSein)', async () => {
    expect(await typesOf(`Nun ist ${lead.replace('Die', 'die')} gefordert.`)).not.toContain('demand');
    expect(await typesOf(`Von ${lead.replace('Die lettische Regierungschefin', 'der lettischen Regierungschefin')} ist mehr Geld gefordert worden.`)).toContain('demand');
  });

  it('takes no work or product (MISC) for an actor (config participantTypes)', async () => {
    const record = await extractWithModel('Der neue Sachsen-Tatort über einen Mord in der Volksmusikszene hat einige Sänger verärgert.');
    expect(record.entities.map((entity) => `${entity.name}:${entity.type}`)).toContain('Sachsen-Tatort:MISC');
    expect(describeEvents(record).flatMap((event) => Object.keys(event.participants))).not.toContain('Sachsen-Tatort');
  });

  it('takes a violent event in a phrase of time for the setting, not the subject\'s act; a visit there stays the subject\'s', async () => {
    const attacks = await extract(`Nach den Anschlägen in Riga dachte ${lead.replace('Die', 'die')} über neue Gesetze nach.`);
    expect(describeEvents(attacks).find((event) => event.type === 'assault')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    // Also as the genitive of a noun in that phrase ("nach Beginn einer Offensive").
    const offensive = await extract(`Einen Tag nach Beginn einer Offensive gegen die Rebellen ist ${lead.replace('Die', 'die')} nach Riga zurückgekehrt.`);
    expect(describeEvents(offensive).find((event) => event.type === 'attack')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    const visit = await extract(`Das sagte ${lead.replace('Die', 'die')} bei einem Besuch in Helsinki.`);
    expect(describeEvents(visit).find((event) => event.type === 'visit')?.participants).toMatchObject({ 'Anna Kalnina': 'source' });
  });

  it('takes a name opening the clause with a common noun between it and the verb for no participant ("X Preis würdigt")', async () => {
    const text = 'Der lettische Präsident Andris Ozols stiftete einen Preis. Andris Ozols Preis würdigt den finnischen Präsidenten Mikko Rantanen.';
    expect(await participantsOf(text, 'praise')).toEqual({ 'Mikko Rantanen': 'target' });
  });

  it('takes no single name for the subject of a relative clause that ends in a plural finite verb', async () => {
    const text = `${lead} lobte die Abgeordneten, die Ozols in den ersten Tagen scharf kritisiert hatten.`;
    expect((await participantsOf(`Der lettische Präsident Andris Ozols sprach. ${text}`, 'criticize'))?.['Andris Ozols']).toBe('target');
    // A singular one keeps the name the subject.
    const singular = `Der lettische Präsident Andris Ozols sprach. ${lead} lobte die Abgeordneten, die Ozols in den ersten Tagen scharf kritisiert hat.`;
    expect((await participantsOf(singular, 'criticize'))?.['Andris Ozols']).toBe('source');
  });

  it('takes a relative pronoun for the noun before its comma: a name there is the subject, a common noun leaves it unnamed', async () => {
    const killing = await extract(`${lead} war selbst im Visier des Mannes, der auf seiner Fahrt drei Menschen tötete.`);
    expect(describeEvents(killing).find((event) => event.type === 'kill')?.participants ?? {}).not.toHaveProperty('Anna Kalnina');
    const demand = await extract(`Das bestätigte ${lead.replace('Die', 'die')}, die zuletzt Neuwahlen gefordert hatte.`);
    expect(describeEvents(demand).find((event) => event.type === 'demand')?.participants).toEqual({ 'Anna Kalnina': 'source' });
  });

  it('takes the subject of a main clause that a relative clause interrupts from before that clause, not after its verb', async () => {
    const text = `${guest.replace('der', 'Der')}, der am Montag in Riga eingetroffen war, kritisierte wiederum Kalnina scharf.`;
    expect(await participantsOf(`${lead} sprach in Riga. ${text}`, 'criticize')).toEqual({ 'Mikko Rantanen': 'source', 'Anna Kalnina': 'target' });
    // Not where the part before is no noun phrase of its own, nor in the passive.
    expect(await participantsOf(`${lead} sprach in Riga. Am Montag, der ein Feiertag war, kritisierte Kalnina den Präsidenten.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source' });
    // With no name after the verb, the subject is borrowed from before the relative clause, not from inside it; so is
    // the possessor of an event noun there.
    expect(await participantsOf(`${guest.replace('der', 'Der')}, den Kalnina in Riga getroffen hatte, kritisierte am Montag die Regierung in Tallinn.`, 'criticize')).toMatchObject({ 'Mikko Rantanen': 'source' });
    expect(await participantsOf('Der lettische Präsident Andris Ozols, den Kalnina in Riga getroffen hatte, erklärte am Montag seinen Rücktritt.', 'resign')).toEqual({ 'Andris Ozols': 'source' });
  });

  it('does not make the clause subject the agent of an event noun it reacts to ("wegen", "trotz")', async () => {
    const record = await extract(`${lead} äußerte sich trotz der Kritik des finnischen Präsidenten Mikko Rantanen zufrieden.`);
    const criticism = describeEvents(record).find((event) => event.type === 'criticize');
    expect(criticism?.participants['Anna Kalnina']).toBeUndefined();
  });

  it('reads an event noun in a phrase attached to a noun of cause as the cause ("wegen Beteiligung an … Morden")', async () => {
    const record = await extract('Gegen den lettischen Abgeordneten Jānis Kalniņš wurde Haftbefehl erlassen wegen Beteiligung an terroristischen Morden.');
    expect(describeEvents(record).find((event) => event.type === 'kill')?.participants['Jānis Kalniņš']).toBeUndefined();
  });

  it('gives an event without a time of its own the scene time of the event told just before it', async () => {
    const record = await extract(`${lead} ist am Dienstag zu einem Besuch in Helsinki eingetroffen. Dort wurde sie von ${guest.replace('der finnische', 'dem finnischen').replace('Präsident', 'Präsidenten')} empfangen.`, '2025-03-06');
    const reception = record.events.find((event) => event.trigger.text === 'empfangen');
    expect(reception?.time).toMatchObject({ text: 'am Dienstag', value: '2025-03-04' });
    // A time far from publication is background and is not passed on.
    const background = await extract(`${lead} war im Juni 2012 in Helsinki zu Besuch. Dort wurde sie von ${guest.replace('der finnische', 'dem finnischen').replace('Präsident', 'Präsidenten')} empfangen.`, '2025-03-06');
    expect(background.events.find((event) => event.trigger.text === 'empfangen')?.time).toBeUndefined();
  });

  it('leaves a PP the trigger does not ask for, right after a common noun, to that noun; one the trigger asks for, or "an" after a message, stays the verb\'s', async () => {
    const sanctions = await extract(`${lead} hat sich mit Estland auf eine Verlängerung der Sanktionen gegen Moldau geeinigt.`);
    expect(describeEvents(sanctions).find((event) => event.trigger === 'geeinigt')?.participants).toEqual({ 'Anna Kalnina': 'participant', Estland: 'participant' });
    const partnership = await extract(`${lead} lobt die Partnerschaft mit Estland.`);
    expect(describeEvents(partnership).find((event) => event.type === 'praise')?.participants).toEqual({ 'Anna Kalnina': 'source' });
    const protest = await extract('Tausende Menschen protestierten in Riga gegen Estland.');
    expect(describeEvents(protest).find((event) => event.type === 'protest')?.participants).toEqual({ Estland: 'target' });
    const note = await extract(`${lead} hat in einer Note an Estland die Auslieferung des Mannes gefordert.`);
    expect(describeEvents(note).find((event) => event.type === 'demand')?.participants).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
  });

  it('reads a person named with a feminine title after "der" as dative or genitive, never the subject', async () => {
    const record = await extract('Die Partei erteilte nicht nur Huber, sondern auch der Ersten Landtagspräsidentin Anna Berg eine Absage.');
    expect(describeEvents(record).find((event) => event.type === 'reject')?.participants).toMatchObject({ 'Anna Berg': 'target' });
  });

  it('keeps a short parenthesis inside the clause: a party after a name takes no part, an abbreviation after a noun stands in its phrase', async () => {
    // A person opening the sentence before a bracket is no dateline ("Wien (APA) – …").
    const party = await extract('Regierungschefin Anna Kalnina (JV) kritisierte am Montag Estland.');
    expect(describeEvents(party).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    const coordinated = await extract(`${lead} (JV) und ${guest} (KOK) kritisierten am Montag Estland.`);
    expect(describeEvents(coordinated).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source', 'Mikko Rantanen': 'source', Estland: 'target' });
    const venue = await extract(`${lead} kritisierte am Montag Estland vor dem Menschenrechtsrat (UNHRC) in Genf.`);
    expect(describeEvents(venue).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
  });

  it('reads a hyphenated adjective ("pro-russischen") as an adjective, so the name after it keeps the genitive of its phrase', async () => {
    const investigation = await extract('Am Montag hat die Staatsanwaltschaft in Riga gegen den Chef der pro-russischen Oppositionspartei SPD ermittelt.');
    expect(describeEvents(investigation).flatMap((event) => Object.keys(event.participants))).not.toContain('SPD');
    const criticism = await extract(`Am Montag kritisierte ${lead.replace('Die', 'die')} den Chef der pro-russischen Oppositionspartei SPD.`);
    expect(describeEvents(criticism).find((event) => event.type === 'criticize')?.participants).toEqual({ 'Anna Kalnina': 'source' });
  });

  it('borrows no subject into a relative clause after a preposition; a name before its comma takes the preposition\'s part', async () => {
    const motion = await extract(`${lead} unterstützte am Montag einen Antrag, in dem gefordert wurde, die Wahl zu wiederholen.`);
    expect(describeEvents(motion).find((event) => event.type === 'demand')?.participants).toEqual({});
    const partner = await extract(`Das sagte ${guest}, mit dem ${lead.replace('Die', 'die')} seit Jahren eng zusammenarbeitet.`);
    expect(describeEvents(partner).find((event) => event.type === 'material_cooperation')?.participants).toEqual({ 'Anna Kalnina': 'participant', 'Mikko Rantanen': 'participant' });
    const accusation = await extract('Die ÖVP befürchtet die Festnahme von Abgeordneten ihrer Fraktion, gegen die vor allem Terrorvorwürfe erhoben werden.');
    expect(describeEvents(accusation).find((event) => event.type === 'accuse')?.participants ?? {}).toEqual({});
  });

  it('makes a place the grammar reads as a visit\'s actor its destination (event-types.json placeActorRole)', async () => {
    const jets = await extract('Die amerikanischen Kampfjets besuchen Litauen und Estland.');
    expect(describeEvents(jets).find((event) => event.type === 'visit')?.participants).toEqual({ Litauen: 'target', Estland: 'target' });
    const visit = await extract(`${lead} besuchte am Montag Estland.`);
    expect(describeEvents(visit).find((event) => event.type === 'visit')?.participants).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
  });

  it('denies an event noun that denied evidence points to (cues evidenceNouns), before or after it', async () => {
    expect(await modalityOf('Die Polizei in Riga teilte am Montag mit, es gebe keine Hinweise auf einen Terroranschlag.', 'assault')).toBe('negated');
    expect(await modalityOf('Die Polizei in Riga teilte am Montag mit: Für einen Terroranschlag gebe es keine konkreten Hinweise.', 'assault')).toBe('negated');
    // Evidence not denied denies nothing.
    expect(await modalityOf('Die Polizei in Riga teilte am Montag mit, es gebe Hinweise auf einen Terroranschlag.', 'assault')).not.toBe('negated');
  });

  it('reads an event noun the clause prepares for ("stellt sich auf … ein") as expected', async () => {
    expect(await modalityOf('Die Gewerkschaft in Riga stellt sich auf einen wochenlangen Streik bei der lettischen Post ein.', 'strike')).toBe('expected');
  });

  it('takes an attributive participle for no verb of the clause: the noun it describes keeps the clause\'s subject', async () => {
    expect(await participantsOf('Estland unterstützt die Regierung in Riga seit Ende September mit international scharf kritisierten Luftangriffen.', 'air_strike')).toMatchObject({ Estland: 'source' });
  });

  it('reads a country whose name takes an article in the genitive after an institution noun as that institution\'s country', async () => {
    expect(await participantsOf('Die Armee der Türkei griff am Montag Stellungen der PKK an.', 'attack')).toEqual({ 'Türkische Armee': 'source', PKK: 'target' });
    expect(await participantsOf('Die Regierung des Iran kritisierte am Montag Estland.', 'criticize')).toEqual({ 'Iranische Regierung': 'source', Estland: 'target' });
  });

  it('makes the genitive after a violent verb\'s object the target where an unnamed actor opens the clause, and the front of a violent passive\'s compound subject', async () => {
    expect(await participantsOf('Die Armee tötete am Montag 260 Kämpfer der PKK.', 'kill')).toEqual({ PKK: 'target' });
    // Before the verb, that phrase is the subject.
    expect(await participantsOf('Am Montag beschossen Kämpfer der PKK eine Stellung.', 'attack')).not.toHaveProperty('PKK', 'target');
    // The article names the organisation the compound's front stands for.
    expect(await participantsOf('Estland bekämpft die PKK. Die Regierung teilte mit, bei den Luftangriffen seien bereits 260 PKK-Kämpfer getötet worden.', 'kill')).toEqual({ PKK: 'target' });
    // A conjunct of a prepositional phrase is no subject.
    expect((await participantsOf('Estland bekämpft die PKK. Bei Kämpfen von Armee und PKK-Kämpfern gegen Rebellen sind mindestens 30 Menschen getötet worden.', 'kill')) ?? {}).toEqual({});
  });

  it('reads an attack on wages as no attack (excludesContext)', async () => {
    expect((await extract('Die Gewerkschaft in Riga sagte: Wir werden diesen Angriff auf das Lohnniveau nicht hinnehmen.')).events.map((event) => event.type)).not.toContain('attack');
  });

  it('reads a plural "sie" opening the clause an accusation governs as the accused', async () => {
    const text = `${lead} warf dem finnischen Präsidenten Mikko Rantanen und dem estnischen Außenminister Jaan Tamm vor, sie hätten ein Treffen in Riga abgelehnt.`;
    expect(await participantsOf(text, 'reject')).toEqual({ 'Mikko Rantanen': 'source', 'Jaan Tamm': 'source' });
  });

  it('gives a violent passive with no agent the one named in front of the violent noun of its setting phrase', async () => {
    const text = 'Die Terrormiliz IS bekannte sich. Im März waren bei einem IS-Anschlag auf das Museum in Riga 21 Touristen getötet worden.';
    expect(await participantsOf(text, 'kill')).toEqual({ 'Islamischer Staat': 'source' });
  });

  it('denies what a dass-clause tells where denied evidence points to it ("keinen Hinweis darauf, dass …")', async () => {
    expect(await modalityOf('Die Polizei in Riga hat nach eigenen Angaben keinen Hinweis darauf, dass die Diplomaten getötet worden sind.', 'kill')).toBe('negated');
    expect(await modalityOf('Die Polizei in Riga hat nach eigenen Angaben einen Hinweis darauf, dass die Diplomaten getötet worden sind.', 'kill')).not.toBe('negated');
  });

  it('reads a setback that looms, a run-off opponent and "bringt uns das nicht um" as no threat, meeting or killing (trigger data)', async () => {
    expect(await typesOf('Der finnische Präsident Mikko Rantanen sagte: Wenn wir ein halbes Jahr kürzertreten, bringt uns das nicht um.')).not.toContain('kill');
    expect(await typesOf('Doch nun drohe durch kurzsichtige Politiker ein gefährlicher Rückschlag, sagte die lettische Regierungschefin Anna Kalnina.')).not.toContain('threaten');
    expect(await typesOf('Ob Anna Kalnina in der Stichwahl auf den finnischen Präsidenten Mikko Rantanen treffen werde, sei offen.')).not.toContain('meeting');
  });

  it('lets an unnamed state official with a nationality act for the country the article names', async () => {
    expect(await participantsOf('Lettland protestierte. Der lettische Botschafter kritisierte am Montag Estland scharf.', 'criticize')).toEqual({ Lettland: 'source', Estland: 'target' });
    // Also as the antecedent of a relative clause, past a place's phrase.
    expect(await participantsOf('Lettland protestierte. Der lettische Botschafter in Tallinn, der Estland kritisiert hatte, blieb fern.', 'criticize')).toEqual({ Lettland: 'source', Estland: 'target' });
  });

  it('reads the relative "der" after a masculine antecedent as the subject, so the name after it is the object', async () => {
    expect(await participantsOf('Lettland protestierte. Der Bürgermeister von Riga, der Estland kritisiert hatte, blieb fern.', 'criticize')).toEqual({ Estland: 'target' });
  });

  it('reads the relative "die" with a singular verb after a woman as the subject, but not after a thing', async () => {
    expect(await participantsOf('Das Geld geht an Bürgermeisterin Anna Ozola, die Estland kritisiert hatte.', 'criticize')).toEqual({ 'Anna Ozola': 'source', Estland: 'target' });
    expect(await participantsOf('Die Pläne, die Bürgermeisterin Anna Ozola kritisiert hatte, scheiterten.', 'criticize')).toEqual({ 'Anna Ozola': 'source' });
  });

  it('gives a phrase after "als" inside the clause no part, and takes a clause with a part played by a named person for no event', async () => {
    expect(await participantsOf(`${lead} kritisierte Estland schärfer als Litauen.`, 'criticize')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    expect((await extract('In der neuen Serie kritisiert der Schauspieler Jan Berger als Präsident Mikko Rantanen die Regierung in Tallinn.')).events.map((event) => event.type)).not.toContain('criticize');
  });

  it('opens a relative clause at "die" before a preposition, so the main clause\'s negation stays there', async () => {
    expect(await modalityOf('In Lettland sei kein Platz für Gruppen, die zu Terrorismus und Hass aufrufen, sagte Präsident Mikko Rantanen.', 'appeal')).not.toBe('negated');
  });

  it('reads a court\'s session and a jury\'s deliberations as no meeting (excludesContext)', async () => {
    expect((await extract('Der Oberste Gerichtshof in Riga hat am Dienstag in einer nichtöffentlichen Sitzung entschieden.')).events.map((event) => event.type)).not.toContain('meeting');
    expect((await extract('In Riga konnten sich die Geschworenen nach sechsstündigen Beratungen mit dem Präsidenten Mikko Rantanen nicht einigen.')).events.map((event) => event.type)).not.toContain('consult');
  });

  it('takes a mocking or answering verb for a reporting one, so its subject is the speaker of the quote after it (cues reportingVerbs)', async () => {
    expect(await participantsOf('Darüber spottet der finnische Präsident Mikko Rantanen: Ich werde am Sonntag am Gipfel in Riga teilnehmen.', 'meeting')).toEqual({ 'Mikko Rantanen': 'participant' });
  });

  it('reads a readiness to act alone or to fight as no intent to cooperate (excludesContext of "bereit")', async () => {
    expect(await typesOf('Der finnische Präsident Mikko Rantanen sagte, man sei bereit, alle Maßnahmen zu ergreifen.')).not.toContain('intent_to_cooperate');
    // Also where the zu-infinitive stands in the clause without a comma.
    expect(await typesOf('Der finnische Präsident Mikko Rantanen sagte, man sei bereit alle Maßnahmen zu ergreifen.')).not.toContain('intent_to_cooperate');
    expect(await typesOf('Der finnische Präsident Mikko Rantanen sagte, man sei bereit zur Zusammenarbeit mit Estland.')).toContain('intent_to_cooperate');
  });

  it('takes a capitalised word right after the subordinator that links to no one for the clause\'s subject, borrowing none', async () => {
    // The tagger marks "Narziss" as a name it cannot confirm, which links to no one.
    const record = await extractWithModel('Susan Philipsz lässt das Lied erklingen. Die Nymphe Echo weint, weil Narziss sie zurückweist.');
    expect(describeEvents(record).find((event) => event.type === 'reject')?.participants ?? {}).not.toHaveProperty('Susan Philipsz', 'source');
  });

  it('gives the genitive or von-phrase after the noun of a phrase the verb asks for that phrase\'s part', async () => {
    expect(await participantsOf('Der Verein in Riga hat gegen aggressive Werbung der Deutschen Bank geklagt.', 'sue')).toEqual({ 'Deutsche Bank': 'target' });
    expect(await participantsOf(`${lead} protestierte gegen die Politik der Regierung in Tallinn.`, 'protest')).toEqual({ 'Anna Kalnina': 'source', 'Estnische Regierung': 'target' });
    // So is a von-phrase there, also after a genitive of that noun.
    expect(await participantsOf('In Riga protestierten tausende Menschen gegen die Politik von Präsident Mikko Rantanen.', 'protest')).toEqual({ 'Mikko Rantanen': 'target' });
    expect(await participantsOf('In Riga protestierten tausende Menschen gegen die Bildungspolitik der Regierung von Präsident Mikko Rantanen.', 'protest')).toEqual({ 'Mikko Rantanen': 'target' });
    // After an event noun the genitive is that event's: the protest is against the arrest.
    expect(await participantsOf(`${lead} protestierte gegen die Festnahme des finnischen Präsidenten Mikko Rantanen.`, 'protest')).toEqual({ 'Anna Kalnina': 'source' });
  });

  it('reads figurative kidnapping, agreeing on a talk and counsel by a defence lawyer as no events, and a strike not done lawfully as done (trigger and cue data)', async () => {
    expect(await typesOf('Das Spiel der Entwickler in Riga entführt ins düstere London des frühen 20. Jahrhunderts.')).not.toContain('assault');
    expect(await typesOf('Die lettische Regierung und Estland haben für nächste Woche ein weiteres Gespräch vereinbart.')).not.toContain('sign_agreement');
    expect(await typesOf('Der lettische Justizminister Janis Berzins hatte als Verteidiger einst den Präsidenten Mikko Rantanen beraten.')).not.toContain('consult');
    expect(await modalityOf('Die lettische Regierung ist überzeugt, die Piloten hätten im April nicht rechtmäßig gestreikt.', 'strike')).not.toBe('negated');
  });

  it('plans the infinitive of a purpose clause that a relative clause interrupts, and finds its object before the interruption', async () => {
    const record = await extract('Die lettische Polizei rückte am Montag aus, um den Präsidenten Mikko Rantanen, der in Riga wohnte, zu verhaften.');
    expect(describeEvents(record).find((event) => event.type === 'arrest')).toMatchObject({ modality: 'planned', participants: { 'Lettische Polizei': 'source', 'Mikko Rantanen': 'target' } });
  });

  it('plans a meeting or visit told in the present with a day in its clause, not one told in the past or of a day gone by', async () => {
    expect(await modalityOf('Der EU-Gipfel findet am Donnerstag in Riga statt, sagte ein Sprecher.', 'meeting')).toBe('planned');
    expect(await modalityOf('Am Dienstag kommen die lettische Regierungschefin Anna Kalnina und Präsident Mikko Rantanen in Riga zusammen.', 'meeting')).toBe('planned');
    expect(await modalityOf('Die lettische Regierungschefin Anna Kalnina besucht am 3. Mai Estland.', 'visit')).toBe('planned');
    // Told in the past, after a day gone by, or as a span that runs: done or going on.
    expect(await modalityOf('Am Dienstag kam die lettische Regierungschefin Anna Kalnina mit Präsident Mikko Rantanen in Riga zusammen.', 'meeting')).toBe('asserted');
    expect(await modalityOf('Dies sagte die lettische Regierungschefin Anna Kalnina am Mittwoch bei einem Treffen in Riga.', 'meeting')).toBe('asserted');
    expect(await modalityOf('Die lettische Regierungschefin Anna Kalnina besucht seit Montag Estland.', 'visit')).toBe('asserted');
    expect(await modalityOf('Am vergangenen Montag trifft die lettische Regierungschefin Anna Kalnina Präsident Mikko Rantanen.', 'meeting')).toBe('asserted');
    // Another kind of event in the present is not scheduled so: "ruft am Montag zu Protesten auf" is a report's present.
    expect(await modalityOf('Die lettische Regierungschefin Anna Kalnina ruft am Montag Estland zur Zurückhaltung auf.', 'appeal')).toBe('asserted');
  });

  it('reads a weekday between commas after a word of time as the same time, in the same clause ("heute, Samstag,")', async () => {
    expect(await modalityOf('Deshalb will die lettische Regierungschefin Anna Kalnina heute, Samstag, auf der großen Demo gegen die Regierung marschieren.', 'protest')).toBe('planned');
  });

  it('plans what talks are about ("Verhandlungen über ein Hilfspaket")', async () => {
    expect(await modalityOf('In Riga haben am Montag die Verhandlungen über ein drittes Hilfspaket für Estland begonnen.', 'provide_aid')).toBe('planned');
  });

  it('takes no speaker from a phrase after "als" in a reporting clause', async () => {
    const record = await extract('Und jetzt verspreche ich auch keine Stopp-Taste, auf die wir dann gemeinsam als Regierung Lettlands alle draufdrücken und sagen: Jetzt ist Schluss.');
    expect(record.events.flatMap((event) => event.participants.map((participant) => record.entities.find((entity) => entity.id === participant.entity)?.name))).not.toContain('Lettische Regierung');
  });

  it('reads a "der" phrase of a feminine actor after a noun as the accused where an accusation has no other object', async () => {
    expect(await participantsOf('So hat Estland im Vorfeld der Tagung der lettischen Regierung mangelnde Grenzsicherung vorgeworfen.', 'accuse')).toEqual({ Estland: 'source', 'Lettische Regierung': 'target' });
    // The meeting's noun then has no genitive of its own.
    expect(await participantsOf('So hat Estland im Vorfeld der Tagung der lettischen Regierung mangelnde Grenzsicherung vorgeworfen.', 'meeting')).not.toHaveProperty('Lettische Regierung');
    // With an object of its own, the genitive stays the meeting's.
    expect(await participantsOf('So hat Estland Litauen im Vorfeld der Tagung der lettischen Regierung mangelnde Grenzsicherung vorgeworfen.', 'accuse')).toEqual({ Estland: 'source', Litauen: 'target' });
  });

  it('negates an event noun a verb of prevention takes as its object, and asserts it where that verb is negated (cues preventionVerbs)', async () => {
    expect(await modalityOf('Im April entging der Präsident Mikko Rantanen einem Ermittlungsverfahren.', 'investigate')).toBe('negated');
    expect(await modalityOf('Die lettische Polizei verhinderte am Montag einen Anschlag auf Estland.', 'assault')).toBe('negated');
    expect(await modalityOf('Die lettische Polizei konnte den Anschlag auf Estland nicht verhindern.', 'assault')).toBe('asserted');
    expect(await modalityOf('Bürgermeister Janis Berzins entzog sich in Riga einer Festnahme.', 'arrest')).toBe('negated');
    // An attributive participle negates its own noun only.
    expect(await modalityOf('Wegen des vereitelten Anschlags hat die lettische Staatsanwaltschaft gegen Janis Berzins Anklage erhoben.', 'accuse')).not.toBe('negated');
  });

  it('negates an event noun in the phrase of a verb of refraining (cues preventionVerbs with a preposition)', async () => {
    expect(await modalityOf('Die lettische Staatsanwaltschaft sieht von Ermittlungen gegen Bürgermeister Janis Berzins ab, wie ein Sprecher in Riga sagte.', 'investigate')).toBe('negated');
    // Also with the preposition joined to its article.
    expect(await modalityOf('Die lettische Staatsanwaltschaft sieht vom Ermittlungsverfahren gegen Bürgermeister Janis Berzins ab, wie ein Sprecher in Riga sagte.', 'investigate')).toBe('negated');
    expect(await modalityOf('Die lettische Regierungschefin Anna Kalnina verzichtete am Montag auf einen Besuch in Estland.', 'visit')).toBe('negated');
    expect(await modalityOf('Die lettische Regierungschefin Anna Kalnina hat nicht auf einen Besuch in Estland verzichtet.', 'visit')).toBe('asserted');
    // Another preposition of the same verb is no phrase it refrains from: the visit took place.
    expect(await modalityOf('Die lettische Regierungschefin Anna Kalnina verzichtete bei ihrem Besuch in Estland auf eine Rede.', 'visit')).toBe('asserted');
  });

  it('negates the zu-infinitive a denied reason or need governs (cues reasonNouns)', async () => {
    expect(await modalityOf('Die lettische Staatsanwaltschaft sieht auf Basis der Informationen keinen Anlass, ein Ermittlungsverfahren gegen Bürgermeister Janis Berzins einzuleiten.', 'investigate')).toBe('negated');
    expect(await modalityOf('Die lettische Regierung sah am Montag keine Notwendigkeit, mit Estland über die Grenze zu verhandeln.', 'negotiate')).toBe('negated');
    // A reason the clause does not deny denies nothing.
    expect(await modalityOf('Die lettische Regierung sah am Montag keine Gefahr und einen Anlass, mit Estland über die Grenze zu verhandeln.', 'negotiate')).not.toBe('negated');
  });

  it('reads a modal\'s subjunctive in reported speech as the speaker\'s demand of the clause\'s subject (trigger reportedDemand)', async () => {
    const said = describeEvents(await extract(`${lead} sagte am Montag in Riga, Estland solle mit Litauen über die Grenze verhandeln.`));
    expect(said.filter((event) => event.type === 'demand')).toEqual([
      { type: 'demand', root: '10', modality: 'asserted', trigger: 'solle', participants: { 'Anna Kalnina': 'source', Estland: 'target' } },
    ]);
    // What the demand asks for lies ahead.
    expect(said.find((event) => event.type === 'negotiate')?.modality).toBe('planned');
    // Reported speech goes on in a sentence of its own, the speaker with it.
    expect(await participantsOf(`${lead} sagte am Montag in Riga, die Lage an der Grenze sei ernst. Estland müsse die Grenze sofort wieder öffnen.`, 'demand')).toEqual({ 'Anna Kalnina': 'source', Estland: 'target' });
    // No demand in the passive, on a condition, of one's own state, in a subordinate clause, or where a verb of demanding tells it.
    expect(await typesOf(`${lead} sagte am Montag in Riga, Estland solle von Finnland stärker unterstützt werden.`)).not.toContain('demand');
    expect(await typesOf('Sollte Russland die Grenze schließen, müsse Estland die Hilfe verdoppeln, sagte die lettische Regierungschefin Anna Kalnina am Montag.')).not.toContain('demand');
    expect(await typesOf(`${lead} sagte am Montag in Riga, Lettland müsse die Grenze zu Estland sofort wieder öffnen.`)).not.toContain('demand');
    expect(await typesOf(`${lead} sagte am Montag in Riga, dass Estland bald eine Entscheidung treffen müsse.`)).not.toContain('demand');
    expect((await typesOf(`${lead} forderte am Montag in Riga, Estland solle die Grenze sofort wieder öffnen.`)).filter((type) => type === 'demand')).toHaveLength(1);
    // Nor what someone must expect or live with: a warning, no demand.
    expect(await typesOf(`${lead} sagte am Montag in Riga, Estland müsse mit weiteren Sanktionen rechnen.`)).not.toContain('demand');
    // A place in the genitive before the speaker's noun is whose the speaker is, no speaker: no demand of Riga's.
    expect(await typesOf('Estland müsse die Grenze zu Lettland sofort wieder öffnen, sagte Rigas Bürgermeister am Montag.')).not.toContain('demand');
  });

  it('plans what a verb of deciding governs (cues decisionVerbs)', async () => {
    expect(await modalityOf('Der lettische Ministerrat hat am Dienstag beschlossen, die Hilfsgelder für Estland massiv aufzustocken.', 'provide_aid')).toBe('planned');
    expect(await modalityOf('Lettland und Estland vereinbarten, bis Juni mit Litauen über ein neues Abkommen zu verhandeln.', 'negotiate')).toBe('planned');
    // So does a verb of committing: promising, pledging, declaring oneself ready.
    expect(await modalityOf('Der finnische Präsident Mikko Rantanen hat sich bereiterklärt, in Riga eng mit Estland zu kooperieren.', 'material_cooperation')).toBe('planned');
    expect(await modalityOf('Der finnische Präsident Mikko Rantanen sicherte zu, in Riga eng mit Estland zu kooperieren.', 'material_cooperation')).toBe('planned');
    // A noun that is also a form of such a verb ("Zusage") is none.
    expect(await modalityOf('Lettland hat eine Zusage von Estland über Hilfe in Riga erhalten.', 'intent_to_cooperate')).not.toBe('planned');
  });

  it('plans an event noun a verb of deciding takes as its object, not its subject or a phrase counted by a number', async () => {
    expect(await modalityOf('Das lettische Parlament hat am Dienstag auch Waffenlieferungen an Estland abgesegnet.', 'military_aid')).toBe('planned');
    expect(await modalityOf('Eine Untersuchung gegen Janis Berzins wurde am Dienstag in Riga beschlossen.', 'investigate')).toBe('planned');
    expect(await modalityOf('Der EU-Gipfel in Riga hat am Dienstag neue Regeln für Estland beschlossen.', 'meeting')).toBe('asserted');
    expect(await modalityOf('Das lettische Parlament ist zu 48 Sitzungen in Riga zusammengetreten und hat 123 Gesetze beschlossen.', 'meeting')).toBe('asserted');
  });

  it('keeps a relative clause whole across a comma between two attributive adjectives, so the name before it is the subject', async () => {
    expect(await participantsOf('Präsident Mikko Rantanen, der für die kleine, nationalistische Partei in Riga antritt und mehrere Firmen gegründet hat, kritisiert Estland.', 'criticize')).toEqual({
      'Mikko Rantanen': 'source',
      Estland: 'target',
    });
  });

  it('reads an adverb after the determiner as part of the phrase a preposition governs ("gegen den ebenfalls festgenommenen …")', async () => {
    const accused = async (phrase: string) => participantsOf(`${lead} trat zurück. Am Samstag wurde gegen ${phrase} Kalnina Anklage erhoben.`, 'accuse');
    expect(await accused('die ebenfalls am Freitag festgenommene')).toEqual({ 'Anna Kalnina': 'target' });
    expect(await accused('die bereits verhaftete')).toEqual({ 'Anna Kalnina': 'target' });
  });

  it('reads promising no miracles and storing phone calls as no events (trigger data)', async () => {
    expect(await typesOf('Der finnische Präsident Mikko Rantanen verspricht Estland keine Wunder.')).not.toContain('intent_to_cooperate');
    expect(await typesOf('Der finnische Präsident Mikko Rantanen verspricht Estland Hilfe.')).toContain('intent_to_cooperate');
    expect(await typesOf('In Lettland würden nicht alle Telefonate der Bürger gespeichert, sagte Präsident Mikko Rantanen.')).not.toContain('phone_call');
  });

  it('reads a request ("ersuchte um", "bat um") as an appeal and plans the event it asks for', async () => {
    const record = describeEvents(await extract('Die lettische Regierung ersuchte Estland um die Festnahme des Präsidenten Mikko Rantanen.'));
    expect(record.find((event) => event.type === 'appeal')).toMatchObject({ modality: 'asserted', participants: { 'Lettische Regierung': 'source', Estland: 'target' } });
    expect(record.find((event) => event.type === 'arrest')).toMatchObject({ modality: 'planned', participants: { 'Mikko Rantanen': 'target' } });
    expect(await modalityOf('Die lettische Regierung bat Estland um die Festnahme des Präsidenten Mikko Rantanen.', 'arrest')).toBe('planned');
    // A meeting asked for is held with the one asked, who takes part in it.
    const meeting = describeEvents(await extract('Die lettische Regierung hatte Präsident Mikko Rantanen um ein Treffen gebeten.')).find((event) => event.type === 'meeting');
    expect(meeting).toMatchObject({ modality: 'planned', participants: { 'Mikko Rantanen': 'participant' } });
  });

  it('reads a context word that is a preposition before a figure as none ("um 14:08 Uhr"): the particle "bitte" asks for nothing', async () => {
    expect(await typesOf('Nutzen Sie bitte die Fähre um 14:08 Uhr nach Riga, teilte die lettische Regierung mit.')).not.toContain('appeal');
    expect(await typesOf('Die lettische Regierung bat Estland darum, die Fähre nach Riga um 14:08 Uhr fahren zu lassen.')).toContain('appeal');
  });

  it('reads readiness to see others as competitors as no intent to cooperate (trigger data)', async () => {
    expect(await typesOf('Wenn Estland Interesse zeigt, sollte man bereit sein, es als Konkurrenten zu sehen, sagte Präsident Mikko Rantanen.')).not.toContain('intent_to_cooperate');
  });

  it('keeps a list of common nouns with an uninflected adjective before an attribute in one clause ("ökonomisch naive Beamte")', async () => {
    // The setback that looms is read against the whole clause, the list included.
    expect(await typesOf('Nun drohe durch kurzsichtige Politiker, ökonomisch naive Beamte und unfähige Experten ein gefährlicher Rückschlag für Lettland, sagte Präsident Mikko Rantanen.')).not.toContain('threaten');
  });

  it('reads a space probe\'s journey and attacks by party colleagues as no events, and what someone reckons with as expected (trigger and cue data)', async () => {
    expect(await typesOf('Nach zehnjähriger Reise mit der lettischen Raumsonde Riga-1 war die Landeeinheit auf dem Kometen gelandet.')).not.toContain('visit');
    expect(await typesOf('Auch etwaige Angriffe seiner Parteikollegen auf Präsident Mikko Rantanen wären schwierig.')).not.toContain('attack');
    expect(await modalityOf('Der finnische Präsident Mikko Rantanen rechnet mit einer Annäherung an Estland.', 'diplomatic_cooperation')).toBe('expected');
    // A cue's gap ("mit … rechnen") frames the noun.
    expect(await modalityOf('Ohne Verhandlungen müsse die lettische Regierung immer wieder mit Streiks in Riga rechnen.', 'strike')).toBe('expected');
    expect(await modalityOf('Die lettische Regierung habe mit Estland über Streiks in Riga gesprochen.', 'strike')).not.toBe('expected');
  });

  it('takes the subject of a relative clause that undertakes an event noun for its agent (cues undertakingVerbs)', async () => {
    const text = 'Bei dem Staatsbesuch in Estland, den der finnische Präsident Mikko Rantanen am Mittwoch begann, sollen auch Gespräche stattfinden.';
    expect(await participantsOf(text, 'visit')).toEqual({ 'Mikko Rantanen': 'source', Estland: 'target' });
    // A relative clause whose verb does not undertake the event names no agent of it.
    expect(await participantsOf(text.replace('begann', 'kritisierte'), 'visit')).toEqual({ Estland: 'target' });
  });

  it('plans what someone ordered or convened (cues planned)', async () => {
    expect(await modalityOf('Präsident Mikko Rantanen hat für den 20. Mai eine Konferenz in Riga angeordnet.', 'meeting')).toBe('planned');
  });

  it('reads what is said to be possible as hypothetical, but not "so schnell wie möglich" (cues hypothetical)', async () => {
    expect(await modalityOf('Ein Besuch des Präsidenten Mikko Rantanen in Riga ist durchaus möglich.', 'visit')).toBe('hypothetical');
    expect(await modalityOf('Präsident Mikko Rantanen will so schnell wie möglich nach Riga reisen.', 'visit')).toBe('planned');
  });

  it('reads a past subjunctive of "haben" after a sentence with a reporting verb as reported speech', async () => {
    const text = (first: string) => `${first} Zudem hätten die lettischen Banken Estland Kredite zugesagt.`;
    expect(await modalityOf(text('Präsident Mikko Rantanen verwies am Montag auf die Lage.'), 'intent_to_cooperate')).toBe('reported');
    expect(await modalityOf(text('Präsident Mikko Rantanen kam am Montag nach Riga.'), 'intent_to_cooperate')).toBe('hypothetical');
  });

  it('takes a possessive role noun ("seines Außenministers") for the holder of that office named before, of the possessor\'s country', async () => {
    const text = (country: string) => `${country} Außenminister Jaan Tamm drohte mit Gegenmaßnahmen. Der lettische Präsident Andris Ozols äußerte sich trotz der Kritik seines Außenministers lobend über Finnland.`;
    expect(await participantsOf(text('Lettlands'), 'criticize')).toEqual({ 'Jaan Tamm': 'source' });
    expect((await participantsOf(text('Estlands'), 'criticize')) ?? {}).not.toHaveProperty('Jaan Tamm');
  });

  it('reads stepping back at someone\'s side as no resignation (trigger data)', async () => {
    expect(await typesOf('Dass Präsident Mikko Rantanen an der Seite von Estland ein wenig zurücktreten musste, habe ihn nicht irritiert.')).not.toContain('resign');
    expect(await typesOf('Der finnische Präsident Mikko Rantanen musste am Montag zurücktreten.')).toContain('resign');
  });

  it('reads the clause after a condition\'s opener alone before the comma as hypothetical, and the opener\'s word elsewhere as a participle', async () => {
    expect(await modalityOf('Angenommen, Lettland greift Estland an, dann muss die Nato reagieren.', 'attack')).toBe('hypothetical');
    expect(await modalityOf('Bürgermeister Janis Berzins hat den Rücktritt von Ministerin Anna Ozola angenommen.', 'resign')).toBe('asserted');
  });

  it('reads a negated event in a condition as hypothetical ("Sollten die Partner nicht bereit sein, …", "Wenn … nicht …")', async () => {
    expect(await modalityOf('Sollten Lettland und Estland nicht zu Reformen bereit sein, werde Präsident Mikko Rantanen abreisen.', 'intent_to_cooperate')).toBe('hypothetical');
    expect(await modalityOf('Wenn Estland die lettische Regierung nicht kritisiert, werde Präsident Mikko Rantanen bleiben.', 'criticize')).toBe('hypothetical');
    // Outside a condition the negation stands.
    expect(await modalityOf('Lettland und Estland seien nicht zu Reformen bereit, sagte Präsident Mikko Rantanen.', 'intent_to_cooperate')).toBe('negated');
  });

  it('takes the pronoun opening a clause for the agent of an event noun the clause brings in as its setting ("Er betonte bei einem Besuch …")', async () => {
    const text = 'Der finnische Präsident Mikko Rantanen kam am Montag nach Riga. Er betonte bei einem Besuch in Estland, die Lage sei ruhig.';
    expect(await participantsOf(text, 'visit')).toMatchObject({ 'Mikko Rantanen': 'source', Estland: 'target' });    // Also one right after the verb that comes second.
    const inverted = 'Der finnische Präsident Mikko Rantanen wollte nach Riga reisen. Nun belässt er es bei einem Treffen mit Anna Kalnina in Tallinn.';
    expect(await participantsOf(inverted, 'meeting')).toEqual({ 'Mikko Rantanen': 'participant', 'Anna Kalnina': 'participant' });
  });

  it('reads calling for protests with "anrufen" as no phone call (trigger data)', async () => {
    expect(await typesOf('Jeden Freitag rufen lettische Gruppen in Riga zu Protesten gegen Estland an.')).not.toContain('phone_call');
  });

  it('takes a genitive right after the verb\'s object noun for the object\'s part ("kritisierte die Entscheidung der Regierung")', async () => {
    expect(await participantsOf('Präsident Mikko Rantanen kritisierte die Entscheidung der estnischen Regierung scharf.', 'criticize')).toEqual({
      'Mikko Rantanen': 'source',
      'Estnische Regierung': 'target',
    });
    // Not one in an apposition between commas, nor one of an event noun, whose genitive is its own.
    expect(await participantsOf('Am Montag kritisierte Präsident Mikko Rantanen, ein Berater der estnischen Regierung, die Entscheidung scharf.', 'criticize')).toEqual({ 'Mikko Rantanen': 'source' });
    expect(await participantsOf('Präsident Mikko Rantanen forderte die Freilassung der estnischen Regierung.', 'demand')).toEqual({ 'Mikko Rantanen': 'source' });
    // But one who rejects, criticises or praises an act whose genitive is its agent reacts to that agent; not to one the
    // act is done to.
    expect(await participantsOf('Präsident Mikko Rantanen wies etwa die Forderung der estnischen Regierung zurück.', 'reject')).toEqual({ 'Mikko Rantanen': 'source', 'Estnische Regierung': 'target' });
    expect(await participantsOf('Präsident Mikko Rantanen kritisierte die Festnahme der estnischen Regierung.', 'criticize')).toEqual({ 'Mikko Rantanen': 'source' });
    // A von-phrase there names the owner as a genitive does, but not one in another conjunct.
    expect(await participantsOf('Daher begrüßt Präsident Mikko Rantanen den Vorschlag von Regierungschefin Anna Kalnina.', 'praise')).toEqual({ 'Mikko Rantanen': 'source', 'Anna Kalnina': 'target' });
    expect(await participantsOf('Präsident Mikko Rantanen sagte, dass er die Politik von Estland unterstütze und die Politik der Stadt kritisiere.', 'criticize')).not.toHaveProperty('Estland');
  });

  it('reads a past subjunctive in a clause opened by "wonach" as reported speech (grammar reportingSubordinators)', async () => {
    expect(await modalityOf('Den Vorwurf, wonach Estland immer nur neue Hilfen von Lettland fordern würde, wies Präsident Mikko Rantanen zurück.', 'demand')).toBe('reported');
  });

  it('reads a country\'s units as its military (institutions data) and a threat to something as no threat by someone (excludesFollowedBy on nouns)', async () => {
    expect(await participantsOf('Vergangene Woche hatten US-Einheiten den Präsidenten Mikko Rantanen getötet.', 'kill')).toEqual({ 'Amerikanische Einheiten': 'source', 'Mikko Rantanen': 'target' });
    expect(await typesOf('Die Forderung Estlands sei eine gefährliche Drohung für Beschäftigung in Lettland, sagte Präsident Mikko Rantanen.')).not.toContain('threaten');
    expect(await typesOf('Die Drohung Estlands gegen Lettland sei gefährlich, sagte Präsident Mikko Rantanen.')).toContain('threaten');
  });

  it('reads an event feared ("die Sorge vor Angriffen") as hypothetical: a capitalised cue is a noun\'s phrase, no separable verb', async () => {
    expect(await modalityOf('In Lettland herrscht die Sorge vor ähnlichen Angriffen der Regierung in Tallinn.', 'attack')).toBe('hypothetical');
    expect(await modalityOf('In Lettland herrscht Angst vor einem Angriff Estlands.', 'attack')).toBe('hypothetical');
  });

  it('reads a hacker attack as no attack (trigger data)', async () => {
    expect(await typesOf('Estland meldete am Montag Hacker-Angriffe auf die lettische Regierung.')).not.toContain('attack');
  });

  it('reads "würde" in what an announcement governs as the future it plans ("kündigte an, dass … besprochen werden würde")', async () => {
    expect(await modalityOf('Präsident Mikko Rantanen kündigte an, dass der Vorschlag am Abend in einer Telefonkonferenz mit Estland besprochen werden würde.', 'phone_call')).toBe('planned');
    // Without an announcement it stays a condition's.
    expect(await modalityOf('Präsident Mikko Rantanen glaubt, dass der Vorschlag in einer Telefonkonferenz mit Estland besprochen werden würde.', 'phone_call')).not.toBe('planned');
  });

  it('takes "der Diplomat" before a listed place for the ambassador named before (roles sameAs), the place being no name of his', async () => {
    const text = 'Der russische Botschafter Sergej Andrejew kritisierte Polen. Am Freitag gab es ein Interview, in dem der Diplomat Warschau Undankbarkeit vorwarf.';
    expect(await participantsOf(text, 'accuse')).toMatchObject({ 'Sergej Andrejew': 'source' });
  });

  it('takes an event noun in the genitive of a noun the lexicon lacks, after its determiner, as given ("Der Drahtzieher der Anschläge könnte … sein")', async () => {
    expect(await modalityOf('Der Drahtzieher der Anschläge auf Riga könnte der finnische Präsident Mikko Rantanen sein.', 'assault')).toBe('asserted');
  });
});
