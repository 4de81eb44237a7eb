/**
 * Public API.
 *
 *   const pipeline = await loadPipeline('news-de');
 *   const record = pipeline.extract({ id: 'a1', text: 'Kanzler Friedrich Merz traf …' });
 */
export { loadPipeline, type LoadedPipeline, type ExtractOptions } from './pipeline/load-pipeline.ts';
export type { ArticleInput, Doc } from './doc/types.ts';
export { recordSchema, recordJsonSchema, type ArticleRecord, type OkRecord, type ErrorRecord } from './schema/record.ts';
