import type { Client } from "@modelcontextprotocol/client"
import { describe, expect, it } from "vitest"
import type { OtrsSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import { expectServing, serverPerFile, sleep } from "./support.js"

/**
 * Lines from the client that are no JSON-RPC message: each gets a JSON-RPC error, with the request's id when it can
 * be told (the MCP SDK skipped them without a word, and their senders waited for an answer), and the server goes on.
 */

let server: Harness<Client>
let sim: OtrsSimulator

serverPerFile({}, (started) => ({ server, sim } = started))

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

  it("says that MCP takes params by name, not by position", async () => {
    const byPosition = { jsonrpc: "2.0", id: "probe-2b", method: "tools/call", params: ["get_ticket"] }
    server.child.stdin.write(`${JSON.stringify(byPosition)}\n`)
    expect((await answerTo("probe-2b"))?.error).toEqual({
      code: -32600,
      message: "Invalid Request: MCP takes params as an object of named values, not an array (params by position)"
    })
    await expectServing(server)
  })

  it("answers with id null a broken line with the id of a request in flight, which gets its own answer", async () => {
    sim.inject({ kind: "latency", ms: 150 }, { times: 1, operations: ["TicketGet"] })
    const before = server.stdoutLines().length
    const params = { name: "get_ticket", arguments: { ticket_id: 56, article_limit: 0 } }
    // in one write: the broken line is read while the request waits for OTRS
    server.child.stdin.write(
      `${JSON.stringify({ jsonrpc: "2.0", id: "held-1", method: "tools/call", params })}\n` +
        "{\"jsonrpc\":\"2.0\",\"id\":\"held-1\",\"method\":\"ping\"\n"
    )
    const deadline = Date.now() + 5_000
    let answers: Array<{ id?: unknown; result?: unknown; error?: { code: number } }> = []
    while (!answers.some((answer) => answer.result !== undefined) && Date.now() < deadline) {
      await sleep(20)
      answers = server.stdoutLines().slice(before).map((line) => JSON.parse(line)).filter((answer) =>
        answer.id === "held-1" || answer.error?.code === -32700
      )
    }
    expect(answers.map((answer) => [answer.id, answer.error?.code ?? "result"])).toEqual([
      [null, -32700],
      ["held-1", "result"]
    ])
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
