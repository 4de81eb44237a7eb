// Starts a TypeScript entry module: on its cached esbuild bundle when one can be made (plain JavaScript, no
// loader thread, see src/bundle/source-bundle.js), else through tsx. DEPESCHE_RUNTIME=tsx forces tsx.
import { bundledEntryUrl } from '../src/bundle/source-bundle.js';
import { pathToFileURL } from 'node:url';

process.env.DOTENV_CONFIG_QUIET ??= 'true'; // natural loads dotenv, which would otherwise print to stdout

/** Imports the entry at the absolute path `entryPath` and returns its module namespace. */
export async function importEntry(entryPath, name) {
  const bundled = process.env.DEPESCHE_RUNTIME === 'tsx' ? undefined : await bundledEntryUrl(entryPath, name);
  if (bundled) return import(bundled.href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(entryPath).href);
}
