import type { Client } from "@modelcontextprotocol/client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import { call, callOk, growth, sessionIdLike, startAs, stopCleanly, textOf, withServer } from "./support.js"

/**
 * search_config_items, get_config_item and create_session through the built server (dist/otrs-mcp.js,
 * `npm run build` first) against the OTRS simulator, and how the server behaves while OTRS is unreachable.
 * The simulator's CMDB holds Computer items 1-7 (2 is srv-db-01 with two NICs and an attachment); agent2 is not
 * in the itsm-configitem group.
 */

let sim: OtrsSimulator
let agent1: Harness<Client>

beforeAll(async () => {
  sim = await startSimulator()
  // debug: the most the server ever logs, so that the secrets checks below see every log line
  agent1 = await startAs(sim, "agent1", { OTRS_LOG_LEVEL: "debug" })
})

afterAll(async () => {
  await agent1?.close()
  await sim?.close()
})

describe("search_config_items end to end", () => {
  it("lists the Computer class by default, one page with the total", async () => {
    const result = await call(agent1, "search_config_items", {})
    expect(result.isError, textOf(result)).toBeFalsy()
    const found = result.structuredContent!
    expect(found["class"]).toBe("Computer")
    expect(found["total"]).toBe(found["items"].length)
    expect(found["items"]).toEqual(expect.arrayContaining([
      { id: 2, number: "1022000002", name: "srv-db-01", deployment_state: "Production", incident_state: "Operational" }
    ]))
    expect(textOf(result)).toMatch(/^\d+ config items of class Computer match:/)
    expect(textOf(result)).toContain(`1022000002 (config_item_id 2) "srv-db-01" (Production, Operational)`)
  })

  it("matches names with wildcards and filters by deployment and incident state", async () => {
    const names = async (args: Record<string, unknown>) =>
      ((await callOk(agent1, "search_config_items", args))["items"] as Array<{ name: string }>).map((item) => item.name)
    expect(await names({ name: "srv-*" })).toEqual(["srv-db-01"])
    expect(await names({ deployment_states: ["Maintenance"] })).toEqual(["vpn-gw-02"])
    expect(await names({ incident_states: ["Incident"], class: "Computer" })).toEqual(["vpn-gw-02"])
    expect(await names({ name: "no-such-item-*" })).toEqual([])
  })

  it("reports a class OTRS does not know with OTRS's message, and the stock one written in another case", async () => {
    const result = await call(agent1, "search_config_items", { class: "NoSuchClass" })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("class: OTRS does not know \"NoSuchClass\" (ConfigItemSearch: ConfigItem->Class")
    expect(textOf(result)).toContain("a stock ITSM has Computer, Hardware, Location, Network, Software")
    expect(textOf(await call(agent1, "search_config_items", { class: "computer" }))).toContain("did you mean \"Computer\"?")
  })

  it("pages with limit and offset", async () => {
    const all = await callOk(agent1, "search_config_items", { limit: 100 })
    const page = await callOk(agent1, "search_config_items", { limit: 2, offset: 1 })
    expect(page["total"]).toBe(all["total"])
    expect(page["items"]).toEqual(all["items"].slice(1, 3))
    expect(page["next_offset"]).toBe(all["total"] > 3 ? 3 : undefined)
  })

  it("tells agent2 that reading config items needs CMDB permission", async () => {
    await withServer(sim, "agent2", {}, async (agent2) => {
      const result = await call(agent2, "search_config_items", { name: "srv-*" })
      expect(result.isError).toBe(true)
      expect(textOf(result)).toContain("the agent may not read config items")
      expect(textOf(result)).toContain("itsm-configitem")
    })
  })
})

describe("get_config_item end to end", () => {
  it("reads a config item with its attributes flattened and its attachments listed", async () => {
    const result = await call(agent1, "get_config_item", { config_item_id: 2 })
    expect(result.isError, textOf(result)).toBeFalsy()
    const item = result.structuredContent!
    expect(item).toMatchObject({
      id: 2,
      number: "1022000002",
      name: "srv-db-01",
      class: "Computer",
      deployment_state: "Production",
      incident_state: "Operational",
      attachments: [{ filename: "location.txt", content_type: "text/plain", size: "rack 4, unit 12".length }]
    })
    expect(item["attributes"]).toMatchObject({
      Vendor: "HPE",
      Model: "DL380 Gen10",
      "CPU[1]": "Xeon Silver 4210",
      "CPU[2]": "Xeon Silver 4210",
      "NIC[1]": "eno1",
      // OTRS's ConfigItemGet keeps only the last value of a repeated attribute below the first level
      "NIC[1].IPAddress": "10.0.0.11",
      "NIC[1].IPoverDHCP": "No",
      "NIC[2]": "eno2",
      "NIC[2].IPAddress": "192.168.1.10"
    })
    expect(Object.values(item["attributes"]).every((value) => typeof value === "string")).toBe(true)
    expect(textOf(result)).toContain(`Config item 1022000002 "srv-db-01" (id 2, class Computer)`)
    expect(textOf(result)).toContain("NIC[2].IPAddress: 192.168.1.10")
  })

  it("reports an unknown config item id as missing or not permitted", async () => {
    const result = await call(agent1, "get_config_item", { config_item_id: 999_999 })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("config item 999999 does not exist")
    expect(textOf(result)).toContain("search_config_items")
  })

  it("tells agent2 that reading config items needs CMDB permission", async () => {
    await withServer(sim, "agent2", {}, async (agent2) => {
      const result = await call(agent2, "get_config_item", { config_item_id: 2 })
      expect(result.isError).toBe(true)
      expect(textOf(result)).toContain("the agent may not read config items")
      expect(textOf(result)).toContain("itsm-configitem")
      expect(JSON.stringify(result)).not.toContain("srv-db-01")
    })
  })
})

