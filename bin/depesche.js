#!/bin/sh
":" //; exec env MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" node --max-semi-space-size=4 --single-threaded-gc "$0" "$@"
// The depesche command. Started as a program (npx, the npm bin link, ./bin/depesche.js), the line above is a
// shell script: it replaces itself, same process, no parent left behind to orphan a run, with Node.js and two
// settings for long batch runs that a process can only get at start-up.
// - MALLOC_ARENA_MAX=2 (unless set already): glibc gives each of the ~10 threads that allocate (main, workers,
//   V8's compiler and GC threads) its own malloc arena; over a long run they fill with fragments: 296 MB peak
//   over 40,000 articles against 253 MB with two arenas, at the same speed (docs/batch.md). Other C libraries
//   ignore it.
// - --max-semi-space-size=4: the main thread only reads, dispatches and writes; V8 would still let its young
//   generation grow to 32 MB over a long run. With 4 MB semi-spaces: 229 MB peak over the same 40,000 articles.
//   Workers set their own young generation (src/batch/worker-pool.ts); `--workers 0` extracts on this small one.
// - --single-threaded-gc: each thread collects its own garbage instead of handing parts to V8's helper threads. With
//   one worker per core (the default) those helpers compete with the workers for the cores: over the news corpus they
//   took 2.0–2.4 ms of CPU per article against the workers' 6, and 1.3–1.6 ms with this flag (`npm run bench`,
//   which starts the pipeline with the flags of this line).
// To Node.js the line above is a string and a comment. `node bin/depesche.js …` skips it and runs with defaults.
//
// The sources are TypeScript: the command runs on a cached bundle of them, or through tsx when none can be made
// (bin/start-entry.js), so `npm ci` is the only install step.
import { fileURLToPath } from 'node:url';
import { importEntry } from './start-entry.js';

const { main } = await importEntry(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)), 'cli');
process.exitCode = await main(process.argv.slice(2));
