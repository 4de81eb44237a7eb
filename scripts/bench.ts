/**
 * `npm run bench`: end-to-end batch throughput over the 10kGNAD test split (1,028 German articles) with 1 and
 * with 2 workers, against compromise's `nlp(text).people()` over the same texts as the reference peer.
 * `npm run bench -- --stream 100000` adds a memory run: the `depesche extract` command itself, as a data team runs
 * it, reading a 100,000-article JSONL stream on stdin (the corpus repeated under new ids, generated here as it is
 * read) and writing the records to stdout (counted and discarded here); it reports the command's peak RSS, sampled
 * from /proc (Linux). `--stream-workers N` (default 1; 0 runs in-process), `--stream-only` skips the other runs. For all pipeline runs: `--pipeline NAME` picks the pipeline, `--worker-heap-mb MB`
 * caps each worker's heap, `--repeat N` alternates the 1- and 2-worker runs N times; `--runtime tsx`,
 * `--no-share` and `--prefetch N` switch the pool's mechanisms off or on, to compare them in one command;
 * `--no-peer` leaves compromise out (for quick comparisons of the pipeline's own runs).
 * Between the pipeline's runs and the peer's, a fixed CPU kernel runs in one thread and then in two
 * (machine-scaling.ts): the 2-thread ratio the host itself allows at that moment, against which the pipeline's
 * worker ratio is read.
 *
 * Each measurement runs in its own child process so peak memory (maxRSS, which covers the worker threads too)
 * belongs to that measurement alone. Throughput is timed from the moment the pipeline is loaded in every worker,
 * so the one-off load time (reported separately) does not distort the worker ratio.
 * Each contender then goes over the corpus again in the same process ("warm", then "pass 3"; `--passes N` sets how
 * often): over the first 1,028 articles every worker's V8 still compiles the hot code (about 3 s of CPU per worker on
 * helper threads), which a job over thousands of articles pays once; the later passes show the rate such a job
 * settles at. Ratios are printed for every pass.
 * Tokens are whitespace-separated words of the article text, the same count for every contender.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readCsv } from '../src/batch/read-csv.ts';
import { StreamRecordWriter } from '../src/batch/record-writers.ts';
import { runBatch } from '../src/batch/run-batch.ts';
import type { ArticleItem, CsvOptions, SourceItem } from '../src/batch/source-item.ts';
import { InProcessExtractor } from '../src/batch/in-process-extractor.ts';
import { WorkerPool, type Extractor, type WorkerPoolOptions } from '../src/batch/worker-pool.ts';
import { measureMachineScaling, type MachineScaling } from './machine-scaling.ts';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = join(repositoryRoot, '..', 'shared', 'data', 'news-de', '10kGNAD-test.csv');
const corpusCsv: CsvOptions = { textColumn: '2', delimiter: ';', quote: "'", hasHeader: false };
/**
 * Passes over the corpus per contender and process (`--passes N`). The first pays for V8 compiling the hot code in
 * every worker; by the third a job over thousands of articles runs at the rate it keeps (the compiler threads' share
 * falls from 3 ms per article in the first pass to under 1 ms).
 */
const defaultPasses = 3;

interface Measurement {
  label: string;
  articles: number;
  seconds: number;
  megabytes: number;
  tokens: number;
  peakRssMegabytes: number;
  /** CPU seconds (all threads, GC included) per wall-clock second: how many cores the run kept busy. */
  coresBusy: number;
  loadSeconds?: number;
  records?: { ok: number; skipped: number; error: number };
  /** What the workers ran on: 'bundled' (plain JS) or 'tsx'. */
  runtime?: string;
  /**
   * Cores kept busy by everything else on the machine during the run (Linux only): the machine is shared, so a
   * worker ratio measured while another job took a core says little. Whole-machine busy time minus ours.
   */
  otherCores?: number;
  /**
   * Where our CPU time went, in milliseconds per article (Linux, worker runs only): the main thread (reading,
   * writing), the worker threads (extraction), and our other threads (V8's garbage-collector and compiler helpers,
   * libuv; a worker replaced mid-run counts here too). The last share is what one worker costs beyond its own core,
   * and so what caps the gain of a second.
   */
  threadMilliseconds?: { main: number; workers: number; helpers: number };
}

