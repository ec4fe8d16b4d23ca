import { authenticate } from "../engine/auth.js"
import type { Ticket } from "../engine/model.js"
import { failure } from "../engine/opError.js"
import { mayAccessTicket } from "../engine/permissions.js"
import { renderHistory } from "../render/history.js"
import type { Operation } from "./operation.js"
import { asId, requestedIds } from "./requestedIds.js"

const op = "TicketHistoryGet"

export const ticketHistoryGet: Operation = ({ data, world }) => {
  const actor = authenticate(world, data)
  if (actor === undefined) return failure(op, "AuthFail", "Authorization failing!")
  const ids = requestedIds(data["TicketID"])
  if (ids.length === 0) return failure(op, "MissingParameter", "TicketID parameter is missing!")
  const tickets: Array<Ticket> = []
  for (const id of ids) {
    const ticket = world.tickets.get(asId(id))
    if (ticket === undefined || !mayAccessTicket(actor, ticket, "ro")) {
      return failure(op, "AccessDenied", `User does not have access to the ticket ${id}!`)
    }
    tickets.push(ticket)
  }
  return { TicketHistory: tickets.map(renderHistory) }
}
