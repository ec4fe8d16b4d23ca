import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer, ParseResult, Schema, TestClock } from "effect"
import { describeIssues } from "../../src/mcp/SchemaIssues.js"
import * as StandardSchema from "../../src/mcp/StandardSchema.js"
import type { Ticket } from "../../src/schemas/Domain.js"
import type { TicketGetRequest, TicketSearchRequest } from "../../src/schemas/Requests.js"
import { OtrsClient, type OtrsClientShape } from "../../src/services/OtrsClient.js"
import { OtrsNotFoundOrDenied, OtrsUnavailable } from "../../src/services/OtrsErrors.js"
import { SearchTicketsInput, toTicketSearchRequest } from "../../src/tools/format/ticketSearch.js"
import { renderTicketSearchResult } from "../../src/tools/format/ticketSummary.js"
import { getTicket, GetTicketInput } from "../../src/tools/GetTicket.js"
import { RecentTickets } from "../../src/tools/RecentTickets.js"
import { RecentTicketsResource, TicketResource } from "../../src/tools/Resources.js"
import { searchTickets } from "../../src/tools/SearchTickets.js"
import { ticketOf } from "../support/recordedTickets.js"


const threads = new Map(
  ["vpn", "invoice", "printer"].map((name) => {
    const ticket = ticketOf(`ticket-get.thread-${name}.full.json`)
    return [ticket.id, ticket] as const
  })
)

/** TicketGet as OTRS answers it: articles only when asked for, in the asked order, limited. */
const otrsTicketGet = (request: TicketGetRequest): ReadonlyArray<Ticket> =>
  request.ticketIds.map((id) => {
    const { articles, dynamicFields, ...ticket } = threads.get(id)!
    if (request.articles !== true) return { ...ticket, ...(request.dynamicFields ? { dynamicFields } : {}) }
    const ordered = request.articleOrder === "DESC" ? [...(articles ?? [])].reverse() : [...(articles ?? [])]
    return {
      ...ticket,
      ...(request.dynamicFields ? { dynamicFields } : {}),
      articles: ordered.slice(0, request.articleLimit ?? ordered.length)
    }
  })

interface Calls {
  readonly ticketGet: Array<TicketGetRequest>
  readonly ticketSearch: Array<TicketSearchRequest>
  sessionGet: number
}

const stub = (searchResult: ReadonlyArray<number>) => {
  const calls: Calls = { ticketGet: [], ticketSearch: [], sessionGet: 0 }
  const unused = Effect.die("not expected in this test")
  const client: OtrsClientShape = {
    sessionCreate: unused,
    sessionGet: Effect.sync(() => {
      calls.sessionGet++
      return { userLogin: "agent1", userId: 2, data: {} }
    }),
    ticketCreate: () => unused,
    ticketGet: (request) => Effect.sync(() => (calls.ticketGet.push(request), otrsTicketGet(request))),
    ticketSearch: (request) => Effect.sync(() => (calls.ticketSearch.push(request), searchResult)),
    ticketUpdate: () => unused,
    ticketHistoryGet: () => unused,
    configItemGet: () => unused,
    configItemSearch: () => unused
  }
  return { calls, client, layer: RecentTickets.layer.pipe(Layer.provideMerge(Layer.succeed(OtrsClient, client))) }
}

const decodeGet = Schema.decodeUnknownEither(GetTicketInput, { onExcessProperty: "error" })

