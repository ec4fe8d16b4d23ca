import { Schema } from "effect"
import type { Article, Ticket } from "../../src/schemas/Domain.js"
import { TicketGetResponse } from "../../src/schemas/Ticket.js"
import { responseOf } from "./fixtures.js"

/** The ticket of a recorded TicketGet, decoded as the client decodes it. */
export const ticketOf = (file: string): Ticket => {
  const [ticket] = Schema.decodeUnknownSync(TicketGetResponse)(responseOf(file))
  if (ticket === undefined) throw new Error(`no ticket in ${file}`)
  return ticket
}

/** The articles of a recorded TicketGet's ticket. */
export const articlesOf = (file: string): ReadonlyArray<Article> => ticketOf(file).articles ?? []
