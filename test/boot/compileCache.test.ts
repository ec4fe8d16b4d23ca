import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { chmodSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeAll, beforeEach } from "vitest"
import { defaultCacheDirectory } from "../../src/boot/compileCache.js"
import { bundleEntry } from "../support/mcpHarness.js"

/** A CommonJS "bundle" using require, module and __filename as the real one does, wrapped as bundle.mjs wraps it. */
const bundleSource = (value: number) =>
  `(function (exports, require, module, __filename, __dirname) {"use strict";\n` +
  `const { basename } = require("node:path");\n` +
  `globalThis.bundleValue = [${value}, basename(__filename)];\nmodule.exports = {};\n})`

let fixture: string
let root: string
let bundle: string
let cache: string

beforeAll(async () => {
  fixture = await bundleEntry("test/support/compile-cache-fixture.ts")
})

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "otrs-mcp-compile-cache-test-"))
  bundle = join(root, "bundle.cjs")
  cache = join(root, "cache")
  writeFileSync(bundle, bundleSource(1))
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

/** One start: the cache's status and what the bundle computed. */
const start = (directory: string | null = cache, bundleId?: string): { status: string; value: [number, string] } => {
  const run = spawnSync(process.execPath, [fixture, bundle, directory ?? "-", ...(bundleId ? [bundleId] : [])], {
    encoding: "utf8"
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout) as { status: string; value: [number, string] }
}

const cacheFiles = () => readdirSync(cache).filter((name) => name.endsWith(".v8"))

describe("loadBundle", () => {
  it("saves the code a start compiled, and the next start uses it", () => {
    expect(start()).toEqual({ status: "absent", value: [1, "bundle.cjs"] })
    expect(cacheFiles()).toHaveLength(1)
    expect(start()).toEqual({ status: "accepted", value: [1, "bundle.cjs"] })
  })

  it("never gives a rebuilt bundle the code of the old one, even when both have the same length", () => {
    start()
    writeFileSync(bundle, bundleSource(2))
    expect(start()).toEqual({ status: "absent", value: [2, "bundle.cjs"] })
    expect(start().status).toBe("accepted")
  })

  it("never gives a bundle edited in place the code of the old one, even with the same id and length", () => {
    start(cache, "build1")
    writeFileSync(bundle, bundleSource(2))
    // whatever the resolution of the file system's clock
    utimesSync(bundle, new Date(2001, 0, 1), new Date(2001, 0, 1))
    expect(start(cache, "build1")).toEqual({ status: "absent", value: [2, "bundle.cjs"] })
    expect(start(cache, "build1").status).toBe("accepted")
  })

  it("runs from source when the cache file is damaged, and replaces it", () => {
    start()
    const [file] = cacheFiles()
    writeFileSync(join(cache, file!), "not V8's code cache")
    expect(start()).toEqual({ status: "rejected", value: [1, "bundle.cjs"] })
    expect(start().status).toBe("accepted")
  })

  it("leaves an accepted cache as it is", () => {
    start()
    const [file] = cacheFiles()
    const old = new Date(2000, 0, 1)
    utimesSync(join(cache, file!), old, old)
    start()
    expect(cacheFiles()).toEqual([file])
    expect(readdirSync(cache)).toEqual([file])
  })

  it.skipIf(process.getuid === undefined)("uses no directory that others can write to", () => {
    start()
    chmodSync(cache, 0o777)
    expect(start()).toEqual({ status: "disabled", value: [1, "bundle.cjs"] })
  })

  it("runs without a cache when there is no directory for one, or it cannot be made", () => {
    expect(start(null)).toEqual({ status: "disabled", value: [1, "bundle.cjs"] })
    const file = join(root, "a-file")
    writeFileSync(file, "")
    expect(start(join(file, "cache")).status).toBe("disabled")
  })

  it("keeps the eight newest cache files", () => {
    const written: Array<string> = []
    for (let version = 1; version <= 10; version++) {
      writeFileSync(bundle, bundleSource(version))
      start()
      const [file] = cacheFiles().filter((name) => !written.includes(name))
      written.push(file!)
      // a day apart, whatever the resolution of the file system's clock
      const day = new Date(2000, 0, version)
      utimesSync(join(cache, file!), day, day)
    }
    expect(cacheFiles().sort()).toEqual(written.slice(2).sort())
  })
})

describe("defaultCacheDirectory", () => {
  it("is one directory per user in the temporary directory", () => {
    const directory = defaultCacheDirectory({})
    expect(directory?.startsWith(tmpdir())).toBe(true)
    if (process.getuid !== undefined) expect(directory).toContain(`otrs-mcp-compile-cache-${process.getuid()}`)
  })

  it("is none when NODE_DISABLE_COMPILE_CACHE is set, as for Node's own compile cache", () => {
    expect(defaultCacheDirectory({ NODE_DISABLE_COMPILE_CACHE: "1" })).toBeUndefined()
  })
})