/** How the pool runs; the bench flags --runtime, --no-share and --prefetch set these to compare mechanisms in one command. */
type PoolSettings = Pick<WorkerPoolOptions, 'runtime' | 'shareData' | 'prefetch' | 'heapLimitMegabytes'>;
type ChildTask = ({ kind: 'pipeline'; workers: number; pipeline?: string; passes: number } & PoolSettings) | { kind: 'compromise'; passes: number } | { kind: 'machine' };

/** How a pass over the corpus is named in the table: the first, the warm second, then by number. */
function passSuffix(pass: number): string {
  return pass === 0 ? '' : pass === 1 ? ', warm' : `, pass ${pass + 1}`;
}

function passName(pass: number): string {
  return pass === 0 ? 'first pass' : pass === 1 ? 'warm pass' : `pass ${pass + 1}`;
}

function countTokens(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

async function corpusArticles(): Promise<ArticleItem[]> {
  const articles: ArticleItem[] = [];
  for await (const item of readCsv(corpusPath, corpusCsv)) if (item.kind === 'article') articles.push(item);
  return articles;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Busy and total CPU time of the whole machine so far, in seconds, from /proc/stat; undefined elsewhere. */
function machineCpuSeconds(): { busy: number; total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const ticksPerSecond = 100; // USER_HZ, 100 on every Linux platform Node supports
    const idle = fields[3] + fields[4];
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: (total - idle) / ticksPerSecond, total: total / ticksPerSecond };
  } catch {
    return undefined;
  }
}

function otherCores(machineStarted: ReturnType<typeof machineCpuSeconds>, ownCores: number, seconds: number): number | undefined {
  const now = machineCpuSeconds();
  if (!machineStarted || !now) return undefined;
  return Math.max(0, (now.busy - machineStarted.busy) / seconds - ownCores);
}

