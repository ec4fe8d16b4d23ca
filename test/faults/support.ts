import type { Client } from "@modelcontextprotocol/client"
import { afterAll, afterEach, beforeAll, expect } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { type Harness, startServer } from "../support/mcpHarness.js"
import { call, measured, textOf } from "../support/toolCalls.js"

/**
 * Helpers for the fault and load tests: the built server (dist/otrs-mcp.js) against a simulator each file starts,
 * with faults injected at the simulator. Every faulty call must end in an isError result or a successful retry,
 * the server must keep serving, and no ticket or article may be created twice.
 */

export { call, measured, textOf, type ToolResult } from "../support/toolCalls.js"

/** A short timeout so that hangs and slow answers fail fast; reads get the default two extra attempts. */
export const serverEnv = (sim: OtrsSimulator, extra: Record<string, string> = {}): Record<string, string> => ({
  OTRS_BASE_URL: sim.webServiceUrl(),
  OTRS_USERNAME: "agent1",
  OTRS_PASSWORD: "agent1pass",
  OTRS_DEFAULT_CUSTOMER_USER: "customer1",
  OTRS_TIMEOUT_MS: "300",
  OTRS_RETRIES: "2",
  ...extra
})

export const readTicket = { ticket_id: 56, article_limit: 1 }

/** With its sender given, so that the ticket creation is the call's one request (no SessionGet for the agent). */
export const newTicket = (title: string) => ({ title, body: "Created by the fault tests.", from: "Fault Tests <f@test>" })

export const noteOn = (ticketId: number, body: string) => ({ ticket_id: ticketId, article: { body } })

/** A normal call after a fault: the server still answers, and correctly. */
export const expectServing = async (server: Harness<Client>) => {
  const result = await call(server, "get_ticket", readTicket)
  expect(result.isError, textOf(result)).toBeFalsy()
  expect(result.structuredContent).toMatchObject({ ticket_id: 56 })
  expect(server.nonJsonRpcLines()).toEqual([])
}

/**
 * A ticket creation that OTRS answers after `latencyMs`, beyond OTRS_TIMEOUT_MS (`timeoutMs`): the call fails once,
 * saying the ticket may exist, is never sent again, and creates at most the one ticket once OTRS has answered
 * (`settleMs` after the error); the server keeps serving.
 */
export const expectSlowCreateNotRetried = async (
  sim: OtrsSimulator,
  server: Harness<Client>,
  { latencyMs, settleMs, timeoutMs, title }: {
    readonly latencyMs: number
    readonly settleMs: number
    readonly timeoutMs: number
    readonly title: string
  }
) => {
  sim.inject({ kind: "latency", ms: latencyMs }, { times: 1, operations: ["TicketCreate"] })
  const { delta, result } = await measured(sim, async () => {
    const answer = await call(server, "create_ticket", newTicket(title))
    await sleep(settleMs)
    return answer
  })
  expect(result.isError).toBe(true)
  expect(textOf(result)).toContain(`did not answer within ${timeoutMs} ms`)
  expect(textOf(result)).toContain("may have been applied")
  expect(delta.requests).toBe(1)
  expect(delta.ticketsCreated).toBeLessThanOrEqual(1)
  await expectServing(server)
}

/**
 * For a whole test file: starts the simulator and the built server against it (serverEnv plus `extra`), hands both
 * to `use`, checks that the server serves, clears the faults after each test, and stops both after the last.
 */
export const serverPerFile = (
  extra: Record<string, string>,
  use: (started: { readonly sim: OtrsSimulator; readonly server: Harness<Client> }) => void
) => {
  let sim: OtrsSimulator | undefined
  let server: Harness<Client> | undefined
  beforeAll(async () => {
    sim = await startSimulator()
    server = await startServer({ env: serverEnv(sim, extra) })
    use({ sim, server })
    await expectServing(server)
  })
  afterEach(() => sim?.clearFaults())
  afterAll(async () => {
    await server?.close()
    await sim?.close()
  })
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
