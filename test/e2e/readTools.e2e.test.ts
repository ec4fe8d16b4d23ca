import type { Client } from "@modelcontextprotocol/client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import { type Harness, startServer } from "../support/mcpHarness.js"
import { call, textOf } from "../support/toolCalls.js"

/**
 * get_ticket, search_tickets and the read resources through the built server (dist/otrs-mcp.js, `npm run build`
 * first) against the OTRS simulator, which is seeded with the recorded threads: ticket 56 is the vpn thread,
 * ticket 5 sits in the queue Restricted that agent2 may not read.
 */

let sim: OtrsSimulator
let agent1: Harness<Client>

const env = (login: string, extra: Record<string, string> = {}) => ({
  OTRS_BASE_URL: sim.webServiceUrl(),
  OTRS_USERNAME: login,
  OTRS_PASSWORD: `${login}pass`,
  ...extra
})

beforeAll(async () => {
  sim = await startSimulator()
  agent1 = await startServer({ env: env("agent1") })
})

afterAll(async () => {
  await agent1?.close()
  await sim?.close()
})

describe("get_ticket end to end", () => {
  it("reads a ticket by id: fields, the 10 newest compacted articles, and a text rendering", async () => {
    const result = await call(agent1, "get_ticket", { ticket_id: 56 })
    expect(result.isError).toBeFalsy()
    const details = result.structuredContent!
    expect(details).toMatchObject({
      ticket_id: 56,
      ticket_number: "2026112410000555",
      title: "Laptop won't connect to VPN after update",
      queue: "Misc",
      article_order: "newest_first",
      next_article_offset: 10
    })
    expect(details["articles"]).toHaveLength(10)
    expect(details["articles"][0].article_id).toBe(119)
    expect(JSON.stringify(details)).not.toContain("CONFIDENTIALITY NOTICE")
    expect(textOf(result)).toMatch(/^Ticket 2026112410000555 \(ticket_id 56\)/)
    expect(agent1.nonJsonRpcLines()).toEqual([])
  })

  it("reads a ticket by number, and one article in full", async () => {
    const byNumber = await call(agent1, "get_ticket", { ticket_number: "2026112410000555", article_limit: 0 })
    expect(byNumber.structuredContent).toMatchObject({ ticket_id: 56 })
    const one = await call(agent1, "get_ticket", { ticket_id: 56, article_id: 118, full_body: true })
    expect(one.structuredContent!["articles"]).toHaveLength(1)
    expect(one.structuredContent!["articles"][0].body).toContain("CONFIDENTIALITY NOTICE")
  })

  it("pages through the older articles", async () => {
    const result = await call(agent1, "get_ticket", { ticket_id: 56, article_offset: 10 })
    expect(result.structuredContent!["articles"].map((article: { article_id: number }) => article.article_id)).toEqual([
      109,
      108,
      107
    ])
    expect(result.structuredContent!["next_article_offset"]).toBeUndefined()
  })

  it("reports a missing ticket as not found or denied", async () => {
    const result = await call(agent1, "get_ticket", { ticket_id: 999_999 })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("does not exist or the agent may not access it")
    const number = await call(agent1, "get_ticket", { ticket_number: "1999999999999999" })
    expect(number.isError).toBe(true)
    expect(textOf(number)).toContain("ticket number 1999999999999999 does not exist")
  })

  it("reports an article that is not the ticket's", async () => {
    const result = await call(agent1, "get_ticket", { ticket_id: 56, article_id: 1 })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("article_id: ticket 2026112410000555 has no article 1")
  })

  it("rejects invalid arguments with a message naming them", async () => {
    const neither = await call(agent1, "get_ticket", {})
    expect(neither.isError).toBe(true)
    expect(textOf(neither)).toContain("exactly one of ticket_id and ticket_number")
    const tooMany = await call(agent1, "get_ticket", { ticket_id: 56, article_limit: 500 })
    expect(tooMany.isError).toBe(true)
    expect(textOf(tooMany)).toContain("article_limit")
  })

  it("tells an agent without permission that it may not access the ticket", async () => {
    const agent2 = await startServer({ env: env("agent2") })
    try {
      const mine = await call(agent2, "get_ticket", { ticket_id: 56, article_limit: 1 })
      expect(mine.isError).toBeFalsy()
      const restricted = await call(agent2, "get_ticket", { ticket_id: 5 })
      expect(restricted.isError).toBe(true)
      expect(textOf(restricted)).toContain("does not exist or the agent may not access it")
    } finally {
      await agent2.close()
    }
  })
})

