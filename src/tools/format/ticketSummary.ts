import { Schema } from "effect"
import type { Ticket } from "../../schemas/Domain.js"
import { definedFields } from "../../schemas/Primitives.js"
import { inline } from "./inline.js"

/** One line's worth of a ticket, for search results: enough to pick the ticket to read with get_ticket. */
export const TicketSummary = Schema.Struct({
  ticket_id: Schema.Number,
  ticket_number: Schema.String,
  title: Schema.String,
  state: Schema.String,
  queue: Schema.String,
  priority: Schema.String,
  owner: Schema.String.annotations({ description: "Agent login." }),
  // OTRS searches owners by user id only, and nothing else tells an agent's id
  owner_id: Schema.Number.annotations({ description: "For search_tickets' owner." }),
  locked: Schema.optional(Schema.Literal(true).annotations({ description: "Present only when the ticket is locked." })),
  customer_user: Schema.optional(Schema.String),
  created: Schema.String.annotations({ description: "\"YYYY-MM-DD HH:MM:SS\", OTRS server time." }),
  changed: Schema.String,
  pending_until: Schema.optional(Schema.String.annotations({
    description: "While pending: when the reminder or automatic state change is due (ISO 8601, UTC)."
  }))
})
export type TicketSummary = typeof TicketSummary.Type

export const toTicketSummary = (ticket: Ticket): TicketSummary =>
  definedFields<TicketSummary>({
    ticket_id: ticket.id,
    ticket_number: ticket.number,
    title: ticket.title,
    state: ticket.state,
    queue: ticket.queue,
    priority: ticket.priority,
    owner: ticket.owner,
    owner_id: ticket.ids.owner,
    locked: ticket.lock === "unlock" ? undefined : true,
    customer_user: ticket.customerUser,
    created: ticket.created,
    changed: ticket.changed,
    pending_until: ticket.pendingUntil === undefined ? undefined : toTheMinute(ticket.pendingUntil)
  })

/**
 * "2026-12-03T09:00:27Z" as "2026-12-03T09:00:00Z": OTRS takes and shows pending times to the minute; seconds come
 * only from the clock a relative pending time was added to (see toPendingTime).
 */
const toTheMinute = (iso: string): string => iso.replace(/:\d{2}Z$/, ":00Z")

/** Tickets in the order of `ids` (OTRS's search order); TicketGet does not promise to keep it. */
export const inSearchOrder = (ids: ReadonlyArray<number>, tickets: ReadonlyArray<Ticket>): Array<Ticket> => {
  const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]))
  return ids.flatMap((id) => {
    const ticket = byId.get(id)
    return ticket === undefined ? [] : [ticket]
  })
}

export const TicketSearchResult = Schema.Struct({
  total: Schema.Number.annotations({ description: "How many tickets match." }),
  total_capped: Schema.optional(Schema.Literal(true).annotations({
    description: "Present when OTRS stopped counting at this many: there are at least `total` matches."
  })),
  offset: Schema.optional(Schema.Number.annotations({ description: "Matches skipped, when not 0." })),
  tickets: Schema.Array(TicketSummary),
  next_offset: Schema.optional(Schema.Number.annotations({
    description: "Present when more matches follow: pass it as offset to get the next page."
  })),
  hint: Schema.optional(Schema.String.annotations({ description: "Why the search may have found nothing, or not all." }))
})
export type TicketSearchResult = typeof TicketSearchResult.Type

export const EXACT_NAMES_HINT = "Queue, state, priority and type names must match OTRS exactly (e.g. priority " +
  "\"3 normal\", state \"closed successful\"); a name OTRS does not know matches nothing."

export const CUSTOMER_EMAIL_HINT = "customer_user matches the customer's login exactly, an e-mail address only where " +
  "OTRS stored one; full_text with the address finds the tickets whose articles came from or went to it."

const renderSummary = (ticket: TicketSummary): string =>
  [
    `${ticket.ticket_number} (ticket_id ${ticket.ticket_id}) ${inline(ticket.title)}`,
    [
      ticket.state,
      ticket.pending_until === undefined ? undefined : `until ${ticket.pending_until}`,
      ticket.queue,
      ticket.priority,
      `owner ${ticket.owner} (owner_id ${ticket.owner_id})`,
      ticket.locked === undefined ? undefined : "locked",
      ticket.customer_user === undefined ? undefined : `customer ${inline(ticket.customer_user)}`,
      `created ${ticket.created}`,
      `changed ${ticket.changed}`
    ].filter((part) => part !== undefined).join(" | ")
  ].join("\n  ")

export const renderTicketSearchResult = (result: TicketSearchResult): string => {
  const count = `${result.total}${result.total_capped === undefined ? "" : "+"}`
  const match = `${count} ${count === "1" ? "ticket matches" : "tickets match"}`
  if (result.tickets.length === 0) {
    const none = result.total === 0 ? "No tickets match." : `${match}; none after offset ${result.offset ?? 0}.`
    return result.hint === undefined ? none : `${none} ${result.hint}`
  }
  const first = (result.offset ?? 0) + 1
  const range = result.tickets.length === result.total
    ? `${match}:`
    : `${match}; ${first}-${first + result.tickets.length - 1}:`
  const more = result.next_offset === undefined ? [] : [`More: search_tickets with offset ${result.next_offset}.`]
  const hint = result.hint === undefined ? [] : [result.hint]
  return [range, ...result.tickets.map(renderSummary), ...more, ...hint].join("\n")
}
