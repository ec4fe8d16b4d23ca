import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Either, Layer, Option, Redacted, Schema, TestClock } from "effect"
import { ConfigItemGetResponse } from "../../src/schemas/ConfigItem.js"
import type { ConfigItem, HistoryEntry } from "../../src/schemas/Domain.js"
import { TicketHistoryGetResponse } from "../../src/schemas/History.js"
import { TicketGetResponse } from "../../src/schemas/Ticket.js"
import { OtrsClient, type OtrsClientShape } from "../../src/services/OtrsClient.js"
import { OtrsConfig } from "../../src/services/OtrsConfig.js"
import { OtrsInvalidParameter, OtrsNotFoundOrDenied } from "../../src/services/OtrsErrors.js"
import { operations } from "../../src/services/OtrsRoutes.js"
import { createSession, renderSession } from "../../src/tools/CreateSession.js"
import { createTicket, renderCreatedTicket } from "../../src/tools/CreateTicket.js"
import { CreateTicketInput, UpdateTicketInput } from "../../src/tools/format/ticketInput.js"
import { getConfigItem } from "../../src/tools/GetConfigItem.js"
import { getTicketHistory, renderTicketHistory } from "../../src/tools/GetTicketHistory.js"
import { renderConfigItemSearch, searchConfigItems } from "../../src/tools/SearchConfigItems.js"
import { renderUpdatedTicket, updateTicket } from "../../src/tools/UpdateTicket.js"
import { responseOf } from "../support/fixtures.js"
import { RecentTickets } from "../../src/tools/RecentTickets.js"

const unused = Effect.die("not expected in this test")

/** An OtrsClient that answers what a test gives and records every call. */
const stubClient = (overrides: Partial<OtrsClientShape>) => {
  const calls: Array<{ readonly method: string; readonly args: ReadonlyArray<unknown> }> = []
  const record = <F extends (...args: Array<any>) => any>(method: string, f: F | undefined) =>
    ((...args: Array<unknown>) => {
      calls.push({ method, args })
      return f === undefined ? unused : f(...args)
    }) as F
  const client: OtrsClientShape = {
    sessionCreate: Effect.suspend(() => {
      calls.push({ method: "sessionCreate", args: [] })
      return overrides.sessionCreate ?? unused
    }),
    sessionGet: Effect.suspend(() => {
      calls.push({ method: "sessionGet", args: [] })
      return overrides.sessionGet ?? unused
    }),
    ticketCreate: record("ticketCreate", overrides.ticketCreate),
    ticketGet: record("ticketGet", overrides.ticketGet),
    ticketSearch: record("ticketSearch", overrides.ticketSearch),
    ticketUpdate: record("ticketUpdate", overrides.ticketUpdate),
    ticketHistoryGet: record("ticketHistoryGet", overrides.ticketHistoryGet),
    configItemGet: record("configItemGet", overrides.configItemGet),
    configItemSearch: record("configItemSearch", overrides.configItemSearch)
  }
  const config = OtrsConfig.of({
    baseUrl: "http://otrs.test",
    username: "agent1",
    password: Redacted.make("x"),
    verifySsl: true,
    caFile: Option.none(),
    timeout: Duration.seconds(1),
    retries: 0,
    defaults: { queue: "Raw", state: "new", priority: "3 normal", type: "Unclassified", customerUser: Option.none() },
    routes: operations
  })
  const otrs = Layer.merge(Layer.succeed(OtrsClient, client), Layer.succeed(OtrsConfig, config))
  return { calls, layer: RecentTickets.layer.pipe(Layer.provideMerge(otrs)) }
}

/** The session's agent, as SessionGet tells it: the sender of the articles the agent writes. */
const agentSession = { userLogin: "agent1", userId: 2, fullName: "Agent One", email: "agent1@test.local", data: {} }

const configItems = (file: string) => Schema.decodeUnknownSync(ConfigItemGetResponse)(responseOf(file))
const [laptop, server] = configItems("configitem-get.multiple-ids.json") as [ConfigItem, ConfigItem]
const denied = (operation: string, message = "Can not ...!") =>
  Effect.fail(new OtrsNotFoundOrDenied({ operation, subject: "x", otrsMessage: `${operation}: ${message}` }))

