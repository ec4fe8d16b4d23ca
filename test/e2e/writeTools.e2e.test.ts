import type { Client } from "@modelcontextprotocol/client"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type OtrsSimulator, startSimulator } from "../../src/simulator/index.js"
import type { Harness } from "../support/mcpHarness.js"
import { base64, call, callOk, growth, startAs, stopCleanly, textOf, withServer } from "./support.js"

/**
 * create_ticket, update_ticket and get_ticket_history through the built server (dist/otrs-mcp.js, `npm run build`
 * first) against the OTRS simulator. The agent1 server runs with ticket defaults that differ from the built-in
 * ones, so that a created ticket shows they were applied. Ticket 5 sits in the queue Restricted that agent2 may
 * not use.
 */

const defaults = {
  OTRS_DEFAULT_QUEUE: "Misc",
  OTRS_DEFAULT_STATE: "open",
  OTRS_DEFAULT_PRIORITY: "4 high",
  OTRS_DEFAULT_TYPE: "Incident",
  OTRS_DEFAULT_CUSTOMER_USER: "customer1"
}

let sim: OtrsSimulator
let agent1: Harness<Client>

beforeAll(async () => {
  sim = await startSimulator()
  agent1 = await startAs(sim, "agent1", defaults)
})

afterAll(async () => {
  await agent1?.close()
  await sim?.close()
})

const readTicket = (ticketId: number, args: Record<string, unknown> = {}) =>
  callOk(agent1, "get_ticket", { ticket_id: ticketId, full_body: true, ...args })

const articleOf = async (ticketId: number, articleId: number) => {
  const ticket = await readTicket(ticketId, { article_id: articleId })
  return ticket["articles"][0] as Record<string, any>
}

const historyOf = async (ticketId: number) =>
  (await callOk(agent1, "get_ticket_history", { ticket_id: ticketId }))["entries"] as Array<Record<string, any>>

/** A new ticket in a known state for an update test: new, 3 normal, queue Raw. */
const freshTicket = async (title: string): Promise<number> => {
  const created = await callOk(agent1, "create_ticket", {
    title,
    body: "Created for an update_ticket test.",
    queue: "Raw",
    state: "new",
    priority: "3 normal"
  })
  return created["ticket_id"] as number
}

