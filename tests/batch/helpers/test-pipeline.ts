/**
 * A stand-in pipeline for batch tests (selected with DEPESCHE_PIPELINE_MODULE): instant, deterministic, and
 * misbehaving on purpose when the text asks for it, so time limits and crash handling can be tested.
 *   ENDLOS-SCHLEIFE      never returns (busy loop)
 *   WIRF-FEHLER          throws
 *   KAPUTTER-DATENSATZ   returns a record that fails the record schema
 *   LANGSAM              takes 25 ms (so a run can be killed half-way)
 *   SPEICHERHUNGRIG      holds about 80 MB of small objects while it works (for worker heap limits)
 * The pipeline named 'schwer' holds about 80 MB from loading on.
 * Entities: one PER entity per word starting with "Dr.", so counts are checkable.
 */
import type { ArticleInput } from '../../../src/doc/types.ts';

/** What the pipeline named 'schwer' holds for good: about 80 MB, like a big model. */
let ballast: Array<{ index: number }> = [];

export async function loadPipeline(nameOrPath = 'test-pipeline') {
  if (nameOrPath === 'gibt-es-nicht') throw new Error('no such pipeline: gibt-es-nicht');
  if (nameOrPath === 'schwer') ballast = Array.from({ length: 2_500_000 }, (_, index) => ({ index }));
  return {
    name: nameOrPath,
    version: '9.9.9',
    ballastSize: ballast.length,
    extract(article: ArticleInput) {
      if (article.text.includes('ENDLOS-SCHLEIFE')) for (;;);
      if (article.text.includes('LANGSAM')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
      if (article.text.includes('SPEICHERHUNGRIG')) {
        const held = Array.from({ length: 2_500_000 }, (_, index) => ({ index }));
        if (held.length === 0) throw new Error('unreachable'); // keeps `held` alive until here
      }
      if (article.text.includes('WIRF-FEHLER')) throw new RangeError('absichtlich geworfen');
      if (article.text.includes('KAPUTTER-DATENSATZ')) return { id: article.id, status: 'ok' };
      const doctors = [...article.text.matchAll(/Dr\. \p{Lu}\p{Ll}+/gu)];
      return {
        id: article.id ?? 'unknown',
        status: 'ok',
        source: { ...(article.title ? { title: article.title } : {}), ...(article.url ? { url: article.url } : {}) },
        language: { code: 'deu', confidence: 1 },
        text: article.text,
        sentences: [{ start: 0, end: article.text.length }],
        entities: doctors.map((match, index) => ({
          id: `e${index}`,
          type: 'PER',
          name: match[0],
          mentions: [{ text: match[0], start: match.index!, end: match.index! + match[0].length, sentence: 0, kind: 'name', rule: 'test' }],
          rule: 'test',
        })),
        relations: [],
        events: [],
        pipeline: { name: nameOrPath, version: '9.9.9' },
        messages: [],
      };
    },
  };
}
