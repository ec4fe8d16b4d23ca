import type { Client } from "@modelcontextprotocol/client"
import { describe, expect, it } from "vitest"
import type { OtrsSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import {
  call,
  expectServing,
  expectSlowCreateNotRetried,
  measured,
  readTicket,
  serverPerFile,
  textOf
} from "./support.js"

/**
 * From OTRS_TIMEOUT_MS=2000 up, undici's own timers end each attempt (src/services/OtrsTransportLive.ts), instead
 * of the Effect timer the transport races each attempt against below that (transport.test.ts, at 300 ms). The
 * same promises hold, within undici's resolution of about a second: reads are retried, writes never are.
 */

let sim: OtrsSimulator
let server: Harness<Client>

serverPerFile({ OTRS_TIMEOUT_MS: "2000", OTRS_RETRIES: "1" }, (started) => ({ sim, server } = started))

describe("OTRS_TIMEOUT_MS of 2 s, kept by undici", () => {
  it("answers a read slower than usual but within the timeout, at once", async () => {
    sim.inject({ kind: "latency", ms: 1_000 }, { operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(delta.requests).toBe(1)
  })

  it("retries a read that timed out once, to success", async () => {
    sim.inject({ kind: "latency", ms: 4_000 }, { times: 1, operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(delta.requests).toBe(2)
  })

  it("reports a read that never answers after its attempts, naming the timeout", async () => {
    sim.inject({ kind: "hang" }, { operations: ["TicketGet"] })
    const { delta, result } = await measured(sim, () => call(server, "get_ticket", readTicket))
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("did not answer within 2000 ms")
    expect(textOf(result)).not.toContain("may have been applied")
    expect(delta.requests).toBe(2)
    sim.clearFaults()
    await expectServing(server)
  })

  it("never retries a ticket creation that timed out, and says it may have been applied", async () => {
    await expectSlowCreateNotRetried(sim, server, {
      latencyMs: 4_000,
      settleMs: 2_500,
      timeoutMs: 2_000,
      title: "Slow create, undici timers"
    })
  })
})
