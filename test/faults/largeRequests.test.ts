import type { Client } from "@modelcontextprotocol/client"
import { describe, expect, it } from "vitest"
import type { OtrsSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import { callOk } from "../support/toolCalls.js"
import { call, expectServing, serverPerFile, textOf } from "./support.js"

/**
 * Requests larger than the MCP SDK's stdio transport reads by itself (10 MB, above which it closed the connection and
 * the server exited): attachments up to the tools' limits arrive, and anything larger is refused while the server
 * goes on serving.
 */

let sim: OtrsSimulator
let server: Harness<Client>

serverPerFile({ OTRS_TIMEOUT_MS: "10000" }, (started) => ({ sim, server } = started))

const MiB = 1024 * 1024
const file = (name: string, bytes: number) => ({ filename: name, content_base64: Buffer.alloc(bytes, 7).toString("base64") })

describe("large requests", () => {
  it("creates a ticket with an 8 MiB attachment (an 11 MB request)", { timeout: 30_000 }, async () => {
    const created = await callOk(server, "create_ticket", {
      title: "Memory dump",
      body: "Attached.",
      attachments: [file("dump.bin", 8 * MiB)]
    })
    const ticket = await callOk(server, "get_ticket", { ticket_id: created["ticket_id"] })
    expect(ticket["articles"][0].attachments).toEqual([
      { filename: "dump.bin", content_type: "application/octet-stream", size: 8 * MiB }
    ])
  })

  it("names the limit for attachments of more than 20 MiB together", { timeout: 30_000 }, async () => {
    const result = await call(server, "create_ticket", {
      title: "Three dumps",
      body: "Attached.",
      attachments: [file("a.bin", 8 * MiB), file("b.bin", 8 * MiB), file("c.bin", 5 * MiB)]
    })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("attachments: the files have 22020096 bytes together; the limit is 20971520 bytes")
  })

  it("refuses a 40 MiB request with a JSON-RPC error, and goes on serving", { timeout: 30_000 }, async () => {
    const before = sim.stats().ticketsCreated
    await expect(call(server, "create_ticket", { title: "Huge", body: "x".repeat(40 * MiB) }))
      .rejects.toThrow("the request has 40.0 MiB, more than the 32.0 MiB otrs-mcp reads")
    expect(sim.stats().ticketsCreated).toBe(before)
    await server.waitForStderr(/refused a request: the request has 40\.0 MiB/)
    await expectServing(server)
  })

  it("drops an oversize message without an id (a notification), and goes on serving", { timeout: 30_000 }, async () => {
    const notification = { jsonrpc: "2.0", method: "notifications/progress", params: { filler: "x".repeat(33 * MiB) } }
    server.child.stdin.write(`${JSON.stringify(notification)}\n`)
    await server.waitForStderr(/refused a request: the request has 33\.0 MiB/)
    await expectServing(server)
  })
})
