/**
 * `depesche extract <input...>`: reads articles from files, folders, JSONL, CSV, feeds or stdin and writes one
 * validated record per article. Bad articles become error records; only unusable arguments stop the command.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { csvOptionProblem } from '../batch/read-csv.ts';
import { parseJsonFieldMap, type JsonFieldMap } from '../batch/json-fields.ts';
import { expandInputs, InputArgumentError, type InputFile } from '../batch/input-files.ts';
import { InProcessExtractor } from '../batch/in-process-extractor.ts';
import { ProgressReporter } from '../batch/progress.ts';
import { readInputs } from '../batch/read-inputs.ts';
import { createRecordWriter, outputTarget } from '../batch/record-writers.ts';
import { runBatch } from '../batch/run-batch.ts';
import { defaultCsvOptions, type CsvOptions } from '../batch/source-item.ts';
import { defaultAdaptiveHeapLimitMegabytes, PipelineLoadError, WorkerPool, type Extractor } from '../batch/worker-pool.ts';
import { ExplainingExtractor } from './explaining-extractor.ts';
import type { CommandIo } from './main.ts';

export const extractUsage = `Usage: depesche extract <input...> [options]

Inputs (any mix; folders are read recursively, sorted by path):
  file.txt               one article; the first non-empty line is the title, the file name the id
  file.json              one article object {"id"?, "text", "title"?, "url"?, "publishedAt"?}
  file.jsonl             one article object per line
  file.csv               one article per row (see --csv-* options)
  file.xml|.rss|.atom    an RSS or Atom feed; one article per item
  file.html|.htm         a saved article page: its headline and article text, without the page's
                         menus, teasers and footer (schema.org articleBody when the page has one)
  file.jsonl.gz, …       any of these gzip-compressed (decompressed as it streams)
  -                      JSONL on stdin (plain or gzip)

Options:
  -o, --out <target>         '-' for JSONL on stdout, 'file.jsonl' for one file, or a folder
                             for one <id>.json per record (default: output/)
      --pipeline <name|path> pipeline to run (default: news-de)
      --workers <n>          worker threads (default: ${availableParallelism()}, the number of cores);
                             0 runs in-process (no --timeout-ms then)
      --timeout-ms <ms>      per-article time limit; past it the article gets a 'timeout'
                             error record (default: 30000)
      --worker-heap-mb <mb>  strict heap limit per worker: an article that needs more gets an
                             error record (default: none; workers start at ${defaultAdaptiveHeapLimitMegabytes} MB, and the
                             limit doubles whenever one runs out of memory, its article tried again)
      --resume               skip articles whose id is already in the output
      --duplicates <policy>  keep (default) or drop: a repeated id or text becomes a
                             'skipped' record naming the article it repeats
      --quiet                no per-article lines on stderr (the summary stays)
      --explain              also print, per article, which rule or model produced each entity,
                             relation and event, and the near misses (stderr; slower)
  JSON and JSONL:
      --json-fields <map>    where the article fields are, as field=path pairs, e.g.
                             text=maintext,title=title,publishedAt=date_publish,id=meta.uuid
                             (fields: id, text, title, url, publishedAt; a text given as a list
                             of paragraphs is joined; unnamed fields are read from their own name)
  CSV:
      --csv-text-column <c>  column with the text (default: text)
      --csv-id-column <c>    column with the id (default: id, when present)
      --csv-title-column <c> column with the title (default: title, when present)
      --csv-delimiter <d>    field delimiter (default: ,)
      --csv-quote <q>        quote character (default: ")
      --csv-no-header        no header row: give columns by number, counting from 1
  -h, --help                 this help

Records go to the output; stderr gets one line per article and a summary.
Exit status: 0 when the run completed (also with error records), 2 for unusable arguments,
1 when the pipeline cannot be loaded or the output cannot be written.

Example (10kGNAD, 'label;'text'' rows):
  depesche extract news.csv --csv-no-header --csv-delimiter ';' --csv-quote "'" --csv-text-column 2 --out records.jsonl
`;

const optionSpec = {
  out: { type: 'string', short: 'o', default: 'output/' },
  pipeline: { type: 'string' },
  workers: { type: 'string' },
  'timeout-ms': { type: 'string', default: '30000' },
  'worker-heap-mb': { type: 'string' },
  resume: { type: 'boolean', default: false },
  duplicates: { type: 'string', default: 'keep' },
  quiet: { type: 'boolean', default: false },
  explain: { type: 'boolean', default: false },
  'json-fields': { type: 'string' },
  'csv-text-column': { type: 'string' },
  'csv-id-column': { type: 'string' },
  'csv-title-column': { type: 'string' },
  'csv-delimiter': { type: 'string', default: defaultCsvOptions.delimiter },
  'csv-quote': { type: 'string', default: defaultCsvOptions.quote },
  'csv-no-header': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export class UsageError extends Error {
  readonly code = 'usage';
}

function nonNegativeInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} expects a whole number, got '${value}'`);
  return Number(value);
}

export interface ExtractArguments {
  inputs: string[];
  out: string;
  pipeline?: string;
  workers: number;
  timeoutMs: number;
  workerHeapMegabytes?: number;
  resume: boolean;
  duplicates: 'keep' | 'drop';
  quiet: boolean;
  explain: boolean;
  csv: CsvOptions;
  json?: JsonFieldMap;
  help: boolean;
}

/** Parses and checks the arguments; throws UsageError with a message that says what to fix. */
export function parseExtractArguments(argv: string[]): ExtractArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const hasHeader = !values['csv-no-header'];
  const csv: CsvOptions = {
    textColumn: values['csv-text-column'] ?? defaultCsvOptions.textColumn,
    idColumn: values['csv-id-column'],
    titleColumn: values['csv-title-column'],
    delimiter: values['csv-delimiter'],
    quote: values['csv-quote'],
    hasHeader,
  };
  const result: ExtractArguments = {
    inputs: positionals,
    out: values.out,
    pipeline: values.pipeline,
    workers: values.workers === undefined ? availableParallelism() : nonNegativeInteger(values.workers, '--workers'),
    timeoutMs: nonNegativeInteger(values['timeout-ms'], '--timeout-ms'),
    workerHeapMegabytes: values['worker-heap-mb'] === undefined ? undefined : nonNegativeInteger(values['worker-heap-mb'], '--worker-heap-mb'),
    resume: values.resume,
    duplicates: values.duplicates as 'keep' | 'drop',
    quiet: values.quiet,
    explain: values.explain,
    csv,
    help: values.help,
  };
  if (values['json-fields'] !== undefined) {
    try {
      result.json = parseJsonFieldMap(values['json-fields']);
    } catch (error) {
      throw new UsageError(`--json-fields: ${(error as Error).message}`);
    }
  }
  if (result.help) return result;
  if (positionals.length === 0) throw new UsageError('no input given: name files, folders, or - for JSONL on stdin');
  if (positionals.filter((input) => input === '-').length > 1) throw new UsageError("stdin ('-') can be read only once");
  if (values.duplicates !== 'keep' && values.duplicates !== 'drop') throw new UsageError(`--duplicates expects keep or drop, got '${values.duplicates}'`);
  if (result.timeoutMs === 0) throw new UsageError('--timeout-ms must be greater than 0');
  if (result.resume && result.out === '-') throw new UsageError('--resume needs an output file or folder, not stdout');
  if (csv.delimiter.length === 0 || csv.quote.length !== 1) throw new UsageError('--csv-delimiter must not be empty and --csv-quote must be one character');
  if (!hasHeader && values['csv-text-column'] === undefined) throw new UsageError('--csv-no-header needs --csv-text-column <number>');
  const csvProblem = csvOptionProblem(csv);
  if (csvProblem) throw new UsageError(csvProblem);
  return result;
}

