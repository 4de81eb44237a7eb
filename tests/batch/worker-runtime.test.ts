/**
 * How workers run: on the esbuild bundle of the worker module (plain JS, no tsx per worker) with the NER model
 * shared from the main thread, falling back to tsx when the pipeline needs it. Whatever the route, the records
 * must be the ones in-process extraction gives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InProcessExtractor } from '../../src/batch/in-process-extractor.ts';
import { expandInputs } from '../../src/batch/input-files.ts';
import { readInputs } from '../../src/batch/read-inputs.ts';
import { nerModelFiles, prepareSharedResources } from '../../src/batch/shared-resources.ts';
import type { ArticleItem } from '../../src/batch/source-item.ts';
import { bundledSharedResourcesWorkerUrl, bundledWorkerUrl } from '../../src/batch/worker-bundle.ts';
import { prepareSharedResourcesInWorker, WorkerPool, type Extractor } from '../../src/batch/worker-pool.ts';
import { defaultNerModelPath } from '../../src/ner/model-data.ts';
import { adoptCommonNouns, defaultCommonNounsPath, loadCommonNouns, readCommonNouns } from '../../src/lexicon/common-nouns.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function fixtureArticles(): Promise<ArticleItem[]> {
  const items: ArticleItem[] = [];
  for await (const item of readInputs(await expandInputs([`${root}fixtures/articles`]))) if (item.kind === 'article') items.push(item);
  return items;
}

async function recordLines(extractor: Extractor, articles: ArticleItem[]): Promise<string[]> {
  await extractor.start();
  try {
    const records = await Promise.all(articles.map((item) => extractor.extract({ article: item.article, input: item.input, line: item.line })));
    return records.map((record) => record.json);
  } finally {
    await extractor.close();
  }
}

describe('bundled extraction worker', () => {
  it('is built once and cached: the same file for the same sources, holding no import.meta of its own', async () => {
    const first = await bundledWorkerUrl();
    expect(first).toBeDefined();
    expect(await bundledWorkerUrl()).toEqual(first);
    const code = readFileSync(first!, 'utf8');
    expect(code).not.toMatch(/\bimport\.meta\b/);
    expect(code).not.toMatch(/from ["'](zod|franc)["']/); // packages are imported by absolute URL
  });

  it('gives the records in-process extraction gives, on the bundle and on tsx', async () => {
    delete process.env.DEPESCHE_PIPELINE_MODULE;
    const articles = await fixtureArticles();
    expect(articles.length).toBeGreaterThan(10);
    const expected = await recordLines(new InProcessExtractor(), articles);
    const bundled = new WorkerPool({ size: 2, timeoutMs: 60_000 });
    expect(await recordLines(bundled, articles)).toEqual(expected);
    expect(bundled.runtime).toBe('bundled');
    const tsx = new WorkerPool({ size: 1, timeoutMs: 60_000, runtime: 'tsx', shareData: false });
    expect(await recordLines(tsx, articles)).toEqual(expected);
    expect(tsx.runtime).toBe('tsx');
  });

  it('runs a pipeline with TypeScript stage modules on the bundle, registering tsx only for those modules', async () => {
    delete process.env.DEPESCHE_PIPELINE_MODULE;
    const pipeline = `${root}examples/news-ch/news-ch.json`;
    const articles = (await fixtureArticles()).slice(0, 3);
    const expected = await recordLines(new InProcessExtractor(pipeline), articles);
    const pool = new WorkerPool({ size: 1, timeoutMs: 60_000, pipeline });
    expect(await recordLines(pool, articles)).toEqual(expected);
    expect(pool.runtime).toBe('bundled');
  });
});

describe('shared resources', () => {
  it('finds the NER model a pipeline uses, and none when its model is switched off', () => {
    expect(nerModelFiles('news-de')).toEqual([defaultNerModelPath]);
    expect(nerModelFiles(`${root}examples/news-ch/news-ch.json`)).toEqual([]);
  });

  it('decodes the weight table into shared memory; an unreadable pipeline shares nothing', () => {
    const [model] = prepareSharedResources('news-de').nerModels;
    expect(model.data.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(prepareSharedResources(`${root}gibt/es/nicht.json`).nerModels).toEqual([]);
  });

  it('are decoded by a throw-away worker, on its bundle or through tsx, into memory the main thread shares', async () => {
    for (const bundledUrl of [await bundledSharedResourcesWorkerUrl(), undefined]) {
      const shared = await prepareSharedResourcesInWorker('news-de', bundledUrl);
      const [model] = shared.nerModels;
      expect(model.path).toBe(defaultNerModelPath);
      expect(model.data.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(model.data.header.gazetteer).toBe('');
      expect(shared.commonNouns!.forms.units.buffer).toBeInstanceOf(SharedArrayBuffer);
      // The same numbers as decoding here: the worker hands over the buffers, not a copy that could differ.
      const [local] = prepareSharedResources('news-de').nerModels;
      expect(model.data.weights.length).toBe(local.data.weights.length);
      expect(model.data.weights.slice(0, 4096)).toEqual(local.data.weights.slice(0, 4096));
    }
    expect((await prepareSharedResourcesInWorker(`${root}gibt/es/nicht.json`, undefined)).nerModels).toEqual([]);
  });

  it('shares the common-noun lexicon, which answers as a privately read one does', () => {
    const shared = prepareSharedResources('news-de').commonNouns!;
    expect(shared.forms.units.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.filterBits.buffer).toBeInstanceOf(SharedArrayBuffer);
    const own = readCommonNouns(defaultCommonNounsPath);
    adoptCommonNouns(shared);
    const adopted = loadCommonNouns();
    expect(adopted).not.toBe(own);
    expect(adopted.size).toBe(own.size);
    for (const word of ['Regierung', 'regierung', 'Regierungssprecher', 'Fiala', 'Ministerpräsidentin', 'Straße', 'ßtraße', 'Ölpreis', 'aber']) {
      expect(adopted.has(word), word).toBe(own.has(word));
      expect(adopted.compoundHead(word), word).toBe(own.compoundHead(word));
    }
  });
});
