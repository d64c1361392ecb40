/**
 * What the crawl's worker threads run. Loading TypeScript through tsx costs a
 * new thread about 0.6 s of CPU (a loader thread of its own, every module
 * transformed), a tenth of a 2,000-page crawl on two cores. So each thread's
 * code is bundled once into plain JavaScript by esbuild (our sources only;
 * packages stay imports) and cached in node_modules/.cache/policy-radar,
 * rebuilt when any source it was built from changes. A thread then starts in
 * about 0.2 s. Bundled modules share the bundle's import.meta.url, so the
 * threads' code never locates files by it (the writer thread opens an already
 * migrated database: db/sqlite.ts `attach`). Without a usable cache (read-only install, esbuild missing,
 * POLICY_RADAR_THREAD_BUNDLE=0) the thread loads its TypeScript through tsx
 * as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export type ThreadName = 'detail' | 'writer' | 'reader';

/** each thread's loop module and its tsx entry, relative to the project root */
const SOURCES: Record<ThreadName, { loop: string; entry: string }> = {
  detail: { loop: 'crawler/detail-loop.ts', entry: 'crawler/detail-worker.mjs' },
  writer: { loop: 'crawler/writer-loop.ts', entry: 'crawler/writer-worker.mjs' },
  // the server's SQLite read pool (db/read-pool.ts)
  reader: { loop: 'db/read-loop.ts', entry: 'db/read-worker.mjs' },
};

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

/** Where a thread's code lives: its module and the options to start it with. */
export interface ThreadEntry {
  url: URL;
  /** true: the cached bundle; false: the tsx entry (crawler/<name>-worker.mjs) */
  bundled: boolean;
  options: Pick<WorkerOptions, 'execArgv' | 'resourceLimits'>;
}

const entries = new Map<ThreadName, ThreadEntry>();

/**
 * A heap limit for each thread, far above what it holds (the detail thread keeps ~60 MB
 * live, the writer ~50 MB). Without one a thread inherits the process's (gigabytes),
 * and in about one crawl in six V8 let the detail thread's heap grow with every page
 * (to 350 MB over 2,000 pages) instead of collecting it; with one it collects as it
 * goes. A thread that did exceed it would die, and its work run on the main thread.
 */
const LIMITS = { maxOldGenerationSizeMb: 512 };

/** The entry for a thread, bundling (or checking the bundle) once per process. */
export function threadEntry(name: ThreadName): ThreadEntry {
  let e = entries.get(name);
  if (!e) {
    const bundle = process.env.POLICY_RADAR_THREAD_BUNDLE === '0' ? null : bundled(name);
    // a bundle needs no TypeScript loader: leave out the one this process was started with
    e = bundle
      ? { url: pathToFileURL(bundle), bundled: true, options: { execArgv: withoutLoaders(process.execArgv), resourceLimits: LIMITS } }
      : { url: pathToFileURL(join(root, SOURCES[name].entry)), bundled: false, options: { resourceLimits: LIMITS } };
    entries.set(name, e);
  }
  return e;
}

/** process.execArgv without --import/--loader/--require of a TypeScript loader (tsx). */
export function withoutLoaders(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(?:import|loader|experimental-loader|require)(?:=(.*))?$/.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const value = m[1] ?? argv[i + 1];
    if (m[1] === undefined) i++;
    if (!/\btsx\b/.test(value ?? '')) out.push(a, ...(m[1] === undefined ? [value] : []));
  }
  return out;
}

interface BundleMeta {
  /** esbuild version, then every input source with the hash of its content */
  esbuild: string;
  inputs: Record<string, string>;
}

const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');

/** Path of an up-to-date bundle of the thread's loop module (SOURCES), building it if needed; null if that is not possible. */
export function bundled(name: ThreadName, cacheDir = join(root, 'node_modules/.cache/policy-radar')): string | null {
  try {
    // packages are resolved from the bundle's folder: it must sit inside the project's node_modules
    if (!existsSync(join(root, 'node_modules'))) return null;
    const require = createRequire(import.meta.url);
    const esbuild = require('esbuild') as typeof import('esbuild');
    const out = join(cacheDir, `${name}-loop.mjs`);
    const metaFile = `${out}.json`;
    if (existsSync(out) && existsSync(metaFile) && fresh(JSON.parse(readFileSync(metaFile, 'utf8')) as BundleMeta, esbuild.version, root)) return out;
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${out}.${process.pid}.${Date.now()}.tmp`;
    const result = esbuild.buildSync({
      entryPoints: [join(root, SOURCES[name].loop)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      keepNames: true,
      outfile: tmp,
      metafile: true,
      logLevel: 'silent',
      banner: { js: `// bundle of ${SOURCES[name].loop} made by crawler/threads.ts; rebuilt when its sources change` },
    });
    const inputs: Record<string, string> = {};
    for (const rel of Object.keys(result.metafile!.inputs)) {
      const abs = join(process.cwd(), rel);
      inputs[abs] = sha1(readFileSync(abs));
    }
    writeFileSync(`${tmp}.json`, JSON.stringify({ esbuild: esbuild.version, inputs } satisfies BundleMeta));
    // rename: another process building at the same time never sees a half-written file
    renameSync(tmp, out);
    renameSync(`${tmp}.json`, metaFile);
    return out;
  } catch {
    return null;
  }
}

function fresh(meta: BundleMeta, version: string, project: string): boolean {
  if (meta.esbuild !== version) return false;
  // a cache copied along with node_modules (another checkout, a git worktree) names that checkout's
  // sources, which may be fresh there but are not this code
  if (!Object.keys(meta.inputs).every((f) => f.startsWith(`${project}/`))) return false;
  for (const [file, hash] of Object.entries(meta.inputs)) {
    if (!existsSync(file) || sha1(readFileSync(file)) !== hash) return false;
  }
  return true;
}

/** Forgets which entry each thread uses, so that the next threadEntry() looks again (tests). */
export function forgetThreadEntries() {
  entries.clear();
}
