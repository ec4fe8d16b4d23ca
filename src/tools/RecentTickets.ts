import { Clock, Context, Effect, Layer, Option, Ref } from "effect"
import type { Ticket } from "../schemas/Domain.js"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsError } from "../services/OtrsErrors.js"

/** How many tickets are looked at: one TicketSearch and one TicketGet without articles. */
export const SAMPLE_SIZE = 50

/**
 * How long a sample serves. Fetching one costs OTRS a TicketGet of 50 tickets, and an owner searched by login needs
 * one each time; the names and agents in use change far more slowly than an agent's calls follow each other.
 */
const SAMPLE_TTL_MS = 60_000

export interface RecentTicketsShape {
  /** The most recently changed tickets, fetched at most once a minute; a failed fetch is not kept. */
  readonly sample: Effect.Effect<ReadonlyArray<Ticket>, OtrsError>
}

/** The tickets where the names and agents in use are read (see namesInUse, agentsInUse, otrs://names). */
export class RecentTickets extends Context.Tag("otrs-mcp/RecentTickets")<RecentTickets, RecentTicketsShape>() {
  static readonly layer: Layer.Layer<RecentTickets, never, OtrsClient> = Layer.effect(
    RecentTickets,
    Effect.gen(function*() {
      const client = yield* OtrsClient
      const fetched = Effect.gen(function*() {
        const [first, ...rest] = yield* client.ticketSearch({ SortBy: "Changed", OrderBy: "Down", Limit: SAMPLE_SIZE })
        return first === undefined ? [] : yield* client.ticketGet({ ticketIds: [first, ...rest] })
      })
      const last = yield* Ref.make(Option.none<{ readonly at: number; readonly tickets: ReadonlyArray<Ticket> }>())
      const sample = Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const kept = yield* Ref.get(last)
        if (Option.isSome(kept) && now - kept.value.at < SAMPLE_TTL_MS) return kept.value.tickets
        const tickets = yield* fetched
        yield* Ref.set(last, Option.some({ at: now, tickets }))
        return tickets
      })
      return { sample }
    })
  )
}

export const recentlyChangedTickets: Effect.Effect<ReadonlyArray<Ticket>, OtrsError, RecentTickets> = Effect.flatMap(
  RecentTickets,
  (recent) => recent.sample
)
