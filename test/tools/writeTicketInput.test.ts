import { describe, expect, it } from "@effect/vitest"
import { Either, Option, ParseResult, Schema } from "effect"
import type { TicketDefaults } from "../../src/services/OtrsConfig.js"
import {
  CreateTicketInput,
  subjectFromBody,
  toTicketCreateRequest,
  toTicketUpdateRequest,
  updatedFields,
  UpdateTicketInput
} from "../../src/tools/format/ticketInput.js"
import { parsePendingUntil, toPendingTime } from "../../src/tools/format/pendingTime.js"
import { base64Size, MAX_ATTACHMENTS_TOTAL_BYTES } from "../../src/tools/format/ticketInputFields.js"
import { MAX_REQUEST_BYTES } from "../../src/mcp/StdioTransport.js"
import { loadFixture } from "../support/fixtures.js"

const defaults: TicketDefaults = {
  queue: "Raw",
  state: "new",
  priority: "3 normal",
  type: "Unclassified",
  customerUser: Option.some("customer1")
}

/** when the tests' requests are sent */
const NOW = Date.UTC(2026, 10, 24, 12, 0)
const SENT = { nowMs: NOW }

const decodeCreate = Schema.decodeUnknownSync(CreateTicketInput)
const decodeUpdate = Schema.decodeUnknownEither(UpdateTicketInput)
const updateProblem = (input: unknown) =>
  Either.match(decodeUpdate(input), {
    onLeft: (error) => ParseResult.TreeFormatter.formatErrorSync(error),
    onRight: () => "decoded"
  })

/** A fixture's request body without the credentials the client adds. */
const sentIn = (file: string) => {
  const { Password: _password, UserLogin: _login, ...body } = loadFixture(file).request.body as Record<string, unknown>
  return body
}

