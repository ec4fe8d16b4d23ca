import { Effect } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"

/** How many tickets are looked at: one TicketSearch and one TicketGet without articles. */
export const SAMPLE_SIZE = 50

/** The most recently changed tickets, where the names and agents in use are read (see namesInUse, agentsInUse). */
export const recentlyChangedTickets = Effect.gen(function*() {
  const client = yield* OtrsClient
  const [first, ...rest] = yield* client.ticketSearch({ SortBy: "Changed", OrderBy: "Down", Limit: SAMPLE_SIZE })
  return first === undefined ? [] : yield* client.ticketGet({ ticketIds: [first, ...rest] })
})
