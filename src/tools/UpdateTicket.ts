import * as Tool from "../mcp/Tool.js"
import { Effect, Schema } from "effect"
import { OtrsClient, type OtrsClientShape } from "../services/OtrsClient.js"
import { type OtrsInvalidParameter, OtrsUnexpectedPayload } from "../services/OtrsErrors.js"
import { explainDeniedQueue } from "./deniedQueue.js"
import { explainRefusedDynamicField, explainRefusedDynamicFieldValue } from "./dynamicFieldNames.js"
import { isPendingState, pendingTimeProblem } from "./format/pendingTime.js"
import { updateWarning } from "./format/storedText.js"
import { toTicketUpdateRequest, updatedFields, UpdateTicketInput } from "./format/ticketInput.js"
import { withMeAsLogin } from "./loggedInAgent.js"
import { explainRefusedName, withMisnamedState } from "./namesInUse.js"
import { ToolInputError } from "./ToolInputError.js"
import { sendTimeOf } from "./serverClock.js"

const UpdateTicketOutput = Schema.Struct({
  ticket_id: Schema.Number,
  ticket_number: Schema.String,
  article_id: Schema.optional(Schema.Number.annotations({ description: "The added article's id, if one was added." })),
  updated: Schema.Array(Schema.String).annotations({
    description: "The arguments that were sent as changes, e.g. [\"state\", \"dynamic_fields.Impact\", \"article\"]."
  }),
  warning: Schema.optional(Schema.String)
})
type UpdateTicketOutput = typeof UpdateTicketOutput.Type

/**
 * OTRS sets a pending time only together with a pending state (TicketUpdate ignores it otherwise, without a word): a
 * pending time given alone is sent with the ticket's current state, when that is a pending one.
 */
const currentPendingState = (client: OtrsClientShape, ticketId: number) =>
  Effect.flatMap(client.ticketGet({ ticketIds: [ticketId] }), ([ticket]) =>
    ticket !== undefined && isPendingState(ticket.stateType)
      ? Effect.succeed(ticket.state)
      : Effect.fail(
        new ToolInputError({
          field: "pending_until",
          problem: `ticket_id ${ticketId} is in state "${ticket?.state ?? "unknown"}", and OTRS keeps a pending time ` +
            `only with a pending state: give state too, e.g. "pending reminder"`
        })
      ))

/**
 * OTRS refuses a state of a pending type without a pending time only once it is setting the state: an installation's
 * own pending state ("waiting for customer") passes the check made before sending, which knows pending states by
 * name. By then OTRS has applied the title, queue, lock and type (TicketUpdate sets them first, in this order), and
 * nothing after.
 */
const explainPendingWithoutTime = (input: UpdateTicketInput) =>
(error: OtrsInvalidParameter): Effect.Effect<never, OtrsInvalidParameter | ToolInputError> => {
  const refused = error.kind === "MissingParameter" && /pending state without pendi?n?g time/i.test(error.otrsMessage)
  if (!refused || input.state === undefined) return Effect.fail(error)
  const applied = (["title", "queue", "lock", "ticket_type"] as const).filter((field) => input[field] !== undefined)
  return Effect.fail(
    new ToolInputError({
      field: "pending_until",
      problem: pendingTimeProblem(input.state) + (applied.length === 0 ? "" : `; OTRS had already applied ` +
        `${applied.join(", ")} when it refused, and nothing else of this call: repeat the rest only`)
    })
  )
}

export const updateTicket = (input: UpdateTicketInput) =>
  Effect.gen(function*() {
    const client = yield* OtrsClient
    const pendingState = input.pending_until !== undefined && input.state === undefined
      ? yield* currentPendingState(client, input.ticket_id)
      : undefined
    // "me" as the login sent, so that a refusal quotes what OTRS refused
    const resolved = yield* withMeAsLogin(input)
    const request = yield* toTicketUpdateRequest(resolved, yield* sendTimeOf(input.pending_until), pendingState).pipe(
      Effect.catchTag("ToolInputError", withMisnamedState(input))
    )
    const updated = yield* client.ticketUpdate(request).pipe(
      Effect.catchTag("OtrsInvalidParameter", explainPendingWithoutTime(resolved)),
      Effect.catchTag("OtrsInvalidParameter", explainRefusedName(resolved)),
      Effect.catchTag(
        "OtrsInvalidParameter",
        explainRefusedDynamicField(Object.keys(input.dynamic_fields ?? {}), input.ticket_id)
      ),
      Effect.catchTag("OtrsInvalidParameter", explainRefusedDynamicFieldValue(input.dynamic_fields ?? {})),
      Effect.catchTag("OtrsNotFoundOrDenied", explainDeniedQueue(input.queue))
    )
    // OTRS answers a new article with its id: without one, whether the article was added is unknown
    if (input.article !== undefined && updated.articleId === undefined) {
      return yield* new OtrsUnexpectedPayload({
        operation: "TicketUpdate",
        detail: "the answer names no ArticleID for the article sent",
        writeMayHaveApplied: true,
        ticketId: String(updated.ticketId)
      })
    }
    const warning = [updateWarning(input), noEmailSent(input)].filter((text) => text !== undefined).join("; ") ||
      undefined
    const output: UpdateTicketOutput = {
      ticket_id: updated.ticketId,
      ticket_number: updated.ticketNumber,
      ...(updated.articleId === undefined ? {} : { article_id: updated.articleId }),
      updated: updatedFields(input),
      ...(warning === undefined ? {} : { warning })
    }
    return output
  })

/**
 * A reply the customer sees is stored for the customer portal, and OTRS sends no e-mail for an article the
 * GenericInterface creates, whatever its channel: without saying so, an agent would report the customer as told.
 */
const noEmailSent = (input: UpdateTicketInput): string | undefined =>
  input.article?.visible_to_customer === true
    ? "the article is visible in the customer portal, but no e-mail was sent: if the customer must be told now, " +
      "say so to the user"
    : undefined

export const renderUpdatedTicket = (output: UpdateTicketOutput): string => {
  const article = output.article_id === undefined ? "" : `; added article_id ${output.article_id}`
  return `Updated ticket ${output.ticket_number} (ticket_id ${output.ticket_id}): ${output.updated.join(", ")}${article}.` +
    (output.warning === undefined ? "" : `\nWarning: ${output.warning}.`)
}

export const UpdateTicketTool = Tool.make({
  name: "update_ticket",
  title: "Update a ticket",
  description: "Change the given fields of a ticket and/or add an article (an internal note, or with " +
    "visible_to_customer a reply the customer sees). Not retried when it adds an article: after a timeout, " +
    "check with get_ticket first.",
  input: UpdateTicketInput,
  output: UpdateTicketOutput,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  writes: true,
  handler: updateTicket,
  render: renderUpdatedTicket
})
