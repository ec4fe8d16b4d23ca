import { Effect } from "effect"
import * as Tool from "../mcp/Tool.js"
import { definedFields } from "../schemas/Primitives.js"
import { OtrsClient } from "../services/OtrsClient.js"
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_COUNT_CAP,
  SearchTicketsInput,
  toTicketSearchRequest,
  usesExactNames
} from "./format/ticketSearch.js"
import {
  EXACT_NAMES_HINT,
  inSearchOrder,
  renderTicketSearchResult,
  type TicketSearchResult,
  TicketSearchResult as TicketSearchResultSchema,
  toTicketSummary
} from "./format/ticketSummary.js"
import { ToolInputError } from "./ToolInputError.js"

/** "me" is the agent otrs-mcp is logged in as; OTRS knows owners in searches by user id only. */
const ownerId = (owner: SearchTicketsInput["owner"]) =>
  Effect.gen(function*() {
    if (owner !== "me") return owner
    const session = yield* (yield* OtrsClient).sessionGet
    if (session.userId === undefined) {
      return yield* new ToolInputError({
        field: "owner",
        problem: "OTRS did not tell the logged-in agent's user id; give the numeric user id instead of \"me\""
      })
    }
    return session.userId
  })

/** One TicketSearch (ids, counted up to SEARCH_COUNT_CAP) and one TicketGet for the page's tickets. */
export const searchTickets = (input: SearchTicketsInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const ids = yield* client.ticketSearch(toTicketSearchRequest(input, yield* ownerId(input.owner)))
    const offset = input.offset ?? 0
    const end = offset + (input.limit ?? DEFAULT_SEARCH_LIMIT)
    const [first, ...rest] = ids.slice(offset, end)
    const tickets = first === undefined ? [] : yield* client.ticketGet({ ticketIds: [first, ...rest] })
    return definedFields<TicketSearchResult>({
      total: ids.length,
      total_capped: ids.length >= SEARCH_COUNT_CAP ? true : undefined,
      offset: offset > 0 ? offset : undefined,
      tickets: inSearchOrder(ids.slice(offset, end), tickets).map(toTicketSummary),
      next_offset: end < ids.length ? end : undefined,
      hint: ids.length === 0 && usesExactNames(input) ? EXACT_NAMES_HINT : undefined
    })
  })

export const SearchTicketsTool = Tool.make({
  name: "search_tickets",
  title: "Search tickets",
  description: "Find the tickets matching all given filters: the match count and a page of summaries, newest " +
    "first; next page with offset. Queue, state, priority and type names must be exact (an unknown one finds " +
    "nothing). Times are OTRS server time.",
  input: SearchTicketsInput,
  output: TicketSearchResultSchema,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  writes: false,
  handler: searchTickets,
  render: renderTicketSearchResult
})
