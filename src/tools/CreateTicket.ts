import * as Tool from "../mcp/Tool.js"
import { Clock, Effect, Schema } from "effect"
import { OtrsClient } from "../services/OtrsClient.js"
import { OtrsConfig } from "../services/OtrsConfig.js"
import { CreateTicketInput, toTicketCreateRequest } from "./format/ticketInput.js"

export const CreateTicketOutput = Schema.Struct({
  ticket_id: Schema.Number.annotations({ description: "The new ticket's id, for the other tools." }),
  ticket_number: Schema.String.annotations({ description: "The ticket number people quote, e.g. \"2026112410000019\"." }),
  article_id: Schema.Number.annotations({ description: "The id of the ticket's first article." })
})
export type CreateTicketOutput = typeof CreateTicketOutput.Type

export const createTicket = (input: CreateTicketInput) =>
  Effect.gen(function*() {
    const { defaults } = yield* OtrsConfig
    const request = yield* toTicketCreateRequest(input, defaults, yield* Clock.currentTimeMillis)
    const created = yield* (yield* OtrsClient).ticketCreate(request)
    const output: CreateTicketOutput = {
      ticket_id: created.ticketId,
      ticket_number: created.ticketNumber,
      article_id: created.articleId
    }
    return output
  })

export const renderCreatedTicket = (output: CreateTicketOutput): string =>
  `Created ticket ${output.ticket_number} (ticket_id ${output.ticket_id}, first article_id ${output.article_id}).`

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