describe("create_ticket input", () => {
  it("applies the configured defaults and sends what the recorded TicketCreate sent", () => {
    const request = toTicketCreateRequest(
      decodeCreate({
        title: "Printer jammed",
        subject: "Printer on floor 3 is jammed",
        body: "The printer on floor 3 shows error E-42.\nPlease check.",
        visible_to_customer: false
      }),
      defaults,
      SENT
    )
    const { Article, Ticket } = sentIn("ticket-create.ok.json") as { Article: object; Ticket: object }
    expect(request).toEqual(Either.right({
      Ticket: { ...Ticket, Type: "Unclassified" },
      Article: { ...Article, IsVisibleForCustomer: 0 }
    }))
  })

  it("sends the time spent on the first article", () => {
    const request = toTicketCreateRequest(decodeCreate({ title: "t", body: "b", time_units: 15 }), defaults, SENT)
    expect(Either.map(request, ({ Article }) => Article.TimeUnit)).toEqual(Either.right(15))
    expect(() => decodeCreate({ title: "t", body: "b", time_units: -5 })).toThrow()
  })

  it("maps dynamic fields, attachments, html and pending time", () => {
    const request = toTicketCreateRequest(
      decodeCreate({
        title: "Waiting",
        body: "<p>hi</p>",
        content_type: "text/html",
        communication_channel: "Email",
        sender_type: "customer",
        from: "Dana <dana@test.local>",
        state: "pending reminder",
        pending_until: "2030-01-15 10:30",
        customer_user: "customer2",
        queue: "Misc",
        owner: "agent1",
        dynamic_fields: { Impact: "high", Components: ["laptop", "network"] },
        attachments: [{ filename: "log.txt", content_type: "text/plain", content_base64: "aGVs\nbG8=" }, {
          filename: "blob.bin",
          content_base64: "AAAA"
        }]
      }),
      defaults,
      SENT
    )
    expect(request).toEqual(Either.right({
      Ticket: {
        Title: "Waiting",
        Queue: "Misc",
        State: "pending reminder",
        Priority: "3 normal",
        Type: "Unclassified",
        CustomerUser: "customer2",
        Owner: "agent1",
        PendingTime: { Year: 2030, Month: 1, Day: 15, Hour: 10, Minute: 30 }
      },
      Article: {
        CommunicationChannel: "Email",
        SenderType: "customer",
        IsVisibleForCustomer: 1,
        Subject: "Waiting",
        Body: "<p>hi</p>",
        ContentType: "text/html; charset=utf8",
        From: "Dana <dana@test.local>"
      },
      DynamicField: [{ Name: "Impact", Value: "high" }, { Name: "Components", Value: ["laptop", "network"] }],
      Attachment: [
        { Filename: "log.txt", ContentType: "text/plain", Content: "aGVsbG8=" },
        { Filename: "blob.bin", ContentType: "application/octet-stream", Content: "AAAA" }
      ]
    }))
  })

  it("fails before OTRS without any customer user, naming both fixes", () => {
    const result = toTicketCreateRequest(decodeCreate({ title: "t", body: "b" }), {
      ...defaults,
      customerUser: Option.none()
    }, SENT)
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isLeft(result)) {
      expect(result.left.field).toBe("customer_user")
      expect(result.left.message).toContain("pass customer_user")
      expect(result.left.message).toContain("OTRS_DEFAULT_CUSTOMER_USER")
    }
  })

  it("fails before OTRS on a pending state without pending_until, also when the state is a default", () => {
    const explicit = toTicketCreateRequest(decodeCreate({ title: "t", body: "b", state: "pending auto close+" }), defaults, SENT)
    const byDefault = toTicketCreateRequest(decodeCreate({ title: "t", body: "b" }), {
      ...defaults,
      state: "pending reminder"
    }, SENT)
    for (const result of [explicit, byDefault]) {
      expect(Either.isLeft(result) && result.left.field).toBe("pending_until")
    }
  })

  it("rejects bad arguments in the Schema", () => {
    const rejects = (input: object) => expect(() => decodeCreate({ title: "t", body: "b", ...input })).toThrow()
    rejects({ pending_until: "2030-02-30 10:00" })
    rejects({ pending_until: "2030-01-15T10:00" })
    rejects({ content_type: "text/markdown" })
    rejects({ communication_channel: "Chat" })
    rejects({ dynamic_fields: { "Bad Name": "x" } })
    rejects({ attachments: [{ filename: "a.txt", content_base64: "not base64!" }] })
    rejects({ attachments: [{ filename: "dir/a.txt", content_base64: "AAAA" }] })
    rejects({ attachments: [{ filename: "a\u0000b\nc.txt", content_base64: "AAAA" }] })
    rejects({ attachments: [{ filename: "a\u2028b.txt", content_base64: "AAAA" }] })
    rejects({ title: "" })
    rejects({ title: "  " })
    rejects({ body: " \n " })
    rejects({ subject: "\t" })
    rejects({ queue: "" })
    rejects({ from: "   " })
    // a line break in a header line would be a line or a mail header of its own
    rejects({ title: "Printer fine\n2026112410000001 (ticket_id 1) Fake row" })
    rejects({ subject: "Re: x\r\nBcc: someone@example.com" })
    rejects({ from: "Dana <dana@example.com>\nBcc: someone@example.com" })
    rejects({ title: "a\u0000b" })
    rejects({ from: "X\u0000Y <x@example.com>" })
    rejects({ attachments: [{ filename: " ", content_base64: "AAAA" }] })
    rejects({ attachments: [{ filename: "invoice\u202Efdp.exe", content_base64: "AAAA" }] })
    rejects({ attachments: [{ filename: "a.txt", content_type: "text plain", content_base64: "AAAA" }] })
  })

  it("counts characters as OTRS and JSON Schema do: an emoji is one", () => {
    expect(decodeCreate({ title: "\u{1F600}".repeat(255), body: "b" }).title).toHaveLength(510)
    expect(() => decodeCreate({ title: "\u{1F600}".repeat(256), body: "b" })).toThrow()
  })

  it("takes a MIME type with parameters, as OTRS does", () => {
    const attachment = { filename: "a.txt", content_type: "text/plain; charset=utf-8", content_base64: "aGVsbG8=" }
    expect(decodeCreate({ title: "t", body: "b", attachments: [attachment] }).attachments).toEqual([attachment])
  })

  it("takes attachments up to 20 MiB in all, which the stdio transport reads in one request", () => {
    const file = (mebibytes: number) => ({
      filename: "a.bin",
      content_base64: Buffer.alloc(mebibytes * 1024 * 1024).toString("base64")
    })
    expect(decodeCreate({ title: "t", body: "b", attachments: [file(9), file(9), file(2)] }).attachments).toHaveLength(3)
    expect(updateProblem({ ticket_id: 1, article: { body: "b", attachments: [file(9), file(9), file(3)] } }))
      .toContain("the files have 22020096 bytes together; the limit is 20971520 bytes (20 MiB) per call")
    // the largest accepted request, with room for its text
    expect(Math.ceil(MAX_ATTACHMENTS_TOTAL_BYTES / 3) * 4).toBeLessThan(MAX_REQUEST_BYTES - 4 * 1024 * 1024)
  })
})

