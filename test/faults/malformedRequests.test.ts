import type { Client } from "@modelcontextprotocol/client"
import { describe, expect, it } from "vitest"
import type { Harness } from "../support/mcpHarness.js"
import { expectServing, serverPerFile, sleep } from "./support.js"

/**
 * Lines from the client that are no JSON-RPC message: each gets a JSON-RPC error, with the request's id when it can
 * be told (the MCP SDK skipped them without a word, and their senders waited for an answer), and the server goes on.
 */

let server: Harness<Client>

serverPerFile({}, (started) => ({ server } = started))

const answerTo = async (id: string | null, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = server.stdoutLines()
      .map((line) => JSON.parse(line) as { id?: unknown; error?: { code: number; message: string } })
      .find((message) => message.id === id && message.error !== undefined)
    if (answer !== undefined || Date.now() > deadline) return answer
    await sleep(20)
  }
}

describe("lines that are no JSON-RPC message", () => {
  it("answers a request cut short with a parse error under its id", async () => {
    server.child.stdin.write("{\"jsonrpc\":\"2.0\",\"id\":\"probe-1\",\"method\":\"tools/call\",\"params\":{\"name\":\n")
    expect((await answerTo("probe-1"))?.error).toEqual({ code: -32700, message: "Parse error: the line is not valid JSON" })
    await expectServing(server)
  })

  it("answers JSON that is no JSON-RPC message with an invalid request error under its id", async () => {
    server.child.stdin.write("{\"jsonrpc\":\"2.0\",\"id\":\"probe-2\",\"method\":42}\n")
    expect((await answerTo("probe-2"))?.error?.code).toBe(-32600)
    await expectServing(server)
  })

  it("answers a line without an id with id null, and skips blank lines", async () => {
    const before = server.stdoutLines().length
    server.child.stdin.write("\n   \nnot json at all\n")
    expect((await answerTo(null))?.error?.code).toBe(-32700)
    await expectServing(server)
    // one error for the garbage, none for the blank lines, then expectServing's own call
    expect(server.stdoutLines().slice(before).filter((line) => line.includes("-32700"))).toHaveLength(1)
    expect(server.stderr()).toMatch(/answered a line from the client with an error: Parse error/)
  })
})
