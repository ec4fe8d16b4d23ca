import { Schema } from "effect"
import { definedFields } from "../../schemas/Primitives.js"
import type { DynamicFieldCondition, TicketSearchRequest } from "../../schemas/Requests.js"
import { Agent, TrimmedText } from "./ticketInputFields.js"
import { WithoutTicketHook } from "./ticketReference.js"

/** The arguments of search_tickets and their mapping onto OTRS's TicketSearch parameters. */

const Text = TrimmedText("expected a non-empty text, got an empty or blank one")

/** Said in JSON Schema with a type list: half the bytes of the anyOf Effect would write. */
const OneOrMany = (description: string) =>
  Schema.Union(Text, Schema.NonEmptyArray(Text)).annotations({
    jsonSchema: { type: ["string", "array"], items: { type: "string" }, description }
  })

const list = <T extends string>(value: T | ReadonlyArray<T>): Array<T> =>
  typeof value === "string" ? [value] : [...(value as ReadonlyArray<T>)]

/** OTRS state types; `pending` and `not_closed` stand for several. */
const stateTypes = {
  new: ["new"],
  open: ["open"],
  pending: ["pending reminder", "pending auto"],
  "pending reminder": ["pending reminder"],
  "pending auto": ["pending auto"],
  not_closed: ["new", "open", "pending reminder", "pending auto"],
  closed: ["closed"],
  merged: ["merged"],
  removed: ["removed"]
} as const

const stateTypeNames = Object.keys(stateTypes) as Array<keyof typeof stateTypes>
const StateTypeName = Schema.Literal(...stateTypeNames)

/** search_tickets' sort_by values and the SortBy columns of Kernel::System::Ticket::TicketSearch. */
const sortColumns = {
  created: "Age",
  changed: "Changed",
  priority: "Priority",
  ticket_number: "TicketNumber",
  title: "Title",
  queue: "Queue",
  state: "State",
  owner: "Owner",
  customer_id: "CustomerID",
  ticket_type: "Type",
  pending_until: "PendingTime"
} as const

const SortBy = Schema.Literal(...(Object.keys(sortColumns) as Array<keyof typeof sortColumns>))