describe("get_ticket", () => {
  it.effect("fetches one page plus one article, newest first, attachment metadata only", () => {
    const { calls, layer } = stub([])
    return Effect.gen(function*() {
      const details = yield* getTicket({ ticket_id: 56 })
      expect(calls.ticketGet).toEqual([{
        ticketIds: [56],
        dynamicFields: true,
        articles: true,
        attachments: true,
        attachmentContents: false,
        articleLimit: 11,
        articleOrder: "DESC"
      }])
      expect(details.articles?.map((article) => article.article_id)).toEqual([
        119, 118, 117, 116, 115, 114, 113, 112, 111, 110
      ])
      expect(details.next_article_offset).toBe(10)
    }).pipe(Effect.provide(layer))
  })

  it.effect("pages with article_offset and article_order", () => {
    const { calls, layer } = stub([])
    return Effect.gen(function*() {
      const details = yield* getTicket({ ticket_id: 56, article_offset: 10, article_limit: 5, article_order: "oldest_first" })
      expect(calls.ticketGet[0]).toMatchObject({ articleLimit: 16, articleOrder: "ASC" })
      expect(details.articles?.map((article) => article.article_id)).toEqual([117, 118, 119])
      expect(details.article_offset).toBe(10)
      expect(details.next_article_offset).toBeUndefined()
    }).pipe(Effect.provide(layer))
  })

  it.effect("resolves a ticket number through TicketSearch", () => {
    const { calls, layer } = stub([57])
    return Effect.gen(function*() {
      const details = yield* getTicket({ ticket_number: "2026112410000564", article_limit: 0 })
      expect(calls.ticketSearch).toEqual([{ TicketNumber: "2026112410000564", Limit: 1 }])
      expect(calls.ticketGet).toEqual([{ ticketIds: [57], dynamicFields: true }])
      expect(details.title).toBe("Invoice PDF missing from portal")
      expect(details.articles).toBeUndefined()
    }).pipe(Effect.provide(layer))
  })

  it.effect("fails like a denied ticket when no ticket has the number", () => {
    const { layer } = stub([])
    return Effect.gen(function*() {
      const error = yield* Effect.flip(getTicket({ ticket_number: "999" }))
      expect(error).toBeInstanceOf(OtrsNotFoundOrDenied)
      expect(error.message).toContain("ticket number 999 does not exist or the agent may not access it")
    }).pipe(Effect.provide(layer))
  })

  it.effect("returns one article in full with article_id and full_body", () => {
    const { calls, layer } = stub([])
    return Effect.gen(function*() {
      const details = yield* getTicket({ ticket_id: 57, article_id: 122, full_body: true })
      expect(calls.ticketGet[0]?.articleLimit).toBeUndefined()
      expect(details.articles).toHaveLength(1)
      expect(details.articles?.[0]?.body).toContain("----- end of console log -----")
      expect(details.article_order).toBeUndefined()
      expect(details.next_article_offset).toBeUndefined()
    }).pipe(Effect.provide(layer))
  })

  it.effect("refuses a body_offset past the end of the article's full body, naming its length", () => {
    const { layer } = stub([])
    return Effect.gen(function*() {
      const whole = yield* getTicket({ ticket_id: 57, article_id: 122, full_body: true })
      const length = whole.articles?.[0]?.body.length ?? 0
      const rest = yield* getTicket({ ticket_id: 57, article_id: 122, full_body: true, body_offset: length - 10 })
      expect(rest.articles?.[0]?.body).toBe(
        `[… continued from body_offset ${length - 10} of ${length} characters]\n${whole.articles?.[0]?.body.slice(-10)}`
      )
      const error = yield* Effect.flip(getTicket({ ticket_id: 57, article_id: 122, full_body: true, body_offset: length }))
      expect(error.message).toBe(
        `body_offset: article 122's full body has ${length} characters; give a body_offset below that, or leave it ` +
          "out to read from the start"
      )
    }).pipe(Effect.provide(layer))
  })

  it("takes body_offset only with article_id and full_body, which it continues", () => {
    expect(Either.isRight(decodeGet({ ticket_id: 57, article_id: 122, full_body: true, body_offset: 50_000 }))).toBe(true)
    for (const input of [{ ticket_id: 57, body_offset: 1 }, { ticket_id: 57, full_body: true, body_offset: 1 }]) {
      const issues = Either.match(decodeGet(input), { onLeft: (error) => describeIssues(error.issue), onRight: () => [] })
      expect(issues).toEqual([{
        path: ["body_offset"],
        message: "continues one article's full body: give it with article_id and full_body: true, as the marker at " +
          "the end of a cut full body says"
      }])
    }
  })

  it("refuses paging the articles together with picking one, which would leave one of them unheeded", () => {
    for (const paging of [{ article_limit: 0 }, { article_offset: 1 }, { article_order: "oldest_first" }]) {
      const issues = Either.match(decodeGet({ ticket_id: 56, article_id: 112, ...paging }), {
        onLeft: (error) => describeIssues(error.issue),
        onRight: () => []
      })
      expect(issues).toEqual([{
        path: Object.keys(paging),
        message: "pages the ticket's articles, and article_id picks one: give either, not both"
      }])
    }
  })

  it.effect("refuses an article_offset past the ticket's articles, saying how many there are", () => {
    const { layer } = stub([])
    return Effect.gen(function*() {
      const error = yield* Effect.flip(getTicket({ ticket_id: 56, article_offset: 100 }))
      expect(error).toMatchObject({ _tag: "ToolInputError", field: "article_offset" })
      expect(error.message).toMatch(/^article_offset: ticket \d+ has 13 articles; give an article_offset below that/)
    }).pipe(Effect.provide(layer))
  })

  it.effect("says which article ids exist when article_id is not the ticket's", () => {
    const { layer } = stub([])
    return Effect.gen(function*() {
      const error = yield* Effect.flip(getTicket({ ticket_id: 57, article_id: 107 }))
      expect(error._tag).toBe("ToolInputError")
      expect(error.message).toBe(
        "article_id: ticket 2026112410000564 has no article 107; get_ticket without article_id lists its articles " +
          "with their ids"
      )
    }).pipe(Effect.provide(layer))
  })

  it("takes exactly one of ticket_id and ticket_number, and bounded paging", () => {
    expect(Either.isRight(decodeGet({ ticket_id: 1 }))).toBe(true)
    expect(Either.isRight(decodeGet({ ticket_number: "2026112410000555", article_limit: 50 }))).toBe(true)
    expect(Either.isLeft(decodeGet({}))).toBe(true)
    expect(Either.isLeft(decodeGet({ ticket_id: 1, ticket_number: "2" }))).toBe(true)
    expect(Either.isLeft(decodeGet({ ticket_id: 1, article_limit: 51 }))).toBe(true)
    expect(Either.isLeft(decodeGet({ ticket_id: 1, body_budget: 20_001 }))).toBe(true)
    expect(Either.isLeft(decodeGet({ ticket_id: 1, article_order: "newest" }))).toBe(true)
    expect(Either.isLeft(decodeGet({ ticket_number: "2026*" }))).toBe(true)
  })

  it("takes a pasted ticket number with spaces around it, and names what is wrong with one that has none", () => {
    expect(decodeGet({ ticket_number: " 2026112410000555\n" })).toEqual(Either.right({ ticket_number: "2026112410000555" }))
    const problem = (ticket_number: string) =>
      Either.match(decodeGet({ ticket_number }), { onLeft: (error) => error.message, onRight: () => "decoded" })
    expect(problem("  ")).toContain("expected a ticket number, got nothing")
    expect(problem("2026 1124")).toContain("expected one ticket number without spaces")
  })

  it("refuses an operator given twice for one dynamic field, of which OTRS would take one", () => {
    const decode = Schema.decodeUnknownEither(SearchTicketsInput)
    const twice = decode({ dynamic_fields: [{ name: "Impact", equals: "high" }, { name: "Impact", equals: "low" }] })
    expect(Either.isLeft(twice) && ParseResult.TreeFormatter.formatErrorSync(twice.left))
      .toContain("has equals in an earlier condition too")
    const apart = decode({
      dynamic_fields: [
        { name: "Impact", equals: "high" },
        { name: "Impact", like: "h*" },
        { name: "Risk", equals: "low" }
      ]
    })
    expect(Either.isRight(apart)).toBe(true)
  })

  it("takes a ticket number as a mail subject quotes it", () => {
    for (const quoted of ["Ticket#2026112410000555", "[Ticket#2026112410000555]", " Call# 2026112410000555 "]) {
      expect(decodeGet({ ticket_number: quoted }), quoted).toEqual(Either.right({ ticket_number: "2026112410000555" }))
    }
  })

  it("says that a ticket number given as ticket_id is one, before asking OTRS", () => {
    const problem = Either.match(decodeGet({ ticket_id: 2026112410000555 }), {
      onLeft: (error) => error.message,
      onRight: () => "decoded"
    })
    expect(problem).toContain("which is a ticket number: get_ticket takes it as ticket_number")
    expect(Either.isRight(decodeGet({ ticket_id: 9_999_999_999 }))).toBe(true)
  })
})

