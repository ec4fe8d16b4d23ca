import type { Client } from "@modelcontextprotocol/client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { call, readTicket, textOf, type ToolResult } from "../faults/support.js"
import { type Harness, startServer } from "../support/mcpHarness.js"
import { validArguments } from "./arguments.js"
import { type RecordingProxy, startRecordingProxy } from "./recordingProxy.js"

/**
 * Secrets never leave the server: with a distinctive password and debug logging, no tool result and no stderr line
 * holds the password or any SessionID the simulator issued (nor a 12-character piece of one), on success paths,
 * error paths and faults. The SessionIDs are recorded by a proxy between the server and the simulator.
 */

const PASSWORD = "Zx9!distinctive-Pa55phrase-7c1e"
const SESSION_ID_PIECE = 12

let sim: OtrsSimulator
let proxy: RecordingProxy
let server: Harness<Client>
const seen: Array<string> = []

const record = async (name: string, args: Record<string, unknown>): Promise<ToolResult> => {
  const result = await call(server, name, args)
  seen.push(JSON.stringify(result))
  return result
}

/** Every place a secret shows up in `text`, as "what: where". */
const leaks = (text: string): Array<string> => {
  const found: Array<string> = []
  if (text.includes(PASSWORD)) found.push("the password")
  for (const sessionId of proxy.sessionIds()) {
    for (let start = 0; start + SESSION_ID_PIECE <= sessionId.length; start++) {
      const piece = sessionId.slice(start, start + SESSION_ID_PIECE)
      const at = text.indexOf(piece)
      if (at >= 0) {
        found.push(`SessionID piece ${piece}: …${text.slice(Math.max(0, at - 60), at + 40)}…`)
        break
      }
    }
  }
  return found
}

/** Checks what the server answered and logged since `mark()`. */
const mark = () => {
  const results = seen.length
  const stderr = server.stderr().length
  return () => {
    expect(proxy.sessionIds().length).toBeGreaterThan(0)
    expect(leaks(seen.slice(results).join("\n"))).toEqual([])
    expect(leaks(server.stderr().slice(stderr))).toEqual([])
  }
}

beforeAll(async () => {
  sim = await startSimulator()
  proxy = await startRecordingProxy(sim, { from: PASSWORD, to: "agent1pass" })
  server = await startServer({
    env: {
      OTRS_BASE_URL: proxy.webServiceUrl,
      OTRS_USERNAME: "agent1",
      OTRS_PASSWORD: PASSWORD,
      OTRS_DEFAULT_CUSTOMER_USER: "customer1",
      OTRS_TIMEOUT_MS: "1000",
      OTRS_RETRIES: "1",
      OTRS_LOG_LEVEL: "debug"
    }
  })
})

afterAll(async () => {
  await server?.close()
  await proxy?.close()
  await sim?.close()
})

describe("secrets with a distinctive password", () => {
  it("appear in no result and no log line when every tool succeeds", async () => {
    const expectNoLeaks = mark()
    for (const [name, args] of Object.entries(validArguments)) {
      const result = await record(name, args)
      expect(result.isError, `${name}: ${textOf(result)}`).toBeFalsy()
    }
    expect((await record("search_tickets", { owner: "me", limit: 2 })).isError).toBeFalsy()
    expect((await record("get_ticket", { ticket_id: 56, article_id: 118, full_body: true })).isError).toBeFalsy()
    expect((await record("update_ticket", { ticket_id: 2, article: { body: "A note" } })).isError).toBeFalsy()
    expect((await record("create_session", {})).isError).toBeFalsy()
    const resource = await server.client.readResource({ uri: "otrs://ticket/56" })
    seen.push(JSON.stringify(resource))
    expectNoLeaks()
  })

  it("appear in no result and no log line when calls fail", async () => {
    const expectNoLeaks = mark()
    await record("get_ticket", { ticket_id: 999_999 })
    await record("get_ticket", { ticket_id: "56; DROP TABLE", SessionID: "x" })
    sim.inject({ kind: "status", status: 503 }, { operations: ["SessionGet"] })
    await record("search_tickets", { owner: "me" })
    sim.clearFaults()
    for (const fault of [
      { kind: "html" },
      { kind: "malformedJson" },
      { kind: "reset" },
      { kind: "status", status: 500 },
      { kind: "redirect", location: `${sim.webServiceUrl()}/Ticket/56` }
    ] as const) {
      sim.inject(fault, { operations: ["TicketGet"] })
      const result = await record("get_ticket", readTicket)
      expect(result.isError).toBe(true)
      sim.clearFaults()
    }
    sim.expireSessions()
    expect((await record("get_ticket", readTicket)).isError).toBeFalsy()
    expectNoLeaks()
  })

  it("appear in no error about a truncated SessionCreate answer", async () => {
    const expectNoLeaks = mark()
    proxy.setMode("truncateSessionCreate")
    try {
      expect((await record("create_session", {})).isError).toBe(true)
    } finally {
      proxy.setMode("pass")
    }
    expectNoLeaks()
  })

  it("appear in no error about a redirected SessionGet", async () => {
    const expectNoLeaks = mark()
    proxy.setMode("redirectSessionGet")
    try {
      expect((await record("search_tickets", { owner: "me" })).isError).toBe(true)
    } finally {
      proxy.setMode("pass")
    }
    expectNoLeaks()
  })
})

describe("a wrong distinctive password", () => {
  it("appears in no result and no log line", async () => {
    const wrong = await startServer({
      env: {
        OTRS_BASE_URL: sim.webServiceUrl(),
        OTRS_USERNAME: "agent1",
        OTRS_PASSWORD: PASSWORD,
        OTRS_DEFAULT_CUSTOMER_USER: "customer1",
        OTRS_LOG_LEVEL: "debug"
      }
    })
    try {
      const texts: Array<string> = []
      for (const [name, args] of Object.entries(validArguments)) {
        const result = await call(wrong, name, args)
        texts.push(JSON.stringify(result))
        expect(textOf(result), name).toContain("OTRS rejected the login")
      }
      expect(texts.join("\n")).not.toContain(PASSWORD)
      expect(wrong.stderr()).not.toContain(PASSWORD)
    } finally {
      await wrong.close()
    }
  })
})
