import { describe, expect, it } from 'vitest';
import { goldRecordSchema, type GoldRecord } from '../../src/evaluation/gold-schema.ts';
import { matchPersons, precisionRecall, scoreArticle, scoreRecords } from '../../src/evaluation/golden.ts';
import { normalizeName, sameRoleTitle, triggersShareStem } from '../../src/evaluation/name-matching.ts';
import type { OkRecord } from '../../src/schema/record.ts';

type Entity = OkRecord['entities'][number];
type Event = OkRecord['events'][number];

function person(id: string, name: string, roles?: Entity['roles'], type: Entity['type'] = 'PER'): Entity {
  return { id, type, name, roles, mentions: [{ text: name, start: 0, end: name.length, sentence: 0, kind: 'name', rule: 'test' }], rule: 'test' };
}

function organisation(id: string, name: string, mentionTexts: string[] = [name]): Entity {
  return {
    id,
    type: 'ORG',
    name,
    mentions: mentionTexts.map((text) => ({ text, start: 0, end: text.length, sentence: 0, kind: 'metonym' as const, rule: 'test' })),
    rule: 'test',
  };
}

function event(
  type: string,
  cameo: string,
  trigger: string,
  participants: string[],
  modality: Event['modality'] = 'asserted',
  timeValue?: string,
): Event {
  return {
    id: `${type}-${trigger}`,
    type,
    cameo,
    trigger: { text: trigger, start: 0, end: trigger.length },
    participants: participants.map((entity) => ({ entity, role: 'participant' as const })),
    modality,
    ...(timeValue ? { time: { text: 'am Dienstag', start: 0, end: 11, value: timeValue } } : {}),
    sentence: 0,
    evidence: { start: 0, end: 1 },
    rule: 'test',
    confidence: 1,
  };
}

function record(entities: Entity[], events: Event[] = [], language = 'deu', status: 'ok' | 'skipped' = 'ok'): OkRecord {
  return {
    id: 'a',
    status,
    source: {},
    language: { code: language, confidence: 1 },
    text: 'x',
    sentences: [],
    entities,
    relations: [],
    events,
    pipeline: { name: 'test', version: '0' },
    messages: [],
  };
}

const gold: GoldRecord = goldRecordSchema.parse({
  id: 'a',
  status: 'ok',
  language: 'deu',
  persons: [
    { name: 'Petr Fiala', roles: [{ title: 'Ministerpräsident', country: 'CZ' }] },
    { name: 'Recep Tayyip Erdoğan', aliases: ['Erdoğan'] },
    { name: 'Vladimir Zelensky', aliases: ['Selenskyj'], roles: [{ title: 'Präsident', country: 'UA' }] },
    { name: 'Marina Silva', roles: [{ title: 'Umweltministerin', country: 'BR' }] },
    { name: 'Luiz Inácio Lula da Silva', aliases: ['Lula'] },
  ],
  organisations: [{ name: 'Regierung Russlands', aliases: ['Moskau', 'der Kreml'], country: 'RU' }],
  events: [
    { type: 'phone_call', cameoRoot: '04', modality: 'asserted', trigger: 'Telefongespräch', participants: ['Petr Fiala', 'Vladimir Zelensky'], time: '2025-03-11' },
    { type: 'reject', cameoRoot: '12', modality: 'asserted', trigger: 'wies zurück', participants: ['Regierung Russlands'] },
    { type: 'meeting', cameoRoot: '04', modality: 'negated', trigger: 'Treffen', participants: ['Recep Tayyip Erdoğan', 'Petr Fiala'] },
  ],
});

