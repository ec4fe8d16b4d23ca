import type { Client } from "@modelcontextprotocol/client"
import { describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import {
  call,
  expectServing,
  expectSlowCreateNotRetried,
  measured,
  newTicket,
  noteOn,
  readTicket,
  serverPerFile,
  sleep,
  textOf
} from "./support.js"

/**
 * OTRS unreachable, connections reset, and answers slower than OTRS_TIMEOUT_MS (300 ms here), through the built
 * server. Reads are retried (OTRS_RETRIES=2: three attempts); ticket creations and new articles never are.
 */

let sim: OtrsSimulator
let server: Harness<Client>

serverPerFile({}, (started) => ({ sim, server } = started))

describe("OTRS down", () => {
  it("reports a refused connection, then serves again once OTRS is back (with a new login)", async () => {
    const port = Number(new URL(sim.url).port)
    await sim.close()
    const down = await call(server, "get_ticket", readTicket)
    expect(down.isError).toBe(true)
    expect(textOf(down)).toContain("could not reach OTRS")
    expect(textOf(down)).toContain("Nothing listens at that address and port")

    const create = await call(server, "create_ticket", newTicket("Created while OTRS was down"))
    expect(create.isError).toBe(true)
    expect(textOf(create)).toContain("could not reach OTRS")

    // a new OTRS on the same address: it knows none of the old sessions, so the server logs in once more
    sim = await startSimulator({ port })
    const { delta } = await measured(sim, () => expectServing(server))
    expect(delta.sessionCreates).toBe(1)
    expect(delta.ticketsCreated).toBe(0)
  })

  it("reports a connection reset on every request after the read's retries, and serves again", async () => {
    sim.inject({ kind: "reset" })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("closed the connection without answering")
    expect(delta.requests).toBe(3)
    sim.clearFaults()
    await expectServing(server)
  })
})

describe("connection resets", () => {
  it("retries a read whose connection was reset, to success", async () => {
    sim.inject({ kind: "reset" }, { times: 2, operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(result.structuredContent).toMatchObject({ ticket_id: 56 })
    expect(delta.requests).toBe(3)
  })

  it("never retries a ticket creation whose connection was reset, and says it may have been applied", async () => {
    sim.inject({ kind: "reset" }, { times: 1, operations: ["TicketCreate"] })
    const { delta, result } = await measured(sim, () => call(server, "create_ticket", newTicket("Reset on create")))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("may have been applied")
    expect(delta.requests).toBe(1)
    expect(delta.ticketsCreated).toBe(0)
    const { delta: after } = await measured(sim, () => expectServing(server))
    expect(after.ticketsCreated).toBe(0)
  })

  it("never retries a new article whose connection was reset", async () => {
    sim.inject({ kind: "reset" }, { times: 1, operations: ["TicketUpdate"] })
    const { delta, result } = await measured(sim, () => call(server, "update_ticket", noteOn(2, "Reset on note")))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("may have been applied")
    expect(delta.requests).toBe(1)
    expect(delta.articlesCreated).toBe(0)
    await expectServing(server)
  })
})

describe("slower than OTRS_TIMEOUT_MS", () => {
  it("retries a read that timed out once, to success", async () => {
    sim.inject({ kind: "latency", ms: 1_000 }, { times: 1, operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(delta.requests).toBe(2)
  })

  it("reports a read that never answers after its attempts, naming the timeout", async () => {
    sim.inject({ kind: "hang" }, { operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("did not answer within 300 ms")
    expect(textOf(result)).toContain("OTRS_TIMEOUT_MS")
    expect(delta.requests).toBe(3)
    sim.clearFaults()
    await expectServing(server)
  })

  it("answers a read slower than usual but within the timeout", async () => {
    sim.inject({ kind: "latency", ms: 100 })
    const { result } = await measured(sim, () => call(server, "search_tickets", { state_type: "not_closed", limit: 3 }))
    expect(result.isError, textOf(result)).toBeFalsy()
  })

  it("never retries a ticket creation that timed out, and the ticket exists at most once", async () => {
    await expectSlowCreateNotRetried(sim, server, { latencyMs: 600, settleMs: 700, timeoutMs: 300, title: "Slow create" })
  })

  it("lets a ticket creation cancelled after it was sent finish, once, and logs what it created", async () => {
    sim.inject({ kind: "latency", ms: 150 }, { times: 1, operations: ["TicketCreate"] })
    const before = sim.stats()
    const cancel = new AbortController()
    const cancelled = server.client.callTool(
      { name: "create_ticket", arguments: newTicket("Cancelled create") },
      { signal: cancel.signal }
    )
    while (sim.stats().requests === before.requests) await sleep(5)
    cancel.abort()
    await expect(cancelled).rejects.toThrow()
    await server.waitForStderr(
      /WARN .*TicketCreate finished after its call was cancelled: OTRS applied it \(TicketID \d+, TicketNumber \d+, ArticleID \d+\)/
    )
    expect(sim.stats().ticketsCreated - before.ticketsCreated).toBe(1)
    await expectServing(server)
  })

  it("never retries a new article that hung", async () => {
    sim.inject({ kind: "hang" }, { operations: ["TicketUpdate"] })
    const { delta, result } = await measured(sim, () => call(server, "update_ticket", noteOn(2, "Hanging note")))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("may have been applied")
    expect(delta.requests).toBe(1)
    expect(delta.articlesCreated).toBe(0)
    sim.clearFaults()
    await expectServing(server)
  })
})
