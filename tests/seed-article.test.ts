/**
 * The article the project started from (fixtures/articles/seed-willingness-coalition.txt): the acceptance case of
 * the pipeline issue. Nothing in the code names these people; they come from role patterns, the knowledge file,
 * linking and the event rules, which the other tests check on invented people.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type OkRecord } from '../src/index.ts';

let record: OkRecord;
const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;

beforeAll(async () => {
  const pipeline = await loadPipeline('news-de');
  const text = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', 'articles', 'seed-willingness-coalition.txt'), 'utf8');
  const result = pipeline.extract({ id: 'seed', text });
  if (result.status !== 'ok') throw new Error(JSON.stringify(result));
  record = result;
});

describe('the seed article', () => {
  it('finds exactly the six persons, each with role and country', () => {
    const persons = record.entities.filter((entity) => entity.type === 'PER');
    const surnames = persons.map((person) => person.name.split(' ').pop()).sort();
    expect(surnames).toEqual(['Macron', 'Meloni', 'Merz', 'Putin', 'Selenskyj', 'Starmer']);
    // Every role a person gets here (stated, described or from the knowledge file) is of the right country.
    const countriesOf = Object.fromEntries(persons.map((person) => [person.name.split(' ').pop(), [...new Set(person.roles?.map((role) => role.country))]]));
    expect(countriesOf).toEqual({ Macron: ['FR'], Starmer: ['GB'], Selenskyj: ['UA'], Merz: ['DE'], Meloni: ['IT'], Putin: ['RU'] });
    expect(persons.find((person) => person.name.endsWith('Putin'))?.roles).toEqual([
      { title: 'Präsident', country: 'RU' },
      { title: 'Führer', country: 'RU' },
    ]);
  });

  it('joins "Vladimir Zelensky" to Selenskyj and "den russischen Führer" to Putin', () => {
    const zelensky = record.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'Vladimir Zelensky'));
    expect(zelensky?.name).toBe('Wolodymyr Selenskyj');
    const putin = record.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'den russischen Führer'));
    expect(putin?.mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(['Wladimir Putin', 'Putin', 'den russischen Führer']));
  });

  it('reads Moskau as the Russian government where it acts, and the Élysée-Palast as the French one', () => {
    const russia = record.entities.find((entity) => entity.type === 'ORG' && entity.country === 'RU');
    expect(russia?.mentions.every((mention) => mention.kind === 'metonym' && mention.text === 'Moskau')).toBe(true);
    const france = record.entities.find((entity) => entity.type === 'ORG' && entity.country === 'FR');
    expect(france?.mentions.map((mention) => mention.text)).toEqual(['Élysée-Palast']);
  });

  it('finds the seven events with the right CAMEO root, modality and actors', () => {
    const events = record.events.map((event) => ({
      root: event.cameo.slice(0, 2),
      modality: event.modality,
      actors: event.participants.map((participant) => nameOf(participant.entity)?.split(' ').pop()).sort(),
    }));
    expect(events).toEqual(
      expect.arrayContaining([
        { root: '05', modality: 'asserted', actors: expect.arrayContaining(['Macron', 'Starmer']) },
        { root: '04', modality: 'planned', actors: [] },
        { root: '04', modality: 'expected', actors: ['Meloni', 'Merz', 'Selenskyj'] },
        { root: '04', modality: 'asserted', actors: ['Macron', 'Putin'] },
        { root: '02', modality: 'asserted', actors: ['Macron', 'Putin'] },
        { root: '12', modality: 'asserted', actors: ['Regierung'] },
        { root: '05', modality: 'asserted', actors: expect.arrayContaining(['Regierung']) },
      ]),
    );
    expect(record.events).toHaveLength(7);
    const appeal = record.events.find((event) => event.cameo.startsWith('02'))!;
    expect(appeal.participants.find((participant) => participant.role === 'target') && nameOf(appeal.participants.find((participant) => participant.role === 'target')!.entity)).toBe('Wladimir Putin');
    expect(appeal.theme?.text).toBe('Waffenstillstand');
  });
});
