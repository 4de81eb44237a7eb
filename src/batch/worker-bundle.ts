/**
 * Workers on plain JavaScript. A worker thread does not inherit the parent's tsx loader, so the tsx bootstrap
 * registers it again in every worker: each worker then compiles all sources itself and Node 20 adds a loader
 * thread per worker for the module hooks, which costs start-up time and memory. Instead the main thread bundles
 * the worker entry once with esbuild (tsx's own compiler, so it is installed wherever tsx is) into one .mjs file,
 * cached in the OS temp folder under a hash of the sources, and workers start on that file.
 *
 * Only our sources go into the bundle. Packages stay separate modules, imported by absolute file URL, because the
 * bundle lives outside the project (where a bare `import 'zod'` would not resolve) and because packages may read
 * files next to themselves. Our sources find their data files through `import.meta` (models, rule packs), so each
 * source file keeps its own `import.meta.url` / `dirname` / `filename`, written into the bundle as literals.
 *
 * Anything that goes wrong here (no esbuild, a build error, an unwritable temp folder) yields `undefined`, and
 * the pool falls back to the tsx bootstrap: bundling is an optimisation, never a requirement.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sourceRoot = resolve(import.meta.dirname, '..');
const projectRoot = resolve(sourceRoot, '..');
export const workerEntryPath = join(import.meta.dirname, 'extraction-worker.ts');
const cacheDirectory = join(tmpdir(), 'depesche-workers');
/** Bundles of other versions are left for concurrent runs of those versions; after a week they go. */
const staleAfterMilliseconds = 7 * 24 * 3600 * 1000;

/** Minimal view of the esbuild API we use, so the module type-checks without esbuild's types being resolvable. */
interface EsbuildPlugin {
  name: string;
  setup(build: {
    onResolve(options: { filter: RegExp }, callback: (args: ResolveArgs) => Promise<ResolveResult | undefined> | ResolveResult | undefined): void;
    onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: string }>): void;
    resolve(path: string, options: { kind: string; resolveDir: string; pluginData: unknown }): Promise<{ path: string; errors: unknown[] }>;
  }): void;
}
interface ResolveArgs {
  path: string;
  kind: string;
  resolveDir: string;
  pluginData?: unknown;
}
interface ResolveResult {
  path?: string;
  external?: boolean;
}
interface Esbuild {
  version: string;
  build(options: Record<string, unknown>): Promise<{ outputFiles?: { text: string }[] }>;
}

async function listSources(directory: string, into: string[] = []): Promise<string[]> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) await listSources(path, into);
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) into.push(path);
  }
  return into.sort();
}

/**
 * The cache key: every source file's path and content, the lockfile (a package upgrade can move the files the
 * bundle imports by absolute URL), the esbuild and Node versions, and where the project lives (the bundle holds
 * absolute paths). Hashing the contents rather than modification times keeps branch switches and checkouts honest.
 */
async function sourceHash(esbuildVersion: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${projectRoot}\0${esbuildVersion}\0${process.version}\0`);
  for (const path of await listSources(sourceRoot)) {
    hash.update(`${relative(sourceRoot, path)}\0`);
    hash.update(await readFile(path));
  }
  const lock = await readFile(join(projectRoot, 'package-lock.json')).catch(() => Buffer.alloc(0));
  hash.update(lock);
  return hash.digest('hex').slice(0, 24);
}

const importMetaPattern = /\bimport\.meta\.(url|dirname|filename)\b/g;

/** Gives each of our source files its own import.meta values inside the bundle. */
const sourceLocationPlugin: EsbuildPlugin = {
  name: 'depesche-source-locations',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const values = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
      const contents = source.replace(importMetaPattern, (_match, key: keyof typeof values) => JSON.stringify(values[key]));
      return { contents, loader: path.endsWith('ts') ? 'ts' : 'js' };
    });
  },
};

/** Leaves packages out of the bundle and points their imports at the file the project would load. */
const packagesByUrlPlugin: EsbuildPlugin = {
  name: 'depesche-packages-by-url',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === packagesByUrlPlugin) return undefined; // our own nested resolve below
      if (isBuiltin(args.path)) return { external: true };
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: packagesByUrlPlugin });
      // Unresolvable (say a dev-only package in a production install): keep the bare import, which fails only if used.
      if (found.errors.length > 0 || !found.path) return { path: args.path, external: true };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

async function pruneStaleBundles(keep: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDirectory).catch(() => [] as string[])) {
    const path = join(cacheDirectory, name);
    if (path === keep) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > staleAfterMilliseconds) await rm(path, { force: true }).catch(() => undefined);
  }
}

/** Builds the bundle, or reuses the cached one for these sources. */
async function buildWorkerBundle(): Promise<string> {
  const esbuild = (await import('esbuild')) as unknown as Esbuild;
  const target = join(cacheDirectory, `extraction-worker-${await sourceHash(esbuild.version)}.mjs`);
  if (await stat(target).then(
    (info) => info.size > 0,
    () => false,
  )) {
    return target;
  }
  const result = await esbuild.build({
    entryPoints: [workerEntryPath],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Node's own resolution picks "main" and the import/node/default conditions; mirror it, so a package
    // resolves here to the file Node would load (esbuild would otherwise prefer a "module" build).
    mainFields: ['main'],
    conditions: [],
    logLevel: 'silent',
    plugins: [packagesByUrlPlugin, sourceLocationPlugin],
  });
  const text = result.outputFiles?.[0]?.text;
  if (!text) throw new Error('esbuild produced no output');
  await mkdir(cacheDirectory, { recursive: true });
  // Written under a private name, then renamed: a concurrent run never starts a worker on a half-written file.
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, `// depesche extraction worker, bundled from ${sourceRoot}; a cache, safe to delete\n${text}`);
  await rename(partial, target);
  void pruneStaleBundles(target);
  return target;
}

let bundle: Promise<URL | undefined> | undefined;

/** The bundled worker entry as a file URL, or undefined when it cannot be made (the caller then uses tsx). */
export function bundledWorkerUrl(): Promise<URL | undefined> {
  bundle ??= buildWorkerBundle().then(
    (path) => pathToFileURL(path),
    () => undefined,
  );
  return bundle;
}