describe("create_session end to end", () => {
  it("logs in anew and reports who is logged in, never the SessionID", async () => {
    const before = sim.stats()
    const result = await call(agent1, "create_session")
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(result.structuredContent).toEqual({
      login: "agent1",
      full_name: "Agent One",
      user_id: 2,
      email: "agent1@test.local",
      session_valid: true
    })
    expect(textOf(result)).toBe("Logged in to OTRS as agent1 (Agent One, user id 2, agent1@test.local); the session is valid.")
    expect(growth(before, sim.stats()).sessionCreates).toBe(1)
    expect(JSON.stringify(result)).not.toMatch(sessionIdLike)
    expect(JSON.stringify(result)).not.toContain("agent1pass")
    // the new session is the one the other tools use from now on
    await callOk(agent1, "get_ticket", { ticket_id: 56, article_limit: 0 })
    expect(growth(before, sim.stats()).sessionCreates).toBe(1)
  })

  it("reports the rejected login for a wrong password, without echoing the password", async () => {
    const password = "Wr0ng-Passw0rd-4711"
    await withServer(sim, "agent1", { OTRS_PASSWORD: password, OTRS_LOG_LEVEL: "debug" }, async (server) => {
      const result = await call(server, "create_session")
      expect(result.isError).toBe(true)
      expect(textOf(result)).toMatch(/rejected the login of user 'agent1'/)
      expect(textOf(result)).toContain("OTRS_PASSWORD")
      expect(JSON.stringify(result)).not.toContain(password)
      const ticket = await call(server, "get_ticket", { ticket_id: 56 })
      expect(ticket.isError).toBe(true)
      expect(textOf(ticket)).toMatch(/rejected the login/)
      expect(server.stderr()).not.toContain(password)
    })
  })

  it("logs in again by itself when OTRS has expired the session", async () => {
    await callOk(agent1, "get_ticket", { ticket_id: 56, article_limit: 0 })
    sim.expireSessions()
    const before = sim.stats()
    await callOk(agent1, "get_ticket", { ticket_id: 56, article_limit: 0 })
    expect(growth(before, sim.stats()).sessionCreates).toBe(1)
  })

  it("never logs the password or a SessionID on stderr", () => {
    expect(agent1.stderr()).not.toContain("agent1pass")
    expect(agent1.stderr()).not.toMatch(sessionIdLike)
  })
})

describe("an OTRS outage mid-session", () => {
  it("answers with an error that says OTRS cannot be reached, keeps serving, and recovers", async () => {
    await callOk(agent1, "get_ticket", { ticket_id: 56, article_limit: 0 })
    sim.inject({ kind: "reset" })
    try {
      const first = await call(agent1, "get_ticket", { ticket_id: 56, article_limit: 0 })
      expect(first.isError).toBe(true)
      expect(textOf(first)).toContain("could not reach OTRS")
      expect(textOf(first)).toContain("OTRS_BASE_URL")
      const second = await call(agent1, "search_tickets", { limit: 1 })
      expect(second.isError).toBe(true)
      expect(textOf(second)).toContain("could not reach OTRS")
    } finally {
      sim.clearFaults()
    }
    const recovered = await callOk(agent1, "get_ticket", { ticket_id: 56, article_limit: 0 })
    expect(recovered["ticket_id"]).toBe(56)
  })

  it("says nothing listens once OTRS is gone, and keeps serving", async () => {
    const doomed = await startSimulator()
    await withServer(doomed, "agent1", {}, async (server) => {
      await callOk(server, "get_ticket", { ticket_id: 56, article_limit: 0 })
      await doomed.close()
      for (const name of ["get_ticket", "get_ticket"]) {
        const result = await call(server, name, { ticket_id: 56, article_limit: 0 })
        expect(result.isError).toBe(true)
        expect(textOf(result)).toContain("could not reach OTRS")
        expect(textOf(result)).toContain("Nothing listens at that address and port")
      }
    })
  })
})

describe("the agent1 server's stdout", () => {
  it("carried only JSON-RPC, and the server exits 0 on stdin EOF", async () => {
    await stopCleanly(agent1)
  })
})
