import { Effect } from "effect"
import { formatActual } from "../mcp/SchemaIssues.js"
import type { Ticket } from "../schemas/Domain.js"
import type { OtrsInvalidParameter } from "../services/OtrsErrors.js"
import { agentByLogin, agentsInUse, listAgents, quotedUserIdAdvice } from "./agentsInUse.js"
import { isStockPendingState } from "./format/pendingTime.js"
import { recentlyChangedTickets, type RecentTickets, SAMPLE_SIZE } from "./RecentTickets.js"
import { ToolInputError } from "./ToolInputError.js"

/**
 * The GenericInterface cannot list queues, states, priorities or types, and OTRS answers a name it does not know
 * (names are case-sensitive) with "parameter is invalid" in a write and with no match in a search. The most recently
 * changed tickets show the names in use: enough to point "misc" at "Misc" or "high" at "4 high". Asked for only
 * after such a failure, and only as a hint: when it fails, the failure stands as it was.
 */

/** The fields a search matches by exact name (an agent's login goes through its id, and "me" is no name). */
export const NAMED_FIELDS = ["queue", "state", "priority", "ticket_type"] as const
type NamedField = typeof NAMED_FIELDS[number] | "owner" | "responsible" | "customer_user"

/** An agent named as owner may be responsible elsewhere: both roles show the agents in use. */
const agents = (ticket: Ticket) => [ticket.owner, ticket.responsible]

const namesOn: Record<NamedField, (ticket: Ticket) => ReadonlyArray<string | undefined>> = {
  queue: (ticket) => [ticket.queue],
  state: (ticket) => [ticket.state],
  priority: (ticket) => [ticket.priority],
  ticket_type: (ticket) => [ticket.type],
  owner: agents,
  responsible: agents,
  customer_user: (ticket) => [ticket.customerUser]
}

const isAgent = (field: NamedField) => field === "owner" || field === "responsible"

/** OTRS looks agents and customer users up regardless of case; queues, states, priorities and types not. */
const isLogin = (field: NamedField) => isAgent(field) || field === "customer_user"

const namesOf = (field: NamedField) =>
  isAgent(field) ? "agent logins" : field === "customer_user" ? "customer user logins" : `${field} names`

/** The names in use per field; empty where OTRS could not be asked. */
type NamesInUse = (field: NamedField) => ReadonlyArray<string>

/** The names of `field` on `tickets`, each once, sorted. */
export const namesOnTickets = (tickets: ReadonlyArray<Ticket>) => (field: NamedField): ReadonlyArray<string> =>
  [...new Set(tickets.flatMap((ticket) => namesOn[field](ticket).filter((name) => name !== undefined)))]
    .sort((a, b) => a.localeCompare(b))

export const namesInUse: Effect.Effect<NamesInUse, never, RecentTickets> = recentlyChangedTickets.pipe(
  Effect.map(namesOnTickets),
  Effect.orElseSucceed((): NamesInUse => () => [])
)

const quoted = (names: ReadonlyArray<string>) => names.map((name) => JSON.stringify(name)).join(" or ")

/** What the names in use say about a name OTRS did not take: a likely fix, or only the names seen. */
interface NameHint {
  /** true when a name in use is close to the given one */
  readonly likely: boolean
  readonly text: string
}

const words = (name: string): ReadonlyArray<string> => name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "")

/** Longer than any queue, state or login OTRS has (its columns hold 200 characters). */
const LONGEST_NAME = 200

/**
 * What to tell about `given`, a name OTRS did not take, from the names in use: the same name in OTRS's case, names
 * that contain it or that it contains ("closed" -> "closed successful", "4" -> "4 high") or all its words ("pending
 * close" -> "pending auto close+"), else the names seen (a sample: OTRS may know others). Undefined when `given` is
 * in use (something else is wrong) or nothing is known.
 */