describe("update_ticket input", () => {
  it("sends an article as an internal note by default, with its subject from the body", () => {
    const input = Either.getOrThrow(decodeUpdate({
      ticket_id: 56,
      state: "open",
      article: { body: "Triage notes:\n- Affected: Dana" },
      dynamic_fields: { ExternalRef: "SLC-CASE-0048213", Impact: "medium" }
    }))
    expect(toTicketUpdateRequest(input, SENT)).toEqual(Either.right({
      ticketId: 56,
      Ticket: { State: "open" },
      Article: {
        CommunicationChannel: "Internal",
        SenderType: "agent",
        IsVisibleForCustomer: 0,
        Subject: "Triage notes:",
        Body: "Triage notes:\n- Affected: Dana",
        ContentType: "text/plain; charset=utf8"
      },
      DynamicField: [{ Name: "ExternalRef", Value: "SLC-CASE-0048213" }, { Name: "Impact", Value: "medium" }]
    }))
    expect(updatedFields(input)).toEqual(["state", "dynamic_fields.ExternalRef", "dynamic_fields.Impact", "article"])
  })

  it("sends the recorded phone call with the time spent on it", () => {
    const { Article, Ticket } = sentIn("ticket-update.thread-printer.2.json") as {
      readonly Article: { readonly Subject: string; readonly Body: string }
      readonly Ticket: unknown
    }
    const input = Either.getOrThrow(decodeUpdate({
      ticket_id: 58,
      state: "closed successful",
      article: {
        subject: Article.Subject,
        body: Article.Body,
        visible_to_customer: true,
        communication_channel: "Phone",
        time_units: 20
      }
    }))
    expect(toTicketUpdateRequest(input, SENT)).toEqual(Either.right({ ticketId: 58, Ticket, Article }))
  })

  it("sends the fields of the recorded multi-field update", () => {
    const input = Either.getOrThrow(decodeUpdate({
      ticket_id: 2,
      title: "Printer jammed (floor 3)",
      priority: "4 high",
      queue: "Misc",
      lock: "lock",
      responsible: "agent1"
    }))
    const { Ticket } = sentIn("ticket-update.multiple-fields.json")
    expect(toTicketUpdateRequest(input, SENT)).toEqual(Either.right({ ticketId: 2, Ticket }))
  })

  it("sends an agent given by user id as OwnerID or ResponsibleID, and one given by login as Owner or Responsible", () => {
    const input = Either.getOrThrow(decodeUpdate({ ticket_id: 2, owner: 3, responsible: " agent1 " }))
    expect(toTicketUpdateRequest(input, SENT)).toEqual(Either.right({
      ticketId: 2,
      Ticket: { OwnerID: 3, Responsible: "agent1" }
    }))
    expect(Either.isLeft(decodeUpdate({ ticket_id: 2, owner: 0 }))).toBe(true)
    expect(Either.isLeft(decodeUpdate({ ticket_id: 2, responsible: 1.5 }))).toBe(true)
  })

  it("requires a change", () => {
    expect(updateProblem({ ticket_id: 2 })).toContain("nothing to change: give at least one of title, queue")
    expect(updateProblem({ ticket_id: 2, dynamic_fields: {} })).toContain("nothing to change")
  })

  it("refuses a lock sent with a closed state, which OTRS would undo at once", () => {
    expect(updateProblem({ ticket_id: 2, state: "closed successful", lock: "lock" })).toContain(
      "OTRS unlocks every ticket it closes, so it would not keep a lock sent with state \"closed successful\""
    )
    expect(Either.isRight(decodeUpdate({ ticket_id: 2, state: "closed successful", lock: "unlock" }))).toBe(true)
    expect(Either.isRight(decodeUpdate({ ticket_id: 2, state: "open", lock: "lock" }))).toBe(true)
  })

  it("requires pending_until with a pending state, and refuses it with one of OTRS's states that are not pending", () => {
    const problem = (input: unknown) =>
      Either.match(toTicketUpdateRequest(Either.getOrThrow(decodeUpdate(input)), SENT), {
        onLeft: (error) => error.message,
        onRight: () => "sent"
      })
    expect(problem({ ticket_id: 2, state: "pending reminder" })).toContain("pending_until")
    expect(problem({ ticket_id: 2, state: "pending reminder", pending_until: "2030-01-15 10:30" })).toBe("sent")
    expect(problem({ ticket_id: 2, state: "open", pending_until: "2030-01-15 10:30" })).toContain(
      "state \"open\" is not a pending state, and OTRS keeps a pending time only with one"
    )
    // an installation's own state may be a pending one whatever its name: OTRS decides
    expect(problem({ ticket_id: 2, state: "waiting for customer", pending_until: "2030-01-15 10:30" })).toBe("sent")
    expect(problem({ ticket_id: 2, pending_until: "2030-01-15 10:30" })).toBe("sent")
  })

  it("sends a pending time given alone with the state it is given, since OTRS ignores it without one", () => {
    const input = Either.getOrThrow(decodeUpdate({ ticket_id: 3, pending_until: "2026-11-25T12:00:00Z" }))
    expect(toTicketUpdateRequest(input, SENT, "pending auto close+")).toEqual(Either.right({
      ticketId: 3,
      Ticket: { State: "pending auto close+", PendingTime: { Diff: 1440 } }
    }))
    expect(updatedFields(input)).toEqual(["pending_until"])
  })

  it("refuses an instant that is not in the future, and the pending time with OTRS's default state new", () => {
    const past = Either.getOrThrow(decodeUpdate({ ticket_id: 3, state: "pending reminder", pending_until: "2026-11-24T11:00Z" }))
    const refused = toTicketUpdateRequest(past, SENT)
    expect(Either.isLeft(refused) && refused.left.message).toBe(
      "pending_until: 2026-11-24T11:00:00.000Z is not in the future (now 2026-11-24T12:00:00.000Z)"
    )
    const byDefault = toTicketCreateRequest(decodeCreate({ title: "t", body: "b", pending_until: "2030-01-15 10:30" }), defaults, SENT)
    expect(Either.isLeft(byDefault) && byDefault.left.message).toContain(
      "state \"new\" (the default, OTRS_DEFAULT_STATE) is not a pending state"
    )
  })
})

