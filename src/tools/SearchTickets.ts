import { Effect } from "effect"
import * as Tool from "../mcp/Tool.js"
import type { Ticket } from "../schemas/Domain.js"
import { definedFields } from "../schemas/Primitives.js"
import { OtrsClient } from "../services/OtrsClient.js"
import {
  DEFAULT_SEARCH_LIMIT,
  SEARCH_COUNT_CAP,
  SearchTicketsInput,
  toTicketSearchRequest,
  usesCustomerEmail,
  usesExactNames
} from "./format/ticketSearch.js"
import {
  CUSTOMER_EMAIL_HINT,
  EXACT_NAMES_HINT,
  inSearchOrder,
  renderTicketSearchResult,
  type TicketSearchResult,
  TicketSearchResult as TicketSearchResultSchema,
  toTicketSummary
} from "./format/ticketSummary.js"
import { ownerId } from "./loggedInAgent.js"
import { type NamedField, nameHint, namesInUse, SAMPLE_SIZE } from "./namesInUse.js"
import { ToolInputError } from "./ToolInputError.js"

/**
 * OTRS ignores a condition on a dynamic field it does not know (a misspelt or wrongly cased name) and matches as if it
 * were not there. A condition it applies matches only tickets where the field is set, so a page on which no ticket
 * has the field set means the condition was ignored.
 */
const ignoredDynamicField = (
  filters: SearchTicketsInput["dynamic_fields"],
  tickets: ReadonlyArray<Ticket>
): ToolInputError | undefined => {
  if (filters === undefined || tickets.length === 0) return undefined
  const ignored = filters.find((filter) =>
    // only a non-empty value rules out unset fields
    Object.entries(filter).some(([key, value]) => key !== "name" && value !== "") &&
    !tickets.some((ticket) => ticket.dynamicFields !== undefined && filter.name in ticket.dynamicFields)
  )
  if (ignored === undefined) return undefined
  const seen = [...new Set(tickets.flatMap((ticket) => Object.keys(ticket.dynamicFields ?? {})))].sort()
  return new ToolInputError({
    field: "dynamic_fields",
    problem: `OTRS ignored the condition on "${ignored.name}" and matched as if it were not there: no ticket ` +
      `dynamic field has that name (names are case-sensitive). ` +
      (seen.length === 0
        ? "get_ticket lists a ticket's dynamic fields."
        : `Fields set on the tickets it matched: ${seen.join(", ")}.`)
  })
}

const namedFields: ReadonlyArray<NamedField> = ["queue", "state", "priority", "ticket_type"]

/**
 * Given names that no recently changed ticket has, with what they likely stand for (OTRS matches nothing for a name
 * it does not know); EXACT_NAMES_HINT when the names in use cannot be told, nothing when every name is in use.
 */
const unknownNamesHint = (input: SearchTicketsInput) =>
  Effect.map(namesInUse, (inUse) => {
    if (inUse("queue").length === 0) return EXACT_NAMES_HINT
    const hints = namedFields.flatMap((field) => {
      const given = input[field]
      return (given === undefined ? [] : typeof given === "string" ? [given] : given).flatMap((name) => {
        const hint = nameHint(field, name, inUse(field))
        return hint === undefined
          ? []
          : [`${field} ${JSON.stringify(name)} is on none of the ${SAMPLE_SIZE} most recently changed tickets: ${hint}`]
      })
    })
    return hints.length === 0 ? undefined : hints.join(" ")
  })

/** What may have made a search find nothing, when the input shows it. */
const noMatchHint = (input: SearchTicketsInput) =>
  Effect.map(
    usesExactNames(input) ? unknownNamesHint(input) : Effect.succeed(undefined),
    (namesHint): string | undefined => {
      const hints = [namesHint, usesCustomerEmail(input) ? CUSTOMER_EMAIL_HINT : undefined]
        .filter((hint) => hint !== undefined)
      return hints.length === 0 ? undefined : hints.join(" ")
    }
  )

/** One TicketSearch (ids, counted up to SEARCH_COUNT_CAP) and one TicketGet for the page's tickets. */
export const searchTickets = (input: SearchTicketsInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const ids = yield* client.ticketSearch(toTicketSearchRequest(input, yield* ownerId(input.owner)))
    const offset = input.offset ?? 0
    const end = offset + (input.limit ?? DEFAULT_SEARCH_LIMIT)
    const [first, ...rest] = ids.slice(offset, end)
    const tickets = first === undefined ? [] : yield* client.ticketGet({
      ticketIds: [first, ...rest],
      ...(input.dynamic_fields === undefined ? {} : { dynamicFields: true })
    })
    const ignored = ignoredDynamicField(input.dynamic_fields, tickets)
    if (ignored !== undefined) return yield* ignored
    return definedFields<TicketSearchResult>({
      total: ids.length,
      total_capped: ids.length >= SEARCH_COUNT_CAP ? true : undefined,
      offset: offset > 0 ? offset : undefined,
      tickets: inSearchOrder(ids.slice(offset, end), tickets).map(toTicketSummary),
      next_offset: end < ids.length ? end : undefined,
      hint: ids.length === 0 ? yield* noMatchHint(input) : undefined
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