describe("search_tickets end to end", () => {
  it("finds tickets by title and returns summaries with the total", async () => {
    const result = await call(agent1, "search_tickets", { title: "VPN" })
    expect(result.isError).toBeFalsy()
    const found = result.structuredContent!
    expect(found["total"]).toBeGreaterThanOrEqual(1)
    expect(found["tickets"].map((ticket: { ticket_id: number }) => ticket.ticket_id)).toContain(56)
    expect(found["tickets"][0].articles).toBeUndefined()
    expect(textOf(result)).toContain("tickets match")
  })

  it("searches article text, dynamic fields (POST route), state types, owners, responsibles and locks", async () => {
    const ids = async (args: Record<string, unknown>) =>
      ((await call(agent1, "search_tickets", args)).structuredContent!["tickets"] as Array<{ ticket_id: number }>)
        .map((ticket) => ticket.ticket_id)
    expect(await ids({ full_text: "0x800B0109" })).toContain(56)
    // a pasted stack trace: too long for a query string, sent by POST
    expect(await ids({ full_text: `0x800B0109 ${"at Frame.run (frame.js:1:1) ".repeat(300)}` })).toEqual([])
    expect(await ids({ dynamic_fields: [{ name: "ExternalRef", equals: "SLC-CASE-0048213" }] })).toEqual([56])
    expect(await ids({ state_type: "closed", queue: "Misc", limit: 100 })).toContain(56)
    expect(await ids({ state_type: "not_closed", limit: 100 })).not.toContain(56)
    expect(await ids({ owner: "me", limit: 100 })).toContain(56)
    // by login, through the user id the most recently changed tickets show
    const agent2s = await ids({ owner: "agent2", limit: 100 })
    expect(agent2s).toContain(58)
    expect(agent2s).toEqual(await ids({ owner: 3, limit: 100 }))
    expect(await ids({ responsible: "me", limit: 100 })).toEqual([2])
    expect(await ids({ responsible: "agent1", owner: "agent2", limit: 100 })).toEqual([2])
    // triage: the unfinished tickets nobody has taken
    const locked = await ids({ lock: "lock", limit: 100 })
    const unlocked = await ids({ lock: "unlock", state_type: "not_closed", limit: 100 })
    expect(locked).toEqual([2])
    expect(unlocked.length).toBeGreaterThan(0)
    expect(unlocked).not.toContain(2)
  })

  it("refuses a condition on a dynamic field OTRS does not know, which it would ignore and match every ticket", async () => {
    const result = await call(agent1, "search_tickets", { dynamic_fields: [{ name: "externalref", equals: "SLC-CASE-0048213" }] })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("OTRS ignored the condition on \"externalref\"")
    expect(textOf(result)).toContain("did you mean \"ExternalRef\"?")
    expect(textOf(result)).toMatch(/OTRS's ticket dynamic fields: .*ExternalRef, Impact/)
  })

  it("answers a condition on a field no matched ticket has with a warning: it may be an article field", async () => {
    const result = await call(agent1, "search_tickets", { dynamic_fields: [{ name: "CallReason", equals: "x" }] })
    expect(result.isError).toBeFalsy()
    expect(result.structuredContent?.["hint"]).toContain("unless it is an article field, OTRS does not know that name")
    expect(textOf(result)).toContain("No ticket on this page has the dynamic field \"CallReason\" set")
  })

  it("pages with limit and offset", async () => {
    const first = (await call(agent1, "search_tickets", { limit: 2 })).structuredContent!
    expect(first["tickets"]).toHaveLength(2)
    expect(first["next_offset"]).toBe(2)
    const second = (await call(agent1, "search_tickets", { limit: 2, offset: 2 })).structuredContent!
    expect(second["offset"]).toBe(2)
    expect(second["tickets"][0].ticket_id).not.toBe(first["tickets"][0].ticket_id)
  })

  it("explains that an unknown queue name matches nothing", async () => {
    const result = await call(agent1, "search_tickets", { queue: "NoSuchQueue" })
    expect(result.isError).toBeFalsy()
    expect(result.structuredContent).toMatchObject({ total: 0, tickets: [] })
    // the simulator's recent tickets are in Raw, Misc and Junk
    expect(textOf(result)).toMatch(
      /queue "NoSuchQueue" matched nothing; if it is not a typo, no ticket has it: queue names on the 50 most recently changed tickets \(OTRS may know others\): .*Misc/
    )
    const cased = await call(agent1, "search_tickets", { queue: "raw" })
    expect(textOf(result)).not.toContain("did you mean")
    expect(textOf(cased)).toContain("queue \"raw\" matched nothing: queue names are case-sensitive: did you mean \"Raw\"?")
  })

  it("rejects invalid arguments", async () => {
    const result = await call(agent1, "search_tickets", { limit: 500, owner: 0, created_after: "yesterday" })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("limit")
    expect(textOf(result)).toContain("owner")
    expect(textOf(result)).toContain("created_after")
  })

  it("does not show agent2 the tickets of a queue it may not read", async () => {
    const agent2 = await startServer({ env: env("agent2") })
    try {
      const result = await call(agent2, "search_tickets", { queue: "Restricted" })
      expect(result.structuredContent!["total"]).toBe(0)
    } finally {
      await agent2.close()
    }
  })
})

describe("read resources end to end", () => {
  const read = async (uri: string) => {
    const result = await agent1.client.readResource({ uri })
    const [content] = result.contents
    return JSON.parse((content as { text: string }).text) as Record<string, any>
  }

  it("lists the templates and the fixed resources", async () => {
    const templates = await agent1.client.listResourceTemplates()
    expect(templates.resourceTemplates.map((template) => template.uriTemplate)).toEqual(
      expect.arrayContaining(["otrs://ticket/{ticket_id}", "otrs://ticket/{ticket_id}/history", "otrs://configitem/{config_item_id}"])
    )
    const fixed = await agent1.client.listResources()
    expect(fixed.resources.map((resource) => resource.uri)).toEqual(["otrs://search/tickets", "otrs://names"])
  })

  it("reads a ticket, its history, the recent tickets and a config item", async () => {
    expect(await read("otrs://ticket/56")).toMatchObject({ ticket_id: 56, ticket_number: "2026112410000555" })
    expect(await read("otrs://ticket/56/history")).toMatchObject({ ticket_id: 56 })
    const recent = await read("otrs://search/tickets")
    expect(recent["tickets"].length).toBeLessThanOrEqual(20)
    expect(recent["tickets"].map((ticket: { ticket_id: number }) => ticket.ticket_id)).not.toContain(56)
    expect(await read("otrs://configitem/1")).toMatchObject({ id: 1, class: "Computer" })
  })

  it("reads the names in use on the most recently changed tickets, customer users and agents too", async () => {
    const names = await read("otrs://names")
    expect(names["tickets_looked_at"]).toBeGreaterThan(0)
    expect(names["queues"]).toEqual(expect.arrayContaining(["Misc", "Raw"]))
    expect(names["states"]).toContain("open")
    expect(names["priorities"]).toContain("3 normal")
    expect(names["customer_users"]).toContain("customer1")
    expect(names["agents"]).toEqual(expect.arrayContaining([{ login: "agent2", user_id: 3 }]))
  })

  it("answers a read of a missing ticket or config item with resource not found (-32602 and the URI)", async () => {
    for (const uri of ["otrs://ticket/999999", "otrs://ticket/999999/history", "otrs://configitem/999999"]) {
      const error = await agent1.client.readResource({ uri }).then(() => undefined, (error: unknown) => error)
      expect(error).toMatchObject({ code: -32602, data: { uri } })
      expect(String((error as Error).message)).toMatch(/999999 does not exist/)
    }
    await expect(agent1.client.readResource({ uri: "otrs://ticket/abc" })).rejects.toThrow(/ticket_id/)
  })

  it("takes ids in digits only, and says so for another way to write one or a ticket number", async () => {
    const uris = [
      "otrs://ticket/01",
      "otrs://ticket/1e0",
      "otrs://ticket/0x1",
      "otrs://configitem/+1",
      // longer than any id, and than the numbers JavaScript reads exactly
      `otrs://ticket/1${"0".repeat(19)}`
    ]
    for (const uri of uris) {
      await expect(agent1.client.readResource({ uri })).rejects.toThrow(/expected an id in digits/)
    }
    await expect(agent1.client.readResource({ uri: "otrs://ticket/2026112410000555" })).rejects.toThrow(
      /which is a ticket number/
    )
  })

  it("answers a read that OTRS could not serve with an internal error", async () => {
    sim.inject({ kind: "status", status: 503 })
    try {
      const error = await agent1.client.readResource({ uri: "otrs://ticket/56" }).then(() => undefined, (e: unknown) => e)
      expect(error).toMatchObject({ code: -32603 })
    } finally {
      sim.clearFaults()
    }
  })
})