describe("search_tickets", () => {
  it.effect("costs one TicketSearch and one batched TicketGet, and keeps OTRS's order", () => {
    const { calls, layer } = stub([58, 56, 57])
    return Effect.gen(function*() {
      const result = yield* searchTickets({ title: "VPN", limit: 2 })
      expect(calls.ticketSearch).toHaveLength(1)
      expect(calls.ticketGet).toEqual([{ ticketIds: [58, 56] }])
      expect(result.total).toBe(3)
      expect(result.next_offset).toBe(2)
      expect(result.tickets.map((ticket) => ticket.ticket_id)).toEqual([58, 56])
      expect(result.tickets[1]).toEqual({
        ticket_id: 56,
        ticket_number: "2026112410000555",
        title: "Laptop won't connect to VPN after update",
        state: "closed successful",
        queue: "Misc",
        priority: "4 high",
        owner: "agent1",
        owner_id: 2,
        customer_user: "customer1",
        created: "2026-11-24 05:35:23",
        changed: "2026-11-24 05:35:38"
      })
      const text = renderTicketSearchResult(result)
      // OTRS searches owners by id: the summary tells it
      expect(text).toContain("owner agent1 (owner_id 2)")
      expect(text).toContain("3 tickets match; 1-2:")
      expect(text).toContain("2026112410000555 (ticket_id 56) Laptop won't connect to VPN after update")
      expect(text).toContain("More: search_tickets with offset 2.")
    }).pipe(Effect.provide(layer))
  })

  it.effect("makes no TicketGet for an empty page, and hints at exact names", () => {
    const { calls, layer } = stub([])
    return Effect.gen(function*() {
      const result = yield* searchTickets({ queue: "Nosuchqueue" })
      expect(calls.ticketGet).toHaveLength(0)
      expect(result).toMatchObject({ total: 0, tickets: [] })
      expect(result.hint).toContain("must match OTRS exactly")
      expect(renderTicketSearchResult(result)).toMatch(/^No tickets match\. Queue, state, priority and type names/)
      const plain = yield* searchTickets({ title: "nothing" })
      expect(plain.hint).toBeUndefined()
    }).pipe(Effect.provide(layer))
  })

  it.effect("says where OTRS's count stops, on the page that reaches it", () => {
    const capped = [...Array.from({ length: 9_997 }, (_, index) => 100_000 + index), 56, 57, 58]
    const { layer } = stub(capped)
    return Effect.gen(function*() {
      const last = yield* searchTickets({ offset: 9_997 })
      expect(last).toMatchObject({ total: 10_000, total_capped: true })
      expect(last.next_offset).toBeUndefined()
      expect(renderTicketSearchResult(last)).toContain("OTRS lists at most 10000 matches, and this page ends there")
      expect((yield* searchTickets({ offset: 9_997, limit: 2 })).hint).toBeUndefined()
    }).pipe(Effect.provide(layer))
  })

  it.effect("hints at full_text when a customer given by e-mail address matches nothing", () => {
    const { layer } = stub([])
    return Effect.gen(function*() {
      const result = yield* searchTickets({ customer_user: "dana@example.com" })
      expect(result.hint).toContain("full_text with the address")
      expect((yield* searchTickets({ customer_user: "customer1" })).hint).toBeUndefined()
    }).pipe(Effect.provide(layer))
  })

  it("says what an owner can be", () => {
    const decode = Schema.decodeUnknownEither(SearchTicketsInput, StandardSchema.decodeOptions)
    const issues = Either.match(decode({ owner: 0 }), {
      onLeft: (error) => describeIssues(error.issue),
      onRight: () => []
    })
    expect(issues).toEqual([{
      path: ["owner"],
      message: "expected an agent's login, \"me\" or a user id (an integer > 0), got 0"
    }])
  })

  it("refuses a control character in a name or a searched text, naming the field", () => {
    const decode = Schema.decodeUnknownEither(SearchTicketsInput, StandardSchema.decodeOptions)
    const issues = Either.match(decode({ full_text: "a\u0000b", queue: ["Raw", "Mi\nsc"], customer_user: " c1 " }), {
      onLeft: (error) => describeIssues(error.issue),
      onRight: () => []
    })
    const message = "expected one line of text, got a control character in it"
    expect(issues).toEqual([{ path: ["full_text"], message }, { path: ["queue", 1], message }])
  })

  it.effect("resolves an owner's login to the user id the most recently changed tickets show", () => {
    const { calls, layer } = stub([56, 58])
    return Effect.gen(function*() {
      yield* searchTickets({ owner: "agent2" })
      // the sample: the 50 most recently changed tickets, then the search itself
      expect(calls.ticketSearch[0]).toMatchObject({ SortBy: "Changed", Limit: 50 })
      expect(calls.ticketSearch[1]?.OwnerIDs).toEqual([3])
      // a responsible counts, a login's case is OTRS's, and the sample serves for a minute
      yield* searchTickets({ owner: "ROOT@localhost" })
      expect(calls.ticketSearch[2]?.OwnerIDs).toEqual([1])
      const error = yield* Effect.flip(searchTickets({ owner: "dana" }))
      expect(error).toMatchObject({ _tag: "ToolInputError", field: "owner" })
      expect(error.message).toContain(
        "no ticket among the 50 most recently changed has \"dana\" as owner or responsible to tell its id: give " +
          "owner as a user id (owner_id in search_tickets and get_ticket); agents seen: agent1 (user id 2), " +
          "agent2 (user id 3), root@localhost (user id 1)"
      )
      expect(calls.ticketSearch).toHaveLength(3)
      yield* TestClock.adjust("1 minute")
      yield* searchTickets({ owner: "agent1" })
      // the sample's own search has no owner
      expect(calls.ticketSearch.map((request) => request.OwnerIDs)).toEqual([undefined, [3], [1], undefined, [2]])
    }).pipe(Effect.provide(layer))
  })

  it.effect("fails a search by login with OTRS's error when the tickets that tell the login's id cannot be read", () => {
    const { client } = stub([56])
    const unavailable = new OtrsUnavailable({ operation: "TicketSearch", url: "http://otrs", status: 503, detail: "down" })
    const layer = RecentTickets.layer.pipe(
      Layer.provideMerge(Layer.succeed(OtrsClient, { ...client, ticketSearch: () => Effect.fail(unavailable) }))
    )
    return Effect.gen(function*() {
      expect(yield* Effect.flip(searchTickets({ owner: "agent2" }))).toBe(unavailable)
    }).pipe(Effect.provide(layer))
  })

  it.effect("resolves owner \"me\" to the logged-in agent's user id", () => {
    const { calls, layer } = stub([56])
    return Effect.gen(function*() {
      yield* searchTickets({ owner: "me" })
      expect(calls.sessionGet).toBe(1)
      expect(calls.ticketSearch[0]?.OwnerIDs).toEqual([2])
      yield* searchTickets({ owner: 3 })
      expect(calls.sessionGet).toBe(1)
      expect(calls.ticketSearch[1]?.OwnerIDs).toEqual([3])
    }).pipe(Effect.provide(layer))
  })

  it.effect("searches by responsible as by owner, from one sample of recent tickets", () => {
    const { calls, layer } = stub([56, 58])
    return Effect.gen(function*() {
      yield* searchTickets({ owner: "agent2", responsible: "root@localhost" })
      expect(calls.ticketSearch).toHaveLength(2)
      expect(calls.ticketSearch[1]).toMatchObject({ OwnerIDs: [3], ResponsibleIDs: [1] })
      yield* searchTickets({ responsible: "me" })
      expect(calls.ticketSearch[2]).toMatchObject({ ResponsibleIDs: [2] })
      expect(calls.ticketSearch[2]?.OwnerIDs).toBeUndefined()
      const error = yield* Effect.flip(searchTickets({ responsible: "dana" }))
      expect(error).toMatchObject({ _tag: "ToolInputError", field: "responsible" })
      expect(error.message).toContain("give responsible as a user id (owner_id in search_tickets and get_ticket)")
      const quoted = yield* Effect.flip(searchTickets({ responsible: "2" }))
      expect(quoted.message).toContain("get_ticket); if 2 is a user id, write it without quotes; agents seen:")
    }).pipe(Effect.provide(layer))
  })

  it("maps every filter onto TicketSearch", () => {
    const input = Schema.decodeUnknownSync(SearchTicketsInput)({
      title: "VPN",
      ticket_number: "2026*",
      full_text: "0x800B0109",
      queue: ["Misc", "Raw"],
      state: "open",
      state_type: ["pending", "new"],
      priority: "4 high",
      ticket_type: "Incident",
      lock: "lock",
      customer_user: "customer1",
      customer_id: "ACME",
      created_after: "2026-11-01",
      created_before: "2026-11-30",
      changed_after: "2026-11-24 05:00:00",
      changed_before: "2026-11-24 06:00:00",
      dynamic_fields: [{ name: "Impact", equals: ["high", "medium"] }, { name: "ExternalRef", like: "SLC-*" }],
      sort_by: "priority",
      order_by: "asc"
    })
    expect(toTicketSearchRequest(input, { owner: 2, responsible: 3 })).toEqual({
      Title: "*VPN*",
      TicketNumber: "2026*",
      MIMEBase_From: "*0x800B0109*",
      MIMEBase_To: "*0x800B0109*",
      MIMEBase_Subject: "*0x800B0109*",
      MIMEBase_Body: "*0x800B0109*",
      ContentSearch: "OR",
      Queues: ["Misc", "Raw"],
      States: ["open"],
      StateType: ["pending reminder", "pending auto", "new"],
      Priorities: ["4 high"],
      Types: ["Incident"],
      OwnerIDs: [2],
      ResponsibleIDs: [3],
      Locks: ["lock", "tmp_lock"],
      CustomerUserLogin: ["customer1"],
      CustomerID: ["ACME"],
      TicketCreateTimeNewerDate: "2026-11-01 00:00:00",
      TicketCreateTimeOlderDate: "2026-11-30 23:59:59",
      TicketChangeTimeNewerDate: "2026-11-24 05:00:00",
      TicketChangeTimeOlderDate: "2026-11-24 06:00:00",
      DynamicField: [{ Name: "Impact", Equals: ["high", "medium"] }, { Name: "ExternalRef", Like: "SLC-*" }],
      SortBy: "Priority",
      OrderBy: "Up",
      Limit: 10_000
    })
    // a % is text to be found anywhere, as any other; * places the wildcards
    expect(toTicketSearchRequest({ title: "100%", full_text: "VPN*" }, {})).toMatchObject({
      Title: "*100%*",
      MIMEBase_Body: "VPN*"
    })
    expect(toTicketSearchRequest({ lock: "unlock" }, {})).toMatchObject({ Locks: ["unlock"] })
    expect(toTicketSearchRequest({ state_type: "not_closed" }, {})).toEqual({
      StateType: ["new", "open", "pending reminder", "pending auto"],
      SortBy: "Age",
      OrderBy: "Down",
      Limit: 10_000
    })
  })

  it("rejects impossible dates, empty dynamic-field conditions and out-of-range pages", () => {
    const decode = Schema.decodeUnknownEither(SearchTicketsInput, { onExcessProperty: "error" })
    expect(Either.isLeft(decode({ created_after: "2026-02-30" }))).toBe(true)
    expect(Either.isLeft(decode({ created_after: "24.11.2026" }))).toBe(true)
    expect(Either.isLeft(decode({ dynamic_fields: [{ name: "Impact" }] }))).toBe(true)
    expect(Either.isLeft(decode({ dynamic_fields: [{ name: "Bad Name", equals: "x" }] }))).toBe(true)
    expect(Either.isLeft(decode({ limit: 101 }))).toBe(true)
    expect(Either.isLeft(decode({ owner: "" }))).toBe(true)
    expect(Either.isLeft(decode({ queue: "" }))).toBe(true)
    expect(Either.isLeft(decode({ queue: [" "] }))).toBe(true)
    // trimmed, as names are in the write tools
    expect(Schema.decodeUnknownSync(SearchTicketsInput)({ customer_user: " customer1 ", queue: ["Misc "] }))
      .toEqual({ customer_user: "customer1", queue: ["Misc"] })
    expect(Either.isRight(decode({ owner: "me", state_type: "not_closed", limit: 100 }))).toBe(true)
  })

  it("takes a ticket number as a mail subject quotes it", () => {
    const decode = Schema.decodeUnknownSync(SearchTicketsInput)
    expect(decode({ ticket_number: "[Ticket#2026112410000555]" })).toEqual({ ticket_number: "2026112410000555" })
    expect(decode({ ticket_number: "Ticket#20261124*" })).toEqual({ ticket_number: "20261124*" })
  })

  it("takes times without seconds, and says why a time with a zone cannot be taken", () => {
    const decode = Schema.decodeUnknownEither(SearchTicketsInput, StandardSchema.decodeOptions)
    expect(decode({ created_after: "2026-11-24 05:00" })).toEqual(Either.right({ created_after: "2026-11-24 05:00:00" }))
    const zoned = Either.match(decode({ changed_before: "2026-11-24T05:00:00Z" }), {
      onLeft: (error) => describeIssues(error.issue).map((issue) => issue.message).join("; "),
      onRight: () => "decoded"
    })
    expect(zoned).toContain("without T or a time zone")
    expect(Either.isLeft(decode({ created_after: "2026-11-24 25:00" }))).toBe(true)
  })
})

describe("resources", () => {
  it.effect("otrs://ticket/{ticket_id} is get_ticket's structured result", () => {
    const { layer } = stub([])
    return Effect.gen(function*() {
      const params = yield* Schema.decodeUnknown(TicketResource.params)({ ticket_id: "56" })
      const json = (yield* TicketResource.handler(params)) as { ticket_id: number; articles: ReadonlyArray<unknown> }
      expect(json.ticket_id).toBe(56)
      expect(json.articles).toHaveLength(10)
    }).pipe(Effect.provide(layer))
  })

  it.effect("otrs://search/tickets lists the 20 most recently changed unfinished tickets", () => {
    const { calls, layer } = stub([57])
    return Effect.gen(function*() {
      const json = (yield* RecentTicketsResource.handler) as { total: number }
      expect(json.total).toBe(1)
      expect(calls.ticketSearch[0]).toMatchObject({
        StateType: ["new", "open", "pending reminder", "pending auto"],
        SortBy: "Changed",
        OrderBy: "Down"
      })
    }).pipe(Effect.provide(layer))
  })
})
