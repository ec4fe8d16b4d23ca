import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { TicketCreateResponse, TicketGetResponse, TicketUpdateResponse } from "../../src/schemas/Ticket.js"
import { decodeIssues } from "./decodeIssues.js"
import { responseOf } from "../support/fixtures.js"

const tickets = Schema.decodeUnknownSync(TicketGetResponse)
const ticketOf = (file: string) => {
  const [ticket] = tickets(responseOf(file))
  if (ticket === undefined) throw new Error(`${file} holds no ticket`)
  return ticket
}

describe("TicketGet", () => {
  it.effect("maps a ticket to the domain", () =>
    Effect.gen(function*() {
      const [ticket] = yield* Schema.decodeUnknown(TicketGetResponse)(responseOf("ticket-get.ok.json"))
      expect(ticket).toEqual({
        id: 2,
        number: "2026112410000019",
        title: "Printer jammed",
        state: "new",
        stateType: "new",
        queue: "Raw",
        priority: "3 normal",
        type: "Unclassified",
        owner: "agent1",
        responsible: "root@localhost",
        lock: "unlock",
        customerUser: "customer1",
        customerId: "ACME",
        created: "2026-11-24 05:04:26",
        changed: "2026-11-24 05:04:26",
        age: 10,
        archived: false,
        ids: { queue: 2, state: 1, priority: 3, type: 1, owner: 2, responsible: 1, lock: 1 }
      })
    }))

  it("leaves service and SLA out when OTRS sends ServiceID/SLAID \"\"", () => {
    const ticket = ticketOf("ticket-get.ok.json")
    expect(responseOf("ticket-get.ok.json").Ticket[0]).toMatchObject({ ServiceID: "", SLAID: "" })
    expect(ticket).not.toHaveProperty("service")
    expect(ticket).not.toHaveProperty("sla")
  })

  it("reads every id whether OTRS sent it as a string or a number", () => {
    const wire = structuredClone(responseOf("ticket-get.ok.json"))
    Object.assign(wire.Ticket[0], { TicketID: "2", QueueID: "2", StateID: 1, OwnerID: "2", TypeID: "1" })
    expect(tickets(wire)[0]?.ids).toEqual(tickets(responseOf("ticket-get.ok.json"))[0]?.ids)
  })

  it("gives the pending time as ISO 8601 UTC while the ticket is pending", () => {
    const pending = ticketOf("ticket-get.thread-vpn.pending.json")
    expect(pending.stateType).toBe("pending reminder")
    expect(pending.pendingUntil).toBe("2026-11-26T09:00:00Z")
    expect(ticketOf("ticket-get.thread-vpn.full.json")).not.toHaveProperty("pendingUntil")
  })

  it("drops unset (null) dynamic fields and keeps multiselect arrays", () => {
    expect(ticketOf("ticket-get.with-dynamicfield-values.json").dynamicFields).toEqual({
      Components: ["laptop", "network"],
      DueDate: "2027-01-31 12:00:00",
      ExternalRef: "EXT-1234",
      Impact: "high"
    })
    expect(ticketOf("ticket-get.ok.json")).not.toHaveProperty("dynamicFields")
  })

  it("reads articles with their flags and leaves out placeholder values", () => {
    const [first, second] = ticketOf("ticket-get.thread-vpn.articles.json").articles ?? []
    expect(first).toMatchObject({ id: 107, number: 1, senderType: "customer", channelId: 1, visibleForCustomer: true })
    expect(second).toMatchObject({ id: 108, senderType: "agent", visibleForCustomer: false, from: "Agent One" })
    // To, Cc, Bcc and ReplyTo are "" and TimeUnit 0 on the wire
    expect(second).not.toHaveProperty("to")
    expect(second).not.toHaveProperty("cc")
    expect(second).not.toHaveProperty("timeUnits")
  })

  it("gives [] attachments to articles without an Attachment key", () => {
    const wire = responseOf("ticket-get.thread-invoice.full.json")
    expect(wire.Ticket[0].Article.some((article: object) => "Attachment" in article)).toBe(false)
    for (const article of ticketOf("ticket-get.thread-invoice.full.json").articles ?? []) {
      expect(article.attachments).toEqual([])
    }
  })

  it("reads attachments with string FileID and FilesizeRaw, and their base64 content", () => {
    const attachments = ticketOf("ticket-get.thread-vpn.full.json").articles?.[0]?.attachments
    expect(attachments).toEqual([{
      fileId: 2,
      filename: "vpn-error-screenshot.png",
      contentType: "image/png",
      size: 423,
      disposition: "attachment",
      content: expect.stringMatching(/^iVBORw0KGgo/)
    }])
  })

  it("reads attachments fetched without their content", () => {
    const wire = structuredClone(responseOf("ticket-get.all-articles-dynamicfields-attachments.json"))
    delete wire.Ticket[0].Article[0].Attachment[0].Content
    const [attachment] = tickets(wire)[0]?.articles?.[0]?.attachments ?? []
    expect(attachment).toEqual({
      fileId: 1,
      filename: "log.txt",
      contentType: "text/plain",
      size: 24,
      disposition: "attachment"
    })
  })

  it("gives the HTML body of an HTML mail as the first attachment with HTMLBodyAsAttachment", () => {
    const [html, screenshot] = ticketOf("ticket-get.thread-vpn.html.json").articles?.[0]?.attachments ?? []
    expect(html).toMatchObject({
      fileId: 1,
      filename: "file-2",
      contentType: "text/html; charset=\"utf8\"",
      size: 4162,
      disposition: "inline"
    })
    expect(Buffer.from(html?.content ?? "", "base64").toString("utf8")).toMatch(/^<html/)
    expect(screenshot?.filename).toBe("vpn-error-screenshot.png")
  })

  it("keeps OTRS's order for articles requested newest first", () => {
    const ids = ticketOf("ticket-get.thread-vpn.latest3.json").articles?.map((article) => article.id)
    expect(ids).toEqual([119, 118, 117])
  })

  it("tolerates keys it does not know (other OTRS versions add some)", () => {
    const wire = structuredClone(responseOf("ticket-get.ok.json"))
    wire.Ticket[0].SomeZnunyField = { nested: true }
    expect(tickets(wire)[0]?.id).toBe(2)
  })

  it("names the offending field when a ticket does not fit", () => {
    const wire = structuredClone(responseOf("ticket-get.thread-vpn.full.json"))
    wire.Ticket[0].TicketID = "abc"
    wire.Ticket[0].Article[3].Attachment[0].FilesizeRaw = "12 KB"
    delete wire.Ticket[0].Changed
    expect(decodeIssues(TicketGetResponse, wire)).toEqual([
      "Ticket.0.TicketID: Expected an integer id (number or numeric string), actual \"abc\"",
      "Ticket.0.Changed: is missing",
      "Ticket.0.Article.3.Attachment.0.FilesizeRaw: " +
      "Expected a non-negative integer (number or numeric string), actual \"12 KB\""
    ])
  })
})

describe("TicketCreate and TicketUpdate", () => {
  it("read ids sent as strings or numbers", () => {
    const decode = Schema.decodeUnknownSync(TicketCreateResponse)
    expect(decode(responseOf("ticket-create.ok.json"))).toEqual({
      ticketId: 2,
      ticketNumber: "2026112410000019",
      articleId: 2
    })
    expect(decode(responseOf("ticket-create.thread-vpn.json"))).toEqual({
      ticketId: 56,
      ticketNumber: "2026112410000555",
      articleId: 107
    })
  })

  it("has an article id only when the update added an article", () => {
    const decode = Schema.decodeUnknownSync(TicketUpdateResponse)
    expect(decode(responseOf("ticket-update.thread-vpn.7.json"))).toEqual({
      ticketId: 56,
      ticketNumber: "2026112410000555",
      articleId: 114
    })
    expect(decode(responseOf("ticket-update.thread-vpn.8.json"))).toEqual({
      ticketId: 56,
      ticketNumber: "2026112410000555"
    })
  })
})
