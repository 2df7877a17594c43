// Runs a CommonJS bundle with a V8 code cache: the bytecode of every function the last run compiled, kept on disk, so
// that a new process skips parsing and compiling them (what browsers do for the scripts they load again and again,
// and Node 22 does with module.enableCompileCache; Node 20 has only vm.Script's cachedData). The cache is made after a
// run, so it holds the functions that run used; it is keyed by the bundle's contents, Node's version and a name for
// the kind of run (the commands compile different code). V8 checks it too and refuses one made for another source or
// build, and a refused or unreadable cache is only slower: it is remade. Off with CLEARPAGE_CODE_CACHE=0 or
// NODE_DISABLE_COMPILE_CACHE=1; the folder is CLEARPAGE_CODE_CACHE_DIR, else <tmp>/clearpage-code-cache. Until that
// folder holds one, the cache the build made (dist/code-cache/, `npm ci`) is read: a first run compiled 0.1 s of CPU more.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';
import zlib from 'node:zlib';

const enabled = () => process.env.CLEARPAGE_CODE_CACHE !== '0' && !process.env.NODE_DISABLE_COMPILE_CACHE;
const cacheDir = () => process.env.CLEARPAGE_CODE_CACHE_DIR || path.join(os.tmpdir(), 'clearpage-code-cache');

/**
 * The CommonJS wrapper a bundle may carry already (scripts/build-cli.mjs writes it): V8 keeps a script's source for
 * as long as it runs, and wrapping it here made a second copy, alive until a full collection (2.6 MB for the CLI's
 * bundle, one byte a character since scripts/build-cli.mjs makes it ASCII). A bundle without it is wrapped as Node would.
 */
export const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

function readCache(file) {
  try { return fs.readFileSync(file); } catch { return undefined; }
}

/**
 * Writes through a file of its own and a rename, so that two processes never leave half a cache. Caches this one
 * replaces (`prefix`: the same bundle file and kind of run, older contents) are removed: each rebuild left ~2 MB a
 * kind behind, hundreds of megabytes in a developer's temporary folder.
 */
function writeCache(file, data, prefix) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`; // a batch's worker threads share the process id
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
    for (const old of fs.readdirSync(path.dirname(file))) {
      if (old.startsWith(prefix) && old.endsWith('.bin') && old !== path.basename(file)) fs.rmSync(path.join(path.dirname(file), old), { force: true });
    }
  } catch {
    // A read-only or full disk: the next run compiles again, nothing else changes.
  }
}

/**
 * The cache's key: a checksum of the bundle's bytes, as Node 22's own compile cache keys its entries (CRC-32). A
 * SHA-256 of the 3 MB bundle started OpenSSL and hashed it at every run: ~140 M instructions, more than a page's
 * parse (cachegrind). V8 also checks the source's length, which the key holds. Node before 20.15 has no
 * zlib.crc32: SHA-256 there, loaded only then.
 */
const shortHash = (...parts) => {
  if (typeof zlib.crc32 !== 'function') {
    const { createHash } = createRequire(import.meta.url)('node:crypto');
    return parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex').slice(0, 16);
  }
  const hex = (n) => n.toString(16).padStart(8, '0');
  return hex(parts.reduce((c, p) => zlib.crc32(p, c), 0)) + hex(parts.reduce((n, p) => n + p.length, 0) >>> 0);
};

/** The bundle's bytes and Node's build: the wrapper Node adds to a bundle without one is Node's own, so they say what is run. */
const contentKey = (bytes, wrappedHere) => shortHash(`${process.version} ${process.arch} ${wrappedHere ? 'wrapped' : 'as-is'}`, bytes);

/**
 * The cache made when the bundle was built (scripts/build-cli.mjs: a run on the bundled sample page), in a folder
 * beside it, read only. Keyed like the others: a bundle changed by hand, or another Node, finds none.
 */
export function builtCacheFile(bundle, kind, key = contentKey(fs.readFileSync(bundle), !fs.readFileSync(bundle, 'utf8').startsWith(WRAPPER[0]))) {
  return path.join(path.dirname(bundle), 'code-cache', `${kind.replace(/[^\w-]/g, '_')}-${key}.bin`);
}

/**
 * Runs `bundle` (a CommonJS file) as Node would require it, with the code cache for runs of kind `kind`. The cache is
 * written when the process exits, if there was none or V8 refused it; `shouldSave()` may decline (a run that did too
 * little to be worth remembering, such as --help).
 * @returns the bundle's module.exports
 */
export function runWithCodeCache(bundle, kind = 'run', shouldSave = () => true) {
  const bytes = fs.readFileSync(bundle);
  const source = bytes.toString('utf8');
  const wrapped = source.startsWith(WRAPPER[0]) ? source : Module.wrap(source);
  let cacheFile = null, cachedData, prefix = '';
  if (enabled()) {
    // Named by the bundle's place (two checkouts keep a cache each) and keyed by its contents and Node's build.
    prefix = `${path.basename(bundle)}-${kind.replace(/[^\w-]/g, '_')}-${shortHash(path.resolve(bundle)).slice(0, 8)}-`;
    const key = contentKey(bytes, wrapped !== source);
    cacheFile = path.join(cacheDir(), `${prefix}${key}.bin`);
    // This machine's own cache first; else the one the build made (a first run after `npm ci`, a wiped temporary folder).
    cachedData = readCache(cacheFile) ?? readCache(builtCacheFile(bundle, kind, key));
  }
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => { if (shouldSave()) writeCache(cacheFile, script.createCachedData(), prefix); });
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  module.loaded = true;
  return module.exports;
}
