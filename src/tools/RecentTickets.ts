import { Context, Effect, Layer } from "effect"
import type { Ticket } from "../schemas/Domain.js"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsError } from "../services/OtrsErrors.js"

/** How many tickets are looked at: one TicketSearch and one TicketGet without articles. */
export const SAMPLE_SIZE = 50

/**
 * How long a sample serves. Fetching one costs OTRS a TicketGet of 50 tickets, and an owner searched by login needs
 * one each time; the names and agents in use change far more slowly than an agent's calls follow each other.
 */
const SAMPLE_TTL = "1 minute"

export interface RecentTicketsShape {
  /**
   * The most recently changed tickets, fetched at most once a minute; calls that come while a fetch is under way
   * share it (an agent often starts several at once), and a failed fetch is not kept.
   */
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
      const [cached, invalidate] = yield* Effect.cachedInvalidateWithTTL(fetched, SAMPLE_TTL)
      const sample = Effect.tapError(cached, () => invalidate)
      return { sample }
    })
  )
}

export const recentlyChangedTickets: Effect.Effect<ReadonlyArray<Ticket>, OtrsError, RecentTickets> = Effect.flatMap(
  RecentTickets,
  (recent) => recent.sample
)
