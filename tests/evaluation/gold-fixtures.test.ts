/**
 * Checks the hand-written gold against the articles and the event-type list, so an annotation slip (a name that is
 * not in the text, a root that does not fit the type, a date without a publication date) fails here, not silently
 * in the scores. Also checks that a record built from the gold itself scores perfectly, so the scorer and the gold
 * agree on every convention.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../../src/evaluation/gold-schema.ts';
import { scoreArticle } from '../../src/evaluation/golden.ts';
import { readFixtureArticles, readGoldRecords } from '../../src/evaluation/read-fixtures.ts';
import type { ArticleRecord, OkRecord } from '../../src/schema/record.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const articles = readFixtureArticles(join(repositoryRoot, 'fixtures/articles'));
const golds = readGoldRecords(join(repositoryRoot, 'fixtures/expected'));
const eventTypes: Array<{ type: string; cameo: string }> = JSON.parse(
  readFileSync(join(repositoryRoot, 'pipelines/news-de/event-types.json'), 'utf8'),
).eventTypes;
const cameoByType = new Map(eventTypes.map((entry) => [entry.type, entry.cameo]));
const cases = articles.map((article) => [article.id, article] as const);

function goldOf(id: string): GoldRecord {
  const gold = golds.get(id);
  if (!gold) throw new Error(`no gold for ${id}`);
  return gold;
}

/** A record that says exactly what the gold says. */
function recordFromGold(gold: GoldRecord, text: string): ArticleRecord {
  if (gold.status === 'error') return { id: gold.id, status: 'error', error: { code: 'empty-text', message: 'empty' } };
  const mention = (name: string) => ({ text: name, start: 0, end: 0, sentence: 0, kind: 'name' as const, rule: 'gold' });
  const entities: OkRecord['entities'] = [
    ...gold.persons.map((person, index) => ({
      id: `person-${index}`,
      type: 'PER' as const,
      name: person.name,
      roles: person.roles,
      mentions: [mention(person.name)],
      rule: 'gold',
    })),
    ...[...(gold.organisations ?? []), ...(gold.places ?? [])].map((entry, index) => ({
      id: `other-${index}`,
      type: 'ORG' as const,
      name: entry.name,
      mentions: [mention(entry.name)],
      rule: 'gold',
    })),
  ];
  const idOf = (name: string) => entities.find((entity) => entity.name === name)?.id ?? name;
  return {
    id: gold.id,
    status: gold.status,
    source: {},
    language: { code: gold.language ?? 'und', confidence: 1 },
    text,
    sentences: [],
    entities,
    relations: [],
    events: gold.events.map((event, index) => ({
      id: `event-${index}`,
      type: event.type ?? 'unknown',
      cameo: cameoByType.get(event.type ?? '') ?? `${event.cameoRoot}0`,
      trigger: { text: event.trigger, start: 0, end: 0 },
      participants: event.participants.map((name) => ({ entity: idOf(name), role: 'participant' as const })),
      modality: event.modality,
      ...(event.time ? { time: { text: event.time, start: 0, end: 0, value: event.time } } : {}),
      sentence: 0,
      evidence: { start: 0, end: 0 },
      rule: 'gold',
      confidence: 1,
    })),
    pipeline: { name: 'gold', version: '0' },
    messages: [],
  };
}

describe('fixture gold', () => {
  it('has a gold file for every article and an article for every gold file', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(articles.map((article) => article.id).filter((id) => !golds.has(id))).toEqual([]);
    const articleIds = new Set(articles.map((article) => article.id));
    expect([...golds.keys()].filter((id) => !articleIds.has(id))).toEqual([]);
  });

  it.each(cases)('%s: persons and entries occur in the text', (id, article) => {
    const gold = goldOf(id);
    const text = article.input.text;
    for (const person of gold.persons) {
      const forms = person.nameInText === false ? (person.aliases ?? []) : [person.name];
      expect(forms.some((form) => text.includes(form)), `${person.name} not in ${id}`).toBe(true);
    }
    for (const entry of [...(gold.organisations ?? []), ...(gold.places ?? [])]) {
      const forms = [entry.name, ...(entry.aliases ?? [])];
      expect(forms.some((form) => text.includes(form)), `${entry.name} not in ${id}`).toBe(true);
    }
  });

  it.each(cases)('%s: events have known types, matching roots, triggers from the text and datable times', (id, article) => {
    const gold = goldOf(id);
    const text = article.input.text;
    const published = article.input.publishedAt ? Date.parse(article.input.publishedAt) : undefined;
    for (const event of gold.events) {
      const cameo = cameoByType.get(event.type ?? '');
      expect(cameo, `unknown type ${event.type} in ${id}`).toBeDefined();
      expect(cameo?.slice(0, 2), `${event.type} root in ${id}`).toBe(event.cameoRoot);
      for (const word of event.trigger.split(/[\s…]+/).filter(Boolean)) {
        expect(text.includes(word), `trigger word "${word}" not in ${id}`).toBe(true);
      }
      if (event.time) {
        expect(published, `${id} has event times but no publishedAt`).toBeDefined();
        const days = Math.abs(Date.parse(event.time) - (published ?? 0)) / 86_400_000;
        expect(days, `${event.time} too far from publication in ${id}`).toBeLessThan(60);
      }
    }
  });

  it.each(cases)('%s: a record that says what the gold says scores perfectly', (id, article) => {
    const gold = goldOf(id);
    const score = scoreArticle({ gold, record: recordFromGold(gold, article.input.text) });
    expect(score.status.accuracy).toBe(1);
    expect(score.language.accuracy).toBe(1);
    expect(score.persons.f1).toBe(1);
    expect(score.roles.f1).toBe(1);
    expect(score.events.f1).toBe(1);
    expect(score.eventTypes.f1).toBe(1);
    expect(score.modality.accuracy).toBe(1);
    expect(score.time.accuracy).toBe(1);
  });
});