describe("create_ticket end to end", () => {
  it("creates a ticket with the configured defaults and the body as its first article", async () => {
    const before = sim.stats()
    const result = await call(agent1, "create_ticket", {
      title: "Monitor flickers on desk 3-14",
      body: "The monitor on desk 3-14 flickers every few seconds.\nCable already replaced."
    })
    expect(result.isError, textOf(result)).toBeFalsy()
    const created = result.structuredContent!
    expect(created).toEqual({
      ticket_id: expect.any(Number),
      ticket_number: expect.stringMatching(/^\d{16}$/),
      article_id: expect.any(Number)
    })
    expect(textOf(result)).toContain(`Created ticket ${created["ticket_number"]}`)
    expect(growth(before, sim.stats())).toMatchObject({ ticketsCreated: 1, articlesCreated: 1 })

    const ticket = await readTicket(created["ticket_id"])
    expect(ticket).toMatchObject({
      ticket_id: created["ticket_id"],
      ticket_number: created["ticket_number"],
      title: "Monitor flickers on desk 3-14",
      queue: "Misc",
      state: "open",
      priority: "4 high",
      type: "Incident",
      owner: "agent1",
      customer_user: "customer1",
      customer_id: "ACME"
    })
    expect(ticket["articles"]).toHaveLength(1)
    expect(ticket["articles"][0]).toMatchObject({
      article_id: created["article_id"],
      sender: "agent",
      channel: "internal",
      visible_to_customer: true,
      // the agent's words, from the agent (OTRS would name the customer)
      from: expect.stringContaining("<agent1@"),
      body: "The monitor on desk 3-14 flickers every few seconds.\nCable already replaced."
    })
  })

  it("creates a ticket with HTML content, dynamic fields, an attachment, hidden from the customer", async () => {
    const log = "E-42 at 10:31\nE-42 at 10:35\n"
    const created = await callOk(agent1, "create_ticket", {
      title: "Printer error E-42",
      body: "<p>The printer shows <b>E-42</b> again.</p><p>Log attached.</p>",
      content_type: "text/html",
      queue: "Raw",
      state: "new",
      priority: "2 low",
      ticket_type: "Service Request",
      customer_user: "customer1@test.local",
      visible_to_customer: false,
      dynamic_fields: { Impact: "high", Components: ["printer", "network"], ExternalRef: "PRN-77" },
      attachments: [{ filename: "printer.log", content_type: "text/plain", content_base64: base64(log) }]
    })
    const ticket = await readTicket(created["ticket_id"])
    expect(ticket).toMatchObject({
      queue: "Raw",
      state: "new",
      priority: "2 low",
      type: "Service Request",
      customer_user: "customer1",
      dynamic_fields: { Impact: "high", Components: ["printer", "network"], ExternalRef: "PRN-77" }
    })
    const [article] = ticket["articles"]
    expect(article.visible_to_customer).toBe(false)
    expect(article.attachments).toEqual([{ filename: "printer.log", content_type: "text/plain", size: Buffer.byteLength(log) }])
    expect(article.body).toContain("The printer shows E-42 again.")
    expect(article.body).toContain("Log attached.")
    expect(article.body).not.toMatch(/<\/?(p|b)>/)
  })

  it("creates a ticket with a pasted log whose full body get_ticket then gives in parts that add up to it", async () => {
    const body = Array.from({ length: 3000 }, (_, line) => `10:${String(line).padStart(4, "0")} worker restarted`).join("\n")
    const created = await callOk(agent1, "create_ticket", { title: "Worker restarts all night", body })
    const articleId = created["article_id"] as number
    const parts: Array<string> = []
    let offset: number | undefined
    do {
      const ticket = await readTicket(created["ticket_id"], { article_id: articleId, body_offset: offset })
      const shown = ticket["articles"][0].body as string
      const next = /\n\[… \d+ more characters; get_ticket with article_id \d+, full_body: true and body_offset (\d+) continues\]$/
        .exec(shown)
      parts.push(shown.replace(/^\[… continued from body_offset \d+ of \d+ characters\]\n/, "").slice(0, next?.index))
      offset = next === null ? undefined : Number(next[1])
    } while (offset !== undefined)
    expect(parts).toHaveLength(2)
    expect(parts.join("")).toBe(body)
  })

  it("refuses a pending state without pending_until before any request reaches OTRS", async () => {
    const before = sim.stats()
    const result = await call(agent1, "create_ticket", { title: "Waiting", body: "b", state: "pending reminder" })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("pending_until")
    expect(sim.stats().requests).toBe(before.requests)
  })

  it("refuses a ticket without customer_user when no default is configured, creating nothing", async () => {
    await withServer(sim, "agent1", {}, async (server) => {
      const before = sim.stats()
      const result = await call(server, "create_ticket", { title: "No customer", body: "b" })
      expect(result.isError).toBe(true)
      expect(textOf(result)).toContain("customer_user")
      expect(textOf(result)).toContain("OTRS_DEFAULT_CUSTOMER_USER")
      expect(growth(before, sim.stats())).toMatchObject({ requests: 0, ticketsCreated: 0, articlesCreated: 0 })
    })
  })

  it("reports an unknown queue with OTRS's message, creating nothing", async () => {
    const before = sim.stats()
    const result = await call(agent1, "create_ticket", { title: "Lost", body: "b", queue: "NoSuchQueue" })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("Ticket->QueueID or Ticket->Queue parameter is invalid!")
    expect(growth(before, sim.stats())).toMatchObject({ ticketsCreated: 0, articlesCreated: 0 })
  })

  it("does not retry a TicketCreate that got a 503", async () => {
    await callOk(agent1, "get_ticket", { ticket_id: 1, article_limit: 0 }) // the session exists: no login below
    const before = sim.stats()
    sim.inject({ kind: "status", status: 503 }, { times: 1, operations: ["TicketCreate"] })
    const result = await call(agent1, "create_ticket", { title: "Unlucky", body: "b" })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("503")
    const grown = growth(before, sim.stats())
    // One HTTP request in all: the TicketCreate that got the 503. The simulator counts an operation in byOperation
    // only when the request reaches it, which the faulted one did not; a retry would have (the fault was spent).
    expect(grown.requests).toBe(1)
    expect(grown.byOperation["TicketCreate"] ?? 0).toBe(0)
    expect(grown.ticketsCreated).toBe(0)
  })

  it("does not retry a TicketCreate whose connection dropped, and says the ticket may exist", async () => {
    await callOk(agent1, "get_ticket", { ticket_id: 1, article_limit: 0 })
    const before = sim.stats()
    sim.inject({ kind: "reset" }, { times: 1, operations: ["TicketCreate"] })
    const result = await call(agent1, "create_ticket", { title: "Lost answer", body: "b" })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("may have been applied")
    expect(growth(before, sim.stats())).toMatchObject({ requests: 1, ticketsCreated: 0 })
  })
})