export const nameHint = (field: NamedField, given: string, inUse: ReadonlyArray<string>): NameHint | undefined => {
  // what no name is like, and an edit distance to megabytes would hold the server
  if (inUse.length === 0 || inUse.includes(given) || given.length > LONGEST_NAME) return undefined
  const lower = given.toLowerCase()
  // OTRS looks logins up regardless of case: a login differing in case alone was not the refused one
  const login = isLogin(field)
  const sameName = login ? [] : inUse.filter((name) => name.toLowerCase() === lower)
  if (sameName.length > 0) {
    return { likely: true, text: `${namesOf(field)} are case-sensitive: did you mean ${quoted(sameName)}?` }
  }
  // a letter or two is in many names: only a whole word of a name ("4" of "4 high") is worth matching then
  const givenWords = words(lower)
  const similar = inUse.filter((name) => {
    const known = name.toLowerCase()
    if (login && known === lower) return false
    const knownWords = words(known)
    if (lower.length < 3) return knownWords.includes(lower)
    return known.includes(lower) || lower.includes(known) ||
      (givenWords.length > 1 && givenWords.every((word) => knownWords.includes(word)))
  })
  if (similar.length > 0) return { likely: true, text: `did you mean ${quoted(similar)}?` }
  const seen = `${namesOf(field)} on the ${SAMPLE_SIZE} most recently changed tickets`
  return { likely: false, text: `${seen} (OTRS may know others): ${inUse.join(", ")}` }
}

const refusedField = {
  Queue: "queue",
  State: "state",
  Priority: "priority",
  Type: "ticket_type",
  Owner: "owner",
  Responsible: "responsible",
  CustomerUser: "customer_user"
} as const

/**
 * The ticket field a TicketCreate or TicketUpdate was refused for: OTRS names it ("Ticket->QueueID or Ticket->Queue
 * parameter is invalid!") but not the value.
 */
export const refusedTicketField = (error: OtrsInvalidParameter) =>
  /Ticket->(Queue|State|Priority|Type|Owner|Responsible|CustomerUser)\b/.exec(error.otrsMessage)?.[1] as
    | keyof typeof refusedField
    | undefined

/**
 * A write OTRS refused for a name ("Ticket->QueueID or Ticket->Queue parameter is invalid!") that the agent gave:
 * the refusal with what the names in use suggest instead. Other refusals, and names that were not given, stay as
 * they were.
 */
export const explainRefusedName = (given: Partial<Record<NamedField, string | number | undefined>>) =>
(error: OtrsInvalidParameter): Effect.Effect<never, OtrsInvalidParameter | ToolInputError, RecentTickets> => {
  const otrsField = refusedTicketField(error)
  const field = otrsField === undefined ? undefined : refusedField[otrsField]
  const value = field === undefined ? undefined : given[field]
  if (field === undefined || value === undefined) return Effect.fail(error)
  const refusedName = typeof value === "number" ? explainRefusedUserId(field, value, error) : Effect.flatMap(
    namesInUse,
    (inUse) => {
      const hint = nameHint(field, value, inUse(field))
      return Effect.fail(
        hint === undefined ? error : new ToolInputError({
          field,
          problem: `OTRS does not know ${field} ${formatActual(value)} (${error.otrsMessage})` +
            `${isAgent(field) ? quotedUserIdAdvice(value) : ""}; ${hint.text}${alsoLikelyWrong(given, field, inUse)}`
        })
      )
    }
  )
  return isLogin(field) ? Effect.zipRight(refusedKnownLogin(field, value, error), refusedName) : refusedName
}

/** The agent or customer user given, as a message names it, when it is on recent tickets. */
const seenOnTickets = (
  field: NamedField,
  login: string | number
): Effect.Effect<string | undefined, never, RecentTickets> =>
  isAgent(field)
    ? Effect.map(agentsInUse, (agents) => {
      const known = typeof login === "number"
        ? agents.find((candidate) => candidate.userId === login)
        : agentByLogin(agents, login)
      return known === undefined ? undefined : `${known.login} (user id ${known.userId})`
    })
    : Effect.map(namesInUse, (inUse) => {
      const known = inUse(field).find((name) => name.toLowerCase() === String(login).toLowerCase())
      return known === undefined ? undefined : JSON.stringify(known)
    })