describe('name normalization', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['Tomáš Hrubý', 'tomas hruby'],
    ['Außenministerin', 'aussenministerin'],
    ['der Kreml', 'kreml'],
    ['Keller-Sutter', 'keller sutter'],
    ['Außenministerin (DE)', 'aussenministerin'],
    ['  Élysée-Palast ', 'elysee palast'],
    ['‚Willingness Coalition‘', 'willingness coalition'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('treats a feminine title as the same role, but not a different role', () => {
    expect(sameRoleTitle('Premierministerin', 'Premierminister')).toBe(true);
    expect(sameRoleTitle('Präsident', 'präsidentin')).toBe(true);
    expect(sameRoleTitle('Präsident', 'Premierminister')).toBe(false);
    expect(sameRoleTitle('Abgeordneter', 'Abgeordnete')).toBe(true);
    expect(sameRoleTitle('Minister', 'Ministerpräsident')).toBe(false);
    expect(sameRoleTitle('Nato-Generalsekretär', 'Generalsekretär')).toBe(true);
    expect(sameRoleTitle('Bundesverteidigungsminister', 'Verteidigungsminister')).toBe(false);
  });

  it.each([
    ['Telefongespräch', 'telefonierte', true],
    ['Treffen', 'treffen', true],
    ['wies zurück', 'zurückgewiesen', true],
    ['lehnte ab', 'Ablehnung', false],
    ['Besuch', 'besuchte', true],
    ['traf', 'Treffen', false],
  ])('trigger %s shares a stem with %s: %s', (first, second, expected) => {
    expect(triggersShareStem(first, second)).toBe(expected);
  });
});

describe('person matching', () => {
  it('matches a surname-only prediction when the surname is unambiguous', () => {
    const matches = matchPersons(gold.persons, [person('p1', 'Fiala')]);
    expect(matches.get('p1')).toBe(0);
  });

  it('ignores diacritics: "Erdogan" matches "Recep Tayyip Erdoğan"', () => {
    const matches = matchPersons(gold.persons, [person('p1', 'Recep Tayyip Erdogan')]);
    expect(matches.get('p1')).toBe(1);
  });

  it('matches through an alias (transliteration variant listed in the gold)', () => {
    const matches = matchPersons(gold.persons, [person('p1', 'Wolodymyr Selenskyj')]);
    expect(matches.get('p1')).toBe(2);
  });

  it('does not match an ambiguous surname ("Silva" could be Marina Silva or Lula da Silva)', () => {
    const matches = matchPersons(gold.persons, [person('p1', 'Silva')]);
    expect(matches.has('p1')).toBe(false);
  });

  it('counts an extra predicted person and a duplicate of a matched person as false positives', () => {
    const score = scoreArticle({
      gold,
      record: record([person('p1', 'Petr Fiala'), person('p2', 'Fiala'), person('p3', 'Olaf Scholz'), organisation('o1', 'Prag')]),
    });
    expect(score.persons).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 4 });
    expect(score.spuriousPersons).toEqual(['Fiala', 'Olaf Scholz']);
    expect(score.persons.precision).toBeCloseTo(1 / 3);
    expect(score.persons.recall).toBeCloseTo(1 / 5);
  });

  it('scores roles among matched persons: title and country must both be right', () => {
    const score = scoreArticle({
      gold,
      record: record([
        person('p1', 'Petr Fiala', [{ title: 'Ministerpräsident', country: 'CZ' }]),
        person('p2', 'Zelensky', [{ title: 'Präsident', country: 'RU' }]),
        person('p3', 'Marina Silva', [{ title: 'Umweltminister', country: 'BR' }]),
      ]),
    });
    expect(score.roles).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(score.roleTitles).toMatchObject({ truePositives: 3, falsePositives: 0, falseNegatives: 0 });
  });

  it('counts roles of unmatched persons: gold roles as false negatives, predicted roles as false positives', () => {
    const score = scoreArticle({
      gold,
      record: record([person('p1', 'Olaf Scholz', [{ title: 'Kanzler', country: 'DE' }])]),
    });
    expect(score.roles).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 3 });
  });
});