describe("update_ticket end to end", () => {
  it("changes state and priority, visible in get_ticket and get_ticket_history", async () => {
    const ticketId = await freshTicket("Update state and priority")
    const result = await call(agent1, "update_ticket", { ticket_id: ticketId, state: "open", priority: "5 very high" })
    expect(result.isError, textOf(result)).toBeFalsy()
    expect(result.structuredContent).toMatchObject({ ticket_id: ticketId, updated: ["state", "priority"] })
    expect(result.structuredContent!["article_id"]).toBeUndefined()
    expect(textOf(result)).toContain("state, priority")
    expect(await readTicket(ticketId, { article_limit: 0 })).toMatchObject({ state: "open", priority: "5 very high" })
    const history = await historyOf(ticketId)
    expect(history).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: "StateUpdate", what: "new → open", by: "agent1" }),
      expect.objectContaining({ type: "PriorityUpdate", what: "3 normal → 5 very high", by: "agent1" })
    ]))
  })

  it("adds an internal note exactly once", async () => {
    const ticketId = await freshTicket("Internal note")
    const before = sim.stats()
    const updated = await callOk(agent1, "update_ticket", {
      ticket_id: ticketId,
      article: { body: "Called the customer: the error is back since Monday.\nWaiting for the log." }
    })
    expect(updated["updated"]).toEqual(["article"])
    expect(updated["article_id"]).toEqual(expect.any(Number))
    const grown = growth(before, sim.stats())
    expect(grown.articlesCreated).toBe(1)
    expect(grown.byOperation["TicketUpdate"]).toBe(1)
    const note = await articleOf(ticketId, updated["article_id"])
    expect(note).toMatchObject({
      sender: "agent",
      channel: "internal",
      visible_to_customer: false,
      subject: "Called the customer: the error is back since Monday.",
      body: "Called the customer: the error is back since Monday.\nWaiting for the log."
    })
  })

  it("adds a reply the customer sees, with an attachment", async () => {
    const ticketId = await freshTicket("Reply with attachment")
    const guide = "1. Open the settings.\n2. Choose VPN.\n"
    const updated = await callOk(agent1, "update_ticket", {
      ticket_id: ticketId,
      state: "open",
      article: {
        subject: "How to reconnect",
        body: "Please follow the attached steps.",
        visible_to_customer: true,
        communication_channel: "Email",
        attachments: [{ filename: "steps.txt", content_type: "text/plain", content_base64: base64(guide) }]
      }
    })
    expect(updated["updated"]).toEqual(["state", "article"])
    const reply = await articleOf(ticketId, updated["article_id"])
    expect(reply).toMatchObject({
      channel: "email",
      visible_to_customer: true,
      subject: "How to reconnect",
      body: "Please follow the attached steps.",
      attachments: [{ filename: "steps.txt", content_type: "text/plain", size: Buffer.byteLength(guide) }]
    })
  })

  it("sets a pending state with pending_until, and refuses one without it before calling OTRS", async () => {
    const ticketId = await freshTicket("Pending")
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, state: "pending reminder", pending_until: "2030-01-15 10:30" })
    const ticket = await readTicket(ticketId, { article_limit: 0 })
    expect(ticket["state"]).toBe("pending reminder")
    expect(ticket["pending_until"]).toMatch(/^2030-01-15T10:30/)

    const before = sim.stats()
    const refused = await call(agent1, "update_ticket", { ticket_id: ticketId, state: "pending auto close+" })
    expect(refused.isError).toBe(true)
    expect(sim.stats().requests).toBe(before.requests)
  })

  it("refuses a pending time on OTRS's clock that has passed there, from the clock the tickets show", async () => {
    const ticketId = await freshTicket("Pending in the past")
    // the simulator's clock is UTC: three hours ago, which no time zone check alone could tell
    const hoursAgo = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 16).replace("T", " ")
    const refused = await call(agent1, "update_ticket", {
      ticket_id: ticketId,
      state: "pending reminder",
      pending_until: hoursAgo
    })
    expect(refused.isError).toBe(true)
    expect(textOf(refused)).toMatch(
      // exact or not, depending on the hour the test runs at (see serverClock)
      new RegExp(`^update_ticket failed: pending_until: ${hoursAgo} \\(OTRS server time\\) (is in the past|looks past): `)
    )
  })

  it("moves a pending time given alone, and copies get_ticket's pending_until back as it came", async () => {
    const ticketId = await freshTicket("Pending, then postponed")
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, state: "pending reminder", pending_until: "2030-01-15 10:30" })
    // OTRS keeps a pending time only when the update sets a pending state: the tool sends the ticket's own along
    const moved = await callOk(agent1, "update_ticket", { ticket_id: ticketId, pending_until: "2030-02-01 08:00" })
    expect(moved["updated"]).toEqual(["pending_until"])
    const ticket = await readTicket(ticketId, { article_limit: 0 })
    expect(ticket["state"]).toBe("pending reminder")
    expect(ticket["pending_until"]).toBe("2030-02-01T08:00:00Z")

    // an instant goes as minutes from OTRS's now, rounded up, so it lands in the minute given
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, pending_until: ticket["pending_until"] })
    expect((await readTicket(ticketId, { article_limit: 0 }))["pending_until"]).toBe("2030-02-01T08:00:00Z")
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, pending_until: "2030-02-01T10:30:00+01:00" })
    expect((await readTicket(ticketId, { article_limit: 0 }))["pending_until"]).toBe("2030-02-01T09:30:00Z")
  })

  it("refuses a pending time that OTRS would drop, before changing anything", async () => {
    const ticketId = await freshTicket("Open, no pending time")
    const before = sim.stats()
    const alone = await call(agent1, "update_ticket", { ticket_id: ticketId, title: "Renamed", pending_until: "2030-02-01 08:00" })
    expect(alone.isError).toBe(true)
    expect(textOf(alone)).toContain("and OTRS keeps a pending time only with a pending state: give state too")
    const withOpen = await call(agent1, "update_ticket", { ticket_id: ticketId, state: "open", pending_until: "2030-02-01 08:00" })
    expect(textOf(withOpen)).toContain("state \"open\" is not a pending state")
    expect(sim.stats().byOperation["TicketUpdate"] ?? 0).toBe(before.byOperation["TicketUpdate"] ?? 0)
    expect((await readTicket(ticketId, { article_limit: 0 }))["title"]).toBe("Open, no pending time")
  })

  it("explains a pending state without pending_until, and what the names in use say of a misnamed one", async () => {
    const refused = await call(agent1, "update_ticket", { ticket_id: 2, state: "pending reminder" })
    expect(refused.isError).toBe(true)
    expect(textOf(refused)).toMatch(/^update_ticket failed: pending_until: state "pending reminder" is a pending state/)
    expect(textOf(refused)).not.toContain("readonly ticket_id")
    const misnamed = await call(agent1, "update_ticket", { ticket_id: 2, state: "pending close" })
    expect(textOf(misnamed)).toMatch(
      /give pending_until .* or choose another state; the name looks wrong too: state "pending close": did you mean "pending auto close\+"\?$/
    )
  })

  it("does not retry a TicketUpdate that adds an article after a 503", async () => {
    const ticketId = await freshTicket("Note under load")
    const before = sim.stats()
    sim.inject({ kind: "status", status: 503 }, { times: 1, operations: ["TicketUpdate"] })
    const result = await call(agent1, "update_ticket", { ticket_id: ticketId, article: { body: "Only once, please." } })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("503")
    expect(growth(before, sim.stats())).toMatchObject({ requests: 1, articlesCreated: 0 })
  })

  it("retries a TicketUpdate that only changes fields after a 503", async () => {
    const ticketId = await freshTicket("Priority under load")
    const before = sim.stats()
    sim.inject({ kind: "status", status: 503 }, { times: 1, operations: ["TicketUpdate"] })
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, priority: "1 very low" })
    expect(growth(before, sim.stats())).toMatchObject({ requests: 2, byOperation: { TicketUpdate: 1 } })
    expect((await readTicket(ticketId, { article_limit: 0 }))["priority"]).toBe("1 very low")
  })

  it("refuses an update that changes nothing", async () => {
    const before = sim.stats()
    const result = await call(agent1, "update_ticket", { ticket_id: 2 })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("nothing to change")
    expect(sim.stats().requests).toBe(before.requests)
  })


  it("points an article's fields written beside it, and OTRS's id parameters, to where they go, changing nothing", async () => {
    const before = sim.stats()
    const result = await call(agent1, "update_ticket", { ticket_id: 2, body: "Checked.", OwnerID: 2 })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("- body: unknown field here: it goes inside \"article\", as {\"article\": {\"body\": ...}}")
    expect(textOf(result)).toContain("- OwnerID: unknown field: did you mean \"owner\" (a user id or a login)?")
    expect(sim.stats().requests).toBe(before.requests)
  })
  it("tells agent2 that a ticket in the queue Restricted does not exist or is not accessible, changing nothing", async () => {
    await withServer(sim, "agent2", {}, async (agent2) => {
      const result = await call(agent2, "update_ticket", { ticket_id: 5, priority: "5 very high" })
      expect(result.isError).toBe(true)
      expect(textOf(result)).toContain("does not exist or the agent may not access it")
    })
    expect((await readTicket(5, { article_limit: 0 }))["priority"]).not.toBe("5 very high")
  })

  it("locks and unlocks a ticket", async () => {
    const ticketId = await freshTicket("Lock me")
    expect((await callOk(agent1, "update_ticket", { ticket_id: ticketId, lock: "lock" }))["updated"]).toEqual(["lock"])
    expect((await readTicket(ticketId, { article_limit: 0 }))["locked"]).toBe(true)
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, lock: "unlock" })
    expect((await readTicket(ticketId, { article_limit: 0 }))["locked"]).toBeUndefined()
    const types = (await historyOf(ticketId)).map((entry) => entry.type)
    expect(types.indexOf("Lock")).toBeGreaterThan(-1)
    expect(types.indexOf("Unlock")).toBeGreaterThan(types.indexOf("Lock"))
  })

  it("sets dynamic fields", async () => {
    const ticketId = await freshTicket("Dynamic fields")
    const updated = await callOk(agent1, "update_ticket", {
      ticket_id: ticketId,
      dynamic_fields: { Impact: "medium", Components: ["vpn"] }
    })
    expect(updated["updated"]).toEqual(["dynamic_fields.Impact", "dynamic_fields.Components"])
    expect((await readTicket(ticketId, { article_limit: 0 }))["dynamic_fields"]).toEqual({
      Impact: "medium",
      Components: ["vpn"]
    })
    expect(await historyOf(ticketId)).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: "TicketDynamicFieldUpdate", what: "Impact: medium" })
    ]))
  })

  it("names the agents in use when OTRS refuses an owner or a responsible, changing nothing", async () => {
    const owner = await call(agent1, "update_ticket", { ticket_id: 2, owner: "agent9", state: "open" })
    expect(textOf(owner)).toMatch(
      /^update_ticket failed: owner: OTRS does not know owner "agent9" \(TicketUpdate: Ticket->OwnerID or Ticket->Owner parameter is invalid!\); agent logins on the 50 most recently changed tickets \(OTRS may know others\): agent1, agent2/
    )
    const responsible = await call(agent1, "create_ticket", { title: "t", body: "b", responsible: "agent" })
    expect(textOf(responsible)).toContain("OTRS does not know responsible \"agent\" (TicketCreate: Ticket->ResponsibleID or Ticket->Responsible parameter is invalid!); did you mean \"agent1\" or \"agent2\"?")
  })

  it("tells the other names that look wrong at once, where OTRS stops at the first", async () => {
    const result = await call(agent1, "update_ticket", { ticket_id: 2, queue: "misc", state: "Closed", priority: "high" })
    expect(textOf(result)).toMatch(
      /^update_ticket failed: queue: OTRS does not know queue "misc" \(.*\); queue names are case-sensitive: did you mean "Misc"\?; OTRS stops at the first wrong name, and these look wrong too: state "Closed": did you mean "closed successful".*\?; priority "high": did you mean "4 high"/
    )
  })

  it("takes an owner and a responsible by the user id results show, and names the agents for an unknown one", async () => {
    const ticketId = await freshTicket("Owner by user id")
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, owner: 3, responsible: 2 })
    expect(await readTicket(ticketId, { article_limit: 0 })).toMatchObject({
      owner: "agent2",
      owner_id: 3,
      responsible: "agent1"
    })
    const created = await callOk(agent1, "create_ticket", { title: "t", body: "b", owner: 3 })
    expect(await readTicket(created["ticket_id"], { article_limit: 0 })).toMatchObject({ owner: "agent2" })
    const refused = await call(agent1, "update_ticket", { ticket_id: ticketId, responsible: 99 })
    expect(textOf(refused)).toMatch(
      /^update_ticket failed: responsible: OTRS has no agent with user id 99 \(TicketUpdate: Ticket->ResponsibleID or Ticket->Responsible parameter is invalid!\); agents on the 50 most recently changed tickets \(OTRS may know others\): agent1 \(user id 2\), agent2 \(user id 3\)/
    )
    expect(await readTicket(ticketId, { article_limit: 0 })).toMatchObject({ responsible: "agent1" })
  })

  it("names the dynamic field names OTRS refuses, with what each likely stands for and the names it has", async () => {
    const before = sim.stats()
    const result = await call(agent1, "update_ticket", { ticket_id: 2, dynamic_fields: { impact: "high", Foo: "x" } })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain(
      "dynamic_fields: OTRS has no ticket dynamic field \"impact\" (did you mean \"Impact\"?), \"Foo\" " +
        "(TicketUpdate: DynamicField->Name parameter is invalid!); names are case-sensitive. OTRS's ticket dynamic " +
        "fields: Components,"
    )
    // the refused update, then one TicketGet of the ticket for its dynamic field names
    expect(sim.stats().requests - before.requests).toBe(2)
    const created = await call(agent1, "create_ticket", { title: "t", body: "b", dynamic_fields: { Impct: "high" } })
    expect(textOf(created)).toContain("OTRS has no ticket dynamic field \"Impct\" (did you mean \"Impact\"?) (TicketCreate:")
  })

  it("reports a dynamic field value OTRS refuses with OTRS's message", async () => {
    const result = await call(agent1, "update_ticket", { ticket_id: 2, dynamic_fields: { Impact: "enormous" } })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("DynamicField->Value parameter is invalid!")
  })
})

