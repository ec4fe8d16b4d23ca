import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { likelyField } from "../../src/mcp/fieldSuggestion.js"

const searchTickets = ["title", "ticket_number", "full_text", "state", "customer_user", "customer_id", "sort_by", "limit"]
const createTicket = ["title", "body", "subject", "customer_user", "visible_to_customer", "dynamic_fields", "attachments"]
const updateTicket = ["ticket_id", "state", "owner", "pending_until", "dynamic_fields", "article"]

describe("likelyField: the same name written another way", () => {
  it.each([
    ["TicketID", updateTicket, "ticket_id"],
    ["ticketId", updateTicket, "ticket_id"],
    ["Ticket-ID", updateTicket, "ticket_id"],
    ["dynamicFields", createTicket, "dynamic_fields"],
    ["customer id", searchTickets, "customer_id"]
  ])("%s", (name, known, field) => {
    expect(likelyField(name, known)).toEqual({ name: field })
  })
})

describe("likelyField: a synonym agents use", () => {
  it.each([
    ["status", searchTickets, "state"],
    ["customer", createTicket, "customer_user"],
    ["requester", searchTickets, "customer_user"],
    ["id", updateTicket, "ticket_id"],
    ["id", ["config_item_id"], "config_item_id"],
    ["number", ["ticket_id", "ticket_number"], "ticket_number"],
    ["message", updateTicket, "article"],
    ["message", createTicket, "body"],
    ["text", createTicket, "body"],
    ["text", searchTickets, "full_text"],
    ["query", searchTickets, "full_text"],
    ["assignee", updateTicket, "owner"],
    ["assignedTo", updateTicket, "owner"],
    ["pendingTime", updateTicket, "pending_until"],
    ["files", createTicket, "attachments"],
    ["public", createTicket, "visible_to_customer"],
    ["max_results", searchTickets, "limit"],
    ["sort", searchTickets, "sort_by"],
    ["ci_id", ["config_item_id"], "config_item_id"]
  ])("%s among %j", (name, known, field) => {
    expect(likelyField(name, known)).toEqual({ name: field })
  })

  it("says how the meant field differs where following the name alone would go wrong", () => {
    expect(likelyField("customer_id", createTicket)).toEqual({
      name: "customer_user",
      note: "a login or e-mail; OTRS sets the company from the customer user"
    })
    expect(likelyField("page", searchTickets.concat("offset"))?.note).toBe("it counts items, not pages: (page - 1) × limit")
  })

  it("keeps a name the object takes itself: customer_id is a field of search_tickets", () => {
    expect(likelyField("customerID", searchTickets)).toEqual({ name: "customer_id" })
  })

  it.each(["internal", "is_internal", "isInternal"])("warns that %s means the opposite of visible_to_customer", (name) => {
    expect(likelyField(name, createTicket)).toEqual({
      name: "visible_to_customer",
      note: "its opposite: false for an internal note"
    })
  })

  it("suggests no synonym the object does not take", () => {
    expect(likelyField("status", createTicket.filter((field) => field !== "state"))).toBeUndefined()
    expect(likelyField("note", createTicket)).toBeUndefined()
  })
})

describe("likelyField: an OTRS id parameter for a field that takes a name, or an agent", () => {
  it.each([
    ["OwnerID", "owner", "a user id or a login"],
    ["owner_id", "owner", "a user id or a login"],
    ["ResponsibleID", "responsible", "a user id or a login"],
    ["QueueID", "queue", "its name, not an id"],
    ["stateId", "state", "its name, not an id"],
    ["PriorityID", "priority", "its name, not an id"],
    ["TypeID", "ticket_type", "its name, not an id"]
  ])("%s", (name, field, note) => {
    const known = ["ticket_id", "queue", "state", "priority", "ticket_type", "owner", "responsible", "customer_id"]
    expect(likelyField(name, known)).toEqual({ name: field, note })
  })

  it("keeps an id field the object takes", () => {
    expect(likelyField("TicketID", ["ticket_id", "owner"])).toEqual({ name: "ticket_id" })
    expect(likelyField("CustomerID", ["customer_id", "customer_user"])).toEqual({ name: "customer_id" })
  })
})

describe("likelyField: the operators of a search condition on a dynamic field", () => {
  const condition = ["name", "equals", "like", "greater_than", "greater_than_or_equal", "less_than", "less_than_or_equal"]

  it.each([
    ["value", "equals"],
    ["eq", "equals"],
    ["gt", "greater_than"],
    ["gte", "greater_than_or_equal"],
    ["before", "less_than"],
    ["max", "less_than_or_equal"]
  ])("%s", (name, field) => {
    expect(likelyField(name, condition)).toEqual({ name: field })
  })

  it("says that like takes a pattern, and keeps max for limit where there is one", () => {
    expect(likelyField("contains", condition)).toEqual({ name: "like", note: "a pattern, * for any text" })
    expect(likelyField("max", ["limit", "offset"])).toEqual({ name: "limit" })
  })
})

describe("likelyField: a close spelling", () => {
  it.each([
    ["titel", createTicket, "title"],
    ["TITEL", createTicket, "title"],
    ["limt", searchTickets, "limit"],
    ["attachment", createTicket, "attachments"],
    ["dynamicField", createTicket, "dynamic_fields"],
    ["categories", ["category"], "category"],
    ["ofst", ["offset"], "offset"]
  ])("%s", (name, known, field) => {
    expect(likelyField(name, known)).toEqual({ name: field })
  })

  it("allows fewer edits in a short name: at most a third of its length", () => {
    expect(likelyField("onwr", ["owner"])).toBeUndefined()
    expect(likelyField("xyz", ["abc"])).toBeUndefined()
  })

  it("suggests nothing when two fields are equally close", () => {
    expect(likelyField("nope", ["note", "node"])).toBeUndefined()
    expect(likelyField("stat", ["state", "stats"])).toBeUndefined()
  })

  it("prefers the closest field", () => {
    expect(likelyField("lim", ["limit", "lime"])).toEqual({ name: "lime" })
  })

  it("answers at once for a very long name", () => {
    expect(likelyField("x".repeat(1_000_000), searchTickets)).toBeUndefined()
  })
})

describe("likelyField", () => {
  it("never suggests a field the object does not take", () => {
    const word = fc.stringMatching(/^[A-Za-z_ -]{0,16}$/)
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 8 }), (name, known) => {
        const likely = likelyField(name, known)
        expect(likely === undefined || known.includes(likely.name)).toBe(true)
      }),
      { numRuns: 2_000 }
    )
    for (const name of ["status", "id", "message", "text", "internal", "files", "max", "query"]) {
      expect(likelyField(name, ["title"])).toBeUndefined()
    }
  })
})
