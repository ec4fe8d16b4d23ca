import { authenticate } from "../engine/auth.js"
import { failure } from "../engine/opError.js"
import { integer, textList } from "../engine/params.js"
import { mayAccessTicket } from "../engine/permissions.js"
import { nowSeconds } from "../engine/World.js"
import { dynamicFieldConditions } from "../search/dynamicFieldConditions.js"
import { ticketFilters } from "../search/ticketFilters.js"
import { ticketOrder } from "../search/ticketOrder.js"
import type { Operation } from "./operation.js"

const op = "TicketSearch"
const defaultLimit = 500

/**
 * Ticket ids as strings, sorted and limited; `{}` when nothing matches or the search is not understood (an
 * unknown queue or SortBy). Dynamic-field conditions only arrive through a JSON body: query values are never hashes.
 */
export const ticketSearch: Operation = ({ data, world }) => {
  const actor = authenticate(world, data)
  if (actor === undefined) return failure(op, "AuthFail", "Authorization failing!")
  const now = nowSeconds(world)
  const conditions = ticketFilters(data, now, actor.kind === "customer")
  const order = ticketOrder(textList(data["SortBy"]), textList(data["OrderBy"]))
  if (conditions === undefined || order === undefined) return {}
  conditions.push(...dynamicFieldConditions(data))
  const requestedLimit = integer(data["Limit"])
  const limit = requestedLimit !== undefined && requestedLimit > 0 ? requestedLimit : defaultLimit
  const found = [...world.tickets.values()]
    .filter((ticket) => mayAccessTicket(actor, ticket, "ro") && conditions.every((condition) => condition(ticket)))
    .sort(order)
    .slice(0, limit)
  return found.length === 0 ? {} : { TicketID: found.map((ticket) => String(ticket.ticketId)) }
}