/** The total is known up front only when every input is one article per file; then the progress line has an ETA. */
function knownTotal(files: InputFile[]): number | undefined {
  return files.every((file) => file.format === 'text') ? files.length : undefined;
}

export async function runExtractCommand(argv: string[], io: CommandIo): Promise<number> {
  let args: ExtractArguments;
  let files: InputFile[];
  try {
    args = parseExtractArguments(argv);
    if (args.help) {
      io.stdout.write(extractUsage);
      return 0;
    }
    files = await expandInputs(args.inputs);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputArgumentError) {
      io.stderr.write(`depesche extract: ${error.message}\nRun 'depesche extract --help' for usage.\n`);
      return 2;
    }
    throw error;
  }

  const baseExtractor: Extractor =
    args.workers === 0 ? new InProcessExtractor(args.pipeline) : new WorkerPool({ size: args.workers, pipeline: args.pipeline, timeoutMs: args.timeoutMs, heapLimitMegabytes: args.workerHeapMegabytes });
  const extractor = args.explain ? new ExplainingExtractor(baseExtractor, args.pipeline, io.stderr) : baseExtractor;
  try {
    const pipeline = await extractor.start();
    const writer = createRecordWriter(outputTarget(args.out), io.stdout);
    if (args.resume) {
      const existing = await writer.loadExisting();
      io.stderr.write(`resume: ${existing} records already in ${args.out}\n`);
    }
    const reporter = new ProgressReporter({ stderr: io.stderr, quiet: args.quiet, total: knownTotal(files) });
    const { counts } = await runBatch({
      items: readInputs(files, { csv: args.csv, json: args.json, stdin: io.stdin }),
      extractor,
      pipeline,
      writer,
      duplicates: args.duplicates,
      resume: args.resume,
      maximumInFlight: Math.max(8, args.workers * 4),
      reporter,
    });
    reporter.finish(counts);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`depesche extract: ${error instanceof PipelineLoadError ? message : `run failed: ${message}`}\n`);
    return 1;
  } finally {
    await extractor.close();
  }
}
