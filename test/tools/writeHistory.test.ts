import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import type { HistoryEntry } from "../../src/schemas/Domain.js"
import { TicketHistoryGetResponse } from "../../src/schemas/History.js"
import { compactHistory, describeHistoryEntry, renderHistoryItem } from "../../src/tools/format/history.js"
import { responseOf } from "../support/fixtures.js"

const entriesOf = (file: string): ReadonlyArray<HistoryEntry> =>
  Schema.decodeUnknownSync(TicketHistoryGetResponse)(responseOf(file))[0]?.entries ?? []

const describe_ = (type: string, name: string) => describeHistoryEntry({ type, name })

describe("history descriptions", () => {
  it("reads the common history lines", () => {
    expect(describe_("StateUpdate", "%%new%%open%%")).toBe("new → open")
    expect(describe_("Move", "%%Misc%%4%%Raw%%2")).toBe("Raw → Misc")
    expect(describe_("PriorityUpdate", "%%3 normal%%3%%4 high%%4")).toBe("3 normal → 4 high")
    expect(describe_("OwnerUpdate", "%%agent2%%3")).toBe("agent2")
    expect(describe_("ResponsibleUpdate", "%%agent1%%2")).toBe("agent1")
    expect(describe_("TitleUpdate", "%%Printer jammed%%Printer jammed (floor 3)")).toBe(
      "Printer jammed → Printer jammed (floor 3)"
    )
    expect(describe_("NewTicket", "%%2026112410000555%%Misc%%3 normal%%new%%56")).toBe("in Misc, 3 normal, new")
    expect(describe_("NewTicket", "%%GenericInterface Create")).toBe("GenericInterface Create")
    expect(describe_("AddNote", "%%GenericInterface Note")).toBe("GenericInterface Note")
    expect(describe_("CustomerUpdate", "%%CustomerID=ACME;CustomerUser=customer1;")).toBe("customer1 (ACME)")
    expect(describe_("SetPendingTime", "%%2026-11-26 09:00")).toBe("2026-11-26 09:00")
    expect(describe_("SetPendingTime", "%%00-00-00 00:00")).toBe("cleared")
    expect(describe_("TimeAccounting", "%%15%%15")).toBe("15")
    expect(describe_("TimeAccounting", "%%5%%20")).toBe("5 (total 20)")
    expect(describe_("SendAgentNotification", "%%Ticket owner update notification%%agent2%%Email")).toBe(
      "Ticket owner update notification → agent2 (Email)"
    )
    expect(describe_("Lock", "%%lock")).toBeUndefined()
    expect(describe_("Unlock", "%%unlock")).toBeUndefined()
    expect(describe_("TypeUpdate", "%%Incident%%2%%Unclassified%%1")).toBe("Unclassified → Incident")
    expect(describe_("ServiceUpdate", "%%Email%%3%%NULL%%")).toBe("none → Email")
  })

  it("shows dynamic field changes with their old value when there was one", () => {
    expect(describe_("TicketDynamicFieldUpdate", "%%FieldName%%Impact%%Value%%high%%OldValue%%medium")).toBe(
      "Impact: medium → high"
    )
    expect(describe_("TicketDynamicFieldUpdate", "%%FieldName%%ExternalRef%%Value%%RE-2026-10-4471%%OldValue%%"))
      .toBe("ExternalRef: RE-2026-10-4471")
  })

  it("falls back to the non-empty parts for other types, and to the text for free-text lines", () => {
    expect(describe_("SendAnswer", "%%\"Dana\" <dana@test.local>")).toBe("\"Dana\" <dana@test.local>")
    expect(describe_("Merged", "%%2026%%5%%2027%%6")).toBe("2026, 5, 2027, 6")
    expect(describe_("Misc", "Something happened.")).toBe("Something happened.")
  })
})

describe("compactHistory", () => {
  it("keeps the vpn thread's story and leaves out bookkeeping", () => {
    const items = compactHistory(entriesOf("ticket-history-get.thread-vpn.json"))
    const types = items.map((item) => item.type)
    expect(types).not.toContain("Misc")
    expect(types).not.toContain("ServiceUpdate")
    expect(types).not.toContain("SLAUpdate")
    // the one real pending time stays, the resets that come with state changes go
    expect(items.filter((item) => item.type === "SetPendingTime").map((item) => item.what)).toEqual([
      "2026-11-26 09:00"
    ])
    expect(items.filter((item) => item.type === "StateUpdate").map((item) => item.what)).toEqual([
      "new → open",
      "open → pending reminder",
      "pending reminder → open",
      "open → closed successful"
    ])
    expect(items.filter((item) => item.type === "TicketDynamicFieldUpdate").map((item) => item.what)).toEqual([
      "ExternalRef: SLC-CASE-0048213",
      "Impact: medium",
      "Impact: medium → high"
    ])
    expect(items.filter((item) => item.article_id !== undefined)).toHaveLength(14)
    expect(items[0]).toEqual({
      time: "2026-11-24 05:35:23",
      type: "NewTicket",
      what: "in Misc, 3 normal, new",
      by: "agent1"
    })
  })

  it("names agents by the logins the history gives, and unknown users by id", () => {
    const items = compactHistory(entriesOf("ticket-history-get.thread-printer.json"))
    const close = items.find((item) => item.type === "StateUpdate" && item.what === "open → closed successful")
    expect(close?.by).toBe("agent2")
    const lock = items.find((item) => item.type === "Lock")
    expect(lock).toEqual({ time: "2026-11-24 05:35:53", type: "Lock", by: "agent1" })
    expect(items.find((item) => item.type === "TimeAccounting")).toMatchObject({ what: "20", article_id: 128 })

    const [first] = entriesOf("ticket-history-get.ok.json")
    expect(compactHistory(first === undefined ? [] : [first])[0]?.by).toBe("user 2")
  })

  it("keeps a pending-time reset that comes without a state change", () => {
    const entries = entriesOf("ticket-history-get.ok.json")
    const reset = entries.find((entry) => entry.type === "SetPendingTime")
    expect(reset).toBeDefined()
    if (reset === undefined) return
    expect(compactHistory([reset]).map((item) => item.what)).toEqual(["cleared"])
  })

  it("is much smaller than OTRS's history lines", () => {
    const file = "ticket-history-get.thread-vpn.json"
    const raw = JSON.stringify(responseOf(file))
    const compact = JSON.stringify(compactHistory(entriesOf(file)))
    expect(compact.length).toBeLessThan(raw.length * 0.4)
  })

  it("renders one line per entry", () => {
    expect(renderHistoryItem({
      time: "2026-11-24 05:35:53",
      type: "AddNote",
      what: "GenericInterface Note",
      by: "agent1",
      article_id: 127
    })).toBe("2026-11-24 05:35:53 AddNote GenericInterface Note (agent1) [article 127]")
  })
})
