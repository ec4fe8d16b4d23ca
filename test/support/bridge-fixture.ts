/**
 * A server entry with test tools, to exercise the MCP bridge end to end before (and apart from) the real tools.
 * Launched like src/Main.ts; tests bundle it with `bundleEntry("test/support/bridge-fixture.ts")` and run it with
 * `startServer({ entry })`. Every handler logs to stderr so tests can see what ran.
 */
import { Context, Effect, Layer, Schema } from "effect"
import { launch } from "../../src/mcp/Launch.js"
import { serve } from "../../src/mcp/McpServer.js"
import * as Resource from "../../src/mcp/Resource.js"
import * as Tool from "../../src/mcp/Tool.js"
import { ToolPolicy } from "../../src/mcp/ToolPolicy.js"

/** Stands in for what real tools need (the OTRS client): provided by a scoped layer whose release is logged. */
class Desk extends Context.Tag("fixture/Desk")<Desk, { readonly name: string }>() {
  static readonly layer = Layer.scoped(
    Desk,
    Effect.acquireRelease(
      Effect.as(Effect.logInfo("fixture layer acquired"), { name: "Fixture Desk" }),
      () => Effect.logInfo("fixture layer released")
    )
  )
}

class TicketMissing extends Schema.TaggedError<TicketMissing>()("TicketMissing", { ticket_id: Schema.Number }) {
  override get message() {
    return `ticket ${this.ticket_id} does not exist. Check the id with a search first.`
  }
}

const readOnly = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }

const Level = Schema.Literal("low", "high")

const echoTicket = Tool.make({
  name: "echo_ticket",
  title: "Echo a ticket",
  description: "Answers with the arguments it was given.",
  input: Schema.Struct({
    ticket_id: Schema.Int.pipe(Schema.positive()).annotations({ description: "The ticket's id (not its number)." }),
    note: Schema.optional(Schema.NonEmptyString.annotations({ description: "A note to echo." })),
    tags: Schema.optional(Schema.Array(Schema.Literal("a", "b"))),
    nested: Schema.optional(Schema.Struct({ level: Level.annotations({ description: "How urgent." }) }))
  }),
  output: Schema.Struct({
    ticket_id: Schema.Number.annotations({ description: "The ticket's id." }),
    desk: Schema.String,
    // Effect's JSON Schema drops annotations on a refinement of a transformation (Schema.Date is one):
    // annotate the property signature instead.
    created: Schema.propertySignature(Schema.Date).annotations({ description: "When, as an ISO 8601 string." }),
    note: Schema.optional(Schema.String)
  }),
  annotations: readOnly,
  writes: false,
  handler: (input) =>
    Effect.map(Desk, (desk) => ({
      ticket_id: input.ticket_id,
      desk: desk.name,
      created: new Date("2026-01-02T03:04:05.000Z"),
      ...(input.note === undefined ? {} : { note: input.note })
    })),
  render: (output) => `Ticket ${output.ticket_id} at ${output.desk}${output.note === undefined ? "" : `: ${output.note}`}`
})

const failTagged = Tool.make({
  name: "fail_tagged",
  title: "Fail with a tagged error",
  description: "Always fails with TicketMissing.",
  input: Schema.Struct({ ticket_id: Schema.Number }),
  output: Schema.Struct({}),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  writes: true,
  handler: (input) => Effect.fail(new TicketMissing({ ticket_id: input.ticket_id })),
  render: () => "never"
})

const die = Tool.make({
  name: "die",
  title: "Die",
  description: "Always dies (a defect).",
  input: Schema.Struct({}),
  output: Schema.Struct({}),
  annotations: readOnly,
  writes: false,
  handler: () => Effect.die(new Error("fixture defect: the unexpected happened")),
  render: () => "never"
})

const slow = Tool.make({
  name: "slow",
  title: "Slow",
  description: "Never finishes; logs when it starts and when it is interrupted.",
  input: Schema.Struct({}),
  output: Schema.Struct({}),
  annotations: readOnly,
  writes: false,
  handler: () =>
    Effect.logInfo("slow tool started").pipe(
      Effect.zipRight(Effect.never),
      Effect.onInterrupt(() => Effect.logInfo("slow tool interrupted"))
    ),
  render: () => "never"
})

const ticketResource = Resource.make({
  name: "fixture_ticket",
  tool: "echo_ticket",
  uriTemplate: "fixture://ticket/{ticket_id}",
  title: "A fixture ticket",
  description: "JSON for one ticket; ticket 404 does not exist.",
  params: Schema.Struct({ ticket_id: Schema.NumberFromString.pipe(Schema.int(), Schema.positive()) }),
  handler: (params) =>
    params.ticket_id === 404
      ? Effect.fail(new TicketMissing({ ticket_id: 404 }))
      : Effect.map(Desk, (desk) => ({ ticket_id: params.ticket_id, desk: desk.name }))
})

const aboutResource = Resource.fixed({
  name: "fixture_about",
  tool: "echo_ticket",
  uri: "fixture://about",
  title: "About the fixture",
  description: "A fixed resource.",
  handler: Effect.succeed({ fixture: true })
})

launch(
  serve({ tools: [echoTicket, failTagged, die, slow], resources: [ticketResource, aboutResource] }, Desk.layer).pipe(
    Effect.provideServiceEffect(ToolPolicy, ToolPolicy.config)
  )
)
