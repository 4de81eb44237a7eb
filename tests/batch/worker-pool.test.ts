/** Time limits and crashes in the worker pool: a stuck article becomes a `timeout` record and the run goes on. */
import { describe, expect, it } from 'vitest';
import { pipelineModuleVariable } from '../../src/batch/pipeline-module.ts';
import { WorkerPool } from '../../src/batch/worker-pool.ts';
import { parseJsonLines, runCli, testPipelineModule } from './helpers/run-cli.ts';

const article = (id: string, text: string) => ({ article: { id, text }, input: 'test' });

describe('WorkerPool', () => {
  it('times out a stuck article, replaces the worker, and finishes the others', async () => {
    process.env[pipelineModuleVariable] = testPipelineModule;
    const pool = new WorkerPool({ size: 1, timeoutMs: 400 });
    try {
      expect(await pool.start()).toEqual({ name: 'test-pipeline', version: '9.9.9' });
      const started = performance.now();
      const results = await Promise.all([
        pool.extract(article('vorher', 'Eine Meldung.')),
        pool.extract(article('haengt', 'ENDLOS-SCHLEIFE')),
        pool.extract(article('nachher', 'Dr. Krause lobte das Ergebnis.')),
      ]);
      expect(results.map((record) => [record.id, record.status, record.errorCode])).toEqual([
        ['vorher', 'ok', undefined],
        ['haengt', 'error', 'timeout'],
        ['nachher', 'ok', undefined],
      ]);
      expect(results[2].entityCount).toBe(1);
      expect(JSON.parse(results[1].json)).toMatchObject({ error: { code: 'timeout', input: 'test' }, pipeline: { name: 'test-pipeline' } });
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      await pool.close();
      delete process.env[pipelineModuleVariable];
    }
  });

  it('gives articles a worker had queued when it hung to its replacement, each with its own time limit', async () => {
    process.env[pipelineModuleVariable] = testPipelineModule;
    const pool = new WorkerPool({ size: 1, timeoutMs: 400, prefetch: 3 });
    try {
      await pool.start();
      const texts = ['Erste.', 'ENDLOS-SCHLEIFE', 'LANGSAM Dr. Krause', 'LANGSAM Dritte.', 'ENDLOS-SCHLEIFE', 'Letzte.'];
      const results = await Promise.all(texts.map((text, index) => pool.extract(article(`a${index}`, text))));
      expect(results.map((record) => `${record.id}:${record.status}`)).toEqual(['a0:ok', 'a1:error', 'a2:ok', 'a3:ok', 'a4:error', 'a5:ok']);
      expect(results[1].errorCode).toBe('timeout');
      expect(results[4].errorCode).toBe('timeout');
      expect(results[2].entityCount).toBe(1);
    } finally {
      await pool.close();
      delete process.env[pipelineModuleVariable];
    }
  });

  it('raises its own heap limit when a worker runs out of memory under it, and tries the article again', async () => {
    process.env[pipelineModuleVariable] = testPipelineModule;
    const pool = new WorkerPool({ size: 1, timeoutMs: 20_000, adaptiveHeapLimitMegabytes: 32 });
    try {
      await pool.start();
      const results = await Promise.all(['Vorher.', 'SPEICHERHUNGRIG', 'Nachher.'].map((text, index) => pool.extract(article(`m${index}`, text))));
      expect(results.map((record) => `${record.id}:${record.status}`)).toEqual(['m0:ok', 'm1:ok', 'm2:ok']);
      expect(pool.workerHeapLimitMegabytes).toBeGreaterThanOrEqual(64);
    } finally {
      await pool.close();
      delete process.env[pipelineModuleVariable];
    }
  });

  it('loads a pipeline too big for its starting heap limit with a raised one', async () => {
    process.env[pipelineModuleVariable] = testPipelineModule;
    const pool = new WorkerPool({ size: 2, timeoutMs: 20_000, pipeline: 'schwer', adaptiveHeapLimitMegabytes: 32 });
    try {
      expect(await pool.start()).toEqual({ name: 'schwer', version: '9.9.9' });
      expect(pool.workerHeapLimitMegabytes).toBeGreaterThanOrEqual(128);
      expect((await pool.extract(article('x', 'Dr. Krause.'))).status).toBe('ok');
    } finally {
      await pool.close();
      delete process.env[pipelineModuleVariable];
    }
  });

  it('keeps a heap limit given by the user: the article that needs more fails, the run goes on', async () => {
    process.env[pipelineModuleVariable] = testPipelineModule;
    const pool = new WorkerPool({ size: 1, timeoutMs: 20_000, heapLimitMegabytes: 32 });
    try {
      await pool.start();
      const results = await Promise.all(['SPEICHERHUNGRIG', 'Nachher.'].map((text, index) => pool.extract(article(`s${index}`, text))));
      expect(results.map((record) => `${record.id}:${record.status}`)).toEqual(['s0:error', 's1:ok']);
      expect(results[0].errorCode).toBe('extraction-failed');
      expect(pool.workerHeapLimitMegabytes).toBe(32);
    } finally {
      await pool.close();
      delete process.env[pipelineModuleVariable];
    }
  });

  it('rejects start() with a clear error when the pipeline cannot be loaded', async () => {
    process.env[pipelineModuleVariable] = testPipelineModule;
    const pool = new WorkerPool({ size: 2, timeoutMs: 1000, pipeline: 'gibt-es-nicht' });
    try {
      await expect(pool.start()).rejects.toThrow(/cannot load pipeline 'gibt-es-nicht': no such pipeline/);
    } finally {
      await pool.close();
      delete process.env[pipelineModuleVariable];
    }
  });
});

describe('depesche extract --timeout-ms', () => {
  it('writes a timeout error record in input order and keeps going', async () => {
    const texts = ['Erste.', 'ENDLOS-SCHLEIFE', 'Dritte.', 'Vierte.', 'Fünfte.'];
    const input = texts.map((text, index) => JSON.stringify({ id: `t${index + 1}`, text })).join('\n');
    const result = await runCli(['extract', '-', '--out', '-', '--workers', '2', '--timeout-ms', '500'], { input });
    expect(result.code).toBe(0);
    const records = parseJsonLines(result.stdout);
    expect(records.map((record) => `${record.id}:${record.status}`)).toEqual(['t1:ok', 't2:error', 't3:ok', 't4:ok', 't5:ok']);
    expect(records[1].error).toMatchObject({ code: 'timeout', line: 2, input: '-' });
  });
});