describe("field helpers", () => {
  it("parses pending times on OTRS's clock and instants with an offset, and refuses impossible dates", () => {
    expect(parsePendingUntil("2026-11-26 09:00")).toEqual({
      _tag: "ServerTime",
      time: { Year: 2026, Month: 11, Day: 26, Hour: 9, Minute: 0 }
    })
    expect(parsePendingUntil("2026-11-26 09:00:00")).toEqual(parsePendingUntil("2026-11-26 09:00"))
    expect(parsePendingUntil("2028-02-29 23:59")).toBeDefined()
    expect(parsePendingUntil("2027-02-29 10:00")).toBeUndefined()
    expect(parsePendingUntil("2027-01-01 24:00")).toBeUndefined()
    expect(parsePendingUntil("2026-11-26T09:00:00Z")).toEqual({ _tag: "Instant", epochMs: Date.UTC(2026, 10, 26, 9) })
    expect(parsePendingUntil("2026-11-26T10:30+01:30")).toEqual({ _tag: "Instant", epochMs: Date.UTC(2026, 10, 26, 9) })
    expect(parsePendingUntil("2026-11-26T04:00:00.000-05:00")).toEqual({ _tag: "Instant", epochMs: Date.UTC(2026, 10, 26, 9) })
    expect(parsePendingUntil("2026-11-26T09:00")).toBeUndefined()
    expect(parsePendingUntil("2026-11-26T09:00+25:00")).toBeUndefined()
    const instant = parsePendingUntil("2026-11-24T13:00:20Z")!
    expect(toPendingTime(instant, NOW)).toEqual(Either.right({ Diff: 60 }))
  })

  it("counts an instant's minutes up to the start of its minute, which OTRS's clock then lands in", () => {
    // OTRS's clock at 12:00:33 plus 60 minutes: 13:00:33, in the minute given; rounding would give 59, 12:59:33
    const at = (text: string) => toPendingTime(parsePendingUntil(text)!, Date.UTC(2026, 10, 24, 12, 0, 33))
    expect(at("2026-11-24T13:00:00Z")).toEqual(Either.right({ Diff: 60 }))
    expect(at("2026-11-24T13:00:59Z")).toEqual(Either.right({ Diff: 60 }))
    // in the future, but its minute has begun: as soon as OTRS can
    expect(at("2026-11-24T12:00:50Z")).toEqual(Either.right({ Diff: 1 }))
  })

  it("refuses a time on OTRS's clock that is past whatever the server's time zone", () => {
    const at = (text: string) => toPendingTime(parsePendingUntil(text)!, Date.UTC(2026, 10, 24, 12))
    expect(at("2020-01-01 10:00")).toEqual(Either.left("2020-01-01 10:00 (OTRS server time) is in the past"))
    // 12 hours behind UTC, it is not past on a server at UTC-12: left to OTRS
    expect(Either.isRight(at("2026-11-24 00:00"))).toBe(true)
    expect(Either.isLeft(at("2026-11-23 21:59"))).toBe(true)
  })

  it("refuses a past time on OTRS's clock to the minute when the server's time zone is known", () => {
    // a server at UTC+1, where it is 13:00 now
    const at = (text: string, exact = true) =>
      toPendingTime(parsePendingUntil(text)!, Date.UTC(2026, 10, 24, 12), { offsetMinutes: 60, exact })
    expect(at("2026-11-24 12:59")).toEqual(
      Either.left("2026-11-24 12:59 (OTRS server time) is in the past: it is 2026-11-24 13:00 there now")
    )
    expect(at("2026-11-24 13:01")).toEqual(Either.right({ Year: 2026, Month: 11, Day: 24, Hour: 13, Minute: 1 }))
    // the clock read from a ticket that may be older than a change to or from daylight saving time
    expect(at("2026-11-24 12:30", false)).toEqual(
      Either.left(
        "2026-11-24 12:30 (OTRS server time) looks past: it is about 2026-11-24 13:00 there now, to within the hour " +
          "daylight saving time may have moved the server's clock; if it is still ahead there, give it as ISO 8601 " +
          "with its UTC offset, which needs no server clock"
      )
    )
    expect(Either.isRight(at("2026-11-24 13:01", false))).toBe(true)
  })

  it("measures base64", () => {
    expect(base64Size("aGVsbG8=")).toBe(5)
    expect(base64Size("aGVs\nbG8g")).toBe(6)
    expect(base64Size("aGVsbG8")).toBeUndefined()
  })

  it("takes a subject from the body's first line", () => {
    expect(subjectFromBody("\n  Called the customer  \nmore", "text/plain")).toBe("Called the customer")
    expect(subjectFromBody("<p>Hello <b>there</b></p><p>x</p>", "text/html")).toBe("Hello there")
    // a greeting opens a reply, and says nothing of it
    expect(subjectFromBody("Hello Dana,\n\nplease restart the router.", "text/plain")).toBe("please restart the router.")
    expect(subjectFromBody("<p>Dear Mr. Smith,</p><p>your order shipped.</p>", "text/html")).toBe("your order shipped.")
    expect(subjectFromBody("Hi all!", "text/plain")).toBe("Hi all!")
    // cut before an emoji the 79th character would split
    expect(subjectFromBody(`${"x".repeat(78)}\u{1F600}${"y".repeat(10)}`, "text/plain")).toBe(`${"x".repeat(78)}…`)
    expect(subjectFromBody("Hi, the printer is fixed.\nMore.", "text/plain")).toBe("Hi, the printer is fixed.")
    expect(subjectFromBody("Hi, the VPN is down again!\nMore.", "text/plain")).toBe("Hi, the VPN is down again!")
    expect(subjectFromBody("Hey! Printer 3 is on fire!\nMore.", "text/plain")).toBe("Hey! Printer 3 is on fire!")
    expect(subjectFromBody("Sehr geehrter Herr Dr. Müller,\nIhr Zugang ist frei.", "text/plain")).toBe("Ihr Zugang ist frei.")
    expect(subjectFromBody("Lieber Max,\nalles erledigt.", "text/plain")).toBe("alles erledigt.")
    // a pasted document: its title and styles are no text, its entities are characters
    const page = "<html><head><title>Mail</title><style>body { color: red }</style></head>" +
      "<body><p>Hello &amp; welcome&nbsp;Dana</p><p>x</p></body></html>"
    expect(subjectFromBody(page, "text/html")).toBe("Hello & welcome Dana")
    // what the conversion adds for reading is no part of a subject
    expect(subjectFromBody("<p><a href=\"https://example.com/reset\">Reset link</a> does not work</p>", "text/html"))
      .toBe("Reset link does not work")
    expect(subjectFromBody("<ul><li>first item</li><li>second</li></ul>", "text/html")).toBe("first item")
    expect(subjectFromBody("<blockquote>quoted</blockquote><p>reply</p>", "text/html")).toBe("quoted")
    expect(subjectFromBody("x".repeat(100), "text/plain")).toHaveLength(80)
    expect(subjectFromBody("   ", "text/plain")).toBe("Note")
  })
})
