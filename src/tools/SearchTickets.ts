import { Effect } from "effect"
import { formatActual } from "../mcp/SchemaIssues.js"
import { likelyField } from "../mcp/fieldSuggestion.js"
import * as Tool from "../mcp/Tool.js"
import type { Ticket } from "../schemas/Domain.js"
import { definedFields } from "../schemas/Primitives.js"
import { OtrsClient } from "../services/OtrsClient.js"
import { sentence } from "../shared/text.js"
import { listNames, sameNameInOtherCase } from "./dynamicFieldNames.js"
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
import { agentId } from "./loggedInAgent.js"
import { NAMED_FIELDS, nameHint, namesInUse } from "./namesInUse.js"
import { ToolInputError } from "./ToolInputError.js"

/**
 * OTRS ignores a condition on a dynamic field it does not know (a misspelt or wrongly cased name) and matches as if it
 * were not there. A condition it applies matches only tickets where the field is set, so a page on which no ticket
 * has the field set means the condition was ignored, unless the field is an article's: TicketGet lists every ticket
 * field, set or not, and no article field. A ticket field of the same name in another case settles it: the search is
 * refused. Otherwise the page comes with a warning, since refusing would turn away every correct search on an
 * article field.
 */
const ignoredDynamicField = (
  filters: SearchTicketsInput["dynamic_fields"],
  tickets: ReadonlyArray<Ticket>
): { readonly refused: ToolInputError } | { readonly warning: string } | undefined => {
  if (filters === undefined || tickets.length === 0) return undefined
  const ignored = filters.find((filter) =>
    // only a non-empty value rules out unset fields
    Object.entries(filter).some(([key, value]) => key !== "name" && value !== "") &&
    !tickets.some((ticket) => ticket.dynamicFields !== undefined && filter.name in ticket.dynamicFields)
  )
  if (ignored === undefined) return undefined
  const names = [...new Set(tickets.flatMap((ticket) => ticket.dynamicFieldNames ?? []))]
  const fields = names.length === 0 ? "get_ticket lists a ticket's dynamic fields." : listNames(names)
  const sameName = sameNameInOtherCase(ignored.name, names)
  if (sameName !== undefined) {
    return {
      refused: new ToolInputError({
        field: "dynamic_fields",
        problem: `OTRS ignored the condition on "${ignored.name}" and matched as if it were not there: dynamic ` +
          `field names are case-sensitive: did you mean "${sameName}"? ${fields}`
      })
    }
  }
  const likely = likelyField(ignored.name, names)?.name
  return {
    warning: `No ticket on this page has the dynamic field "${ignored.name}" set: unless it is an article field, ` +
      "OTRS does not know that name (names are case-sensitive) and matched as if the condition were not there" +
      `${likely === undefined || likely === ignored.name ? "." : `: did you mean "${likely}"?`} ${fields}`
  }
}

/** The last page OTRS's count reaches is not the last match: say so, or the others go unnoticed. */
const CAPPED_HINT = `OTRS lists at most ${SEARCH_COUNT_CAP} matches, and this page ends there: narrow the filters ` +
  "(e.g. created_after) or reverse order_by to reach the others."

const MAX_NAME_HINTS = 3

interface UnknownNames {
  readonly text: string
  /** how many given names it is about */
  readonly names: number
}

/**
 * Given names that no recently changed ticket has, with what they likely stand for (OTRS matches nothing for a name
 * it does not know); EXACT_NAMES_HINT when the names in use cannot be told, nothing when every name is in use. The
 * names of a field like none in use share one sentence, which lists the names in use once.
 */
const unknownNamesHint = (input: SearchTicketsInput) =>
  Effect.map(namesInUse, (inUse) => {
    if (inUse("queue").length === 0) return EXACT_NAMES_HINT
    const hints = NAMED_FIELDS.flatMap((field): Array<UnknownNames> => {
      const given = input[field]
      const unknown = (given === undefined ? [] : typeof given === "string" ? [given] : given).flatMap((name) => {
        const hint = nameHint(field, name, inUse(field))
        return hint === undefined ? [] : [{ name, hint }]
      })
      const likely = unknown.filter(({ hint }) => hint.likely).map(({ hint, name }) => ({
        text: `${field} ${formatActual(name)} matched nothing: ${hint.text}`,
        names: 1
      }))
      // a name no recent ticket has, and like none of theirs, may still be right: then nothing matches for real
      const unlike = unknown.filter(({ hint }) => !hint.likely)
      if (unlike.length === 0) return likely
      const them = unlike.length === 1 ? "it is not a typo, no ticket has it" : "they are not typos, no ticket has them"
      const names = listed(unlike.map(({ name }) => formatActual(name)))
      const text = `${field} ${names} matched nothing; if ${them}: ${unlike[0]!.hint.text}`
      return [...likely, { text, names: unlike.length }]
    })
    // a few say what is wrong; hundreds would only bury the page
    const more = hints.slice(MAX_NAME_HINTS).reduce((count, hint) => count + hint.names, 0)
    return hints.length === 0 ? undefined : [
      ...hints.slice(0, MAX_NAME_HINTS).map(({ text }) => sentence(text)),
      ...(more > 0 ? [`And ${more} more ${more === 1 ? "name" : "names"} that matched nothing.`] : [])
    ].join(" ")
  })

/** `"a", "b", "c" and 4 more`: the first MAX_NAME_HINTS. */
const listed = (names: ReadonlyArray<string>): string => {
  const shown = names.slice(0, MAX_NAME_HINTS)
  const more = names.length - shown.length
  if (more > 0) return `${shown.join(", ")} and ${more} more`
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`
}

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
    const agents = {
      owner: yield* agentId("owner", input.owner),
      responsible: yield* agentId("responsible", input.responsible)
    }
    const ids = yield* client.ticketSearch(toTicketSearchRequest(input, agents))
    const offset = input.offset ?? 0
    const end = offset + (input.limit ?? DEFAULT_SEARCH_LIMIT)
    const [first, ...rest] = ids.slice(offset, end)
    const tickets = first === undefined ? [] : yield* client.ticketGet({
      ticketIds: [first, ...rest],
      ...(input.dynamic_fields === undefined ? {} : { dynamicFields: true })
    })
    const ignored = ignoredDynamicField(input.dynamic_fields, tickets)
    if (ignored !== undefined && "refused" in ignored) return yield* ignored.refused
    return definedFields<TicketSearchResult>({
      total: ids.length,
      total_capped: ids.length >= SEARCH_COUNT_CAP ? true : undefined,
      offset: offset > 0 ? offset : undefined,
      tickets: inSearchOrder(ids.slice(offset, end), tickets).map(toTicketSummary),
      next_offset: end < ids.length ? end : undefined,
      hint: ids.length === 0
        ? yield* noMatchHint(input)
        : ignored !== undefined
        ? ignored.warning
        : ids.length >= SEARCH_COUNT_CAP && end >= ids.length
        ? CAPPED_HINT
        : undefined
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
