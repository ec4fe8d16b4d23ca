import { agentsById, Queues, States, TicketTypes } from "../data/reference.js"
import type { Ticket } from "../engine/model.js"

type SortValue = (ticket: Ticket) => string | number

const zero: SortValue = () => 0
const empty: SortValue = () => ""

/** The SortBy columns OTRS's TicketSearch knows; any other name makes it answer `{}`. */
const columns: Readonly<Record<string, SortValue>> = {
  Age: (ticket) => ticket.createTime,
  Created: (ticket) => ticket.createTime,
  Changed: (ticket) => ticket.changeTime,
  Ticket: (ticket) => ticket.ticketNumber,
  TicketNumber: (ticket) => ticket.ticketNumber,
  Title: (ticket) => ticket.title.toLowerCase(),
  Queue: (ticket) => Queues.byId.get(ticket.queueId)?.name ?? "",
  Priority: (ticket) => ticket.priorityId,
  State: (ticket) => States.byId.get(ticket.stateId)?.name ?? "",
  Lock: (ticket) => ticket.lockId,
  Owner: (ticket) => agentsById.get(ticket.ownerId)?.login ?? "",
  Responsible: (ticket) => agentsById.get(ticket.responsibleId)?.login ?? "",
  CustomerID: (ticket) => ticket.customerId,
  Type: (ticket) => TicketTypes.byId.get(ticket.typeId)?.name ?? "",
  PendingTime: (ticket) => ticket.pendingUntil,
  Service: empty,
  SLA: empty,
  EscalationTime: zero,
  EscalationUpdateTime: zero,
  EscalationResponseTime: zero,
  EscalationSolutionTime: zero
}

const dynamicFieldColumn = (name: string): SortValue => (ticket) => {
  const value = ticket.dynamicFields.get(name)
  return value === undefined ? "" : typeof value === "string" ? value : value.join(",")
}

const column = (name: string): SortValue | undefined =>
  name.startsWith("DynamicField_") ? dynamicFieldColumn(name.slice(13)) : columns[name]

/** A comparator for SortBy/OrderBy (lists pair up; default Age, Down); undefined when either is unknown. */
export const ticketOrder = (
  sortBy: ReadonlyArray<string>,
  orderBy: ReadonlyArray<string>
): ((a: Ticket, b: Ticket) => number) | undefined => {
  const keys = (sortBy.length === 0 ? ["Age"] : sortBy).map((name, index) => ({
    value: column(name),
    direction: orderBy[index] ?? orderBy[0] ?? "Down"
  }))
  if (keys.some((key) => key.value === undefined || (key.direction !== "Up" && key.direction !== "Down"))) return undefined
  return (a, b) => {
    for (const key of keys) {
      const left = key.value!(a)
      const right = key.value!(b)
      const order = left < right ? -1 : left > right ? 1 : 0
      if (order !== 0) return key.direction === "Up" ? order : -order
    }
    return keys[0]!.direction === "Up" ? a.ticketId - b.ticketId : b.ticketId - a.ticketId
  }
}
