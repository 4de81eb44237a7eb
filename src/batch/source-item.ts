/**
 * What the readers yield: either an article ready for extraction or a problem that becomes an error record.
 * Readers never throw for bad content; only unusable arguments (a missing file) stop a run.
 */
import type { ArticleInput } from '../doc/types.ts';

/** Stable error codes of error records written by the batch path. */
export type BatchErrorCode =
  | 'invalid-json'
  | 'invalid-article'
  | 'empty-text'
  | 'invalid-csv'
  | 'invalid-feed'
  | 'unreadable-input'
  | 'extraction-failed'
  | 'invalid-record'
  | 'timeout';

/** Something the reader noticed about the input that the article's record should say (a message, as a warning). */
export interface InputNote {
  code: string;
  message: string;
}

export interface ArticleItem {
  kind: 'article';
  /** Always set: readers derive a stable id (`<file-stem>#<line>`) when the input has none. */
  article: ArticleInput & { id: string };
  /** The file (or `-` for stdin) the article came from. */
  input: string;
  line?: number;
  notes?: InputNote[];
}

export interface ProblemItem {
  kind: 'problem';
  id: string;
  code: BatchErrorCode;
  message: string;
  input: string;
  line?: number;
}

export type SourceItem = ArticleItem | ProblemItem;

export interface CsvOptions {
  /** Column holding the text: a header name, or a 1-based column number with `hasHeader: false`. */
  textColumn: string;
  idColumn?: string;
  titleColumn?: string;
  delimiter: string;
  quote: string;
  hasHeader: boolean;
}

export const defaultCsvOptions: CsvOptions = { textColumn: 'text', delimiter: ',', quote: '"', hasHeader: true };