describe("create_ticket handler", () => {
  it.effect("fails without a customer user before calling OTRS", () => {
    const stub = stubClient({})
    return Effect.gen(function*() {
      const result = yield* Effect.either(createTicket(Schema.decodeUnknownSync(CreateTicketInput)({ title: "t", body: "b" })))
      expect(Either.isLeft(result) && result.left._tag).toBe("ToolInputError")
      expect(stub.calls).toEqual([])
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("returns the new ids", () => {
    const stub = stubClient({
      sessionGet: Effect.succeed(agentSession),
      ticketCreate: () => Effect.succeed({ ticketId: 2, ticketNumber: "2026112410000019", articleId: 2 })
    })
    return Effect.gen(function*() {
      const output = yield* createTicket(
        Schema.decodeUnknownSync(CreateTicketInput)({ title: "t", body: "b", customer_user: "customer1" })
      )
      expect(output).toEqual({ ticket_id: 2, ticket_number: "2026112410000019", article_id: 2 })
      expect(stub.calls.map((call) => call.method)).toEqual(["sessionGet", "ticketCreate"])
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("sends the agent as the first article's sender, where OTRS would put the customer", () => {
    const stub = stubClient({
      sessionGet: Effect.succeed(agentSession),
      ticketCreate: () => Effect.succeed({ ticketId: 2, ticketNumber: "2026112410000019", articleId: 2 })
    })
    const senderSent = () => (stub.calls.at(-1)?.args[0] as { Article: { From?: string } }).Article.From
    const create = (args: object) =>
      createTicket(Schema.decodeUnknownSync(CreateTicketInput)({ title: "t", body: "b", customer_user: "c", ...args }))
    return Effect.gen(function*() {
      yield* create({})
      expect(senderSent()).toBe("\"Agent One\" <agent1@test.local>")
      yield* create({ from: "Dana <dana@example.com>" })
      expect(senderSent()).toBe("Dana <dana@example.com>")
      // the customer's words: OTRS's own default, the customer's address
      yield* create({ sender_type: "customer" })
      expect(senderSent()).toBeUndefined()
    }).pipe(Effect.provide(stub.layer))
  })

  for (const [answer, sessionGet] of [
    ["answers", Effect.as(TestClock.adjust("90 seconds"), agentSession)],
    ["fails", Effect.zipRight(TestClock.adjust("90 seconds"), denied("SessionGet"))]
  ] as const) {
    it.effect(`counts a pending time from after the sender was asked for, when SessionGet ${answer} 90 s late`, () => {
      const stub = stubClient({
        sessionGet,
        ticketCreate: () => Effect.succeed({ ticketId: 2, ticketNumber: "2026112410000019", articleId: 2 })
      })
      return Effect.gen(function*() {
        yield* createTicket(Schema.decodeUnknownSync(CreateTicketInput)({
          title: "t",
          body: "b",
          customer_user: "c",
          state: "pending reminder",
          pending_until: "1970-01-01T01:00:00Z"
        }))
        const sent = stub.calls.at(-1)?.args[0] as { Ticket: { PendingTime?: unknown } }
        // from 00:01:30, 59 minutes reach 01:00:30; the 60 counted at 00:00:00 would reach 01:01:30
        expect(sent.Ticket.PendingTime).toEqual({ Diff: 59 })
      }).pipe(Effect.provide(stub.layer))
    })
  }

  it.effect("warns that characters beyond U+FFFF may not be kept, counting them in every text sent", () => {
    const stub = stubClient({
      sessionGet: Effect.succeed(agentSession),
      ticketCreate: () => Effect.succeed({ ticketId: 2, ticketNumber: "2026112410000019", articleId: 2 }),
      ticketUpdate: () => Effect.succeed({ ticketId: 2, ticketNumber: "2026112410000019", articleId: 3 })
    })
    return Effect.gen(function*() {
      const created = yield* createTicket(Schema.decodeUnknownSync(CreateTicketInput)({
        title: "VPN down \u{1F622}",
        body: "Hello \u{1F600} \u65E5\u672C",
        customer_user: "customer1",
        dynamic_fields: { Impact: ["\u{1F525}"] }
      }))
      expect(created.warning).toMatch(/^sent 3 characters beyond U\+FFFF \(emoji and the like\), which OTRS stores as /)
      expect(renderCreatedTicket(created)).toContain("\nWarning: sent 3 characters")
      const updated = yield* updateTicket(
        Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 2, article: { body: "ok \u{1F44D}" } })
      )
      expect(updated.warning).toMatch(/^sent 1 character beyond U\+FFFF/)
      const plain = yield* updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 2, title: "\u00FC" }))
      expect(plain.warning).toBeUndefined()
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("names the server's default when OTRS refuses the value it stood in for, and only then", () => {
    const refusal = new OtrsInvalidParameter({
      operation: "TicketCreate",
      kind: "InvalidParameter",
      otrsMessage: "TicketCreate: Ticket->QueueID or Ticket->Queue parameter is invalid!"
    })
    // no recent tickets: no names in use to point at
    const stub = stubClient({
      sessionGet: Effect.succeed(agentSession),
      ticketCreate: () => Effect.fail(refusal),
      ticketSearch: () => Effect.succeed([])
    })
    const create = (args: object) =>
      Effect.flip(createTicket(Schema.decodeUnknownSync(CreateTicketInput)({ title: "t", body: "b", customer_user: "c", ...args })))
    return Effect.gen(function*() {
      const defaulted = yield* create({})
      expect(defaulted._tag).toBe("ToolInputError")
      expect(defaulted.message).toBe(
        "queue: OTRS refused \"Raw\", the server's default from OTRS_DEFAULT_QUEUE (TicketCreate: Ticket->QueueID or " +
          "Ticket->Queue parameter is invalid!): pass queue with a value that exists in OTRS, and have the " +
          "administrator correct OTRS_DEFAULT_QUEUE"
      )
      expect(yield* create({ queue: "Nope" })).toBe(refusal)
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("update_ticket handler", () => {
  it.effect("lists what was changed and the new article", () => {
    const stub = stubClient({
      ticketUpdate: () => Effect.succeed({ ticketId: 58, ticketNumber: "2026112410000573", articleId: 127 })
    })
    return Effect.gen(function*() {
      const output = yield* updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({
        ticket_id: 58,
        state: "open",
        owner: "agent2",
        article: { body: "handed over" }
      }))
      expect(output).toEqual({
        ticket_id: 58,
        ticket_number: "2026112410000573",
        article_id: 127,
        updated: ["state", "owner", "article"]
      })
      expect(renderUpdatedTicket(output)).toBe(
        "Updated ticket 2026112410000573 (ticket_id 58): state, owner, article; added article_id 127."
      )
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("a queue the agent may not write to", () => {
  /** The error of moving ticket 2 to `queue` when OTRS refuses the update with `message`. */
  const refusedMove = (queue: string, message: string) => {
    const stub = stubClient({ ticketUpdate: () => denied("TicketUpdate", message) })
    return Effect.flip(updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 2, queue }))).pipe(
      Effect.provide(stub.layer)
    )
  }

  it.effect("is blamed for a refused move, not the ticket id", () =>
    Effect.map(refusedMove("Restricted", "User does not have access to the new queue!"), (error) => {
      expect(error).toMatchObject({ _tag: "ToolInputError", field: "queue" })
      expect(error.message).toContain("the agent may not put tickets in queue \"Restricted\"")
    }))

  it.effect("is blamed for a refused creation, named as the server's default when the agent gave none", () => {
    const stub = stubClient({
      sessionGet: Effect.succeed(agentSession),
      ticketCreate: () => denied("TicketCreate", "Can not create tickets in given Queue or QueueID!")
    })
    return Effect.gen(function*() {
      const error = yield* Effect.flip(createTicket(
        Schema.decodeUnknownSync(CreateTicketInput)({ title: "t", body: "b", customer_user: "customer1" })
      ))
      expect(error).toMatchObject({ _tag: "ToolInputError", field: "queue" })
      expect(error.message).toContain("queue \"Raw\", the server's default from OTRS_DEFAULT_QUEUE")
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("leaves a ticket the agent may not access as it was", () =>
    Effect.map(refusedMove("Misc", "User does not have access to the ticket!"), (error) => {
      expect(error._tag).toBe("OtrsNotFoundOrDenied")
    }))
})

describe("update_ticket refused for a pending state without a pending time", () => {
  const refusal = new OtrsInvalidParameter({
    operation: "TicketUpdate",
    kind: "MissingParameter",
    otrsMessage: "Can't set a ticket on a pending state without pendig time!"
  })

  it.effect("asks for pending_until and names what OTRS had applied by then", () => {
    const stub = stubClient({ ticketUpdate: () => Effect.fail(refusal) })
    return Effect.gen(function*() {
      // an installation's own pending state: not known as one by its name
      const error = yield* Effect.flip(updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({
        ticket_id: 58,
        queue: "Misc",
        lock: "lock",
        state: "waiting for customer",
        priority: "4 high",
        article: { body: "asked for the logs" }
      })))
      expect(error).toMatchObject({ _tag: "ToolInputError", field: "pending_until" })
      expect(error.message).toContain("state \"waiting for customer\" is a pending state, and OTRS requires a pending time")
      expect(error.message).toContain(
        "OTRS had already applied queue, lock when it refused, and nothing else of this call: repeat the rest only"
      )
      const alone = yield* Effect.flip(updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({
        ticket_id: 58,
        state: "waiting for customer"
      })))
      expect(alone.message).not.toContain("already applied")
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("update_ticket refused for a dynamic field's value", () => {
  it.effect("names the field and the values given, with what the field types take", () => {
    const refusal = new OtrsInvalidParameter({
      operation: "TicketUpdate",
      kind: "InvalidParameter",
      otrsMessage: "TicketUpdate: DynamicField->Value parameter is invalid!"
    })
    const stub = stubClient({ ticketUpdate: () => Effect.fail(refusal) })
    return Effect.gen(function*() {
      const update = (dynamic_fields: object) =>
        Effect.flip(updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 58, dynamic_fields })))
      const one = yield* update({ Impact: "nonsense" })
      expect(one).toMatchObject({ _tag: "ToolInputError", field: "dynamic_fields.Impact" })
      expect(one.message).toContain("OTRS refused the value given (Impact \"nonsense\"; TicketUpdate: DynamicField")
      const two = yield* update({ Impact: "nonsense", ExternalRef: "abc" })
      expect(two).toMatchObject({ _tag: "ToolInputError", field: "dynamic_fields" })
      expect(two.message).toContain("one of the values given (Impact \"nonsense\", ExternalRef \"abc\";")
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("update_ticket's answer", () => {
  it.effect("without an ArticleID for the article sent says the article may have been added", () => {
    const stub = stubClient({ ticketUpdate: () => Effect.succeed({ ticketId: 58, ticketNumber: "2026112410000573" }) })
    return Effect.gen(function*() {
      const error = yield* Effect.flip(
        updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 58, article: { body: "x" } }))
      )
      expect(error.message).toContain("the answer names no ArticleID for the article sent")
      expect(error.message).toContain("The change may have been applied (OTRS's answer names TicketID 58)")
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("for a reply the customer sees says that no e-mail was sent, whatever the channel", () => {
    const stub = stubClient({
      ticketUpdate: () => Effect.succeed({ ticketId: 58, ticketNumber: "2026112410000573", articleId: 130 })
    })
    const update = (article: object) =>
      updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 58, article: { body: "x", ...article } }))
    return Effect.gen(function*() {
      const reply = yield* update({ visible_to_customer: true, communication_channel: "Email" })
      expect(reply.warning).toMatch(/^the article is visible in the customer portal, but no e-mail was sent/)
      expect(renderUpdatedTicket(reply)).toContain("\nWarning: the article is visible in the customer portal")
      expect((yield* update({})).warning).toBeUndefined()
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("\"me\" as owner or responsible", () => {
  const me = Effect.succeed({ userLogin: "agent1", userId: 2, data: {} })
  const updated = Effect.succeed({ ticketId: 58, ticketNumber: "2026112410000573" })
  const created = Effect.succeed({ ticketId: 2, ticketNumber: "2026112410000019", articleId: 2 })

  it.effect("is sent as the logged-in agent's login", () => {
    const stub = stubClient({ sessionGet: me, ticketUpdate: () => updated, ticketCreate: () => created })
    return Effect.gen(function*() {
      yield* updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 58, owner: "me", responsible: "me" }))
      yield* createTicket(Schema.decodeUnknownSync(CreateTicketInput)({
        title: "t",
        body: "b",
        customer_user: "customer1",
        owner: "me"
      }))
      const sent = stub.calls.filter((call) => call.method !== "sessionGet").map((call) => call.args[0])
      expect(sent[0]).toMatchObject({ Ticket: { Owner: "agent1", Responsible: "agent1" } })
      // create_ticket's default owner is the logged-in agent: "me" is left out, and OTRS does not lock the ticket
      expect((sent[1] as { Ticket: object }).Ticket).not.toHaveProperty("Owner")
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("is quoted as the login sent when OTRS refuses it", () => {
    const refusal = new OtrsInvalidParameter({
      operation: "TicketUpdate",
      kind: "InvalidParameter",
      otrsMessage: "TicketUpdate: Ticket->OwnerID or Ticket->Owner parameter is invalid!"
    })
    const recent = Schema.decodeUnknownSync(TicketGetResponse)(responseOf("ticket-get.thread-vpn.full.json"))
    const stub = stubClient({
      sessionGet: me,
      ticketUpdate: () => Effect.fail(refusal),
      ticketSearch: () => Effect.succeed(recent.map((ticket) => ticket.id)),
      ticketGet: () => Effect.succeed(recent)
    })
    return Effect.gen(function*() {
      const error = yield* Effect.flip(
        updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 58, owner: "me" }))
      )
      expect(error.message).toMatch(/^owner: OTRS refused owner "agent1" /)
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("costs nothing when no agent is \"me\"", () => {
    const stub = stubClient({ ticketUpdate: () => updated })
    return Effect.gen(function*() {
      yield* updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 58, owner: "agent2" }))
      expect(stub.calls.map((call) => call.method)).toEqual(["ticketUpdate"])
    }).pipe(Effect.provide(stub.layer))
  })
})

/** OTRS answering get_ticket_history's requests: the history, the session's agent, and no recent tickets. */
const historyClient = (
  histories: Effect.Effect.Success<ReturnType<OtrsClientShape["ticketHistoryGet"]>>,
  session: Effect.Effect.Success<OtrsClientShape["sessionGet"]>
) =>
  stubClient({
    ticketHistoryGet: () => Effect.succeed(histories),
    sessionGet: Effect.succeed(session),
    ticketSearch: () => Effect.succeed([])
  })

describe("get_ticket_history handler", () => {
  const histories = Schema.decodeUnknownSync(TicketHistoryGetResponse)(responseOf("ticket-history-get.thread-vpn.json"))

  it.effect("pages the compacted history and says how to get the rest", () => {
    const stub = historyClient(histories, agentSession)
    return Effect.gen(function*() {
      const page = yield* getTicketHistory({ ticket_id: 56, limit: 10, offset: 5 })
      expect(page.total).toBe(26)
      expect(page.entries).toHaveLength(10)
      expect(page.next_offset).toBe(15)
      const text = renderTicketHistory(page)
      expect(text.split("\n")[0]).toBe("History of ticket 56, entries 6-15 of 26, oldest first:")
      expect(text).toContain("… 11 more: call get_ticket_history with offset 15.")

      const all = yield* getTicketHistory({ ticket_id: 56 })
      expect(all.entries).toHaveLength(26)
      expect(all).not.toHaveProperty("next_offset")
      expect(renderTicketHistory(all).split("\n")[0]).toBe("History of ticket 56, 26 entries, oldest first:")
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("get_ticket_history authors", () => {
  const history = [{
    ticketId: 7,
    entries: [{
      ticketId: 7,
      created: "2026-11-24 09:00:00" as HistoryEntry["created"],
      type: "NewTicket",
      name: "%%7%%Raw%%3%%1",
      createdBy: 2
    }]
  }]
  const session = { userLogin: "agent1", userId: 2, data: {} }

  it.effect("names a user id the history does not by the session's agent, when it is that agent", () => {
    const stub = historyClient(history, session)
    return Effect.gen(function*() {
      expect((yield* getTicketHistory({ ticket_id: 7 })).entries[0]?.by).toBe("agent1")
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("keeps the user id where OTRS cannot tell its login", () => {
    const stub = stubClient({
      ticketHistoryGet: () => Effect.succeed(history),
      sessionGet: denied("SessionGet"),
      ticketSearch: () => denied("TicketSearch")
    })
    return Effect.gen(function*() {
      expect((yield* getTicketHistory({ ticket_id: 7 })).entries[0]?.by).toBe("user 2")
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("config item handlers", () => {
  it.effect("search fetches one page in one batched get, in the search's order", () => {
    const stub = stubClient({
      configItemSearch: () => Effect.succeed([2, 1]),
      configItemGet: () => Effect.succeed([laptop, server])
    })
    return Effect.gen(function*() {
      const output = yield* searchConfigItems({ name: "*", limit: 2 })
      expect(output.class).toBe("Computer")
      expect(output.items.map((item) => item.id)).toEqual([2, 1])
      expect(stub.calls).toEqual([
        {
          method: "configItemSearch",
          // newest first, as the output says: ITSM's own order is oldest first
          args: [{ Class: "Computer", Name: "*", OrderBy: ["ConfigItemID"], OrderByDirection: ["Down"] }]
        },
        { method: "configItemGet", args: [[2, 1]] }
      ])
      expect(renderConfigItemSearch(output)).toBe(
        "2 config items of class Computer match:\n" +
          "1022000002 (config_item_id 2) \"srv-db-01\" (Production, Operational)\n" +
          "1022000001 (config_item_id 1) \"ws-floor3-001\" (Production, Operational)"
      )
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("search beyond the last match makes no get call", () => {
    const stub = stubClient({ configItemSearch: () => Effect.succeed([2, 1]) })
    return Effect.gen(function*() {
      const output = yield* searchConfigItems({ class: "Computer", offset: 5 })
      expect(output).toEqual({ class: "Computer", total: 2, items: [] })
      expect(stub.calls.map((call) => call.method)).toEqual(["configItemSearch"])
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("a denied search says the agent lacks CMDB permission", () => {
    const stub = stubClient({ configItemSearch: () => denied("ConfigItemSearch") })
    return Effect.gen(function*() {
      const error = yield* Effect.flip(searchConfigItems({}))
      expect(error._tag).toBe("CmdbAccessDenied")
      expect(error.message).toContain("the agent may not read config items")
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("a refused name is told by argument, with the stock name it differs from in case alone", () => {
    const refused = (key: string) =>
      Effect.fail(
        new OtrsInvalidParameter({
          operation: "ConfigItemSearch",
          kind: "InvalidParameter",
          otrsMessage: `ConfigItemSearch: ConfigItem->${key} parameter is invalid!`
        })
      )
    const stub = stubClient({ configItemSearch: (request) => refused(request.DeplStates === undefined ? "Class" : "DeplStates") })
    return Effect.gen(function*() {
      const byClass = yield* Effect.flip(searchConfigItems({ class: "computer" }))
      expect(byClass).toMatchObject({ _tag: "ToolInputError", field: "class" })
      expect(byClass.message).toContain("names are case-sensitive: did you mean \"Computer\"?")
      const byState = yield* Effect.flip(searchConfigItems({ deployment_states: ["Pilot", "production"] }))
      expect(byState).toMatchObject({ _tag: "ToolInputError", field: "deployment_states" })
      expect(byState.message).toContain("OTRS does not know \"production\" (")
      expect(byState.message).toContain("did you mean \"Production\" for \"production\"?")
      const stock = yield* Effect.flip(searchConfigItems({ class: "Network" }))
      expect(stock.message).not.toContain("did you mean")
      expect(stock.message).toContain("a stock ITSM name that this installation has renamed or removed")
    }).pipe(Effect.provide(stub.layer))
  })

  it.effect("a denied get names the item and the permission", () => {
    const stub = stubClient({ configItemGet: () => denied("ConfigItemGet") })
    return Effect.gen(function*() {
      const error = yield* Effect.flip(getConfigItem({ config_item_id: 1 }))
      expect(error.message).toContain("config item 1 does not exist, or the agent may not read config items")
      expect(stub.calls).toEqual([{ method: "configItemGet", args: [[1], { attachments: true }] }])
    }).pipe(Effect.provide(stub.layer))
  })
})

describe("create_session handler", () => {
  it.effect("reports who is logged in, never the session id", () => {
    const stub = stubClient({
      sessionCreate: Effect.succeed({
        userLogin: "agent1",
        userId: 2,
        fullName: "Agent One",
        email: "agent1@test.local",
        data: { SessionID: "secret" }
      })
    })
    return Effect.gen(function*() {
      const output = yield* createSession()
      expect(output).toEqual({
        login: "agent1",
        full_name: "Agent One",
        user_id: 2,
        email: "agent1@test.local",
        session_valid: true
      })
      expect(renderSession(output)).toBe(
        "Logged in to OTRS as agent1 (Agent One, user id 2, agent1@test.local); the session is valid."
      )
    }).pipe(Effect.provide(stub.layer))
  })
})
