import * as Tool from "../mcp/Tool.js"
import { Effect, Option, Schema } from "effect"
import type { TicketCreateRequest } from "../schemas/Requests.js"
import { OtrsClient } from "../services/OtrsClient.js"
import { OtrsConfig, type TicketDefaults } from "../services/OtrsConfig.js"
import type { OtrsInvalidParameter } from "../services/OtrsErrors.js"
import { explainDeniedQueue } from "./deniedQueue.js"
import { explainRefusedDynamicField, explainRefusedDynamicFieldValue } from "./dynamicFieldNames.js"
import { createWarning } from "./format/storedText.js"
import { CreateTicketInput, toTicketCreateRequest } from "./format/ticketInput.js"
import { ME, meAsSender, withMeAsLogin } from "./loggedInAgent.js"
import { explainRefusedName, refusedTicketField, withMisnamedState } from "./namesInUse.js"
import { ToolInputError } from "./ToolInputError.js"
import { sendTimeOf } from "./serverClock.js"

const CreateTicketOutput = Schema.Struct({
  ticket_id: Schema.Number.annotations({ description: "The new ticket's id, for the other tools." }),
  ticket_number: Schema.String.annotations({ description: "The ticket number people quote, e.g. \"2026112410000019\"." }),
  article_id: Schema.Number.annotations({ description: "The id of the ticket's first article." }),
  warning: Schema.optional(Schema.String)
})
type CreateTicketOutput = typeof CreateTicketOutput.Type

/** By OTRS's name of a field: the argument that sets it, and the variable whose value stands in when it is left out. */
const defaultable = {
  Queue: { argument: "queue", variable: "OTRS_DEFAULT_QUEUE", value: (d: TicketDefaults) => d.queue },
  State: { argument: "state", variable: "OTRS_DEFAULT_STATE", value: (d: TicketDefaults) => d.state },
  Priority: { argument: "priority", variable: "OTRS_DEFAULT_PRIORITY", value: (d: TicketDefaults) => d.priority },
  Type: { argument: "ticket_type", variable: "OTRS_DEFAULT_TYPE", value: (d: TicketDefaults) => d.type },
  CustomerUser: {
    argument: "customer_user",
    variable: "OTRS_DEFAULT_CUSTOMER_USER",
    value: (d: TicketDefaults) => Option.getOrElse(d.customerUser, () => "")
  }
} as const

const isDefaultable = (field: string | undefined): field is keyof typeof defaultable =>
  field !== undefined && Object.hasOwn(defaultable, field)

/**
 * OTRS names the field it refused ("Ticket->QueueID or Ticket->Queue parameter is invalid!") but not its value; when
 * the value was the server's default, the agent could only blame itself: say where it came from and what to do.
 */
const blameDefault = (input: CreateTicketInput, defaults: TicketDefaults) => (error: OtrsInvalidParameter) => {
  const field = refusedTicketField(error)
  // owner and responsible have no server default: the agent gave them
  if (!isDefaultable(field)) return error
  const { argument, value, variable } = defaultable[field]
  if (input[argument] !== undefined) return error
  return new ToolInputError({
    field: argument,
    problem: `OTRS refused ${JSON.stringify(value(defaults))}, the server's default from ${variable} ` +
      `(${error.otrsMessage}): pass ${argument} with a value that exists in OTRS, and have the administrator ` +
      `correct ${variable}`
  })
}

/**
 * Owner "me" is the default, and is left to OTRS as such: an owner named in TicketCreate also locks the ticket, which
 * leaving it out does not.
 */
const ownerMeAsDefault = (input: CreateTicketInput): CreateTicketInput => {
  if (input.owner !== ME) return input
  const { owner: _me, ...rest } = input
  return rest
}

/**
 * An agent's first article comes from the agent: OTRS makes the customer its sender when none is given, and whoever
 * reads the ticket later would take the agent's words for the customer's.
 */
const needsSender = (request: TicketCreateRequest): boolean =>
  request.Article.From === undefined && request.Article.SenderType === "agent"

const withSender = (request: TicketCreateRequest, From: string | undefined): TicketCreateRequest =>
  From === undefined ? request : { ...request, Article: { ...request.Article, From } }

export const createTicket = (input: CreateTicketInput) =>
  Effect.gen(function*() {
    const { defaults } = yield* OtrsConfig
    // "me" as the login sent, so that a refusal quotes what OTRS refused
    const resolved = yield* withMeAsLogin(ownerMeAsDefault(input))
    const checkedNow = Effect.flatMap(
      sendTimeOf(input.pending_until),
      (sendTime) => toTicketCreateRequest(resolved, defaults, sendTime)
    ).pipe(Effect.catchTag("ToolInputError", withMisnamedState(input)))
    let request = yield* checkedNow
    if (needsSender(request)) {
      // asked only of valid input; a pending time counts from when it is sent, however long the asking took
      const sender = yield* meAsSender
      request = withSender(input.pending_until === undefined ? request : yield* checkedNow, sender)
    }
    const created = yield* (yield* OtrsClient).ticketCreate(request).pipe(
      Effect.mapError((error) => error._tag === "OtrsInvalidParameter" ? blameDefault(input, defaults)(error) : error),
      Effect.catchTag("OtrsInvalidParameter", explainRefusedName(resolved)),
      Effect.catchTag("OtrsInvalidParameter", explainRefusedDynamicField(Object.keys(input.dynamic_fields ?? {}))),
      Effect.catchTag("OtrsInvalidParameter", explainRefusedDynamicFieldValue(input.dynamic_fields ?? {})),
      Effect.catchTag(
        "OtrsNotFoundOrDenied",
        input.queue === undefined
          ? explainDeniedQueue(defaults.queue, defaultable.Queue.variable)
          : explainDeniedQueue(input.queue)
      )
    )
    const warning = createWarning(input)
    const output: CreateTicketOutput = {
      ticket_id: created.ticketId,
      ticket_number: created.ticketNumber,
      article_id: created.articleId,
      ...(warning === undefined ? {} : { warning })
    }
    return output
  })

export const renderCreatedTicket = (output: CreateTicketOutput): string =>
  `Created ticket ${output.ticket_number} (ticket_id ${output.ticket_id}, first article_id ${output.article_id}).` +
  (output.warning === undefined ? "" : `\nWarning: ${output.warning}.`)

export const CreateTicketTool = Tool.make({
  name: "create_ticket",
  title: "Create a ticket",
  description: "Create a ticket with its first article; returns its ticket_id and ticket_number. queue, state, " +
    "priority and ticket_type default to the server's settings. Never retried: " +
    "after a timeout or a broken connection, check with search_tickets before trying again.",
  input: CreateTicketInput,
  output: CreateTicketOutput,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  writes: true,
  handler: createTicket,
  render: renderCreatedTicket
})
