import * as Tool from "../mcp/Tool.js"
import { formatActual } from "../mcp/SchemaIssues.js"
import { Array as Arr, Effect, Schema } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import type { OtrsError, OtrsInvalidParameter } from "../services/OtrsErrors.js"
import { ConfigItemSummary, renderConfigItemSummary, toConfigItemSummary } from "./format/configItem.js"
import { CmdbAccessDenied } from "./format/configItemAccess.js"
import { Name } from "./format/ticketInputFields.js"
import { ToolInputError } from "./ToolInputError.js"

const States = (description: string) => Schema.Array(Name()).pipe(Schema.minItems(1)).annotations({ description })

const DEFAULT_CLASS = "Computer"
const DEFAULT_CONFIG_ITEM_LIMIT = 20

const SearchConfigItemsInput = Schema.Struct({
  class: Schema.optional(Name().annotations({
    description: "Default Computer; stock: Computer, Hardware, Location, Network, Software."
  })),
  name: Schema.optional(Name().annotations({
    description: "* wildcards, e.g. \"srv-*\"."
  })),
  number: Schema.optional(Name().annotations({
    description: "* wildcards."
  })),
  deployment_states: Schema.optional(States("e.g. [\"Production\"]")),
  incident_states: Schema.optional(States("e.g. [\"Incident\", \"Warning\"]")),
  limit: Schema.optional(Schema.Int.pipe(Schema.between(1, 100)).annotations({
    description: `Default ${DEFAULT_CONFIG_ITEM_LIMIT}.`
  })),
  offset: Schema.optional(Schema.Int.pipe(Schema.nonNegative()).annotations({
    description: "Matches to skip."
  }))
})
type SearchConfigItemsInput = typeof SearchConfigItemsInput.Type

const SearchConfigItemsOutput = Schema.Struct({
  class: Schema.String,
  total: Schema.Number.annotations({ description: "All matches, of which items is one page (newest first)." }),
  items: Schema.Array(ConfigItemSummary),
  next_offset: Schema.optional(Schema.Number.annotations({
    description: "Present when more matches follow: pass it as offset to get them."
  }))
})
type SearchConfigItemsOutput = typeof SearchConfigItemsOutput.Type


const cmdbDenied = <A>(effect: Effect.Effect<A, OtrsError>) =>
  effect.pipe(Effect.catchTag("OtrsNotFoundOrDenied", (error) => Effect.fail(CmdbAccessDenied.fromOtrs(error))))

/** The names a stock ITSM installation has, for hints: an installation may have renamed them or added others. */
const stockNames = {
  class: ["Computer", "Hardware", "Location", "Network", "Software"],
  deployment_states: [
    "Expired",
    "Inactive",
    "Maintenance",
    "Pilot",
    "Planned",
    "Production",
    "Repair",
    "Retired",
    "Review",
    "Test/QA"
  ],
  incident_states: ["Operational", "Warning", "Incident"]
} as const

const refusedArgument = { Class: "class", DeplStates: "deployment_states", InciStates: "incident_states" } as const

/**
 * A search OTRS refused for a name ("ConfigItem->DeplStates parameter is invalid!"): the argument, the names given,
 * and, for a name that differs from a stock one in case alone, that one.
 */