/**
 * OTRS takes only valid agents and customer users, found in any case: one that is on recent tickets yet refused has
 * most likely been disabled since (an agent who left still owns tickets). Succeeds when it is not among those seen.
 */
const refusedKnownLogin = (field: NamedField, login: string | number, error: OtrsInvalidParameter) =>
  Effect.flatMap(seenOnTickets(field, login), (seen) => {
    const [who, other] = isAgent(field)
      ? ["agents", "another agent"]
      : ["customer users", "another, or an e-mail address"]
    return seen === undefined ? Effect.void : Effect.fail(
      new ToolInputError({
        field,
        problem: `OTRS refused ${field} ${formatActual(login)} (${error.otrsMessage}), though ${seen} is on ` +
          `recently changed tickets: OTRS takes only valid ${who}, and this one is likely no longer valid; choose ` +
          other
      })
    )
  })

/**
 * The order OTRS checks a write's names in (_CheckTicket of TicketCreate and TicketUpdate). It stops at the first it
 * does not know: those before it were taken.
 */
const CHECK_ORDER: ReadonlyArray<NamedField> = [
  "customer_user",
  "queue",
  "ticket_type",
  "state",
  "priority",
  "owner",
  "responsible"
]

const checkedAfter = (field: NamedField, refused: NamedField) =>
  CHECK_ORDER.indexOf(field) > CHECK_ORDER.indexOf(refused)

/**
 * The names OTRS checks after the refused one that are likely wrong too (nameHint finds a likely fix), told at once
 * rather than in the next refusal. Agents are left out: OTRS looks logins up regardless of case.
 */
const alsoLikelyWrong = (
  given: Partial<Record<NamedField, string | number | undefined>>,
  refused: NamedField,
  inUse: NamesInUse
): string => {
  const others = likelyWrong(given, inUse, refused)
  if (others.length === 0) return ""
  return `; OTRS stops at the first wrong name, and these look wrong too: ${others.join("; ")}`
}

const likelyWrong = (
  given: Partial<Record<NamedField, string | number | undefined>>,
  inUse: NamesInUse,
  refused?: NamedField
): Array<string> =>
  NAMED_FIELDS.flatMap((field) => {
    const value = given[field]
    if (typeof value !== "string" || (refused !== undefined && !checkedAfter(field, refused))) return []
    const hint = nameHint(field, value, inUse(field))
    return hint?.likely ? [`${field} ${formatActual(value)}: ${hint.text}`] : []
  })

/**
 * A pending time asked for because the state given reads as a pending one: when that state is likely misnamed
 * ("pending close"), the time alone would only lead to OTRS refusing the name next; both are told at once. OTRS's
 * own pending states need no look at the names in use.
 */
export const withMisnamedState = (given: Partial<Record<NamedField, string | number | undefined>>) =>
(error: ToolInputError): Effect.Effect<never, ToolInputError, RecentTickets> =>
  error.field !== "pending_until" || typeof given.state !== "string" || isStockPendingState(given.state)
    ? Effect.fail(error)
    : Effect.flatMap(namesInUse, (inUse) => {
      const wrong = likelyWrong({ state: given.state }, inUse)
      return Effect.fail(
        wrong.length === 0 ? error : new ToolInputError({
          field: error.field,
          problem: `${error.problem}; the name looks wrong too: ${wrong.join("; ")}`
        })
      )
    })

/** An owner or responsible given by a user id OTRS has no agent for. */
const explainRefusedUserId = (field: NamedField, userId: number, error: OtrsInvalidParameter) =>
  Effect.flatMap(agentsInUse, (agents) =>
    Effect.fail(
      agents.length === 0 ? error : new ToolInputError({
        field,
        problem: `OTRS has no agent with user id ${userId} (${error.otrsMessage}); agents on the ${SAMPLE_SIZE} most ` +
          `recently changed tickets (OTRS may know others): ${listAgents(agents)}`
      })
    ))
