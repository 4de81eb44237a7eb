// TEMPORARY STUB so other modules can be built against the API; replaced by the real loader.
import type { ArticleInput } from '../doc/types.ts';
import type { ArticleRecord } from '../schema/record.ts';

export interface ExtractOptions {
  explain?: boolean;
}

export interface LoadedPipeline {
  readonly name: string;
  readonly version: string;
  extract(article: ArticleInput, options?: ExtractOptions): ArticleRecord;
}

export async function loadPipeline(nameOrPath = 'news-de'): Promise<LoadedPipeline> {
  return {
    name: nameOrPath,
    version: '0.0.0',
    extract(article) {
      return {
        id: article.id ?? 'unknown',
        status: 'ok',
        source: { title: article.title },
        language: { code: 'deu', confidence: 1 },
        text: article.text,
        sentences: [],
        entities: [],
        relations: [],
        events: [],
        pipeline: { name: nameOrPath, version: '0.0.0' },
        messages: [],
      };
    },
  };
}
