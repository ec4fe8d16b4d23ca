import { describe, expect, it } from "@effect/vitest"
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach } from "vitest"
import { runCli } from "../cli/support.js"
import { startServer } from "../support/mcpHarness.js"

/** dist/otrs-mcp.js keeps the bundle's compiled code in a directory of the temporary directory (TMPDIR). */
let temporary: string

beforeEach(() => {
  temporary = mkdtempSync(join(tmpdir(), "otrs-mcp-bin-test-"))
})

afterEach(() => {
  rmSync(temporary, { recursive: true, force: true })
})

const cacheFiles = () => {
  const [directory] = readdirSync(temporary).filter((name) => name.startsWith("otrs-mcp-compile-cache"))
  return directory === undefined ? [] : readdirSync(join(temporary, directory))
}

describe("the otrs-mcp command's compile cache", () => {
  it("is written when the server stops, and the next server starts from it", async () => {
    const first = await startServer({ args: ["--demo"], env: { TMPDIR: temporary } })
    const { tools } = await first.client.listTools()
    expect(await first.close()).toEqual({ code: 0, signal: null })
    expect(cacheFiles()).toEqual([expect.stringMatching(/^[0-9a-f]{32}-v\d+\.\d+\.\d+-\w+\.v8$/)])

    const second = await startServer({ args: ["--demo"], env: { TMPDIR: temporary } })
    expect((await second.client.listTools()).tools).toEqual(tools)
    expect(await second.close()).toEqual({ code: 0, signal: null })
    expect(second.nonJsonRpcLines()).toEqual([])
  })

  it("is not written by the other commands, whose code is not what the server needs", async () => {
    expect((await runCli(["--version"], { TMPDIR: temporary })).code).toBe(0)
    expect((await runCli(["tools"], { TMPDIR: temporary })).code).toBe(0)
    expect(cacheFiles()).toEqual([])
  })

  it("is neither read nor written with NODE_DISABLE_COMPILE_CACHE", async () => {
    const server = await startServer({ args: ["--demo"], env: { TMPDIR: temporary, NODE_DISABLE_COMPILE_CACHE: "1" } })
    await server.client.listTools()
    await server.close()
    expect(existsSync(join(temporary, `otrs-mcp-compile-cache-${process.getuid?.() ?? ""}`))).toBe(false)
    expect(cacheFiles()).toEqual([])
  })
})
