import type { Client } from "@modelcontextprotocol/client"
import { describe, expect, it } from "vitest"
import type { OtrsSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import { call, expectServing, measured, newTicket, noteOn, readTicket, serverPerFile, textOf } from "./support.js"

/**
 * Wrong answers from OTRS or whatever stands in front of it: 5xx bursts, HTML pages, malformed JSON, redirects,
 * and sessions that expire mid-run, through the built server.
 */

let sim: OtrsSimulator
let server: Harness<Client>

serverPerFile({}, (started) => ({ sim, server } = started))

describe("5xx bursts", () => {
  it("retries a read through a burst of 503s, to success", async () => {
    sim.inject({ kind: "status", status: 503 }, { times: 2, operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(result.structuredContent).toMatchObject({ ticket_id: 56 })
    expect(delta.requests).toBe(3)
  })

  it("reports a burst longer than the retries, naming the status", async () => {
    sim.inject({ kind: "status", status: 502 }, { times: 3, operations: ["TicketSearch"] })
    const { delta, result } = await measured(sim, () => call(server, "search_tickets", { state_type: "open" }))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("OTRS answered HTTP 502")
    expect(textOf(result)).toContain("retry later")
    expect(textOf(result)).not.toContain("may have been applied")
    expect(delta.requests).toBe(3)
    await expectServing(server)
  })

  it("never retries a ticket creation that got a 503, and says it may have been applied", async () => {
    sim.inject({ kind: "status", status: 503 }, { times: 1, operations: ["TicketCreate"] })
    const { delta, result } = await measured(sim, () => call(server, "create_ticket", newTicket("503 on create")))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("HTTP 503")
    // a proxy's 5xx may stand for an answer lost after OTRS created the ticket
    expect(textOf(result)).toContain("may have been applied")
    expect(textOf(result)).not.toContain("retry later")
    expect(delta.requests).toBe(1)
    expect(delta.ticketsCreated).toBe(0)
    // the burst is over: the same creation now works, once
    const { delta: retried, result: created } = await measured(sim, () => call(server, "create_ticket", newTicket("503 on create")))
    expect(created.isError, textOf(created)).toBeFalsy()
    expect(retried.ticketsCreated).toBe(1)
    expect(retried.requests).toBe(1)
  })

  it("never retries a new article that got a 500, but retries a plain field change", async () => {
    sim.inject({ kind: "status", status: 500 }, { times: 1, operations: ["TicketUpdate"] })
    const note = await measured(sim, () => call(server, "update_ticket", noteOn(2, "500 on note")))
    expect(note.result.isError).toBe(true)
    expect(textOf(note.result)).toContain("may have been applied")
    expect(note.delta.requests).toBe(1)
    expect(note.delta.articlesCreated).toBe(0)

    sim.inject({ kind: "status", status: 500 }, { times: 1, operations: ["TicketUpdate"] })
    const change = await measured(sim, () => call(server, "update_ticket", { ticket_id: 2, priority: "3 normal" }))
    expect(change.result.isError, textOf(change.result)).toBeFalsy()
    expect(change.delta.requests).toBe(2)
    expect(change.delta.articlesCreated).toBe(0)
  })
})

describe("answers that are not the GenericInterface's JSON", () => {
  it("reports an HTML page (a login or proxy page) without retrying, and serves again", async () => {
    sim.inject({ kind: "html" }, { operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("HTML page")
    expect(textOf(result)).toContain("OTRS_BASE_URL")
    expect(delta.requests).toBe(1)
    sim.clearFaults()
    await expectServing(server)
  })

  it("reports malformed JSON as an answer it cannot read, and serves again", async () => {
    sim.inject({ kind: "malformedJson" }, { operations: ["TicketSearch"] })
    const { result } = await measured(sim, () => call(server, "search_tickets", { title: "VPN" }))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("not valid JSON")
    sim.clearFaults()
    await expectServing(server)
  })

  it("reports malformed JSON on a ticket creation without sending it again", async () => {
    sim.inject({ kind: "malformedJson" }, { times: 1, operations: ["TicketCreate"] })
    const { delta, result } = await measured(sim, () => call(server, "create_ticket", newTicket("Malformed answer")))
    expect(result.isError).toBe(true)
    // the fault stands in for an answer garbled after OTRS did the work: the agent must look before retrying
    expect(textOf(result)).toContain("may have been applied")
    expect(delta.requests).toBe(1)
    expect(delta.ticketsCreated).toBe(0)
    await expectServing(server)
  })

  it("reports a redirect without following it, naming the URL to use", async () => {
    const https = `${sim.webServiceUrl().replace(/^http:/, "https:")}`
    sim.inject({ kind: "redirect", location: `${https}/Ticket/56` }, { operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain(`${https}/Ticket/56`)
    expect(textOf(result)).toContain(`OTRS_BASE_URL=${https}`)
    expect(delta.requests).toBe(1)
    sim.clearFaults()
    await expectServing(server)
  })

  it("reports a redirect of a ticket creation without sending it anywhere else", async () => {
    const https = `${sim.webServiceUrl().replace(/^http:/, "https:")}`
    sim.inject({ kind: "redirect", location: `${https}/Ticket` }, { times: 1, operations: ["TicketCreate"] })
    const { delta, result } = await measured(sim, () => call(server, "create_ticket", newTicket("Redirected")))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain(`OTRS_BASE_URL=${https}`)
    expect(delta.requests).toBe(1)
    expect(delta.ticketsCreated).toBe(0)
  })
})

describe("sessions expiring mid-run", () => {
  it("logs in once more and the call succeeds", async () => {
    sim.expireSessions()
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(delta.sessionCreates).toBe(1)
  })

  it("shares one new login among calls that find the session expired together", async () => {
    sim.expireSessions()
    const { delta, result } = await measured(sim, () =>
      Promise.all(Array.from({ length: 10 }, () => call(server, "search_tickets", { state_type: "open", limit: 2 })))
    )
    for (const answer of result) expect(answer.isError, textOf(answer)).toBeFalsy()
    expect(delta.sessionCreates).toBe(1)
  })

  it("creates the ticket exactly once when the session expired before the creation", async () => {
    sim.expireSessions()
    const { delta, result } = await measured(sim, () => call(server, "create_ticket", newTicket("After expiry")))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(delta.sessionCreates).toBe(1)
    expect(delta.ticketsCreated).toBe(1)
  })

  it("adds the article exactly once when the session expired before the update", async () => {
    sim.expireSessions()
    const { delta, result } = await measured(sim, () => call(server, "update_ticket", noteOn(2, "After expiry")))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(delta.sessionCreates).toBe(1)
    expect(delta.articlesCreated).toBe(1)
  })
})