const explainRefusedName = (input: SearchConfigItemsInput, configItemClass: string) =>
(error: OtrsInvalidParameter): Effect.Effect<never, OtrsInvalidParameter | ToolInputError> => {
  const key = /ConfigItem->(Class|DeplStates|InciStates)\b/.exec(error.otrsMessage)?.[1] as
    | keyof typeof refusedArgument
    | undefined
  if (key === undefined) return Effect.fail(error)
  const field = refusedArgument[key]
  const given = field === "class" ? [configItemClass] : [...(input[field] ?? [])]
  const stock: ReadonlyArray<string> = stockNames[field]
  // OTRS does not say which name: a stock one, written as such, is the least likely
  const unknown = given.some((name) => !stock.includes(name)) ? given.filter((name) => !stock.includes(name)) : given
  const hints = unknown.flatMap((name) => {
    const known = stock.find((candidate) => candidate !== name && candidate.toLowerCase() === name.toLowerCase())
    if (known === undefined) return []
    return [given.length === 1 ? JSON.stringify(known) : `${JSON.stringify(known)} for ${formatActual(name)}`]
  })
  const names = unknown.slice(0, 5).map(formatActual).join(", ") + (unknown.length > 5 ? ", ..." : "")
  const advice = hints.length > 0
    ? `names are case-sensitive: did you mean ${hints.join(", ")}?`
    : unknown.every((name) => stock.includes(name))
    ? `${unknown.length === 1 ? "a stock ITSM name" : "stock ITSM names"} that this installation has renamed or ` +
      "removed; its CMDB admin knows the names it uses"
    : `a stock ITSM has ${stock.join(", ")}; yours may have others`
  return Effect.fail(
    new ToolInputError({
      field,
      problem: `OTRS does not know ${unknown.length === 1 ? names : `one of ${names}`} (${error.otrsMessage}); ${advice}`
    })
  )
}

/** One search for all matching ids (so the total is exact), then one ConfigItemGet for the page. */
export const searchConfigItems = (input: SearchConfigItemsInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const configItemClass = input.class ?? DEFAULT_CLASS
    const ids = yield* client.configItemSearch({
      Class: configItemClass,
      ...(input.name === undefined ? {} : { Name: input.name }),
      ...(input.number === undefined ? {} : { Number: input.number }),
      ...(input.deployment_states === undefined ? {} : { DeplStates: input.deployment_states }),
      ...(input.incident_states === undefined ? {} : { InciStates: input.incident_states }),
      // ITSM sorts by id ascending unless told: the first page would hold the oldest items
      OrderBy: ["ConfigItemID"],
      OrderByDirection: ["Down"]
    }).pipe(cmdbDenied, Effect.catchTag("OtrsInvalidParameter", explainRefusedName(input, configItemClass)))
    const offset = input.offset ?? 0
    const end = offset + (input.limit ?? DEFAULT_CONFIG_ITEM_LIMIT)
    const page = ids.slice(offset, end)
    const items = Arr.isNonEmptyReadonlyArray(page)
      ? yield* client.configItemGet(page).pipe(cmdbDenied)
      : []
    // keep the search's order, whatever order ConfigItemGet answers in
    const position = new Map(page.map((id, index) => [id, index]))
    const output: SearchConfigItemsOutput = {
      class: configItemClass,
      total: ids.length,
      items: [...items].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)).map(toConfigItemSummary),
      ...(end < ids.length ? { next_offset: end } : {})
    }
    return output
  })

export const renderConfigItemSearch = (output: SearchConfigItemsOutput): string => {
  const more = output.next_offset === undefined
    ? []
    : [`… ${output.total - output.next_offset} more: call search_config_items with offset ${output.next_offset}.`]
  const match = output.total === 1
    ? `1 config item of class ${output.class} matches`
    : `${output.total} config items of class ${output.class} match`
  if (output.total === 0) return `No config items of class ${output.class} match.`
  if (output.items.length === 0) return `${match}; none at this offset.`
  const first = (output.next_offset ?? output.total) - output.items.length + 1
  return [
    output.items.length < output.total
      ? `${match}; ${first}-${first + output.items.length - 1}:`
      : `${match}:`,
    ...output.items.map(renderConfigItemSummary),
    ...more
  ].join("\n")
}

export const SearchConfigItemsTool = Tool.make({
  name: "search_config_items",
  title: "Search config items",
  description: "Find CMDB config items of one class by name, number, deployment or incident state: the match " +
    "count and a page of summaries (attributes: get_config_item); next page with offset.",
  input: SearchConfigItemsInput,
  output: SearchConfigItemsOutput,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  writes: false,
  handler: searchConfigItems,
  render: renderConfigItemSearch
})
