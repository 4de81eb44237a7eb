import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadPipeline } from '../../src/index.ts';
import { defineStage } from '../../src/pipeline/stage.ts';
import { builtinPackDirectory, defaultStages, writePipelineFile } from '../helpers/pipelines.ts';

const rulesOnlyStages = defaultStages.map((stage) => (stage.stage === 'recognise-entities' ? { stage: stage.stage, config: { model: false } } : stage));

describe('pipeline loader', () => {
  it('rejects an unknown stage, naming the known ones', async () => {
    const file = writePipelineFile({ name: 'bad', stages: [{ stage: 'detect-language' }, { stage: 'tokenise-everything' }] });
    await expect(loadPipeline(file)).rejects.toThrow(/unknown stage 'tokenise-everything'; known stages: detect-language, segment/);
  });

  it('rejects a stage whose input no earlier stage produces, saying how to fix it', async () => {
    const file = writePipelineFile({ name: 'bad', rulePacks: [builtinPackDirectory], stages: [{ stage: 'detect-language' }, { stage: 'link-entities' }, { stage: 'build-record' }] });
    await expect(loadPipeline(file)).rejects.toThrow(/stage 'link-entities' needs 'mentions', which no earlier stage assigns; move it after a stage that assigns 'mentions'/);
  });

  it('rejects unknown keys in the pipeline file and in stage config', async () => {
    await expect(loadPipeline(writePipelineFile({ name: 'bad', stagez: [], stages: [{ stage: 'detect-language' }] }))).rejects.toThrow(/stagez/);
    await expect(
      loadPipeline(writePipelineFile({ name: 'bad', stages: [{ stage: 'detect-language', config: { acept: ['deu'] } }] })),
    ).rejects.toThrow(/stages\[0\] 'detect-language'.*acept/);
  });

  it('rejects a missing pipeline file with a hint', async () => {
    await expect(loadPipeline('no-such-pipeline')).rejects.toThrow(/no such pipeline file; give a built-in name/);
  });

  it('gives each loaded pipeline its own frozen rules: two pipelines share nothing mutable', async () => {
    const first = await loadPipeline(writePipelineFile({ name: 'one', rulePacks: [builtinPackDirectory], stages: rulesOnlyStages }));
    const second = await loadPipeline(writePipelineFile({ name: 'two', rulePacks: [builtinPackDirectory], stages: rulesOnlyStages }));
    expect(first.rules).not.toBe(second.rules);
    expect(Object.isFrozen(first.rules)).toBe(true);
    expect(Object.isFrozen(first.rules.roles)).toBe(true);
    expect(() => (first.rules.roles as unknown[]).push({})).toThrow();
    const text = 'Die lettische Regierungschefin Anna Kalnina traf den Gast.';
    expect(first.extract({ id: 'a', text })).toEqual({ ...second.extract({ id: 'a', text }), pipeline: { name: 'one', version: '0.0.0' } });
  });

  it('runs a custom stage registered through the API, in the order the file gives', async () => {
    const countWords = defineStage({
      name: 'count-words',
      description: 'Adds a message with the number of word tokens.',
      requires: ['tokens'],
      assigns: [],
      configSchema: z.strictObject({ code: z.string().default('word-count') }),
      create: (config) => (doc) => ({ ...doc, messages: [...doc.messages, { code: config.code, message: String(doc.tokens!.filter((token) => token.kind === 'word').length) }] }),
    });
    const file = writePipelineFile({ name: 'custom', rulePacks: [builtinPackDirectory], stages: [{ stage: 'detect-language' }, { stage: 'segment' }, { stage: 'count-words', config: { code: 'words' } }, { stage: 'build-record' }] });
    const pipeline = await loadPipeline(file, { stages: [countWords] });
    const record = pipeline.extract({ id: 'c', text: 'Drei kleine Wörter.' });
    expect(record.status === 'ok' && record.messages).toContainEqual({ code: 'words', message: '3' });
  });
});