/** CPU seconds so far of each of this process's threads, by OS thread id (Linux); empty elsewhere. */
function threadCpuSeconds(): Map<number, number> {
  const seconds = new Map<number, number>();
  try {
    for (const id of readdirSync('/proc/self/task')) {
      // Fields after the parenthesised name: utime and stime are the 12th and 13th of them, in clock ticks.
      const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seconds.set(Number(id), (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // Not Linux, or a thread ended while being read: no breakdown.
  }
  return seconds;
}

function threadBreakdown(before: Map<number, number>, workerIds: number[], articles: number): Measurement['threadMilliseconds'] {
  const after = threadCpuSeconds();
  if (after.size === 0 || workerIds.length === 0) return undefined;
  const spent = (id: number) => (after.get(id) ?? 0) - (before.get(id) ?? 0);
  let total = 0;
  for (const id of after.keys()) total += spent(id);
  const main = spent(process.pid);
  const workers = workerIds.reduce((sum, id) => sum + spent(id), 0);
  const perArticle = (value: number) => Math.round((value / articles) * 100_000) / 100;
  return { main: perArticle(main), workers: perArticle(workers), helpers: perArticle(total - main - workers) };
}

function peakRssMegabytes(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A first pass and a warm second pass over the corpus, through the same workers. */
async function measurePipeline(task: Extract<ChildTask, { kind: 'pipeline' }>): Promise<Measurement[]> {
  const articles = await corpusArticles();
  let bytes = 0;
  let tokens = 0;
  async function* counted(): AsyncGenerator<SourceItem> {
    for (const item of articles) {
      bytes += Buffer.byteLength(item.article.text);
      tokens += countTokens(item.article.text);
      yield item;
    }
  }
  // Sink that discards the JSONL but still pays for serialisation and stream back-pressure.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const loadStarted = performance.now();
  const pool: Extractor = task.workers === 0 ? new InProcessExtractor(task.pipeline) : new WorkerPool({ size: task.workers, pipeline: task.pipeline, timeoutMs: 60_000, heapLimitMegabytes: task.heapLimitMegabytes, runtime: task.runtime, shareData: task.shareData, prefetch: task.prefetch });
  const pipeline = await pool.start();
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const measurePass = async (pass: number): Promise<Measurement> => {
    bytes = 0;
    tokens = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const machineStarted = machineCpuSeconds();
    const threadsStarted = threadCpuSeconds();
    const { counts } = await runBatch({
      items: counted(),
      extractor: pool,
      pipeline,
      writer: new StreamRecordWriter(sink),
      maximumInFlight: Math.max(8, task.workers * 4),
    });
    const seconds = (performance.now() - started) / 1000;
    const coresBusy = cpuSeconds(cpuStarted) / seconds;
    return {
      label: `${pipeline.name} ${pipeline.version}, ${task.workers === 0 ? 'in-process' : `${task.workers} worker${task.workers > 1 ? 's' : ''}`}${passSuffix(pass)}`,
      articles: counts.read,
      seconds,
      megabytes: bytes / 1e6,
      tokens,
      peakRssMegabytes: peakRssMegabytes(),
      coresBusy,
      loadSeconds: pass === 0 ? loadSeconds : undefined,
      records: { ok: counts.ok, skipped: counts.skipped, error: counts.error },
      runtime: pool instanceof WorkerPool ? pool.runtime : 'in-process',
      otherCores: otherCores(machineStarted, coresBusy, seconds),
      threadMilliseconds: pool instanceof WorkerPool ? threadBreakdown(threadsStarted, pool.workerOsThreadIds, counts.read) : undefined,
    };
  };
  try {
    const measurements: Measurement[] = [];
    for (let pass = 0; pass < task.passes; pass++) measurements.push(await measurePass(pass));
    return measurements;
  } finally {
    await pool.close();
  }
}

/** compromise over the corpus as many times as the pipeline, in one process, like the pipeline's passes. */
async function measureCompromise(passes: number): Promise<Measurement[]> {
  const texts = (await corpusArticles()).map((item) => item.article.text);
  const loadStarted = performance.now();
  const { default: nlp } = await import('compromise');
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const measurements: Measurement[] = [];
  for (let pass = 0; pass < passes; pass++) measurements.push(measureCompromisePass(nlp, texts, pass, pass === 0 ? loadSeconds : undefined));
  return measurements;
}

function measureCompromisePass(nlp: (text: string) => { people(): { length: number } }, texts: string[], pass: number, loadSeconds?: number): Measurement {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const machineStarted = machineCpuSeconds();
  let people = 0;
  for (const text of texts) people += nlp(text).people().length;
  const seconds = (performance.now() - started) / 1000;
  const coresBusy = cpuSeconds(cpuStarted) / seconds;
  void people;
  return {
    label: `compromise nlp(text).people()${passSuffix(pass)}`,
    articles: texts.length,
    seconds,
    megabytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6,
    tokens: texts.reduce((sum, text) => sum + countTokens(text), 0),
    peakRssMegabytes: peakRssMegabytes(),
    coresBusy,
    loadSeconds,
    otherCores: otherCores(machineStarted, coresBusy, seconds),
  };
}

/**
 * The Node.js flags the depesche command starts with, read off its launcher line (bin/depesche.js), so that the
 * pipeline is measured as users run it; the peer runs with Node's defaults, as its users run it.
 */
function launcherNodeFlags(): string[] {
  const launcher = readFileSync(join(repositoryRoot, 'bin', 'depesche.js'), 'utf8').split('\n')[1] ?? '';
  return [...(/ node ((?:--[\w-]+(?:=\S+)? )*)"\$0"/.exec(launcher)?.[1] ?? '').matchAll(/--[\w-]+(?:=\S+)?/g)].map((match) => match[0]);
}

/** The passes of one contender, measured in a child process of its own. */
function runChild(task: Exclude<ChildTask, { kind: 'machine' }>): Measurement[] {
  return runChildProcess(task) as Measurement[];
}

/** The machine's own 2-thread scaling (machine-scaling.ts), under the pipeline's Node flags. */
function runMachineScaling(): MachineScaling {
  return (runChildProcess({ kind: 'machine' }) as MachineScaling[])[0];
}

function runChildProcess(task: ChildTask): unknown[] {
  const flags = task.kind === 'compromise' ? [] : launcherNodeFlags();
  const result = spawnSync(process.execPath, [...flags, join(repositoryRoot, 'bin', 'run-ts.js'), fileURLToPath(import.meta.url), '--child', JSON.stringify(task)], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !lastLine.startsWith('[')) {
    throw new Error(`benchmark child ${JSON.stringify(task)} failed (exit ${result.status}): ${result.stdout.slice(-500)}`);
  }
  return JSON.parse(lastLine) as unknown[];
}

/** Peak RSS (VmHWM) and CPU seconds so far of another process, from /proc; undefined where there is none. */
function processFigures(pid: number): { peakKilobytes: number; cpuSeconds: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // An exited process not yet reaped still has a status, without its memory lines: no sample then.
    const peak = /VmHWM:\s+(\d+)/.exec(status)?.[1];
    return peak === undefined ? undefined : { peakKilobytes: Number(peak), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return undefined;
  }
}

/**
 * The memory run: `depesche extract - --out -` in a child process, fed `total` articles as JSONL (the corpus
 * repeated under new ids, written as the command reads them) with its records counted and discarded. The
 * command's peak RSS and CPU are sampled from /proc every 200 ms (the last sample before it exits is kept; the
 * peak, VmHWM, is the kernel's own high-water mark, so sampling misses nothing but the last 200 ms).
 */
async function measureCommandStream(total: number, workers: number, pipeline: string | undefined): Promise<Measurement> {
  const articles = await corpusArticles();
  const tokenCounts = articles.map((item) => countTokens(item.article.text));
  const byteCounts = articles.map((item) => Buffer.byteLength(item.article.text));
  const command = join(repositoryRoot, 'bin', 'depesche.js');
  const args = ['extract', '-', '--out', '-', '--workers', String(workers), ...(pipeline ? ['--pipeline', pipeline] : [])];
  // Started as a program, the way npx and the npm bin link start it, so its launcher line sets what it sets for
  // users (bin/depesche.js); Windows has no such start, so there it is `node bin/depesche.js`.
  const child = process.platform === 'win32'
    ? spawn(process.execPath, [command, ...args], { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(command, args, { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  let figures: ReturnType<typeof processFigures>;
  const sampler = setInterval(() => (figures = processFigures(child.pid!) ?? figures), 200);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  child.stdout!.resume();
  const exited = once(child, 'close');
  const started = performance.now();
  const machineStarted = machineCpuSeconds();
  let bytes = 0;
  let tokens = 0;
  for (let index = 0; index < total; index++) {
    const source = articles[index % articles.length];
    bytes += byteCounts[index % articles.length];
    tokens += tokenCounts[index % articles.length];
    const line = `${JSON.stringify({ id: `stream#${index + 1}`, text: source.article.text })}\n`;
    if (!child.stdin!.write(line)) await once(child.stdin!, 'drain');
  }
  child.stdin!.end();
  const [code] = (await exited) as [number | null];
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const summary = /read (\d+): ok (\d+), skipped (\d+).*?, error (\d+)/.exec(stderr);
  if (code !== 0 || !summary) throw new Error(`depesche extract failed (exit ${code}): ${stderr.slice(-500)}`);
  const coresBusy = (figures?.cpuSeconds ?? 0) / seconds;
  return {
    // The launcher caps glibc's malloc arenas at 2 unless MALLOC_ARENA_MAX is set already (bin/depesche.js).
    label: `stream of ${total}, ${workers === 0 ? 'in-process' : `${workers} worker${workers > 1 ? 's' : ''}`} (command${process.env.MALLOC_ARENA_MAX ? `, MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX}` : ''})`,
    articles: Number(summary[1]),
    seconds,
    megabytes: bytes / 1e6,
    tokens,
    peakRssMegabytes: (figures?.peakKilobytes ?? 0) / 1024,
    coresBusy,
    records: { ok: Number(summary[2]), skipped: Number(summary[3]), error: Number(summary[4]) },
    otherCores: otherCores(machineStarted, coresBusy, seconds),
  };
}

const rate = (measurement: Measurement, amount: number): number => amount / measurement.seconds;

function formatRow(measurement: Measurement): string {
  const cells = [
    measurement.label.padEnd(34),
    rate(measurement, measurement.articles).toFixed(1).padStart(10),
    rate(measurement, measurement.megabytes).toFixed(2).padStart(8),
    Math.round(rate(measurement, measurement.tokens)).toLocaleString('en-US').padStart(11),
    `${measurement.peakRssMegabytes.toFixed(0)} MB`.padStart(10),
    `${measurement.seconds.toFixed(1)} s`.padStart(9),
    measurement.coresBusy.toFixed(2).padStart(6),
    measurement.loadSeconds === undefined ? ''.padStart(8) : `${measurement.loadSeconds.toFixed(2)} s`.padStart(8),
    measurement.otherCores === undefined ? ''.padStart(7) : measurement.otherCores.toFixed(2).padStart(7),
    (measurement.runtime ?? '').padEnd(8),
    measurement.threadMilliseconds ? `${measurement.threadMilliseconds.main.toFixed(2)}+${measurement.threadMilliseconds.workers.toFixed(2)}+${measurement.threadMilliseconds.helpers.toFixed(2)}` : '',
  ];
  return cells.join(' ');
}

function verdict(value: number, target: number, higherIsBetter = true): string {
  const met = higherIsBetter ? value >= target : value < target;
  return met ? 'met' : 'NOT met';
}

function optionValue(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

const benchUsage = `Usage: npm run bench -- [--stream N] [--stream-workers N] [--stream-only] [--pipeline NAME] [--worker-heap-mb MB]
         [--repeat N] [--passes N] [--runtime tsx] [--no-share] [--prefetch N] [--no-peer]
Batch throughput over the 10kGNAD articles in ../shared with 1 and 2 workers, against compromise's .people();
--stream N adds the memory run of 'depesche extract' over an N-article stream.
`;

async function main(argv: string[]): Promise<void> {
  const childTask = optionValue(argv, '--child');
  if (childTask) {
    const task = JSON.parse(childTask) as ChildTask;
    const passes = task.kind === 'machine' ? [await measureMachineScaling()] : task.kind === 'compromise' ? await measureCompromise(task.passes) : await measurePipeline(task);
    process.stdout.write(`${JSON.stringify(passes)}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(benchUsage);
    return;
  }
  if (!existsSync(corpusPath)) {
    process.stdout.write(`bench skipped: the corpus ${corpusPath} is not there (it lives in ../shared/data, beside the repository).\n`);
    return;
  }
  const streamValue = optionValue(argv, '--stream');
  const repeat = Math.max(1, Number(optionValue(argv, '--repeat') ?? 1));
  const passes = Math.max(1, Number(optionValue(argv, '--passes') ?? defaultPasses));
  const prefetch = optionValue(argv, '--prefetch');
  const heapLimit = optionValue(argv, '--worker-heap-mb');
  const settings: PoolSettings = {
    runtime: optionValue(argv, '--runtime') === 'tsx' ? 'tsx' : undefined,
    shareData: argv.includes('--no-share') ? false : undefined,
    prefetch: prefetch === undefined ? undefined : Number(prefetch),
    heapLimitMegabytes: heapLimit ? Number(heapLimit) : undefined,
  };
  const streamOnly = argv.includes('--stream-only');
  const pipeline = optionValue(argv, '--pipeline');
  const cores = availableParallelism();
  const header = `${'run'.padEnd(34)} ${'articles/s'.padStart(10)} ${'MB/s'.padStart(8)} ${'tokens/s'.padStart(11)} ${'peak RSS'.padStart(10)} ${'time'.padStart(9)} ${'cores'.padStart(6)} ${'load'.padStart(8)} ${'others'.padStart(7)} ${'workers'.padEnd(8)} CPU ms/article: main+workers+helpers`;
  process.stdout.write(`depesche bench: ${corpusPath.replace(`${repositoryRoot}/`, '')} (10kGNAD test split), ${cores} cores, Node ${process.version}; pipeline runs with the command's flags: ${launcherNodeFlags().join(' ') || 'none'}\n`);
  if (cores < 2) process.stdout.write('note: fewer than 2 cores, so the 2-worker run cannot scale.\n');
  process.stdout.write(`load average at start: ${loadavg().map((value) => value.toFixed(2)).join(' ')}; 'cores' = CPU our run kept busy, 'others' = cores busy with other processes meanwhile;\n'helpers' = our threads besides main and workers (V8's garbage collector and compiler, libuv)\n`);
  process.stdout.write(`${header}\n`);

  if (!streamOnly) {
    // With --repeat N the 1- and 2-worker runs alternate N times (the machine is shared, so load drifts); the
    // ratios below use the fastest run of each, the one least disturbed by other processes.
    const ones: Measurement[][] = [];
    const twos: Measurement[][] = [];
    const printPasses = (passes: Measurement[]) => process.stdout.write(passes.map((measurement) => `${formatRow(measurement)}\n`).join(''));
    for (let round = 0; round < repeat; round++) {
      ones.push(runChild({ kind: 'pipeline', workers: 1, pipeline, passes, ...settings }));
      printPasses(ones.at(-1)!);
      twos.push(runChild({ kind: 'pipeline', workers: 2, pipeline, passes, ...settings }));
      printPasses(twos.at(-1)!);
    }
    // The machine's own scaling, measured between the pipeline's runs and the peer's, under the same load.
    const machine = runMachineScaling();
    const peer = argv.includes('--no-peer') ? undefined : runChild({ kind: 'compromise', passes });
    if (peer) printPasses(peer);
    const articlesPerSecond = (run: Measurement) => rate(run, run.articles);
    const fastest = (runs: Measurement[]) => runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
    if (repeat > 1) {
      const pairs = ones.map((onePasses, index) => onePasses.map((run, pass) => `${pass === 0 ? '' : `${passName(pass)} `}${(articlesPerSecond(twos[index][pass]) / articlesPerSecond(run)).toFixed(2)}`).join(', '));
      process.stdout.write(`\n2/1 worker ratio per round: ${pairs.map((pair) => `(${pair})`).join(', ')}; below: fastest of ${repeat} runs each\n`);
    }
    const one = fastest(ones.map((passes) => passes[0]));
    process.stdout.write(`\nrecords (1 worker): ok ${one.records?.ok}, skipped ${one.records?.skipped}, error ${one.records?.error}\n`);
    process.stdout.write(
      `machine: a fixed CPU kernel in 2 threads / 1 thread: ${machine.ratio.toFixed(2)}x (what this host allows two busy threads now; the pipeline's ratio below can only be read against it)\n`,
    );
    for (let pass = 0; pass < passes; pass++) {
      const name = passName(pass);
      const onePass = fastest(ones.map((passes) => passes[pass]));
      const twoPass = fastest(twos.map((passes) => passes[pass]));
      const workerRatio = articlesPerSecond(twoPass) / articlesPerSecond(onePass);
      process.stdout.write(`${name}: 2 workers / 1 worker throughput: ${workerRatio.toFixed(2)}x (target >= 1.8x: ${verdict(workerRatio, 1.8)})`);
      if (!peer) {
        process.stdout.write('\n');
        continue;
      }
      const peerRatio = articlesPerSecond(onePass) / articlesPerSecond(peer[pass]);
      const peerRatioTwo = articlesPerSecond(twoPass) / articlesPerSecond(peer[pass]);
      process.stdout.write(`; pipeline (1 worker) / compromise .people(): ${peerRatio.toFixed(2)}x (target >= 10x: ${verdict(peerRatio, 10)}), with 2 workers ${peerRatioTwo.toFixed(2)}x\n`);
    }
  }
  if (streamValue) {
    const streamWorkers = Number(optionValue(argv, '--stream-workers') ?? 1);
    const stream = await measureCommandStream(Number(streamValue), streamWorkers, pipeline);
    process.stdout.write(`${formatRow(stream)}\n`);
    process.stdout.write(`peak RSS over a ${stream.articles}-article stream: ${stream.peakRssMegabytes.toFixed(0)} MB (target < 300 MB: ${verdict(stream.peakRssMegabytes, 300, false)})\n`);
  } else {
    process.stdout.write('(memory run: npm run bench -- --stream 100000)\n');
  }
}

await main(process.argv.slice(2));
