import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import type { Ticket } from "../../src/schemas/Domain.js"
import type { TicketGetRequest } from "../../src/schemas/Requests.js"
import { TicketGetResponse } from "../../src/schemas/Ticket.js"
import { OtrsClient, type OtrsClientShape } from "../../src/services/OtrsClient.js"
import { OtrsInvalidParameter, OtrsTransportError } from "../../src/services/OtrsErrors.js"
import { explainRefusedDynamicField, listNames } from "../../src/tools/dynamicFieldNames.js"
import { searchTickets } from "../../src/tools/SearchTickets.js"
import { responseOf } from "../support/fixtures.js"
import { RecentTickets } from "../../src/tools/RecentTickets.js"

/** Ticket 56 (vpn) has ExternalRef and Impact set; ticket 58 (printer) neither. */
const tickets: ReadonlyArray<Ticket> = ["vpn", "printer"].flatMap((name) =>
  Schema.decodeUnknownSync(TicketGetResponse)(responseOf(`ticket-get.thread-${name}.full.json`))
)

const refusal = (message: string) =>
  new OtrsInvalidParameter({ operation: "TicketUpdate", kind: "InvalidParameter", otrsMessage: message })

const nameRefused = refusal("TicketUpdate: DynamicField->Name parameter is invalid!")

/** OTRS whose searches find ticket 58 (the most recently changed one too); `ticketGet` fails when told to. */
const stub = (options: { readonly ticketGetFails?: boolean } = {}) => {
  const gets: Array<TicketGetRequest> = []
  const unused = Effect.die("not expected in this test")
  const client: OtrsClientShape = {
    sessionCreate: unused,
    sessionGet: unused,
    ticketCreate: () => unused,
    ticketGet: (request) => {
      gets.push(request)
      return options.ticketGetFails === true
        ? Effect.fail(new OtrsTransportError({ operation: "TicketGet", url: "http://otrs.test", problem: "Refused", detail: "" }))
        : Effect.succeed(tickets.filter((ticket) => request.ticketIds.includes(ticket.id)))
    },
    ticketSearch: () => Effect.succeed([58]),
    ticketUpdate: () => unused,
    ticketHistoryGet: () => unused,
    configItemGet: () => unused,
    configItemSearch: () => unused
  }
  return { gets, layer: RecentTickets.layer.pipe(Layer.provideMerge(Layer.succeed(OtrsClient, client))) }
}

describe("dynamic field names OTRS refused in a write", () => {
  it.effect("are named, with what each likely stands for and every ticket field, set or not, of the ticket", () => {
    const { gets, layer } = stub()
    return Effect.gen(function*() {
      const error = yield* Effect.flip(explainRefusedDynamicField(["impact", "Impact", "Foo"], 58)(nameRefused))
      expect(error.message).toBe(
        "dynamic_fields: OTRS has no ticket dynamic field \"impact\" (did you mean \"Impact\"?), \"Foo\" " +
          "(TicketUpdate: DynamicField->Name parameter is invalid!); names are case-sensitive. OTRS's ticket dynamic " +
          "fields: Components, DueDate, ExternalRef, Impact, ITSMCriticality, ITSMImpact, " +
          "ProcessManagementActivityID, ProcessManagementProcessID."
      )
      expect(gets).toEqual([{ ticketIds: [58], dynamicFields: true }])
    }).pipe(Effect.provide(layer))
  })

  it.effect("stay OTRS's refusal when it is not about a name, when every name exists, or when OTRS cannot tell", () =>
    Effect.gen(function*() {
      const valueRefused = refusal("TicketUpdate: DynamicField->Value parameter is invalid!")
      expect(yield* Effect.flip(explainRefusedDynamicField(["Impact"])(valueRefused))).toBe(valueRefused)
      expect(yield* Effect.flip(explainRefusedDynamicField(["Impact"])(nameRefused))).toBe(nameRefused)
      expect(
        yield* Effect.flip(explainRefusedDynamicField(["Foo"])(nameRefused).pipe(Effect.provide(stub({ ticketGetFails: true }).layer)))
      ).toBe(nameRefused)
    }).pipe(Effect.provide(stub().layer)))

  it.effect("given by the thousand, are named up to 40, with a count of the others", () =>
    Effect.gen(function*() {
      const given = Array.from({ length: 5_000 }, (_, i) => `Unknown${i}`)
      const error = yield* Effect.flip(explainRefusedDynamicField(given, 58)(nameRefused))
      expect(error.message).toContain("\"Unknown39\" and 4960 more (TicketUpdate: DynamicField->Name")
      expect(error.message).not.toContain("Unknown40")
    }).pipe(Effect.provide(stub().layer)))

  it("are listed up to 40, with a count of the others", () => {
    const names = Array.from({ length: 45 }, (_, i) => `Field${String(i).padStart(2, "0")}`)
    expect(listNames(names)).toMatch(/^OTRS's ticket dynamic fields: Field00, .*, Field39 and 5 more\.$/)
  })
})

describe("a search condition on a dynamic field OTRS ignored", () => {
  it.effect("is refused for a ticket field's name in another case, though no ticket found has that field set", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(searchTickets({ dynamic_fields: [{ name: "impact", equals: "high" }] }))
      expect(error.message).toContain("dynamic field names are case-sensitive: did you mean \"Impact\"?")
    }).pipe(Effect.provide(stub().layer)))

  it.effect("gets a warning with the likely name and OTRS's ticket fields: it may be an article field", () =>
    Effect.gen(function*() {
      const result = yield* searchTickets({ dynamic_fields: [{ name: "Impct", equals: "high" }] })
      expect(result.hint).toContain("matched as if the condition were not there: did you mean \"Impact\"? OTRS's ticket")
    }).pipe(Effect.provide(stub().layer)))
})
