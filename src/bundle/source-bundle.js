/**
 * Processes on plain JavaScript. The sources are TypeScript that tsx compiles on load; tsx's module hooks run on a
 * loader thread of their own (Node 20), which costs about 55 MB and start-up time in every process and worker.
 * Instead an entry module (the command line, a script, the extraction worker) is bundled once with esbuild (tsx's
 * own compiler, so it is installed wherever tsx is) into one .mjs file, cached in the OS temp folder under a hash
 * of the sources, and the process or worker starts on that file.
 *
 * Only our sources go into a bundle. Packages stay separate modules, imported by absolute file URL, because the
 * bundle lives outside the project (where a bare `import 'zod'` would not resolve) and because packages may read
 * files next to themselves. Our sources find their data files through `import.meta` (models, rule packs), so each
 * source file keeps its own `import.meta.url` / `dirname` / `filename`, written into the bundle as literals.
 *
 * Anything that goes wrong here (no esbuild, a build error, an unwritable temp folder) yields `undefined`, and the
 * caller falls back to tsx: bundling is an optimisation, never a requirement. Plain JavaScript itself, so that the
 * `depesche` command can use it before any TypeScript is loaded; types are in source-bundle.d.ts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sourceRoot = resolve(import.meta.dirname, '..');
const projectRoot = resolve(sourceRoot, '..');
/** Folders whose files a bundle may hold: the sources, and the scripts that run as entries. */
const bundledRoots = [sourceRoot, join(projectRoot, 'scripts')];
const cacheDirectory = join(tmpdir(), 'depesche-bundles');
/** Bundles of other versions are left for concurrent runs of those versions; after a week they go. */
const staleAfterMilliseconds = 7 * 24 * 3600 * 1000;

/**
 * @param {string} directory
 * @param {string[]} into
 * @returns {Promise<string[]>}
 */
async function listSources(directory, into = []) {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) await listSources(path, into);
    else if (/\.(ts|js|mjs|json)$/.test(entry.name)) into.push(path);
  }
  return into.sort();
}

/** @type {Map<string, Promise<string>>} */
const sourceDigests = new Map();

/**
 * The digest of everything but the entry, read once per process: the command bundles its own entry, the worker
 * and the shared-resources worker, and reading every source file again for each cost start-up time.
 * @param {string} esbuildVersion
 * @returns {Promise<string>}
 */
function sourcesDigest(esbuildVersion) {
  let digest = sourceDigests.get(esbuildVersion);
  if (!digest) {
    digest = (async () => {
      const hash = createHash('sha256');
      hash.update(`${projectRoot}\0${esbuildVersion}\0${process.version}\0`);
      for (const root of bundledRoots) {
        for (const path of await listSources(root).catch(() => /** @type {string[]} */ ([]))) {
          hash.update(`${relative(projectRoot, path)}\0`);
          hash.update(await readFile(path));
        }
      }
      hash.update(await readFile(join(projectRoot, 'package-lock.json')).catch(() => Buffer.alloc(0)));
      return hash.digest('hex');
    })();
    sourceDigests.set(esbuildVersion, digest);
  }
  return digest;
}

/**
 * The cache key: the entry, every source file's path and content, the lockfile (a package upgrade can move the files the
 * bundle imports by absolute URL), the esbuild and Node versions, and where the project lives (the bundle holds
 * absolute paths). Hashing the contents rather than modification times keeps branch switches and checkouts honest.
 * @param {string} entryPath
 * @param {string} esbuildVersion
 * @returns {Promise<string>}
 */
async function sourceHash(entryPath, esbuildVersion) {
  return createHash('sha256').update(`${entryPath}\0${await sourcesDigest(esbuildVersion)}`).digest('hex').slice(0, 24);
}

const importMetaPattern = /\bimport\.meta\.(url|dirname|filename)\b/g;

/** Gives each of our source files its own import.meta values inside the bundle. */
const sourceLocationPlugin = {
  name: 'depesche-source-locations',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      /** @type {Record<string, string>} */
      const values = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
      const contents = source.replace(importMetaPattern, (_match, key) => JSON.stringify(values[key]));
      return { contents, loader: path.endsWith('ts') ? 'ts' : 'js' };
    });
  },
};

/** Leaves packages out of the bundle and points their imports at the file the project would load. */
const packagesByUrlPlugin = {
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

/** @param {string} keep */
async function pruneStaleBundles(keep) {
  const now = Date.now();
  for (const name of await readdir(cacheDirectory).catch(() => /** @type {string[]} */ ([]))) {
    const path = join(cacheDirectory, name);
    if (path === keep) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > staleAfterMilliseconds) await rm(path, { force: true }).catch(() => undefined);
  }
}

/**
 * Builds the bundle of `entryPath`, or reuses the cached one for these sources.
 * @param {string} entryPath
 * @param {string} name
 * @returns {Promise<string>}
 */
async function buildBundle(entryPath, name) {
  const esbuild = await import('esbuild');
  // The cache key covers the files under the bundled roots only: an entry elsewhere (a script of the user's own, and
  // whatever it imports from beside it) could change without the key changing, so its bundle is made afresh each run.
  const fresh = !bundledRoots.some((root) => !relative(root, entryPath).startsWith('..'));
  const target = join(cacheDirectory, `${name}-${await sourceHash(entryPath, esbuild.version)}${fresh ? '-fresh' : ''}.mjs`);
  const cached = !fresh && (await stat(target).then((info) => info.size > 0, () => false));
  if (cached) {
    return target;
  }
  const result = await esbuild.build({
    entryPoints: [entryPath],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // esbuild's table marks \p{…} escapes as unsupported on Node (some property names are newer than some Node
    // versions) and rewrites every such literal as `new RegExp(source)`, which builds a new regular expression
    // object on each call: 17 MB of them over the news corpus, in the tokenizer and rule loops (V8's regexp
    // cache keeps the cost in time below what the bench can see). Every property the sources use works on
    // Node 20, so the literals stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    // Node's own resolution picks "main" and the import/node/default conditions; mirror it, so a package
    // resolves here to the file Node would load (esbuild would otherwise prefer a "module" build).
    mainFields: ['main'],
    conditions: [],
    logLevel: 'silent',
    // Lets the bundled code know it runs without tsx (see import-module.ts).
    banner: { js: `globalThis[Symbol.for('depesche.bundled')] = true;` },
    plugins: [packagesByUrlPlugin, sourceLocationPlugin],
  });
  const text = result.outputFiles?.[0]?.text;
  if (!text) throw new Error('esbuild produced no output');
  await mkdir(cacheDirectory, { recursive: true });
  // Written under a private name, then renamed: a concurrent run never starts a worker on a half-written file.
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, `// depesche ${name}, bundled from ${projectRoot}; a cache, safe to delete\n${text}`);
  await rename(partial, target);
  void pruneStaleBundles(target);
  return target;
}

/** @type {Map<string, Promise<URL | undefined>>} */
const bundles = new Map();

/**
 * The bundle of the TypeScript module at `entryPath` (absolute) as a file URL, or undefined when it cannot be
 * made (the caller then uses tsx). `name` starts the cached file's name.
 * @param {string} entryPath
 * @param {string} name
 * @returns {Promise<URL | undefined>}
 */
export function bundledEntryUrl(entryPath, name) {
  let bundle = bundles.get(entryPath);
  if (!bundle) {
    bundle = buildBundle(entryPath, name).then(
      (path) => pathToFileURL(path),
      () => undefined,
    );
    bundles.set(entryPath, bundle);
  }
  return bundle;
}
