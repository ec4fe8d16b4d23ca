import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import type { Ticket } from "../../src/schemas/Domain.js"
import type { TicketSearchRequest } from "../../src/schemas/Requests.js"
import { TicketGetResponse } from "../../src/schemas/Ticket.js"
import { OtrsClient, type OtrsClientShape } from "../../src/services/OtrsClient.js"
import { OtrsInvalidParameter, OtrsTransportError } from "../../src/services/OtrsErrors.js"
import { UpdateTicketInput } from "../../src/tools/format/ticketInput.js"
import { agentsOnTickets } from "../../src/tools/agentsInUse.js"
import { explainRefusedName, nameHint } from "../../src/tools/namesInUse.js"
import { RecentTickets, SAMPLE_SIZE } from "../../src/tools/RecentTickets.js"
import { searchTickets } from "../../src/tools/SearchTickets.js"
import { updateTicket } from "../../src/tools/UpdateTicket.js"
import { responseOf } from "../support/fixtures.js"

const tickets: ReadonlyArray<Ticket> = ["vpn", "invoice", "printer"].flatMap((name) =>
  Schema.decodeUnknownSync(TicketGetResponse)(responseOf(`ticket-get.thread-${name}.full.json`))
)

/** OTRS refusing a write for a parameter, as its message names it (the operation is the message's first word). */
const refused = (otrsMessage: string) =>
  new OtrsInvalidParameter({ operation: otrsMessage.split(":")[0]!, kind: "InvalidParameter", otrsMessage })

const isSample = (request: TicketSearchRequest) => request.Limit === SAMPLE_SIZE && request.SortBy === "Changed"

/** OTRS whose searches find nothing but the sample of recent tickets, and which refuses every update. */
const stub = (sample: Effect.Effect<ReadonlyArray<number>, OtrsTransportError> = Effect.succeed([56, 57, 58])) => {
  const unused = Effect.die("not expected in this test")
  const client: OtrsClientShape = {
    sessionCreate: unused,
    sessionGet: unused,
    ticketCreate: () => unused,
    ticketGet: ({ ticketIds }) => Effect.succeed(tickets.filter((ticket) => ticketIds.includes(ticket.id))),
    ticketSearch: (request) => isSample(request) ? sample : Effect.succeed([]),
    ticketUpdate: () => Effect.fail(refused("TicketUpdate: Ticket->QueueID or Ticket->Queue parameter is invalid!")),
    ticketHistoryGet: () => unused,
    configItemGet: () => unused,
    configItemSearch: () => unused
  }
  return RecentTickets.layer.pipe(Layer.provideMerge(Layer.succeed(OtrsClient, client)))
}