const realDate = (text: string) => {
  const [date = "", time = "00:00:00"] = text.length === 16 ? `${text}:00`.split(" ") : text.split(" ")
  const parsed = new Date(`${date}T${time}Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(`${date}T${time}`)
}

const dateFormat = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/

/** A zone or a `T` cannot be taken: OTRS compares these times with its own clock, whose zone is unknown here. */
const dateProblem = (text: string) =>
  /^\d{4}-\d{2}-\d{2}T/.test(text)
    ? "expected OTRS server time as \"YYYY-MM-DD HH:MM[:SS]\", without T or a time zone (the server's zone is unknown)"
    : "expected \"YYYY-MM-DD\" or \"YYYY-MM-DD HH:MM[:SS]\""

const DateText = (description: string) =>
  Schema.String.pipe(
    // the description gives the format: a pattern per date field would cost every tools/list answer bytes
    Schema.filter((text) => dateFormat.test(text) || dateProblem(text), { jsonSchema: {} }),
    Schema.filter((text) => realDate(text) || `"${text}" is not a real date`, { jsonSchema: {} }),
    // TicketSearch takes whole seconds
    Schema.compose(
      Schema.transform(Schema.String, Schema.String, {
        strict: true,
        decode: (text) => text.length === 16 ? `${text}:00` : text,
        encode: (text) => text
      })
    )
  ).annotations({ description: `"YYYY-MM-DD[ HH:MM:SS]"${description}` })

const operators = {
  equals: "Equals",
  like: "Like",
  greater_than: "GreaterThan",
  greater_than_or_equal: "GreaterThanEquals",
  less_than: "SmallerThan",
  less_than_or_equal: "SmallerThanEquals"
} as const

const DynamicFieldFilter = Schema.Struct({
  name: Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9]+$/, { message: () => "expected a dynamic field name (letters and digits)" }))
    .annotations({ description: "e.g. \"Impact\"" }),
  equals: Schema.optional(
    // a type list, as in OneOrMany
    Schema.Union(Schema.String, Schema.NonEmptyArray(Schema.String)).annotations({
      jsonSchema: { type: ["string", "array"], items: { type: "string" }, description: "Value, or any of several." }
    })
  ),
  like: Schema.optional(Schema.String.annotations({ description: "With * wildcards." })),
  greater_than: Schema.optional(Schema.String),
  greater_than_or_equal: Schema.optional(Schema.String),
  less_than: Schema.optional(Schema.String),
  less_than_or_equal: Schema.optional(Schema.String)
}).pipe(
  Schema.filter((filter) =>
    Object.keys(operators).some((key) => key in filter) ||
    `give at least one of ${Object.keys(operators).join(", ")} for dynamic field "${filter.name}"`
  )
).annotations({
  description: "A condition on a dynamic field; dates as \"YYYY-MM-DD HH:MM:SS\". Several operators on one field " +
    "must all hold."
})

/**
 * OTRS takes one value per operator and field: of two conditions giving the same operator on one field, only one
 * would reach it, and the search would not be the one asked for.
 */
const repeatedOperator = (filters: ReadonlyArray<typeof DynamicFieldFilter.Type>) => {
  const seen = new Set<string>()
  for (const [index, filter] of filters.entries()) {
    for (const key of Object.keys(operators)) {
      if (!(key in filter)) continue
      const given = `${filter.name}\u0000${key}`
      if (seen.has(given)) {
        return {
          path: [index, key],
          message: `dynamic field "${filter.name}" has ${key} in an earlier condition too, and OTRS takes one ${key} ` +
            (key === "equals" ? "per field: give one equals with a list to match any of its values" : "per field")
        }
      }
      seen.add(given)
    }
  }
  return true
}

export const DEFAULT_SEARCH_LIMIT = 20
const MAX_SEARCH_LIMIT = 100

export const SearchTicketsInput = Schema.Struct({
  title: Schema.optional(Text.annotations({
    description: "Text in the title; with *, all of it must match (\"VPN*\")."
  })),
  ticket_number: Schema.optional(
    Text.annotations({ description: "* wildcards allowed." }).pipe(Schema.compose(WithoutTicketHook))
  ),
  full_text: Schema.optional(Text.annotations({
    description: "Text in any article's subject, body, From or To."
  })),
  queue: Schema.optional(OneOrMany("e.g. \"Raw\"")),
  state: Schema.optional(OneOrMany("e.g. \"closed successful\"")),
  state_type: Schema.optional(
    Schema.Union(StateTypeName, Schema.NonEmptyArray(StateTypeName)).annotations({
      // the enum says the type; the decoder, that a list is not empty
      jsonSchema: {
        anyOf: [{ enum: stateTypeNames }, { type: "array", items: { enum: stateTypeNames } }],
        description: "not_closed: all unfinished (new, open, pending); open leaves out new and pending."
      }
    })
  ),
  priority: Schema.optional(OneOrMany("e.g. \"4 high\"")),
  ticket_type: Schema.optional(OneOrMany("e.g. \"Incident\"")),
  // exact: the message is then the field's own, not that of `owner | undefined`
  owner: Schema.optionalWith(Agent("\"me\", a login or a user id (owner_id)."), { exact: true }),
  responsible: Schema.optionalWith(Agent("Like owner."), { exact: true }),
  // OTRS unlocks a ticket as it closes it
  lock: Schema.optional(
    Schema.Literal("lock", "unlock").annotations({ description: "unlock: not taken (closed too)." })
  ),
  customer_user: Schema.optional(Text.annotations({ description: "Login." })),
  customer_id: Schema.optional(Text.annotations({ description: "Company id." })),
  created_after: Schema.optional(DateText("")),
  created_before: Schema.optional(DateText("; a date includes its day")),
  changed_after: Schema.optional(DateText("")),
  changed_before: Schema.optional(DateText("; a date includes its day")),
  dynamic_fields: Schema.optional(
    Schema.NonEmptyArray(DynamicFieldFilter).annotations({ description: "All must hold." }).pipe(
      Schema.filter(repeatedOperator)
    )
  ),
  sort_by: Schema.optional(SortBy.annotations({ description: "Default created." })),
  order_by: Schema.optional(
    Schema.Literal("asc", "desc").annotations({ description: "Default desc." })
  ),
  limit: Schema.optional(
    Schema.Int.pipe(Schema.between(1, MAX_SEARCH_LIMIT)).annotations({
      description: `Default ${DEFAULT_SEARCH_LIMIT}.`
    })
  ),
  offset: Schema.optional(
    Schema.Int.pipe(Schema.nonNegative()).annotations({ description: "Matches to skip." })
  )
})
export type SearchTicketsInput = typeof SearchTicketsInput.Type

/** How many matches one search counts at most (OTRS returns ids only, so counting is cheap). */
export const SEARCH_COUNT_CAP = 10_000

/**
 * `VPN` -> `*VPN*`: OTRS matches the whole value, so words are wrapped unless the caller placed `*` wildcards. A `%`
 * is text ("CPU at 100%"), though OTRS's SQL LIKE takes it for any text too: wrapped, it only widens the match.
 */
const anywhere = (text: string): string => text.includes("*") ? text : `*${text}*`

const startOfDay = (text: string) => text.length === 10 ? `${text} 00:00:00` : text
const endOfDay = (text: string) => text.length === 10 ? `${text} 23:59:59` : text

const dynamicFieldCondition = (filter: typeof DynamicFieldFilter.Type): DynamicFieldCondition => {
  const condition: Record<string, unknown> = { Name: filter.name }
  for (const [key, otrsName] of Object.entries(operators)) {
    const value = filter[key as keyof typeof operators]
    if (value !== undefined) condition[otrsName] = value
  }
  return condition as DynamicFieldCondition
}

/** OTRS's lock names: a ticket an agent took (lock) or that OTRS locked for a while (tmp_lock) has an owner at work. */
const locks = { lock: ["lock", "tmp_lock"], unlock: ["unlock"] } as const

const some = (value: string | ReadonlyArray<string> | undefined) => value === undefined ? undefined : list(value)

/** The agents a search names, as the user ids OTRS searches by (a login or "me" resolved by the caller). */
interface AgentIds {
  readonly owner?: number | undefined
  readonly responsible?: number | undefined
}

export const toTicketSearchRequest = (input: SearchTicketsInput, agents: AgentIds): TicketSearchRequest => {
  const fullText = input.full_text === undefined ? undefined : anywhere(input.full_text)
  return definedFields<TicketSearchRequest>({
    Title: input.title === undefined ? undefined : anywhere(input.title),
    TicketNumber: input.ticket_number,
    MIMEBase_From: fullText,
    MIMEBase_To: fullText,
    MIMEBase_Subject: fullText,
    MIMEBase_Body: fullText,
    ContentSearch: fullText === undefined ? undefined : "OR",
    Queues: some(input.queue),
    States: some(input.state),
    StateType: input.state_type === undefined
      ? undefined
      : [...new Set(list(input.state_type).flatMap((type) => stateTypes[type]))],
    Priorities: some(input.priority),
    Types: some(input.ticket_type),
    OwnerIDs: agents.owner === undefined ? undefined : [agents.owner],
    ResponsibleIDs: agents.responsible === undefined ? undefined : [agents.responsible],
    Locks: input.lock === undefined ? undefined : locks[input.lock],
    CustomerUserLogin: some(input.customer_user),
    CustomerID: some(input.customer_id),
    TicketCreateTimeNewerDate: input.created_after === undefined ? undefined : startOfDay(input.created_after),
    TicketCreateTimeOlderDate: input.created_before === undefined ? undefined : endOfDay(input.created_before),
    TicketChangeTimeNewerDate: input.changed_after === undefined ? undefined : startOfDay(input.changed_after),
    TicketChangeTimeOlderDate: input.changed_before === undefined ? undefined : endOfDay(input.changed_before),
    DynamicField: input.dynamic_fields?.map(dynamicFieldCondition),
    SortBy: sortColumns[input.sort_by ?? "created"],
    OrderBy: input.order_by === "asc" ? "Up" : "Down",
    Limit: SEARCH_COUNT_CAP
  })
}

/** Filters whose names OTRS matches exactly; an unknown name silently matches nothing. */
export const usesExactNames = (input: SearchTicketsInput): boolean =>
  input.queue !== undefined || input.state !== undefined || input.priority !== undefined ||
  input.ticket_type !== undefined

/** Agents often know a customer by address only, while tickets hold the customer's login. */
export const usesCustomerEmail = (input: SearchTicketsInput): boolean => input.customer_user?.includes("@") === true
