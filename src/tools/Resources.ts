import { Effect, Schema } from "effect"
import * as Resource from "../mcp/Resource.js"
import type { Failure } from "../mcp/Tool.js"
import { agentsOnTickets } from "./agentsInUse.js"
import { TicketDetails } from "./format/ticketDetails.js"
import { TicketIdInput } from "./format/ticketReference.js"
import { TicketSearchResult } from "./format/ticketSummary.js"
import { ConfigItemOutput, getConfigItem } from "./GetConfigItem.js"
import { DEFAULT_ARTICLE_LIMIT, getTicket } from "./GetTicket.js"
import { getTicketHistory, TicketHistoryOutput } from "./GetTicketHistory.js"
import { namesOnTickets } from "./namesInUse.js"
import { recentlyChangedTickets, SAMPLE_SIZE } from "./RecentTickets.js"
import { searchTickets } from "./SearchTickets.js"

/**
 * The read tools' results as resources (the same JSON as their structuredContent, with their default paging), and the
 * names in use.
 */

const RECENT_TICKETS = 20

/** An id as a URI writes it; "01", "+1", "1e0" or "0x1" would name the same resource at another address. */
const IdFromUri = (id: Schema.Schema<number>) =>
  Schema.String.pipe(
    // 16 digits at most: longer is no id, nor a number JavaScript reads exactly
    Schema.pattern(/^[1-9]\d{0,15}$/, {
      message: () => "expected an id in digits (16 at most), without signs or leading zeros"
    }),
    Schema.compose(Schema.NumberFromString),
    Schema.compose(id)
  )

/** OTRS answers a missing ticket or config item, and one the agent may not see, alike. */
const isMissing = (error: Failure) => error._tag === "OtrsNotFoundOrDenied" || error._tag === "CmdbAccessDenied"

const encoded = <A, I>(schema: Schema.Schema<A, I>) => (value: A) => Effect.orDie(Schema.encode(schema)(value))

export const TicketResource = Resource.make({
  name: "ticket",
  tool: "get_ticket",
  uriTemplate: "otrs://ticket/{ticket_id}",
  title: "Ticket",
  description: `A ticket with its ${DEFAULT_ARTICLE_LIMIT} newest articles (compacted bodies), as get_ticket returns it.`,
  params: Schema.Struct({ ticket_id: IdFromUri(TicketIdInput("The ticket's id.")) }),
  handler: ({ ticket_id }) => getTicket({ ticket_id }).pipe(Effect.flatMap(encoded(TicketDetails))),
  isMissing
})

const TicketHistoryResource = Resource.make({
  name: "ticket-history",
  tool: "get_ticket_history",
  uriTemplate: "otrs://ticket/{ticket_id}/history",
  title: "Ticket history",
  description: "A ticket's history (state, queue, owner, priority changes and more), as get_ticket_history returns it.",
  params: Schema.Struct({ ticket_id: IdFromUri(TicketIdInput("The ticket's id.")) }),
  handler: ({ ticket_id }) => getTicketHistory({ ticket_id }).pipe(Effect.flatMap(encoded(TicketHistoryOutput))),
  isMissing
})

export const RecentTicketsResource = Resource.fixed({
  name: "recent-tickets",
  tool: "search_tickets",
  uri: "otrs://search/tickets",
  title: "Recent unfinished tickets",
  description: `The ${RECENT_TICKETS} most recently changed tickets that are not closed (new, open or pending), as ` +
    "search_tickets returns them.",
  handler: searchTickets({ state_type: "not_closed", sort_by: "changed", limit: RECENT_TICKETS }).pipe(
    Effect.flatMap(encoded(TicketSearchResult))
  )
})

const ConfigItemResource = Resource.make({
  name: "config-item",
  tool: "get_config_item",
  uriTemplate: "otrs://configitem/{config_item_id}",
  title: "Config item",
  description: "A CMDB config item with its current version's attributes, as get_config_item returns it.",
  params: Schema.Struct({
    config_item_id: IdFromUri(Schema.Int.pipe(Schema.positive()).annotations({ description: "The config item's id." }))
  }),
  handler: ({ config_item_id }) => getConfigItem({ config_item_id }).pipe(Effect.flatMap(encoded(ConfigItemOutput))),
  isMissing
})

/**
 * The GenericInterface lists no queues, states, priorities, types or agents: what the most recently changed tickets
 * use is what there is to show, before a write names one.
 */
const NamesInUseResource = Resource.fixed({
  name: "names-in-use",
  tool: "search_tickets",
  uri: "otrs://names",
  title: "Names in use",
  description: `The queue, state, priority and type names, the customer users and the agents (login and user id) on ` +
    `the ${SAMPLE_SIZE} most recently changed tickets: the names tools take (OTRS may know others).`,
  handler: Effect.map(recentlyChangedTickets, (tickets) => {
    const names = namesOnTickets(tickets)
    return {
      tickets_looked_at: tickets.length,
      queues: names("queue"),
      states: names("state"),
      priorities: names("priority"),
      ticket_types: names("ticket_type"),
      customer_users: names("customer_user"),
      agents: agentsOnTickets(tickets).map((agent) => ({ login: agent.login, user_id: agent.userId }))
    }
  })
})

export const readResources = [
  TicketResource,
  TicketHistoryResource,
  RecentTicketsResource,
  NamesInUseResource,
  ConfigItemResource
] as const
