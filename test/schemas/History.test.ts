import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { TicketHistoryGetResponse } from "../../src/schemas/History.js"
import { responseOf } from "../support/fixtures.js"

const histories = Schema.decodeUnknownSync(TicketHistoryGetResponse)

describe("TicketHistoryGet", () => {
  it("gives one history per requested ticket, with string TicketIDs read as numbers", () => {
    expect(histories(responseOf("ticket-history-get.multiple.json")).map((history) => history.ticketId)).toEqual([3, 4])
  })

  it("maps entries and drops ArticleID 0", () => {
    const [history] = histories(responseOf("ticket-history-get.thread-vpn.json"))
    const [created, , , , note] = history?.entries ?? []
    expect(created).toEqual({
      ticketId: 56,
      created: "2026-11-24 05:35:23",
      type: "NewTicket",
      name: "%%2026112410000555%%Misc%%3 normal%%new%%56",
      createdBy: 2,
      queueId: 4,
      stateId: 1,
      ownerId: 1,
      priorityId: 3,
      typeId: 1
    })
    expect(note).toMatchObject({ type: "NewTicket", name: "%%GenericInterface Create", articleId: 107 })
    expect(history?.entries).toHaveLength(36)
  })
})
