#!/usr/bin/env node
// Runs a TypeScript entry file, so scripts need no build step: `node bin/run-ts.js scripts/x.ts args…`. Like the
// depesche command it starts on a cached bundle of the sources when it can, else through tsx (bin/start-entry.js).
import { basename, resolve } from 'node:path';
import { importEntry } from './start-entry.js';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node bin/run-ts.js <file.ts> [args…]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await importEntry(resolve(entry), `script-${basename(entry).replace(/\.[cm]?ts$/, '')}`);
