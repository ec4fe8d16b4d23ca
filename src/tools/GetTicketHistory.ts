import * as Tool from "../mcp/Tool.js"
import { Effect, Schema } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import { agentLogins } from "./agentsInUse.js"
import { compactHistory, HistoryItem, renderHistoryItem } from "./format/history.js"
import { TicketIdInput } from "./format/ticketReference.js"

const DEFAULT_HISTORY_LIMIT = 100

const GetTicketHistoryInput = Schema.Struct({
  ticket_id: TicketIdInput("Not the ticket number."),
  limit: Schema.optional(
    Schema.Int.pipe(Schema.between(1, 500)).annotations({ description: `Default ${DEFAULT_HISTORY_LIMIT}.` })
  ),
  offset: Schema.optional(
    Schema.Int.pipe(Schema.nonNegative()).annotations({ description: "Entries to skip." })
  )
})
type GetTicketHistoryInput = typeof GetTicketHistoryInput.Type

export const TicketHistoryOutput = Schema.Struct({
  ticket_id: Schema.Number,
  total: Schema.Number.annotations({ description: "Entries in the whole (compacted) history." }),
  offset: Schema.optional(Schema.Number.annotations({ description: "Entries skipped, when not 0." })),
  entries: Schema.Array(HistoryItem).annotations({ description: "Oldest first." }),
  next_offset: Schema.optional(Schema.Number.annotations({
    description: "Present when more entries follow: pass it as offset to get them."
  }))
})
export type TicketHistoryOutput = typeof TicketHistoryOutput.Type


/** The handler, shared with the resource otrs://ticket/{ticket_id}/history. */
export const getTicketHistory = (input: GetTicketHistoryInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    // nearly every history names some author by user id only: the logins are asked for alongside
    const [histories, logins] = yield* Effect.all([client.ticketHistoryGet([input.ticket_id]), agentLogins], {
      concurrency: 2
    })
    const all = compactHistory(histories.flatMap((history) => history.entries), logins)
    const offset = input.offset ?? 0
    const end = offset + (input.limit ?? DEFAULT_HISTORY_LIMIT)
    const output: TicketHistoryOutput = {
      ticket_id: input.ticket_id,
      total: all.length,
      ...(offset > 0 ? { offset } : {}),
      entries: all.slice(offset, end),
      ...(end < all.length ? { next_offset: end } : {})
    }
    return output
  })

export const renderTicketHistory = (output: TicketHistoryOutput): string => {
  if (output.entries.length === 0 && output.total > 0) {
    return `Ticket ${output.ticket_id} has ${output.total} history entries; offset ${output.offset ?? 0} is past the ` +
      "end: call get_ticket_history with a smaller offset."
  }
  const first = (output.offset ?? 0) + 1
  const range = output.entries.length === output.total
    ? `${output.total} entries`
    : `entries ${first}-${first + output.entries.length - 1} of ${output.total}`
  const more = output.next_offset === undefined
    ? []
    : [`… ${output.total - output.next_offset} more: call get_ticket_history with offset ${output.next_offset}.`]
  return [`History of ticket ${output.ticket_id}, ${range}, oldest first:`, ...output.entries.map(renderHistoryItem), ...more]
    .join("\n")
}

export const GetTicketHistoryTool = Tool.make({
  name: "get_ticket_history",
  title: "Read a ticket's history",
  description: "A ticket's history, oldest first: what changed (state, queue, owner, priority, lock, dynamic " +
    "fields, articles added), when and by whom; next page with offset.",
  input: GetTicketHistoryInput,
  output: TicketHistoryOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  writes: false,
  handler: getTicketHistory,
  render: renderTicketHistory
})
