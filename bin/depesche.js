#!/usr/bin/env node
// The depesche command. The sources are TypeScript: the command runs on a cached bundle of them, or through tsx
// when none can be made (bin/start-entry.js), so `npm ci` is the only install step.
import { fileURLToPath } from 'node:url';
import { importEntry } from './start-entry.js';

const { main } = await importEntry(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)), 'cli');
process.exitCode = await main(process.argv.slice(2));
