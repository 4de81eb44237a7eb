/**
 * Records from a pipeline that ends in build-record are not parsed a second time on the batch path; the
 * shortcut must write exactly what full validation writes, and anything record-shaped only in name still
 * goes through the schema.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractOne, validatesItsRecords } from '../../src/batch/extract-one.ts';
import { finishRecord, looksLikeRecord } from '../../src/batch/finished-record.ts';
import { expandInputs } from '../../src/batch/input-files.ts';
import { readInputs } from '../../src/batch/read-inputs.ts';
import { loadPipeline } from '../../src/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('finishRecord for records build-record validated', () => {
  it('writes the same line as full validation for every fixture article', async () => {
    const pipeline = await loadPipeline('news-de');
    expect(validatesItsRecords(pipeline)).toBe(true);
    let count = 0;
    for await (const item of readInputs(await expandInputs([`${root}fixtures/articles`]))) {
      if (item.kind !== 'article') continue;
      const record = pipeline.extract(item.article);
      const origin = { input: item.input, line: item.line };
      const full = finishRecord(record, item.article.id, origin, pipeline, false);
      expect(finishRecord(record, item.article.id, origin, pipeline, true)).toEqual(full);
      expect(extractOne(pipeline, { taskId: 1, article: item.article, ...origin })).toEqual(full);
      count += 1;
    }
    expect(count).toBeGreaterThan(10);
  });

  it('still validates what does not even look like a record', () => {
    const junk = { id: 'x', status: 'ok', entities: 'keine' };
    expect(looksLikeRecord(junk)).toBe(false);
    const finished = finishRecord(junk, 'x', {}, { name: 'p', version: '1' }, true);
    expect(finished.status).toBe('error');
    expect(finished.errorCode).toBe('invalid-record');
  });

  it('validates fully for pipelines that do not end in build-record', () => {
    expect(validatesItsRecords({ name: 'p', version: '1', extract: () => ({}) })).toBe(false);
    expect(validatesItsRecords({ name: 'p', version: '1', stageNames: ['build-record', 'mein-stage'], extract: () => ({}) })).toBe(false);
  });
});