describe("get_ticket_history end to end", () => {
  it("lists a ticket's history oldest first, with the changes an update made at the end", async () => {
    const ticketId = await freshTicket("History")
    await callOk(agent1, "update_ticket", { ticket_id: ticketId, queue: "Misc", state: "open" })
    const result = await call(agent1, "get_ticket_history", { ticket_id: ticketId })
    expect(result.isError, textOf(result)).toBeFalsy()
    const history = result.structuredContent!
    const entries = history["entries"] as Array<Record<string, any>>
    expect(history["total"]).toBe(entries.length)
    expect(entries[0]).toMatchObject({ type: "NewTicket", by: "agent1", what: expect.stringContaining("in Raw") })
    const times = entries.map((entry) => entry.time as string)
    expect(times).toEqual([...times].sort())
    const types = entries.map((entry) => entry.type as string)
    expect(types.indexOf("Move")).toBeGreaterThan(types.indexOf("NewTicket"))
    expect(entries.find((entry) => entry.type === "Move")).toMatchObject({ what: "Raw → Misc" })
    expect(entries.find((entry) => entry.type === "StateUpdate")).toMatchObject({ what: "new → open" })
    expect(textOf(result)).toMatch(new RegExp(`^History of ticket ${ticketId}, ${entries.length} entries, oldest first:`))
  })

  it("names every author by login, also where the history gives only a user id", async () => {
    const created = await callOk(agent1, "create_ticket", { title: "For agent2", body: "Over to you.", owner: "agent2" })
    const entries = await historyOf(created["ticket_id"] as number)
    expect(entries.length).toBeGreaterThan(0)
    expect(new Set(entries.map((entry) => entry.by))).toEqual(new Set(["agent1"]))
  })

  it("pages with limit and offset", async () => {
    const all = await callOk(agent1, "get_ticket_history", { ticket_id: 56 })
    const page = await callOk(agent1, "get_ticket_history", { ticket_id: 56, limit: 2, offset: 1 })
    expect(page["entries"]).toEqual(all["entries"].slice(1, 3))
    expect(page["next_offset"]).toBe(3)
  })

  it("says plainly that an offset past the end has no entries", async () => {
    const result = await call(agent1, "get_ticket_history", { ticket_id: 56, offset: 500 })
    expect(result.isError).toBeFalsy()
    expect(result.structuredContent!["entries"]).toEqual([])
    expect(textOf(result)).toMatch(/offset 500 is past the end/)
  })

  it("reports an unknown ticket as not found or denied", async () => {
    const result = await call(agent1, "get_ticket_history", { ticket_id: 999_999 })
    expect(result.isError).toBe(true)
    expect(textOf(result)).toContain("does not exist or the agent may not access it")
  })
})

describe("the agent1 server's stdout", () => {
  it("carried only JSON-RPC, and the server exits 0 on stdin EOF", async () => {
    await stopCleanly(agent1)
  })
})
