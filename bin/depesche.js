#!/usr/bin/env node
// The depesche command. The sources are TypeScript; tsx compiles them on load, so `npm ci` is the only install step.
process.env.DOTENV_CONFIG_QUIET ??= 'true'; // natural loads dotenv, which would otherwise print to stdout
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
