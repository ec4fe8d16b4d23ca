import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach } from "vitest"
import { runCli } from "../cli/support.js"
import { projectRoot, startServer } from "../support/mcpHarness.js"

/** dist/otrs-mcp.js keeps the bundle's compiled code in a directory of the temporary directory (TMPDIR). */
let temporary: string

beforeEach(() => {
  temporary = mkdtempSync(join(tmpdir(), "otrs-mcp-bin-test-"))
})

afterEach(() => {
  rmSync(temporary, { recursive: true, force: true })
})

const cacheDirectory = () => readdirSync(temporary).find((name) => name.startsWith("otrs-mcp-compile-cache"))

/** A call that loads the tools but stops at its arguments: nothing reaches OTRS. */
const loadTools = (server: Awaited<ReturnType<typeof startServer>>) =>
  server.client.callTool({ name: "get_ticket", arguments: {} }).then((result) => expect(result.isError).toBe(true))

const cacheFiles = () => {
  const directory = cacheDirectory()
  return directory === undefined ? [] : readdirSync(join(temporary, directory))
}

describe("the otrs-mcp command's compile cache", () => {
  it("is written when the server stops, and the next server starts from it", async () => {
    const first = await startServer({ args: ["--demo"], env: { TMPDIR: temporary } })
    const { tools } = await first.client.listTools()
    await loadTools(first)
    expect(await first.close()).toEqual({ code: 0, signal: null })
    expect(cacheFiles()).toEqual([expect.stringMatching(/^[0-9a-f]{32}-demo-\d+-v\d+\.\d+\.\d+-\w+\.v8$/)])

    const second = await startServer({ args: ["--demo"], env: { TMPDIR: temporary } })
    expect((await second.client.listTools()).tools).toEqual(tools)
    expect(await second.close()).toEqual({ code: 0, signal: null })
    expect(second.nonJsonRpcLines()).toEqual([])
  })

  it("is kept apart for --demo, whose simulator a server for a real OTRS need not load", async () => {
    const demo = await startServer({ args: ["--demo"], env: { TMPDIR: temporary } })
    await loadTools(demo)
    await demo.close()
    const otrs = { OTRS_BASE_URL: "http://127.0.0.1:9/otrs", OTRS_USERNAME: "agent", OTRS_PASSWORD: "secret" }
    const real = await startServer({ env: { TMPDIR: temporary, ...otrs } })
    await loadTools(real)
    await real.close()
    expect(cacheFiles().sort()).toEqual([
      expect.stringMatching(/^[0-9a-f]{32}-\d+-v[\d.]+-\w+\.v8$/),
      expect.stringMatching(/^[0-9a-f]{32}-demo-\d+-v[\d.]+-\w+\.v8$/)
    ])
  })

  it("is not written by a server stopped before it loaded its tools, whose code its next start would lack", async () => {
    const server = await startServer({ args: ["--demo"], env: { TMPDIR: temporary } })
    expect(await server.close()).toEqual({ code: 0, signal: null })
    expect(cacheFiles()).toEqual([])
  })

  it("is not written by the other commands, whose code is not what the server needs", async () => {
    expect((await runCli(["--version"], { TMPDIR: temporary })).code).toBe(0)
    expect((await runCli(["tools"], { TMPDIR: temporary })).code).toBe(0)
    expect(cacheFiles()).toEqual([])
  })

  it("is neither read nor written with NODE_DISABLE_COMPILE_CACHE", async () => {
    const env = { TMPDIR: temporary, NODE_DISABLE_COMPILE_CACHE: "1" }
    const server = await startServer({ args: ["--demo"], env })
    await loadTools(server)
    await server.close()
    expect(existsSync(join(temporary, `otrs-mcp-compile-cache-${process.getuid?.() ?? ""}`))).toBe(false)
    expect(cacheFiles()).toEqual([])
  })

  it("is left by scripts/warm-compile-cache.mjs, as the Docker image does, and the servers then use it", async () => {
    const warm = spawnSync(process.execPath, [join(projectRoot, "scripts/warm-compile-cache.mjs")], {
      env: { PATH: process.env["PATH"] ?? "", TMPDIR: temporary },
      encoding: "utf8"
    })
    expect(warm.status).toBe(0)
    const files = cacheFiles().sort()
    expect(files).toEqual([expect.not.stringContaining("-demo-"), expect.stringContaining("-demo-")])
    const old = new Date(2000, 0, 1)
    for (const file of files) utimesSync(join(temporary, cacheDirectory()!, file), old, old)

    // a server with its own OTRS, and one with --demo
    const otrs = { OTRS_BASE_URL: "http://127.0.0.1:9/otrs", OTRS_USERNAME: "agent", OTRS_PASSWORD: "secret" }
    for (const options of [{ env: { TMPDIR: temporary, ...otrs } }, { args: ["--demo"], env: { TMPDIR: temporary } }]) {
      const server = await startServer(options)
      expect((await server.client.listTools()).tools.length).toBeGreaterThan(0)
      await loadTools(server)
      expect(await server.close()).toEqual({ code: 0, signal: null })
    }
    // both accepted, so neither written again
    expect(cacheFiles().sort()).toEqual(files)
    for (const file of files) expect(statSync(join(temporary, cacheDirectory()!, file)).mtime).toEqual(old)
  })
})

describe("dist/ on its own", () => {
  it("runs where it is copied, and still knows its version", () => {
    cpSync(join(projectRoot, "dist"), join(temporary, "dist"), { recursive: true })
    const { version } = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }
    const run = spawnSync(process.execPath, [join(temporary, "dist/otrs-mcp.js"), "--version"], {
      env: { PATH: process.env["PATH"] ?? "", TMPDIR: temporary },
      encoding: "utf8"
    })
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 0, stdout: `${version}\n` })
  })
})
