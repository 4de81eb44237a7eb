/**
 * Imports a module named at run time (a pipeline's stage modules, a stand-in pipeline module). TypeScript modules
 * need the tsx loader; a process started on a bundle (source-bundle.js) runs without it, so it registers tsx the
 * first time such a module is asked for, rather than in every process that never needs it.
 */
const bundledMarker = Symbol.for('depesche.bundled');
let typeScriptLoaderRegistered = false;

export async function importModule(url: string): Promise<unknown> {
  const runsBundled = (globalThis as Record<symbol, unknown>)[bundledMarker] === true;
  if (runsBundled && !typeScriptLoaderRegistered && /\.[cm]?tsx?$/.test(new URL(url).pathname)) {
    const { register } = await import('tsx/esm/api');
    register();
    typeScriptLoaderRegistered = true;
  }
  return import(url);
}
