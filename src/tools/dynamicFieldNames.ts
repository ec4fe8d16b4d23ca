import { Effect } from "effect"
import { formatActual } from "../mcp/SchemaIssues.js"
import { likelyField } from "../mcp/fieldSuggestion.js"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsInvalidParameter } from "../services/OtrsErrors.js"
import { ToolInputError } from "./ToolInputError.js"

/**
 * OTRS refuses a write with a dynamic field name it does not know ("DynamicField->Name parameter is invalid!")
 * without saying which name, and the GenericInterface cannot list dynamic fields. But TicketGet lists every ticket
 * dynamic field on every ticket, unset ones too: one ticket shows them all. Asked for only after such a failure, and
 * only as a hint: when it fails, the failure stands as it was.
 */

/** A list long enough to find a name in, short enough to read. */
const MAX_LISTED = 40

/** `a, b, c and 4 more`: the first MAX_LISTED items, as `show` gives them (the rest are not looked at). */
const firstListed = <T>(items: ReadonlyArray<T>, show: (item: T) => string): string =>
  items.slice(0, MAX_LISTED).map(show).join(", ") +
  (items.length > MAX_LISTED ? ` and ${items.length - MAX_LISTED} more` : "")

/** The ticket dynamic field names, from `ticketId` or else the most recently changed ticket; none when unknown. */
const ticketDynamicFieldNames = (ticketId?: number): Effect.Effect<ReadonlyArray<string>, never, OtrsClient> =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const [id] = ticketId === undefined
      ? yield* client.ticketSearch({ SortBy: "Changed", OrderBy: "Down", Limit: 1 })
      : [ticketId]
    if (id === undefined) return []
    const [ticket] = yield* client.ticketGet({ ticketIds: [id], dynamicFields: true })
    return ticket?.dynamicFieldNames ?? []
  }).pipe(Effect.orElseSucceed(() => []))

/** "OTRS's ticket dynamic fields: A, B, C." */
export const listNames = (names: ReadonlyArray<string>): string => {
  const sorted = [...names].sort((a, b) => a.localeCompare(b))
  return `OTRS's ticket dynamic fields: ${firstListed(sorted, (name) => name)}.`
}

export const sameNameInOtherCase = (given: string, names: ReadonlyArray<string>): string | undefined =>
  names.find((name) => name !== given && name.toLowerCase() === given.toLowerCase())

/**
 * A write OTRS refused for a dynamic field name: which of the given names it has no ticket field for, what each
 * likely stands for, and the names it has. Other refusals, and refusals the names cannot explain, stay as they were.
 */
export const explainRefusedDynamicField = (given: ReadonlyArray<string>, ticketId?: number) =>
(error: OtrsInvalidParameter): Effect.Effect<never, OtrsInvalidParameter | ToolInputError, OtrsClient> => {
  if (given.length === 0 || !/DynamicField->Name\b/.test(error.otrsMessage)) return Effect.fail(error)
  return Effect.flatMap(ticketDynamicFieldNames(ticketId), (names) => {
    const unknown = given.filter((name) => !names.includes(name))
    // the first few, each with its likely meaning: 500,000 names made a 5 MB answer, and took seconds to match
    const each = firstListed(unknown, (name) => {
      const likely = likelyField(name, names)?.name
      return `"${name}"${likely === undefined ? "" : ` (did you mean "${likely}"?)`}`
    })
    const caseOnly = unknown.some((name) => sameNameInOtherCase(name, names) !== undefined)
    return Effect.fail(
      names.length === 0 || unknown.length === 0 ? error : new ToolInputError({
        field: "dynamic_fields",
        problem: `OTRS has no ticket dynamic field ${each} (${error.otrsMessage})` +
          `${caseOnly ? "; names are case-sensitive" : ""}. ${listNames(names)}`
      })
    )
  })
}

/**
 * A write OTRS refused for a dynamic field's value ("DynamicField->Value parameter is invalid!"), which names neither
 * the field nor what it takes: the values given, by field, with what the field types take.
 */
export const explainRefusedDynamicFieldValue = (given: Readonly<Record<string, string | ReadonlyArray<string>>>) =>
(error: OtrsInvalidParameter): Effect.Effect<never, OtrsInvalidParameter | ToolInputError> => {
  const fields = Object.entries(given)
  if (fields.length === 0 || !/DynamicField->Value\b/.test(error.otrsMessage)) return Effect.fail(error)
  const values = firstListed(fields, ([name, value]) => `${name} ${formatActual(value)}`)
  return Effect.fail(
    new ToolInputError({
      field: fields.length === 1 ? `dynamic_fields.${fields[0]![0]}` : "dynamic_fields",
      problem: `OTRS refused ${fields.length === 1 ? "the value" : "one of the values"} given (${values}; ` +
        `${error.otrsMessage}): a dropdown or multiselect takes only its configured keys (get_ticket shows those ` +
        "set on a ticket), a date \"YYYY-MM-DD HH:MM:SS\", a checkbox 1 or 0"
    })
  )
}
