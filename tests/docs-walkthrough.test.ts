/** Runs every step of docs/rules.md on its real files, so the walkthrough stays true. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipeline, type OkRecord } from '../src/index.ts';
import { lintRulePack } from '../src/rules/lint-pack.ts';
import { builtinPackDirectory, defaultStages, writePipelineFile } from './helpers/pipelines.ts';

const root = resolve(import.meta.dirname, '..');
const fixture = (name: string) => readFileSync(resolve(root, 'fixtures', 'walkthrough', name), 'utf8');
const rulesOnlyStages = defaultStages.map((stage) => (stage.stage === 'recognise-entities' ? { stage: stage.stage, config: { model: false } } : stage));

function ok(record: ReturnType<Awaited<ReturnType<typeof loadPipeline>>['extract']>): OkRecord {
  if (record.status !== 'ok') throw new Error(JSON.stringify(record));
  return record;
}

describe('docs/rules.md walkthrough', () => {
  it('every example pack passes depesche check', () => {
    const builtin = lintRulePack(builtinPackDirectory);
    for (const pack of ['examples/newsroom-pack', 'examples/sanctions-pack', 'examples/news-ch/pack']) {
      expect(lintRulePack(resolve(root, pack), builtin).problems, pack).toEqual([]);
    }
  });

  it('step 1: a newsroom pack adds a politician', async () => {
    const pipeline = await loadPipeline(writePipelineFile({ name: 'newsroom', rulePacks: [builtinPackDirectory, resolve(root, 'examples/newsroom-pack')], stages: rulesOnlyStages }));
    const record = ok(pipeline.extract({ id: 'newsroom', text: fixture('newsroom.txt'), publishedAt: '2025-06-05' }));
    const mayor = record.entities.find((entity) => entity.name === 'Henrike Voßkamp');
    expect(mayor?.roles).toContainEqual({ title: 'Oberbürgermeisterin', country: 'DE' });
    expect(mayor?.mentions.map((mention) => mention.text)).toContain('Vosskamp');
    expect(record.events).toContainEqual(expect.objectContaining({ type: 'criticize', participants: expect.arrayContaining([{ entity: mayor!.id, role: 'source' }]) }));
  });

  it('step 2: a sanctions pack adds an event type', async () => {
    const plain = await loadPipeline(writePipelineFile({ name: 'plain', rulePacks: [builtinPackDirectory], stages: rulesOnlyStages }));
    expect(ok(plain.extract({ id: 's', text: fixture('sanctions.txt') })).events.map((event) => event.type)).not.toContain('sanction');
    const pipeline = await loadPipeline(writePipelineFile({ name: 'sanctions', rulePacks: [builtinPackDirectory, resolve(root, 'examples/sanctions-pack')], stages: rulesOnlyStages }));
    const record = ok(pipeline.extract({ id: 's', text: fixture('sanctions.txt') }));
    const nameOf = (id: string) => record.entities.find((entity) => entity.id === id)?.name;
    const sanctions = record.events.filter((event) => event.type === 'sanction');
    expect(sanctions.every((event) => event.cameo === '163')).toBe(true);
    expect(sanctions.map((event) => event.participants.map((participant) => `${participant.role}:${nameOf(participant.entity)}`))).toEqual([
      ['source:Europäische Union', 'target:Russland'],
      ['source:Großbritannien'],
    ]);
  });

  it('steps 3 and 4: the Swiss pipeline file with its pack and custom stage', async () => {
    const pipeline = await loadPipeline(resolve(root, 'examples/news-ch/news-ch.json'));
    expect(pipeline.stageNames).toContain('tag-topics');
    const record = ok(pipeline.extract({ id: 'ch', text: fixture('swiss.txt') }));
    const councillor = record.entities.find((entity) => entity.name === 'Karin Keller-Sutter');
    expect(councillor?.roles).toContainEqual({ title: 'Bundesrätin' });
    expect(record.events).toContainEqual(expect.objectContaining({ type: 'sign_agreement', modality: 'planned', rule: 'trigger:ch:abschliessen' }));
    expect(record.messages).toContainEqual(expect.objectContaining({ code: 'topic:trade' }));
    const bern = record.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'Bern'));
    expect(bern).toMatchObject({ type: 'ORG', country: 'CH' });
  });
});