describe('rule packs change the output without code changes', () => {
  it('a user pack adds a person, an alias and an event trigger', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'depesche-pack-'));
    const pack = join(directory, 'newsroom');
    mkdirSync(pack);
    writeFileSync(join(pack, 'pack.json'), JSON.stringify({ name: 'newsroom', version: '1.0.0' }));
    writeFileSync(join(pack, 'knowledge.jsonl'), JSON.stringify({ id: 'per:greta-holm', name: 'Greta Holm', type: 'PER', aliases: ['G. Holm'], roles: [{ title: 'Bürgermeisterin', country: 'DE' }] }) + '\n');
    writeFileSync(
      join(pack, 'triggers.jsonl'),
      JSON.stringify({ id: 'trigger:sanktionieren', type: 'sanction', cameo: '163', verb: { lemma: 'sanktionieren', present: 'sanktionier', past: 'sanktionierte', participle: 'sanktioniert' }, slots: { object: 'target' } }) + '\n',
    );
    const text = 'Greta Holm sanktionierte die Firma. Danach sprach Holm mit der Presse.';
    const withoutPack = await loadPipeline(writePipelineFile({ name: 'plain', rulePacks: [builtinPackDirectory], stages: rulesOnlyStages }, directory));
    const before = withoutPack.extract({ id: 'x', text });
    expect(before.status === 'ok' && before.events.map((event) => event.type)).not.toContain('sanction');

    const withPack = await loadPipeline(writePipelineFile({ name: 'newsroom', rulePacks: [builtinPackDirectory, pack], stages: rulesOnlyStages }, directory));
    const after = withPack.extract({ id: 'x', text });
    if (after.status !== 'ok') throw new Error(JSON.stringify(after));
    const holm = after.entities.find((entity) => entity.name === 'Greta Holm');
    expect(holm?.roles).toEqual([{ title: 'Bürgermeisterin', country: 'DE' }]);
    expect(holm?.mentions.map((mention) => mention.text)).toEqual(['Greta Holm', 'Holm']);
    expect(after.events).toContainEqual(expect.objectContaining({ type: 'sanction', cameo: '163', rule: 'trigger:sanktionieren', participants: [{ entity: holm!.id, role: 'source' }] }));
  });

  it('a user pattern wins over an overlapping built-in gazetteer match, and a user entry replaces a built-in one with its id', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'depesche-pack-'));
    const pack = join(directory, 'utilities');
    mkdirSync(pack);
    writeFileSync(join(pack, 'patterns.jsonl'), JSON.stringify({ id: 'pattern:stadtwerke', label: 'ORG', pattern: [{ text: 'Stadtwerke' }, { isCapitalised: true }] }) + '\n');
    writeFileSync(join(pack, 'places.jsonl'), JSON.stringify({ id: 'city:moskau', name: 'Moskwa', kind: 'city', country: 'RU' }) + '\n');
    const pipeline = await loadPipeline(writePipelineFile({ name: 'utilities', rulePacks: [builtinPackDirectory, pack], stages: rulesOnlyStages }, directory));
    const record = pipeline.extract({ id: 'u', text: 'Die Stadtwerke München erhöhen die Preise. In Moskwa blieb es ruhig, in Moskau auch.' });
    if (record.status !== 'ok') throw new Error(JSON.stringify(record));
    const utility = record.entities.find((entity) => entity.mentions.some((mention) => mention.text === 'Stadtwerke München'));
    expect(utility).toMatchObject({ type: 'ORG', rule: 'pattern:stadtwerke' });
    expect(record.entities.some((entity) => entity.name === 'München')).toBe(false);
    // The user's city:moskau replaced the built-in one: its name is found, the built-in "Moskau" no longer is.
    expect(record.entities.find((entity) => entity.name === 'Moskwa')?.mentions.map((mention) => mention.text)).toEqual(['Moskwa']);
    expect(record.entities.some((entity) => entity.mentions.some((mention) => mention.text === 'Moskau' && mention.rule === 'city:moskau'))).toBe(false);
  });

  it('user patterns match by phrase, by lower case and with optional words, in a pack of many', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'depesche-pack-'));
    const pack = join(directory, 'many');
    mkdirSync(pack);
    const filler = Array.from({ length: 100 }, (_, index) => ({ id: `pattern:filler-${index}`, label: 'ORG', phrase: `Firma Nummer${index} AG` }));
    const patterns = [
      ...filler,
      { id: 'pattern:phrase', label: 'ORG', phrase: 'Grüne Jugend Riga' },
      { id: 'pattern:lower', label: 'ORG', pattern: [{ lower: 'verkehrsbetriebe' }, { isCapitalised: true }] },
      { id: 'pattern:optional', label: 'ORG', pattern: [{ text: 'Holding', op: '?' }, { text: 'Baltica' }, { text: 'SE' }] },
    ];
    writeFileSync(join(pack, 'patterns.jsonl'), patterns.map((pattern) => JSON.stringify(pattern)).join('\n') + '\n');
    const pipeline = await loadPipeline(writePipelineFile({ name: 'many', rulePacks: [builtinPackDirectory, pack], stages: rulesOnlyStages }, directory));
    const record = pipeline.extract({ id: 'm', text: 'Die Grüne Jugend Riga kritisierte die VERKEHRSBETRIEBE Jurmala. Auch Baltica SE und die Firma Nummer7 AG äußerten sich.' });
    if (record.status !== 'ok') throw new Error(JSON.stringify(record));
    expect(record.entities.map((entity) => [entity.name, entity.rule]).filter(([, rule]) => rule.startsWith('pattern:'))).toEqual([
      ['Grüne Jugend Riga', 'pattern:phrase'],
      ['VERKEHRSBETRIEBE Jurmala', 'pattern:lower'],
      ['Baltica SE', 'pattern:optional'],
      ['Firma Nummer7 AG', 'pattern:filler-7'],
    ]);
  });

  it('a broken rule file fails loading with file, line and rule id', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'depesche-pack-'));
    writeFileSync(join(directory, 'roles.jsonl'), '{"id":"role:ok","title":"Landrat","kind":"official"}\n{"id":"role:bad","title":"Landrätin","kind":"mayor"}\n');
    const file = writePipelineFile({ name: 'broken', rulePacks: [builtinPackDirectory, directory], stages: rulesOnlyStages });
    await expect(loadPipeline(file)).rejects.toThrow(/roles\.jsonl:2: role:bad: kind/);
  });
});