describe('event matching', () => {
  const entities = [person('fiala', 'Petr Fiala'), person('zelensky', 'Selenskyj'), organisation('moscow', 'Russland', ['Moskau'])];

  it('matches an event by CAMEO root and participants, and checks modality and time', () => {
    const score = scoreArticle({
      gold,
      record: record(entities, [event('phone_call', '041', 'telefonierte', ['fiala', 'zelensky'], 'reported', '2025-03-11')]),
    });
    expect(score.events).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 2 });
    expect(score.modality).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(score.time).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });

  it('resolves a metonym participant through a mention text ("Moskau" → Regierung Russlands)', () => {
    const score = scoreArticle({ gold, record: record(entities, [event('reject', '120', 'lehnte ab', ['moscow'])]) });
    expect(score.events.truePositives).toBe(1);
    expect(score.eventTypes.truePositives).toBe(1);
  });

  it('counts an event with the wrong root as one false positive and one false negative', () => {
    const score = scoreArticle({ gold, record: record(entities, [event('criticize', '111', 'kritisierte', ['moscow'])]) });
    expect(score.events).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 3 });
    expect(score.missedEvents).toHaveLength(3);
    expect(score.spuriousEvents).toEqual(['criticize/111 "kritisierte" [Russland] asserted']);
  });

  it('matches by trigger stem alone when no participant was found', () => {
    const score = scoreArticle({ gold, record: record([], [event('meeting', '040', 'Treffen', [], 'negated')]) });
    expect(score.events.truePositives).toBe(1);
    expect(score.modality.accuracy).toBe(1);
  });

  it('does not match same root with neither shared participants nor a shared stem', () => {
    const score = scoreArticle({ gold, record: record([person('x', 'Olaf Scholz')], [event('visit', '042', 'reiste', ['x'])]) });
    expect(score.events.truePositives).toBe(0);
  });

  it('assigns one-to-one: two predictions of one gold event give one TP and one FP', () => {
    const duplicate = event('reject', '120', 'wies zurück', ['moscow']);
    const score = scoreArticle({ gold, record: record(entities, [duplicate, { ...duplicate, id: 'second' }]) });
    expect(score.events).toMatchObject({ truePositives: 1, falsePositives: 1 });
  });

  it('prefers the pairing with more shared participants', () => {
    const score = scoreArticle({
      gold,
      record: record(entities, [event('meeting', '040', 'Gespräch', ['fiala']), event('phone_call', '041', 'Gespräch', ['fiala', 'zelensky'])]),
    });
    expect(score.events.truePositives).toBe(2);
    expect(score.eventTypes.truePositives).toBe(2);
  });

  it('counts a matched event with another type in the strict type score only', () => {
    const score = scoreArticle({ gold, record: record(entities, [event('consult', '040', 'telefonierte', ['fiala', 'zelensky'])]) });
    expect(score.events.truePositives).toBe(1);
    expect(score.eventTypes).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 3 });
  });
});

describe('status, language and averages', () => {
  it('checks status and language', () => {
    const skippedGold = goldRecordSchema.parse({ id: 'b', status: 'skipped', language: 'eng', persons: [], events: [] });
    const score = scoreArticle({ gold: skippedGold, record: record([], [], 'deu', 'ok') });
    expect(score.status.accuracy).toBe(0);
    expect(score.language.accuracy).toBe(0);
    expect(score.persons.f1).toBe(1);
  });

  it('scores an error record as predicting nothing', () => {
    const score = scoreArticle({ gold, record: { id: 'a', status: 'error', error: { code: 'x', message: 'y' } } });
    expect(score.status.correct).toBe(0);
    expect(score.persons).toMatchObject({ truePositives: 0, falseNegatives: 5, recall: 0 });
  });

  it('micro-averages counts over articles', () => {
    const report = scoreRecords([
      { gold, record: record([person('p1', 'Fiala')]) },
      { gold, record: record([person('p1', 'Olaf Scholz')]) },
    ]);
    expect(report.micro.persons).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 9 });
    expect(report.micro.persons.precision).toBe(0.5);
    expect(report.micro.persons.recall).toBe(0.1);
    expect(report.micro.status.accuracy).toBe(1);
  });

  it('computes precision, recall and F1 with empty cases defined', () => {
    expect(precisionRecall({ truePositives: 0, falsePositives: 0, falseNegatives: 0 }).f1).toBe(1);
    expect(precisionRecall({ truePositives: 0, falsePositives: 0, falseNegatives: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecall({ truePositives: 3, falsePositives: 1, falseNegatives: 2 }).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
});

describe('gold schema', () => {
  it('rejects an event participant that is not a gold name', () => {
    const result = goldRecordSchema.safeParse({
      id: 'c',
      status: 'ok',
      persons: [{ name: 'Petr Fiala' }],
      events: [{ cameoRoot: '04', modality: 'asserted', trigger: 'traf', participants: ['Fiala'] }],
    });
    expect(result.success).toBe(false);
  });

  it('rejects a three-digit root and unknown keys', () => {
    expect(goldRecordSchema.safeParse({ id: 'c', status: 'ok', persons: [], events: [{ cameoRoot: '041', modality: 'asserted', trigger: 't', participants: [] }] }).success).toBe(false);
    expect(goldRecordSchema.safeParse({ id: 'c', status: 'ok', persons: [], events: [], extra: 1 }).success).toBe(false);
  });
});