describe("names in use", () => {
  it("point a name at the one OTRS uses", () => {
    const priorities = ["3 normal", "4 high"]
    expect(nameHint("priority", "4 HIGH", priorities)?.text).toBe(
      "priority names are case-sensitive: did you mean \"4 high\"?"
    )
    expect(nameHint("priority", "high", priorities)).toEqual({ likely: true, text: "did you mean \"4 high\"?" })
    expect(nameHint("state", "Pending close", ["pending auto close+", "pending reminder"])?.text).toBe(
      "did you mean \"pending auto close+\"?"
    )
    // a priority's number, as agents say "a 4"
    expect(nameHint("priority", "4", priorities)).toEqual({ likely: true, text: "did you mean \"4 high\"?" })
    expect(nameHint("state", "closed", ["closed successful", "closed unsuccessful", "open"])?.text).toBe(
      "did you mean \"closed successful\" or \"closed unsuccessful\"?"
    )
    // the names seen are a sample: OTRS may know the name
    expect(nameHint("queue", "Sales", ["Misc", "Raw"])).toEqual({
      likely: false,
      text: `queue names on the ${SAMPLE_SIZE} most recently changed tickets (OTRS may know others): Misc, Raw`
    })
    // a letter is in many names, but not as a word of its own
    expect(nameHint("queue", "a", ["Misc", "Raw"])?.likely).toBe(false)
    expect(nameHint("queue", "1", ["Misc", "Level 10"])?.likely).toBe(false)
    expect(nameHint("queue", "Raw", ["Misc", "Raw"])).toBeUndefined()
    expect(nameHint("queue", "raw", [])).toBeUndefined()
    // OTRS takes a login in any case: one that differs in case alone is not what it refused
    expect(nameHint("owner", "Agent1", ["agent1", "agent2"])?.text).not.toContain("case-sensitive")
  })

  it.effect("tell a search that found nothing which given name no recent ticket has", () =>
    Effect.gen(function*() {
      const wrong = yield* searchTickets({ queue: ["misc", "Misc"] })
      expect(wrong.hint).toBe("queue \"misc\" matched nothing: queue names are case-sensitive: did you mean \"Misc\"?")
      // a name no recent ticket has may be right: the hint does not call it wrong
      expect((yield* searchTickets({ queue: "Postmaster" })).hint).toContain(
        "queue \"Postmaster\" matched nothing; if it is not a typo, no ticket has it: queue names on the"
      )
      // names in use: nothing matches for real
      expect((yield* searchTickets({ queue: "Misc", state: "closed successful" })).hint).toBeUndefined()
      // names like none in use share a sentence, which lists the names in use once; a name longer than any is no
      // typo of one
      const many = (yield* searchTickets({ queue: ["x".repeat(1000), "Q2", "Q3", "Q4", "Q5", "Q6"] })).hint ?? ""
      expect(many).toMatch(/^queue "Q2", "Q3", "Q4" and 2 more matched nothing; if they are not typos, no ticket /)
      expect(many.match(/Misc/g)).toHaveLength(1)
      expect(many).not.toContain("xxxxx")
      // a few hints, each a sentence, then a count of the names left out
      const likely = (yield* searchTickets({ queue: ["misc", "MISC", "mIsc", "miSC", "Q9"] })).hint ?? ""
      expect(likely.match(/did you mean/g)).toHaveLength(3)
      expect(likely).toMatch(/And 2 more names that matched nothing\.$/)
    }).pipe(Effect.provide(stub())))

  it.effect("keep the general hint when the names in use cannot be told", () =>
    Effect.gen(function*() {
      const result = yield* searchTickets({ queue: "misc" })
      expect(result.hint).toContain("must match OTRS exactly")
    }).pipe(
      Effect.provide(stub(Effect.fail(new OtrsTransportError({ operation: "TicketSearch", url: "http://otrs.test", problem: "Refused", detail: "" }))))
    ))

  it.effect("tell an update OTRS refused for a name what the name likely is", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 56, queue: "misc" })))
      expect(error.message).toBe(
        "queue: OTRS does not know queue \"misc\" (TicketUpdate: Ticket->QueueID or Ticket->Queue parameter is " +
          "invalid!); queue names are case-sensitive: did you mean \"Misc\"?"
      )
      // a refusal for a field that was not given stays OTRS's own
      const other = yield* Effect.flip(updateTicket(Schema.decodeUnknownSync(UpdateTicketInput)({ ticket_id: 56, title: "x" })))
      expect(other._tag).toBe("OtrsInvalidParameter")
    }).pipe(Effect.provide(stub())))

  it.effect("tell of the other names only those OTRS checks after the refused one", () =>
    Effect.gen(function*() {
      const refusal = (field: string) =>
        refused(`TicketUpdate: Ticket->${field}ID or Ticket->${field} parameter is invalid!`)
      const given = { queue: "misc", state: "close", priority: "high" }
      // OTRS checks the queue first: the state and the priority are still to be checked
      const queue = yield* Effect.flip(explainRefusedName(given)(refusal("Queue")))
      expect(queue.message).toContain("these look wrong too: state \"close\"")
      expect(queue.message).toContain("priority \"high\"")
      // the queue was checked before the state, and taken: only the priority may be wrong
      const state = yield* Effect.flip(explainRefusedName(given)(refusal("State")))
      expect(state.message).not.toContain("queue \"misc\"")
      expect(state.message).toContain("these look wrong too: priority \"high\"")
    }).pipe(Effect.provide(stub())))

  it.effect("tell a write OTRS refused for a customer user on recent tickets that it is likely invalid", () =>
    Effect.gen(function*() {
      const refusal = refused("TicketCreate: Ticket->CustomerUser parameter is invalid!")
      // OTRS looks customer users up regardless of case: the case was not what it refused
      const error = yield* Effect.flip(explainRefusedName({ customer_user: "Customer1", queue: "misc" })(refusal))
      expect(error.message).toBe(
        "customer_user: OTRS refused customer_user \"Customer1\" (TicketCreate: Ticket->CustomerUser parameter is " +
          "invalid!), though \"customer1\" is on recently changed tickets: OTRS takes only valid customer users, and " +
          "this one is likely no longer valid; choose another, or an e-mail address"
      )
      const unknown = yield* Effect.flip(explainRefusedName({ customer_user: "dana", queue: "misc" })(refusal))
      expect(unknown.message).toContain("customer user logins on the 50 most recently changed tickets")
      expect(unknown.message).toContain("these look wrong too: queue \"misc\"")
    }).pipe(Effect.provide(stub())))

  it.effect("tell a write OTRS refused for an agent seen on recent tickets that the agent is likely disabled", () =>
    Effect.gen(function*() {
      const refusal = refused("TicketUpdate: Ticket->OwnerID or Ticket->Owner parameter is invalid!")
      const [seen] = agentsOnTickets(tickets)
      for (const owner of [seen!.userId, seen!.login.toUpperCase()]) {
        const error = yield* Effect.flip(explainRefusedName({ owner })(refusal))
        expect(error.message).toContain(
          `though ${seen!.login} (user id ${seen!.userId}) is on recently changed tickets: OTRS takes only valid ` +
            "agents, and this one is likely no longer valid; choose another agent"
        )
      }
    }).pipe(Effect.provide(stub())))

  it.effect("tell a write OTRS refused for an owner given as a quoted number how to write a user id", () =>
    Effect.gen(function*() {
      const refusal = refused("TicketUpdate: Ticket->OwnerID or Ticket->Owner parameter is invalid!")
      const error = yield* Effect.flip(explainRefusedName({ owner: "3" })(refusal))
      expect(error.message).toMatch(
        /^owner: OTRS does not know owner "3" \(.*\); if 3 is a user id, write it without quotes; agent logins on /
      )
      const login = yield* Effect.flip(explainRefusedName({ owner: "dana" })(refusal))
      expect(login.message).not.toContain("without quotes")
    }).pipe(Effect.provide(stub())))
})
