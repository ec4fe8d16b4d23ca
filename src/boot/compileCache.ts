import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { setFlagsFromString } from "node:v8"
import { Script } from "node:vm"

/**
 * Runs a CommonJS bundle with V8's code cache on disk, as Node >= 22.1 does for modules with
 * `module.enableCompileCache()`, which Node 20 lacks. The cache is taken after the run, not after compiling: it
 * then holds every function the run compiled, not only the top level (measured, to the first tools/list: 344
 * instead of 604 ms; a cache taken right after compiling only got to about 570 ms).
 *
 * A cache file is named after the bundle's content (`bundleId`, its hash, which scripts/bundle.mjs computes when it
 * builds the bundle and gives the launcher, with what the run is for: src/boot/bin.ts keeps --demo apart) and the
 * bundle file's modification time: V8 itself only checks the source's length, so neither a rebuilt bundle nor one
 * edited in place may meet the code of the old one. Hashing the bundle (3 MB then) at every start took 6 ms,
 * loading node:crypto included.
 */

/** What became of the cache for this run. */
type CacheStatus = "accepted" | "rejected" | "absent" | "disabled"

interface CachedBundle {
  readonly status: CacheStatus
  /** Evaluates the bundle as Node would a CommonJS module; gives its exports. */
  readonly run: () => unknown
  /** Writes the code compiled so far for the next start, when the cache was absent or rejected; never throws. */
  readonly save: () => void
}

const KEEP_FILES = 8

/**
 * Nearly everything the bundle's modules make at start lives as long as the process (schemas, classes, closures), so
 * each young-generation collection copies it all, and V8 answers a survival rate that high by doubling the young
 * generation, on fresh pages. Where touching a page for the first time is dear (virtual machines whose host takes
 * back free guest memory: 15-20 us a page on the one the benchmarks run on), the doubling costs more than it saves,
 * so the young generation keeps its first size until the bundle's start has run, then grows as V8 sees fit (2 is its
 * default factor; the tools' modules, which the server loads later, load with it). Measured side by side: 2,040
 * fewer page faults, 431 -> 405 ms to the first tools/list.
 * V8 hashes its flags into the code cache, which it refuses under other flags: the cache is read and written with
 * the start's.
 */
const startFlags = { loading: "--semi-space-growth-factor=1", loaded: "--semi-space-growth-factor=2" }

/** A flag V8 does not take (a version without it) only loses the saving. */
const setFlag = (flag: string) => {
  try {
    setFlagsFromString(flag)
  } catch {
    // nothing to undo
  }
}

/**
 * One directory per user under the system's temporary directory, as Node's own compile cache; none when
 * NODE_DISABLE_COMPILE_CACHE is set (Node's switch for its cache, so that one setting turns both off).
 */
export const defaultCacheDirectory = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env["NODE_DISABLE_COMPILE_CACHE"]) return undefined
  const uid = process.getuid?.()
  return join(tmpdir(), uid === undefined ? "otrs-mcp-compile-cache" : `otrs-mcp-compile-cache-${uid}`)
}

/**
 * `file`: a CommonJS module written as the function Node would wrap it in, `(function (exports, require, module,
 * __filename, __dirname) {...})` (scripts/bundle.mjs writes it so), in ASCII: read as latin1, the one-byte encoding
 * V8 keeps such text in, it becomes the script's source without being decoded or copied again.
 */
export const loadBundle = (file: string, bundleId: string, cacheDirectory: string | undefined): CachedBundle => {
  const source = readFileSync(file, "latin1")
  setFlag(startFlags.loading)
  const directory = cacheDirectory === undefined ? undefined : privateDirectory(cacheDirectory)
  const cacheFile = directory === undefined
    ? undefined
    : join(directory, `${bundleId}-${Math.round(statSync(file).mtimeMs)}-${process.version}-${process.arch}.v8`)
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile)
  const script = new Script(source, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) })
  const status: CacheStatus = cacheFile === undefined
    ? "disabled"
    : cachedData === undefined
    ? "absent"
    : script.cachedDataRejected === true
    ? "rejected"
    : "accepted"
  return {
    status,
    run: () => {
      const module = { exports: {} }
      try {
        script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
        return module.exports
      } finally {
        setFlag(startFlags.loaded)
      }
    },
    save: () => {
      if (directory === undefined || cacheFile === undefined || (status !== "absent" && status !== "rejected")) return
      const partial = `${cacheFile}.${process.pid}.partial`
      try {
        setFlag(startFlags.loading)
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 })
        // a rename: a server starting meanwhile reads the old file or the new one, never half of one
        renameSync(partial, cacheFile)
        prune(directory)
      } catch {
        // the cache only saves time: a full disk or a read-only temporary directory must not stop the server
        removeQuietly(partial)
      }
    }
  }
}

/** The directory, created if need be, when only this user can write to it: anyone else could plant code in it. */
const privateDirectory = (directory: string): string | undefined => {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 })
    const stat = lstatSync(directory)
    const uid = process.getuid?.()
    if (!stat.isDirectory()) return undefined
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined
    return directory
  } catch {
    return undefined
  }
}

const readIfPresent = (file: string): Buffer | undefined => {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

const removeQuietly = (file: string) => {
  try {
    rmSync(file, { force: true })
  } catch {
    // nothing more can be done on the way out
  }
}

/**
 * Keeps the newest few: one per bundle, Node version and use (a server for a real OTRS, --demo), as after upgrades
 * or with several installs.
 */
const prune = (directory: string) => {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".v8"))
    .map((name) => ({ path: join(directory, name), modified: statSync(join(directory, name)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified)
  for (const { path } of files.slice(KEEP_FILES)) rmSync(path, { force: true })
}
